import { useSearchParams } from 'react-router'
import { ComparisonSection } from './CountDashboard'
import { usePageTitle } from './title'

const YEARS = ['2007-08', '2008-09', '2009-10']

export function ComparePage() {
  usePageTitle('Compare places')
  const [params, setParams] = useSearchParams()
  const year = params.get('year') ?? '2008-09'
  const kind = params.get('kind') ?? 'HIGH_LEVEL'
  return (
    <>
      <h1 className="govuk-heading-xl">Compare places</h1>
      <p className="govuk-body-l">Public spending per head of population, from each place's latest final count.</p>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-one-half govuk-form-group">
          <label className="govuk-label" htmlFor="cmp-year">Financial year</label>
          <select className="govuk-select" id="cmp-year" value={year} onChange={(e) => setParams({ year: e.target.value, kind })}>
            {YEARS.map((y) => <option key={y} value={y}>{y}</option>)}
          </select>
        </div>
        <div className="govuk-grid-column-one-half govuk-form-group">
          <label className="govuk-label" htmlFor="cmp-kind">Kind of count</label>
          <select className="govuk-select" id="cmp-kind" value={kind} onChange={(e) => setParams({ year, kind: e.target.value })}>
            <option value="HIGH_LEVEL">High level count</option>
            <option value="DEEP_DIVE">Deep dive</option>
          </select>
        </div>
      </div>
      <ComparisonSection year={year} kind={kind} />
    </>
  )
}
