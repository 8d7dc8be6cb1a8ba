import { useQuery } from '@tanstack/react-query'
import { api, unwrap } from './client'
import type {
  Aggregate, Comparison, Count, CountDiff, Flows, GroupNode, Meeting, Membership, Milestone, Overlap, Page, Place,
  PlaceDocument, Contact, FundingAward, PlaceOrganisation, ProgressUpdate, RaidItem, TimelineEntry,
} from './types'

export type { Place, Count, Milestone, TimelineEntry } from './types'
export type { ImportJob } from './types'

// Each hook states the model it returns: the paths and parameters are checked against the generated
// document, the body is read as the service's DTO (see types.ts for why fields are marked present).

export function usePlaces(query: { q?: string; kind?: string; region?: string; theme?: string; page?: number; size?: number }) {
  return useQuery({
    queryKey: ['places', query],
    queryFn: () => unwrap(api.GET('/api/v1/places', { params: { query: { sort: 'name', size: 100, ...query } } })) as Promise<Page<Place>>,
  })
}

export function usePlace(placeId: string) {
  return useQuery({
    queryKey: ['place', placeId],
    enabled: !!placeId,
    queryFn: () => unwrap(api.GET('/api/v1/places/{placeId}', { params: { path: { placeId } } })) as Promise<Place>,
  })
}

/** A place's sub-resources and what each returns (all lists, unpaged). */
export interface PlaceLists {
  organisations: PlaceOrganisation[]
  updates: ProgressUpdate[]
  documents: PlaceDocument[]
  contacts: Contact[]
  funding: FundingAward[]
}

export function usePlaceList<K extends keyof PlaceLists>(sub: K, placeId: string, enabled = true) {
  return useQuery({
    queryKey: ['place', placeId, sub],
    enabled,
    // Every sub-resource takes just the place id; the cast picks one path of the same shape.
    queryFn: () => unwrap(api.GET(`/api/v1/places/{placeId}/${sub}` as '/api/v1/places/{placeId}/updates', { params: { path: { placeId } } })) as Promise<PlaceLists[K]>,
  })
}

export function useCounts(query: { place?: string; year?: string; kind?: string; status?: string }, enabled = true) {
  return useQuery({
    queryKey: ['counts', query],
    enabled,
    queryFn: () => unwrap(api.GET('/api/v1/counts', { params: { query: { size: 100, ...query } } })) as Promise<Page<Count>>,
  })
}

export function useCount(countId: string) {
  return useQuery({
    queryKey: ['count', countId],
    queryFn: () => unwrap(api.GET('/api/v1/counts/{countId}', { params: { path: { countId } } })) as Promise<Count>,
  })
}

export function useAggregate(countId: string, drilldown: string, enabled = true) {
  return useQuery({
    queryKey: ['aggregate', countId, drilldown],
    enabled,
    queryFn: () => unwrap(api.GET('/api/v1/counts/{countId}/aggregate', {
      params: { path: { countId }, query: { drilldown: drilldown || undefined, order: drilldown ? 'amount:desc' : undefined, size: drilldown ? 500 : undefined } },
    })) as unknown as Promise<Aggregate> // decimals: see types.ts,
  })
}

export function useOverlaps(countId: string, min: number) {
  return useQuery({
    queryKey: ['overlaps', countId, min],
    queryFn: () => unwrap(api.GET('/api/v1/counts/{countId}/overlaps', { params: { path: { countId }, query: { min } } })) as unknown as Promise<Overlap[]> // decimals: see types.ts,
  })
}

export function useFlows(countId: string) {
  return useQuery({
    queryKey: ['flows', countId],
    queryFn: () => unwrap(api.GET('/api/v1/counts/{countId}/flows', { params: { path: { countId } } })) as unknown as Promise<Flows> // decimals: see types.ts,
  })
}

export function useDiff(countId: string, otherCountId: string | null) {
  return useQuery({
    queryKey: ['diff', countId, otherCountId],
    enabled: !!otherCountId,
    queryFn: () => unwrap(api.GET('/api/v1/counts/{countId}/diff/{otherCountId}', { params: { path: { countId, otherCountId: otherCountId! }, query: { size: 500 } } })) as unknown as Promise<CountDiff> // decimals: see types.ts,
  })
}

export function useComparison(year: string | undefined, kind: string | undefined) {
  return useQuery({
    queryKey: ['comparison', year, kind],
    enabled: !!year,
    queryFn: () => unwrap(api.GET('/api/v1/comparisons', { params: { query: { year, kind } } })) as unknown as Promise<Comparison> // decimals: see types.ts,
  })
}

export function useGroupTree(place: string) {
  return useQuery({
    queryKey: ['groups', place],
    queryFn: () => unwrap(api.GET('/api/v1/groups/tree', { params: { query: { place } } })) as Promise<GroupNode[]>,
  })
}

export function useMemberships(groupId: string) {
  return useQuery({
    queryKey: ['memberships', groupId],
    queryFn: () => unwrap(api.GET('/api/v1/groups/{id}/memberships', { params: { path: { id: groupId } } })) as Promise<Membership[]>,
  })
}

export function useMeetings(place: string) {
  return useQuery({
    queryKey: ['meetings', place],
    queryFn: () => unwrap(api.GET('/api/v1/meetings', { params: { query: { place, size: 200 } } })) as Promise<Page<Meeting>>,
  })
}

export function useMilestones(place: string) {
  return useQuery({
    queryKey: ['milestones', place],
    queryFn: () => unwrap(api.GET('/api/v1/milestones', { params: { query: { place, size: 500 } } })) as Promise<Page<Milestone>>,
  })
}

export function useTimeline() {
  return useQuery({
    queryKey: ['milestones', 'timeline'],
    queryFn: () => unwrap(api.GET('/api/v1/milestones/timeline', {})) as Promise<TimelineEntry[]>,
  })
}

export function useRisks(place: string) {
  return useQuery({
    queryKey: ['risks', place],
    queryFn: () => unwrap(api.GET('/api/v1/risks', { params: { query: { place, size: 200 } } })) as Promise<Page<RaidItem>>,
  })
}
