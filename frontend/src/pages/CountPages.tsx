import { useState } from 'react'
import { Link, useNavigate, useParams } from 'react-router'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { api, fetchBlob, unwrap } from '../api/client'
import { useCount, useCounts, usePlace, type Count } from '../api/queries'
import { useAuth } from '../auth/AuthContext'
import { DataTable } from '../components/DataTable'
import { Empty, ProblemSummary, QueryState, Tag } from '../components/Feedback'
import { mayEditCounts } from '../lib/access'
import { downloadBlob } from '../lib/csv'
import { formatDateTime, label, statusColour } from '../lib/labels'
import { CountDashboard } from './CountDashboard'
import { usePageTitle } from './title'

function latest(counts: Count[]): Count | undefined {
  const rank = (c: Count) => (c.status === 'FINAL' ? 3 : c.status === 'SUBMITTED' ? 2 : c.status === 'DRAFT' ? 1 : 0)
  return [...counts].sort((a, b) => b.financialYear.localeCompare(a.financialYear) || rank(b) - rank(a) || b.version - a.version)[0]
}

function CountsTable({ counts }: { counts: Count[] }) {
  return (
    <DataTable
      caption="Counts for this place"
      rows={counts}
      rowKey={(c) => c.id}
      columns={[
        { header: 'Count', render: (c) => <Link className="govuk-link" to={`/counts/${c.id}`}>{c.financialYear} {label(c.kind)}{c.theme ? ` (${c.theme})` : ''}</Link> },
        { header: 'Version', numeric: true, render: (c) => String(c.version) },
        { header: 'Status', render: (c) => <Tag colour={statusColour(c.status)}>{label(c.status)}</Tag> },
      ]}
    />
  )
}

function NewCountForm({ placeId }: { placeId: string }) {
  const navigate = useNavigate()
  const queryClient = useQueryClient()
  const [year, setYear] = useState('2008-09')
  const [kind, setKind] = useState<'HIGH_LEVEL' | 'DEEP_DIVE'>('HIGH_LEVEL')
  const [theme, setTheme] = useState('')
  const create = useMutation({
    mutationFn: () => unwrap(api.POST('/api/v1/counts', { body: { placeId, financialYear: year.trim(), kind, theme: kind === 'DEEP_DIVE' ? theme.trim() : undefined } })) as Promise<Count>,
    onSuccess: (c) => {
      void queryClient.invalidateQueries({ queryKey: ['counts'] })
      void navigate(`/counts/${c.id}/import`)
    },
  })
  return (
    <details className="govuk-details">
      <summary className="govuk-details__summary"><span className="govuk-details__summary-text">Start a new count</span></summary>
      <div className="govuk-details__text">
        {create.error && <ProblemSummary error={create.error} focus />}
        <form onSubmit={(e) => { e.preventDefault(); create.mutate() }} noValidate>
          <div className="govuk-form-group">
            <label className="govuk-label" htmlFor="new-year">Financial year</label>
            <div className="govuk-hint" id="new-year-hint">For example 2008-09</div>
            <input className="govuk-input govuk-input--width-5" id="new-year" aria-describedby="new-year-hint" value={year} onChange={(e) => setYear(e.target.value)} />
          </div>
          <div className="govuk-form-group">
            <label className="govuk-label" htmlFor="new-kind">Kind of count</label>
            <select className="govuk-select" id="new-kind" value={kind} onChange={(e) => setKind(e.target.value as 'HIGH_LEVEL' | 'DEEP_DIVE')}>
              <option value="HIGH_LEVEL">High level count</option>
              <option value="DEEP_DIVE">Deep dive</option>
            </select>
          </div>
          {kind === 'DEEP_DIVE' && (
            <div className="govuk-form-group">
              <label className="govuk-label" htmlFor="new-theme">Theme</label>
              <input className="govuk-input" id="new-theme" value={theme} onChange={(e) => setTheme(e.target.value)} />
            </div>
          )}
          <button type="submit" className="govuk-button" disabled={create.isPending}>Create draft count</button>
        </form>
      </div>
    </details>
  )
}

export function PlaceCountsPage() {
  const { placeId = '' } = useParams()
  const { principal } = useAuth()
  const place = usePlace(placeId)
  const counts = useCounts({ place: placeId })
  usePageTitle(place.data ? `Money counted in ${place.data.name}` : 'Counts')
  const items = counts.data?.items ?? []
  const current = latest(items.filter((c) => c.status !== 'SUPERSEDED')) ?? latest(items)
  return (
    <>
      <nav className="govuk-breadcrumbs" aria-label="Breadcrumb">
        <ol className="govuk-breadcrumbs__list">
          <li className="govuk-breadcrumbs__list-item"><Link className="govuk-breadcrumbs__link" to="/">Places</Link></li>
          <li className="govuk-breadcrumbs__list-item"><Link className="govuk-breadcrumbs__link" to={`/places/${placeId}`}>{place.data?.name ?? placeId}</Link></li>
          <li className="govuk-breadcrumbs__list-item" aria-current="page">Counts</li>
        </ol>
      </nav>
      <h1 className="govuk-heading-xl">
        <span className="govuk-caption-xl">{place.data?.name ?? placeId}</span>
        Public money counted
      </h1>
      {mayEditCounts(principal, placeId) && <NewCountForm placeId={placeId} />}
      <QueryState isLoading={counts.isLoading} error={counts.error} what="counts" />
      {counts.data && items.length === 0 && <Empty>No counts have been published for this place yet.</Empty>}
      {current && <CountDashboard count={current} placeName={place.data?.name} population={place.data?.population ?? null} />}
      {items.length > 0 && <CountsTable counts={items} />}
    </>
  )
}

type Action = 'submit' | 'finalise'

/** A final count is never edited: a correction is a new draft version holding a copy of its lines. */
function CorrectionAction({ count }: { count: Count }) {
  const navigate = useNavigate()
  const queryClient = useQueryClient()
  const correct = useMutation({
    mutationFn: () => unwrap(api.POST('/api/v1/counts/{countId}/corrections', { params: { path: { countId: count.id } } })) as Promise<Count>,
    onSuccess: (c) => {
      void queryClient.invalidateQueries({ queryKey: ['counts'] })
      void navigate(`/counts/${c.id}/import`)
    },
  })
  if (count.status !== 'FINAL' || count.supersededById) return null
  return (
    <div className="govuk-!-margin-bottom-6">
      {correct.error && <ProblemSummary error={correct.error} focus />}
      <button type="button" className="govuk-button govuk-button--secondary" disabled={correct.isPending} onClick={() => correct.mutate()}>
        Start a correction (new version)
      </button>
    </div>
  )
}

function LifecycleActions({ count }: { count: Count }) {
  const queryClient = useQueryClient()
  const [confirming, setConfirming] = useState<Action | null>(null)
  const act = useMutation({
    mutationFn: (action: Action) => unwrap(action === 'submit'
      ? api.POST('/api/v1/counts/{countId}/submit', { params: { path: { countId: count.id } } })
      : api.POST('/api/v1/counts/{countId}/finalise', { params: { path: { countId: count.id } } })),
    onSuccess: (c) => {
      setConfirming(null)
      queryClient.setQueryData(['count', c.id], c)
      void queryClient.invalidateQueries()
    },
  })
  const action: Action | null = count.status === 'DRAFT' ? 'submit' : count.status === 'SUBMITTED' ? 'finalise' : null
  if (!action && !act.isSuccess) return null
  return (
    <div className="govuk-!-margin-bottom-6">
      {act.error && <ProblemSummary error={act.error} focus />}
      {act.isSuccess && (
        <div className="govuk-notification-banner govuk-notification-banner--success" role="alert">
          <div className="govuk-notification-banner__header"><h2 className="govuk-notification-banner__title">Success</h2></div>
          <div className="govuk-notification-banner__content"><p className="govuk-notification-banner__heading">The count is now {label(act.data.status).toLowerCase()}.</p></div>
        </div>
      )}
      <div className="tp-actions">
        {count.status === 'DRAFT' && (
          <Link className="govuk-button govuk-button--secondary" to={`/counts/${count.id}/import`}>Import a CSV file</Link>
        )}
        {action && confirming !== action && (
          <button type="button" className="govuk-button" onClick={() => setConfirming(action)}>
            {action === 'submit' ? 'Submit count' : 'Finalise count'}
          </button>
        )}
      </div>
      {action && confirming === action && (
        <div className="govuk-warning-text" role="group" aria-labelledby="confirm-text">
          <span className="govuk-warning-text__icon" aria-hidden="true">!</span>
          <div className="govuk-warning-text__text" id="confirm-text">
            <span className="govuk-visually-hidden">Warning</span>
            {action === 'submit'
              ? 'Submitting sends this count for review. You can reopen it until it is finalised.'
              : 'A final count cannot be changed. Corrections become a new version.'}
            <div className="govuk-button-group govuk-!-margin-top-4">
              <button type="button" className={`govuk-button${action === 'finalise' ? ' govuk-button--warning' : ''}`} disabled={act.isPending} onClick={() => act.mutate(action)}>
                {action === 'submit' ? 'Yes, submit this count' : 'Yes, finalise this count'}
              </button>
              <button type="button" className="govuk-button govuk-button--secondary" onClick={() => setConfirming(null)}>Cancel</button>
            </div>
          </div>
        </div>
      )}
    </div>
  )
}

export function CountPage() {
  const { countId = '' } = useParams()
  const { principal } = useAuth()
  const count = useCount(countId)
  const place = usePlace(count.data?.placeId ?? '')
  const [exportError, setExportError] = useState<unknown>(null)
  usePageTitle(count.data ? `${count.data.financialYear} ${label(count.data.kind)}` : 'Count')
  if (!count.data) return <QueryState isLoading={count.isLoading} error={count.error} what="this count" />
  const c = count.data
  const download = async () => {
    try {
      setExportError(null)
      downloadBlob(`${c.placeId}-${c.financialYear}-v${c.version}.csv`, await fetchBlob(`/api/v1/counts/${c.id}/export?format=csv`))
    } catch (e) {
      setExportError(e)
    }
  }
  return (
    <>
      <nav className="govuk-breadcrumbs" aria-label="Breadcrumb">
        <ol className="govuk-breadcrumbs__list">
          <li className="govuk-breadcrumbs__list-item"><Link className="govuk-breadcrumbs__link" to="/">Places</Link></li>
          <li className="govuk-breadcrumbs__list-item"><Link className="govuk-breadcrumbs__link" to={`/places/${c.placeId}`}>{place.data?.name ?? c.placeId}</Link></li>
          <li className="govuk-breadcrumbs__list-item"><Link className="govuk-breadcrumbs__link" to={`/places/${c.placeId}/counts`}>Counts</Link></li>
          <li className="govuk-breadcrumbs__list-item" aria-current="page">{c.financialYear} version {c.version}</li>
        </ol>
      </nav>
      <h1 className="govuk-heading-xl">
        <span className="govuk-caption-xl">{place.data?.name ?? c.placeId}</span>
        {c.financialYear} {label(c.kind).toLowerCase()}{c.theme ? `: ${c.theme}` : ''}
      </h1>
      <p className="govuk-body">
        <Tag colour={statusColour(c.status)}>{label(c.status)}</Tag> Version {c.version}
        {c.finalisedAt && <> · finalised {formatDateTime(c.finalisedAt)}</>}
        {!c.finalisedAt && c.submittedAt && <> · submitted {formatDateTime(c.submittedAt)}</>}
      </p>
      {mayEditCounts(principal, c.placeId) && <LifecycleActions count={c} />}
      {mayEditCounts(principal, c.placeId) && <CorrectionAction count={c} />}
      <p className="govuk-body">
        <button type="button" className="govuk-button govuk-button--secondary" onClick={() => void download()}>Download all lines (CSV)</button>
      </p>
      {exportError != null && <ProblemSummary error={exportError} title="The download did not work" />}
      <CountDashboard count={c} placeName={place.data?.name} population={place.data?.population ?? null} />
    </>
  )
}
