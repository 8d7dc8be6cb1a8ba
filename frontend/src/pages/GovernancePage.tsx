import { Link, useParams } from 'react-router'
import { useGroupTree, useMeetings, useMemberships, useMilestones, usePlace, useRisks } from '../api/queries'
import type { GroupNode, RaidItem } from '../api/types'
import { useAuth } from '../auth/AuthContext'
import { DataTable } from '../components/DataTable'
import { Empty, ErrorBoundary, QueryState, Tag } from '../components/Feedback'
import { maySeePersonalData } from '../lib/access'
import { formatDate, formatDateTime, label } from '../lib/labels'
import { MilestoneTimeline } from './MilestoneTimeline'
import { usePageTitle } from './title'

/** RAID items by score (likelihood × impact), highest first; ties by impact. */
export function byScore(items: RaidItem[]): RaidItem[] {
  const score = (r: RaidItem) => r.score ?? r.likelihood * r.impact
  return [...items].sort((a, b) => score(b) - score(a) || b.impact - a.impact)
}

const RATING_COLOUR: Record<string, string> = { HIGH: 'red', MEDIUM: 'orange', LOW: 'green' }

function Members({ groupId }: { groupId: string }) {
  const { principal } = useAuth()
  const members = useMemberships(groupId)
  if (!members.data) return <QueryState isLoading={members.isLoading} error={members.error} what="members" />
  if (members.data.length === 0) return <Empty>No members recorded.</Empty>
  const personal = maySeePersonalData(principal)
  return (
    <ul className="govuk-list govuk-body-s">
      {members.data.map((m) => (
        <li key={m.id}>
          <strong>{label(m.role)}</strong>: {personal ? (m.person?.name ?? 'Name not recorded') : 'name shown when signed in'}
          {[m.post ?? m.person?.jobTitle, m.person?.organisation].filter(Boolean).map((x) => `, ${x}`).join('')}
          {m.start ? ` (since ${formatDate(m.start)})` : ''}
        </li>
      ))}
    </ul>
  )
}

function Tree({ nodes }: { nodes: GroupNode[] }) {
  return (
    <ul>
      {nodes.map((n) => (
        <li key={n.id}>
          <h3 className="govuk-heading-s govuk-!-margin-bottom-1">{n.name} <span className="govuk-body-s">({label(n.kind)})</span></h3>
          {n.purpose && <p className="govuk-body-s govuk-!-margin-bottom-1">{n.purpose}</p>}
          {!!n.memberOrganisations?.length && <p className="govuk-body-s govuk-!-margin-bottom-1">Organisations: {n.memberOrganisations.join(', ')}</p>}
          <details className="govuk-details govuk-!-margin-bottom-3">
            <summary className="govuk-details__summary"><span className="govuk-details__summary-text">Members of {n.name}</span></summary>
            <div className="govuk-details__text"><Members groupId={n.id} /></div>
          </details>
          {!!n.reportingGroups?.length && <Tree nodes={n.reportingGroups as GroupNode[]} />}
        </li>
      ))}
    </ul>
  )
}

export function GovernancePage() {
  const { placeId = '' } = useParams()
  const place = usePlace(placeId)
  const groups = useGroupTree(placeId)
  const meetings = useMeetings(placeId)
  const milestones = useMilestones(placeId)
  const risks = useRisks(placeId)
  const { principal } = useAuth()
  usePageTitle(place.data ? `Governance of ${place.data.name}` : 'Governance')
  const name = place.data?.name ?? placeId

  return (
    <>
      <nav className="govuk-breadcrumbs" aria-label="Breadcrumb">
        <ol className="govuk-breadcrumbs__list">
          <li className="govuk-breadcrumbs__list-item"><Link className="govuk-breadcrumbs__link" to="/">Places</Link></li>
          <li className="govuk-breadcrumbs__list-item"><Link className="govuk-breadcrumbs__link" to={`/places/${placeId}`}>{name}</Link></li>
          <li className="govuk-breadcrumbs__list-item" aria-current="page">Governance</li>
        </ol>
      </nav>
      <h1 className="govuk-heading-xl"><span className="govuk-caption-xl">{name}</span>Boards, meetings, deadlines and risks</h1>
      <p className="govuk-body">
        <a className="govuk-link" href={`/api/v1/calendars/${encodeURIComponent(placeId)}.ics`} data-testid="calendar-link">
          Subscribe to the calendar of meetings and deadlines<span className="govuk-visually-hidden"> for {name}</span>
        </a> (works with Outlook, Google Calendar and Apple Calendar)
      </p>

      <ErrorBoundary>
        <h2 className="govuk-heading-l">Deadlines</h2>
        <QueryState isLoading={milestones.isLoading} error={milestones.error} what="deadlines" />
        {milestones.data && (milestones.data.items.length === 0 ? <Empty>No deadlines recorded.</Empty> : <MilestoneTimeline milestones={milestones.data.items} />)}
      </ErrorBoundary>

      <ErrorBoundary>
        <h2 className="govuk-heading-l">Groups</h2>
        <QueryState isLoading={groups.isLoading} error={groups.error} what="groups" />
        {groups.data && (groups.data.length === 0 ? <Empty>No groups recorded.</Empty> : <div className="tp-tree"><Tree nodes={groups.data} /></div>)}
      </ErrorBoundary>

      <ErrorBoundary>
        <h2 className="govuk-heading-l">Meetings</h2>
        <QueryState isLoading={meetings.isLoading} error={meetings.error} what="meetings" />
        {meetings.data && meetings.data.items.length === 0 && <Empty>No meetings recorded.</Empty>}
        {meetings.data?.items.map((m) => (
          <section key={m.id} className="govuk-!-margin-bottom-6" aria-labelledby={`meeting-${m.id}`}>
            <h3 className="govuk-heading-m" id={`meeting-${m.id}`}>{m.title}</h3>
            <p className="govuk-body-s">
              <Tag colour={m.status === 'CANCELLED' ? 'red' : m.status === 'HELD' ? 'green' : 'blue'}>{label(m.status)}</Tag>{' '}
              {m.startsAt ? formatDateTime(m.startsAt) : formatDate(m.date)}{m.location ? `, ${m.location}` : ''}{m.groupName ? ` · ${m.groupName}` : ''}
            </p>
            {!!m.agenda?.length && (
              <ol className="govuk-list govuk-list--number">
                {m.agenda.map((a) => (
                  <li key={a.number}>
                    {a.title}
                    {a.minutes && <p className="govuk-body-s">{a.minutes}</p>}
                    {a.decisions?.map((d, i) => (
                      <div className="govuk-inset-text govuk-!-margin-top-2 govuk-!-margin-bottom-2" key={i}>
                        <strong>Decision{d.keyDecision ? ' (key decision)' : ''}:</strong> {d.text}
                        {d.decisionMaker ? ` – ${d.decisionMaker}` : ''}{d.decidedOn ? `, ${formatDate(d.decidedOn)}` : ''}
                      </div>
                    ))}
                  </li>
                ))}
              </ol>
            )}
          </section>
        ))}
      </ErrorBoundary>

      <ErrorBoundary>
        <h2 className="govuk-heading-l">Risks, assumptions, issues and dependencies</h2>
        <QueryState isLoading={risks.isLoading} error={risks.error} what="the RAID log" />
        {risks.data && (risks.data.items.length === 0 ? <Empty>Nothing recorded in the log.</Empty> : (
          <DataTable
            caption="RAID log, highest score first"
            rows={byScore(risks.data.items)}
            rowKey={(r) => r.id}
            csvName={`${placeId}-raid-log`}
            columns={[
              { header: 'Item', render: (r) => r.title },
              { header: 'Type', render: (r) => label(r.type) },
              { header: 'Score', numeric: true, render: (r) => <Tag colour={RATING_COLOUR[r.rating ?? ''] ?? 'grey'}>{String(r.score ?? r.likelihood * r.impact)}</Tag>, csv: (r) => r.score ?? r.likelihood * r.impact },
              { header: 'Likelihood × impact', render: (r) => `${r.likelihood} × ${r.impact}` },
              { header: 'Owner', render: (r) => r.owner ?? (principal ? 'Not shown to your role' : 'Shown when signed in') },
              { header: 'Response', render: (r) => [label(r.response), r.actions].filter(Boolean).join(': ') },
              { header: 'Status', render: (r) => label(r.status) },
            ]}
          />
        ))}
      </ErrorBoundary>
    </>
  )
}
