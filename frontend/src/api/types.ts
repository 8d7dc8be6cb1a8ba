// The models the pages use: the generated schemas, with the fields the services always send marked
// present (their records do not declare `required`, so the generated types make everything optional).
import type { components } from './schema'

type G = components['schemas']
type Present<T, K extends keyof T> = T & Required<Pick<T, K>>
/**
 * counting-service sends BigDecimal amounts as JSON strings ("1100.00", @JsonFormat STRING) but its OpenAPI
 * document declares them as numbers; this restates those fields as the strings that really arrive.
 */
type Decimal<T, K extends keyof T> = Omit<T, K> & { [P in K]?: string }

export type Place = Present<G['Place'], 'id' | 'name' | 'kind'>
export type PlacePage = { items: Place[]; page: number; size: number; total: number; totalPages: number }
export type Organisation = Present<G['Organisation'], 'id' | 'name'>
export type PlaceOrganisation = Present<G['PlaceOrganisation'], 'role'> & { organisation: Organisation }
export type ProgressUpdate = G['ProgressUpdate']
export type PlaceDocument = G['Document']
export type Contact = G['Contact']
export type FundingAward = G['FundingAward']

export type Count = Present<G['Count'], 'id' | 'placeId' | 'financialYear' | 'kind' | 'version' | 'status'>
export type ImportJob = Decimal<G['ImportJob'], 'total'>
export type Violation = G['Violation']

export type Group = Present<G['Group'], 'id' | 'name'>
export type GroupNode = Present<G['GroupNode'], 'id' | 'name'>
export type Membership = Present<G['Membership'], 'id' | 'role'>
export type Meeting = Present<G['Meeting'], 'id' | 'title' | 'status'>
export type Milestone = Present<G['Milestone'], 'id' | 'placeId' | 'title' | 'baselineDate' | 'status'>
export type TimelineEntry = Present<G['TimelineEntry'], 'placeId' | 'milestoneId' | 'title' | 'baselineDate' | 'status'>
export type RaidItem = Present<G['RaidItem'], 'id' | 'title' | 'type' | 'likelihood' | 'impact'>

export type AggregateCell = Decimal<G['AggregateCell'], 'amount' | 'perHead' | 'share'>
export type Aggregate = Omit<G['Aggregate'], 'cells' | 'summary'> & { cells?: AggregateCell[]; summary?: AggregateCell }
export type OverlapFunder = Decimal<G['OverlapFunder'], 'amount'>
export type Overlap = Omit<Decimal<G['Overlap'], 'amount'>, 'funders'> & { funders?: OverlapFunder[] }
export type FlowLink = Decimal<G['FlowLink'], 'value'>
export type Flows = Omit<G['Flows'], 'links'> & { links?: FlowLink[] }
export type DiffRow = Decimal<G['DiffRow'], 'amount' | 'otherAmount' | 'change'>
export type CountDiff = Omit<Decimal<G['Diff'], 'total' | 'otherTotal' | 'change'>, 'changes'> & { changes?: DiffRow[] }
export type ComparisonRow = Omit<Decimal<G['ComparisonRow'], 'amount' | 'perHead'>, 'cells'> & { cells?: AggregateCell[] }
export type Comparison = Omit<G['Comparison'], 'places'> & { places?: ComparisonRow[] }

export interface Page<T> { items: T[]; page: number; size: number; total: number; totalPages: number }
