import { useSearchParams } from 'react-router'
import { useTimeline } from '../api/queries'
import { Empty, QueryState } from '../components/Feedback'
import { MilestoneTimeline, type TimelineItem } from './MilestoneTimeline'
import { usePageTitle } from './title'

const STATUSES = [
  { value: '', text: 'All' },
  { value: 'OVERDUE', text: 'Overdue' },
  { value: 'DUE_SOON', text: 'Due soon' },
  { value: 'UPCOMING', text: 'Upcoming' },
  { value: 'MET', text: 'Met' },
  { value: 'WAIVED', text: 'Waived' },
]

export function MilestonesPage() {
  usePageTitle('Programme milestones')
  const [params, setParams] = useSearchParams()
  const status = params.get('status') ?? ''
  const timeline = useTimeline()
  const all: TimelineItem[] = (timeline.data ?? []).map((t) => ({ ...t, id: t.milestoneId }))
  const items = status ? all.filter((m) => m.status === status) : all
  const overdue = all.filter((m) => m.status === 'OVERDUE').length
  return (
    <>
      <h1 className="govuk-heading-xl">Programme milestones</h1>
      <p className="govuk-body-l">Every place's deadlines for reporting to Government and the Leadership Centre.</p>
      <div className="govuk-form-group">
        <label className="govuk-label" htmlFor="status">Show</label>
        <select className="govuk-select" id="status" value={status} onChange={(e) => setParams(e.target.value ? { status: e.target.value } : {})}>
          {STATUSES.map((s) => <option key={s.value} value={s.value}>{s.text}</option>)}
        </select>
      </div>
      <QueryState isLoading={timeline.isLoading} error={timeline.error} what="milestones" />
      {timeline.data && (
        <>
          <p className="govuk-body" aria-live="polite">{items.length} deadlines shown{overdue > 0 ? `; ${overdue} overdue across the programme` : ''}.</p>
          {items.length === 0 ? <Empty>No deadlines match.</Empty> : <MilestoneTimeline milestones={items} showPlace />}
        </>
      )}
    </>
  )
}
