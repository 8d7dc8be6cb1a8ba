import { useState, type FormEvent } from 'react'
import { Link, useSearchParams } from 'react-router'
import { usePlaces, type Place } from '../api/queries'
import { Empty, QueryState, Tag } from '../components/Feedback'
import { label } from '../lib/labels'
import { usePageTitle } from './title'

const KINDS = [
  { value: '', text: 'All places' },
  { value: 'PILOT', text: 'Pilots' },
  { value: 'PARALLEL_PLACE', text: 'Parallel places' },
]

function distinct(places: Place[] | undefined, pick: (p: Place) => string | null | undefined): string[] {
  return [...new Set((places ?? []).map(pick).filter((v): v is string => !!v))].sort((a, b) => a.localeCompare(b))
}

/** Places grouped by region, regions in alphabetical order, places without one last. */
export function byRegion(places: Place[]): [string, Place[]][] {
  const groups = new Map<string, Place[]>()
  for (const p of places) {
    const region = p.region || 'Region not recorded'
    groups.set(region, [...(groups.get(region) ?? []), p])
  }
  return [...groups.entries()].sort(([a], [b]) =>
    a === 'Region not recorded' ? 1 : b === 'Region not recorded' ? -1 : a.localeCompare(b))
}

export function PlacesPage() {
  usePageTitle('Places')
  const [params, setParams] = useSearchParams()
  const q = params.get('q') ?? ''
  const kind = (params.get('kind') ?? '') as '' | 'PILOT' | 'PARALLEL_PLACE'
  const region = params.get('region') ?? ''
  const theme = params.get('theme') ?? ''
  const [text, setText] = useState(q)

  const all = usePlaces({ size: 500 })
  const filtered = usePlaces({ q: q || undefined, kind: kind || undefined, region: region || undefined, theme: theme || undefined, size: 500 })

  const update = (changes: Record<string, string>) => {
    const next = new URLSearchParams(params)
    for (const [k, v] of Object.entries(changes)) {
      if (v) next.set(k, v)
      else next.delete(k)
    }
    setParams(next)
  }
  const search = (e: FormEvent) => {
    e.preventDefault()
    update({ q: text.trim() })
  }

  const regions = distinct(all.data?.items, (p) => p.region)
  const themes = distinct(all.data?.items, (p) => p.theme)
  const items = filtered.data?.items ?? []
  const pilots = items.filter((p) => p.kind === 'PILOT').length

  return (
    <>
      <h1 className="govuk-heading-xl">Total Place pilots and parallel places</h1>
      <p className="govuk-body-l">
        Find the places that counted all the public money spent in their area and redesigned services around a theme.
      </p>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-one-third">
          <form onSubmit={search} role="search" aria-label="Places">
            <div className="govuk-form-group">
              <label className="govuk-label govuk-label--s" htmlFor="q">Search places</label>
              <div className="govuk-hint" id="q-hint">For example a place, organisation or theme</div>
              <input className="govuk-input" id="q" name="q" type="search" aria-describedby="q-hint" value={text} onChange={(e) => setText(e.target.value)} />
            </div>
            <button type="submit" className="govuk-button govuk-button--secondary">Search</button>
          </form>
          <div className="govuk-form-group">
            <label className="govuk-label govuk-label--s" htmlFor="kind">Type of place</label>
            <select className="govuk-select" id="kind" value={kind} onChange={(e) => update({ kind: e.target.value })}>
              {KINDS.map((k) => <option key={k.value} value={k.value}>{k.text}</option>)}
            </select>
          </div>
          <div className="govuk-form-group">
            <label className="govuk-label govuk-label--s" htmlFor="region">Region</label>
            <select className="govuk-select" id="region" value={region} onChange={(e) => update({ region: e.target.value })}>
              <option value="">All regions</option>
              {regions.map((r) => <option key={r} value={r}>{r}</option>)}
            </select>
          </div>
          <div className="govuk-form-group">
            <label className="govuk-label govuk-label--s" htmlFor="theme">Theme</label>
            <select className="govuk-select" id="theme" value={theme} onChange={(e) => update({ theme: e.target.value })}>
              <option value="">All themes</option>
              {themes.map((t) => <option key={t} value={t}>{t}</option>)}
            </select>
          </div>
          {(q || kind || region || theme) && (
            <p className="govuk-body">
              <Link className="govuk-link" to="/" onClick={() => setText('')}>Clear search and filters</Link>
            </p>
          )}
        </div>
        <div className="govuk-grid-column-two-thirds">
          <QueryState isLoading={filtered.isLoading} error={filtered.error} what="places" />
          {filtered.data && (
            <>
              <h2 className="govuk-heading-m" aria-live="polite">
                {items.length === 1 ? '1 place' : `${items.length} places`}
                {items.length > 0 && <span className="govuk-caption-m">{pilots} pilots, {items.length - pilots} parallel places</span>}
              </h2>
              {items.length === 0 && <Empty>No places match your search. Try fewer words or clear the filters.</Empty>}
              {byRegion(items).map(([regionName, places]) => (
                <section key={regionName} aria-labelledby={`region-${regionName}`}>
                  <h3 className="govuk-heading-s" id={`region-${regionName}`}>{regionName}</h3>
                  <ul className="tp-card-grid">
                    {places.map((p) => (
                      <li key={p.id} className={`tp-card${p.kind === 'PARALLEL_PLACE' ? ' tp-card--parallel' : ''}`}>
                        <p className="govuk-body govuk-!-font-weight-bold govuk-!-margin-bottom-2">
                          <Link className="govuk-link" to={`/places/${p.id}`}>{p.name}</Link>
                        </p>
                        <p className="govuk-body-s govuk-!-margin-bottom-2">
                          <Tag colour={p.kind === 'PILOT' ? 'blue' : 'green'}>{label(p.kind)}</Tag>
                        </p>
                        {p.theme && <p className="govuk-body-s">Theme: {p.theme}</p>}
                      </li>
                    ))}
                  </ul>
                </section>
              ))}
            </>
          )}
        </div>
      </div>
    </>
  )
}
