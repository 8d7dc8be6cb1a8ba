import type { ReactNode } from 'react'
import { Link, useParams } from 'react-router'
import { usePlace, usePlaceList } from '../api/queries'
import { useAuth } from '../auth/AuthContext'
import { DataTable } from '../components/DataTable'
import { Empty, QueryState, Tag } from '../components/Feedback'
import { maySeePersonalData } from '../lib/access'
import { formatMoney } from '../lib/money'
import { formatDate, formatNumber, label } from '../lib/labels'
import { usePageTitle } from './title'

function Row({ name, children }: { name: string; children: ReactNode }) {
  if (children == null || children === '' || (Array.isArray(children) && children.length === 0)) return null
  return (
    <div className="govuk-summary-list__row">
      <dt className="govuk-summary-list__key">{name}</dt>
      <dd className="govuk-summary-list__value">{children}</dd>
    </div>
  )
}

export function PlacePage() {
  const { placeId = '' } = useParams()
  const { principal } = useAuth()
  const place = usePlace(placeId)
  const orgs = usePlaceList('organisations', placeId)
  const updates = usePlaceList('updates', placeId)
  const documents = usePlaceList('documents', placeId)
  const funding = usePlaceList('funding', placeId)
  const personal = maySeePersonalData(principal)
  const contacts = usePlaceList('contacts', placeId, personal)
  usePageTitle(place.data?.name ?? 'Place')

  if (!place.data) return <QueryState isLoading={place.isLoading} error={place.error} what="this place" />
  const p = place.data

  return (
    <>
      <nav className="govuk-breadcrumbs" aria-label="Breadcrumb">
        <ol className="govuk-breadcrumbs__list">
          <li className="govuk-breadcrumbs__list-item"><Link className="govuk-breadcrumbs__link" to="/">Places</Link></li>
          <li className="govuk-breadcrumbs__list-item" aria-current="page">{p.name}</li>
        </ol>
      </nav>
      <span className="govuk-caption-xl">{label(p.kind)}{p.region ? ` in ${p.region}` : ''}</span>
      <h1 className="govuk-heading-xl">{p.name}</h1>
      {p.summary && <p className="govuk-body-l">{p.summary}</p>}
      <ul className="govuk-list tp-actions">
        <li><Link className="govuk-link govuk-!-font-weight-bold" to={`/places/${p.id}/counts`}>Money counted in {p.name}</Link></li>
        <li><Link className="govuk-link govuk-!-font-weight-bold" to={`/places/${p.id}/governance`}>Boards, meetings, deadlines and risks</Link></li>
      </ul>

      <dl className="govuk-summary-list">
        <Row name="Theme">{p.theme}</Row>
        <Row name="Sub-themes">{p.subThemes?.length ? <ul className="govuk-list govuk-list--bullet">{p.subThemes.map((s) => <li key={s}>{s}</li>)}</ul> : null}</Row>
        <Row name="Approach">{p.approach ? label(p.approach) : null}</Row>
        <Row name="Population">{p.population ? `${formatNumber(p.population)}${p.populationYear ? ` (${p.populationYear})` : ''}` : null}</Row>
        <Row name="Status">{p.status ? label(p.status) : null}</Row>
        <Row name="Interim findings due">{formatDate(p.interimFindingsDue)}</Row>
        <Row name="Final report due">{formatDate(p.finalReportDue)}</Row>
        <Row name="Local authority areas">{p.localAuthorityAreas?.join(', ')}</Row>
      </dl>
      {p.populationSource && <p className="govuk-body-s">Population source: {p.populationSource}</p>}

      {!!p.aspirations?.length && (
        <>
          <h2 className="govuk-heading-l">Aspirations</h2>
          <ul className="govuk-list govuk-list--bullet">{p.aspirations.map((a) => <li key={a}>{a}</li>)}</ul>
        </>
      )}

      <h2 className="govuk-heading-l">Organisations taking part</h2>
      <QueryState isLoading={orgs.isLoading} error={orgs.error} what="organisations" />
      {orgs.data && (orgs.data.length === 0 ? <Empty>No organisations have been recorded yet.</Empty> : (
        <DataTable
          caption={`${orgs.data.length} organisations`}
          rows={orgs.data}
          rowKey={(o) => o.organisation.id}
          csvName={`${p.id}-organisations`}
          columns={[
            { header: 'Organisation', render: (o) => o.organisation.name },
            { header: 'Type', render: (o) => label(o.organisation.type) },
            { header: 'Role', render: (o) => o.role === 'LEAD' ? <Tag colour="purple">Lead</Tag> : label(o.role), csv: (o) => label(o.role) },
          ]}
        />
      ))}

      <h2 className="govuk-heading-l">Progress</h2>
      <QueryState isLoading={updates.isLoading} error={updates.error} what="progress updates" />
      {updates.data && (updates.data.length === 0 ? <Empty>No progress updates yet.</Empty> : (
        <ul className="govuk-list">
          {updates.data.map((u) => (
            <li key={u.id} className="govuk-!-margin-bottom-4">
              <p className="govuk-body-s govuk-!-font-weight-bold govuk-!-margin-bottom-1">{formatDate(u.date)}</p>
              <p className="govuk-body">{u.text}</p>
            </li>
          ))}
        </ul>
      ))}

      <h2 className="govuk-heading-l">Documents</h2>
      <QueryState isLoading={documents.isLoading} error={documents.error} what="documents" />
      {documents.data && (documents.data.length === 0 ? <Empty>No documents yet.</Empty> : (
        <ul className="govuk-list">
          {documents.data.map((d) => (
            <li key={d.id}>
              {d.url ? <a className="govuk-link" href={d.url} rel="noreferrer">{d.title}</a> : d.title}
              <span className="govuk-body-s"> – {label(d.kind)}{d.date ? `, ${formatDate(d.date)}` : ''}</span>
            </li>
          ))}
        </ul>
      ))}

      <h2 className="govuk-heading-l">Programme funding</h2>
      <QueryState isLoading={funding.isLoading} error={funding.error} what="funding" />
      {funding.data && (funding.data.length === 0 ? <Empty>No programme funding recorded.</Empty> : (
        <DataTable
          caption="Funding awarded to this place"
          rows={funding.data}
          rowKey={(f, i) => String(f.id ?? i)}
          csvName={`${p.id}-funding`}
          columns={[
            { header: 'Funder', render: (f) => f.funder },
            { header: 'Year', render: (f) => f.financialYear ?? '' },
            { header: 'Purpose', render: (f) => f.purpose ?? '' },
            { header: 'Amount', numeric: true, render: (f) => formatMoney(f.amount), csv: (f) => f.amount },
          ]}
        />
      ))}

      <h2 className="govuk-heading-l">Contacts</h2>
      {!personal ? (
        <div className="govuk-inset-text">Sign in to see the names, email addresses and phone numbers of contacts.</div>
      ) : (
        <>
          <QueryState isLoading={contacts.isLoading} error={contacts.error} what="contacts" />
          {contacts.data && (contacts.data.length === 0 ? <Empty>No contacts recorded.</Empty> : (
            <dl className="govuk-summary-list">
              {contacts.data.map((c) => (
                <div className="govuk-summary-list__row" key={c.id}>
                  <dt className="govuk-summary-list__key">{c.name ?? 'Name withheld'}</dt>
                  <dd className="govuk-summary-list__value">
                    <p className="govuk-body">{[c.role, c.organisation].filter(Boolean).join(', ')}</p>
                    {c.email && <p className="govuk-body"><a className="govuk-link" href={`mailto:${c.email}`}>{c.email}</a></p>}
                    {c.phone && <p className="govuk-body">{c.phone}</p>}
                  </dd>
                </div>
              ))}
            </dl>
          ))}
        </>
      )}
    </>
  )
}
