import { Link } from 'react-router'
import { Tag } from '../components/Feedback'
import { formatDate, label, statusColour } from '../lib/labels'

/** What the timeline shows: a place's milestone or a programme timeline entry. */
export interface TimelineItem {
  id: string
  placeId: string
  placeName?: string
  title: string
  recipient?: string
  baselineDate: string
  forecastDate?: string
  actualDate?: string
  status: string
  rag?: string
  evidence?: string
}

export function dueDate(m: TimelineItem): string {
  return m.forecastDate ?? m.baselineDate
}

/** Milestones in date order; overdue ones stand out (red marker, red bar, "Overdue" tag first in the line). */
export function MilestoneTimeline({ milestones, showPlace = false }: { milestones: TimelineItem[]; showPlace?: boolean }) {
  const sorted = [...milestones].sort((a, b) => dueDate(a).localeCompare(dueDate(b)) || a.title.localeCompare(b.title))
  return (
    <ol className="tp-timeline" aria-label="Deadlines in date order">
      {sorted.map((m) => (
        <li key={`${m.placeId}-${m.id}`} className={`tp-timeline__item tp-timeline__item--${m.status.toLowerCase()}`} data-status={m.status} data-milestone={m.id}>
          <p className="govuk-body govuk-!-margin-bottom-1">
            <Tag colour={statusColour(m.status)}>{label(m.status)}</Tag>{' '}
            <strong>{formatDate(dueDate(m))}</strong>
            {m.forecastDate && m.forecastDate !== m.baselineDate && <span className="govuk-body-s"> (originally {formatDate(m.baselineDate)})</span>}
          </p>
          <p className="govuk-body govuk-!-margin-bottom-1">
            {showPlace && <><Link className="govuk-link" to={`/places/${m.placeId}/governance`}>{m.placeName ?? m.placeId}</Link>: </>}
            {m.title}{m.recipient ? ` to ${m.recipient}` : ''}
          </p>
          {(m.actualDate || m.evidence || (m.rag && m.status !== 'MET' && m.status !== 'WAIVED')) && (
            <p className="govuk-body-s">
              {m.actualDate ? `Met on ${formatDate(m.actualDate)}. ` : ''}
              {m.evidence ? `Evidence: ${m.evidence}. ` : ''}
              {m.rag && m.status !== 'MET' && m.status !== 'WAIVED' && <>Rating: <Tag colour={statusColour(m.rag)}>{label(m.rag)}</Tag></>}
            </p>
          )}
        </li>
      ))}
    </ol>
  )
}
