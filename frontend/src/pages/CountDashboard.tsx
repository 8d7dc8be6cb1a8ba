import { useMemo, useState } from 'react'
import { Link } from 'react-router'
import type { EChartsCoreOption } from 'echarts/core'
import { useAggregate, useComparison, useCounts, useDiff, useFlows, useOverlaps, type Count } from '../api/queries'
import { Chart } from '../components/Chart'
import { DataTable } from '../components/DataTable'
import { Empty, ErrorBoundary, QueryState } from '../components/Feedback'
import { formatShare, toRows, type Row } from '../lib/aggregate'
import { formatMoney, formatMoneyShort, perHead, sharePercent, sumMoney, toChartNumber } from '../lib/money'
import { label } from '../lib/labels'

const BLUE = '#1d70b8'

function barOption(rows: Row[]): EChartsCoreOption {
  const top = rows.slice(0, 15).reverse()
  return {
    grid: { left: 10, right: 30, top: 10, bottom: 10, containLabel: true },
    tooltip: { trigger: 'axis', valueFormatter: (v: number) => formatMoneyShort(v.toFixed(2)) },
    xAxis: { type: 'value', axisLabel: { formatter: (v: number) => formatMoneyShort(v.toFixed(2)) } },
    yAxis: { type: 'category', data: top.map((r) => r.label), axisLabel: { width: 220, overflow: 'truncate', color: '#0b0c0c' } },
    series: [{ type: 'bar', data: top.map((r) => toChartNumber(r.amount)), itemStyle: { color: BLUE } }],
  }
}

function Breakdown({ countId, dimension, title, noun, population }: {
  countId: string; dimension: string; title: string; noun: string; population: number | null
}) {
  const agg = useAggregate(countId, dimension)
  const rows = useMemo(() => toRows(agg.data?.cells ?? [], dimension), [agg.data, dimension])
  const option = useMemo(() => barOption(rows), [rows])
  const sum = agg.data?.summary?.amount ?? sumMoney(rows.map((r) => r.amount))
  return (
    <section aria-labelledby={`h-${dimension}`}>
      <h2 className="govuk-heading-l" id={`h-${dimension}`}>{title}</h2>
      <QueryState isLoading={agg.isLoading} error={agg.error} what={title.toLowerCase()} />
      {agg.data && rows.length === 0 && <Empty>No spending recorded yet.</Empty>}
      {rows.length > 0 && (
        <>
          <Chart option={option} label={`Bar chart of spending ${title.toLowerCase()}. The largest is ${rows[0].label} with ${formatMoney(rows[0].amount, { pence: false })}. The table below lists every figure.`} height={Math.max(220, Math.min(rows.length, 15) * 32 + 40)} />
          <DataTable
            caption={`Spending ${title.toLowerCase()} (table)`}
            rows={rows}
            rowKey={(r) => r.key}
            csvName={`${countId}-${dimension}`}
            columns={[
              { header: noun, render: (r) => r.label },
              { header: 'Amount', numeric: true, render: (r) => formatMoney(r.amount), csv: (r) => r.amount },
              { header: 'Share', numeric: true, render: (r) => r.share != null ? formatShare(r.share) : sharePercent(r.amount, sum) },
              { header: 'Per head', numeric: true, render: (r) => formatMoney(r.perHead ?? perHead(r.amount, population)), csv: (r) => r.perHead ?? perHead(r.amount, population) ?? '' },
            ]}
          />
        </>
      )}
    </section>
  )
}

function Flows({ countId }: { countId: string }) {
  const flows = useFlows(countId)
  const labels = useMemo(() => new Map((flows.data?.nodes ?? []).map((n) => [n.id ?? '', n.label ?? n.id ?? ''])), [flows.data])
  const links = useMemo(() => (flows.data?.links ?? []).filter((l) => l.source && l.target && l.value), [flows.data])
  const name = (id: string | undefined) => labels.get(id ?? '') ?? id ?? ''
  const option = useMemo<EChartsCoreOption>(() => ({
    tooltip: { trigger: 'item' },
    series: [{
      type: 'sankey',
      left: 10, right: 170, top: 10, bottom: 10,
      nodeGap: 6,
      // Node ids are unique across the three columns (source:, org:, fn:); labels are what people read.
      data: (flows.data?.nodes ?? []).map((n) => ({ name: n.id })),
      links: links.map((l) => ({ source: l.source, target: l.target, value: toChartNumber(l.value!) })),
      label: { color: '#0b0c0c', formatter: (p: { name: string }) => { const t = labels.get(p.name) ?? p.name; return t.length > 34 ? `${t.slice(0, 32)}…` : t } },
      lineStyle: { color: 'gradient', opacity: 0.4 },
      emphasis: { focus: 'adjacency' },
    }],
  }), [flows.data, links, labels])
  return (
    <section aria-labelledby="h-flows">
      <h2 className="govuk-heading-l" id="h-flows">Where the money comes from and goes</h2>
      <p className="govuk-body">From each funding source, through the organisation that spends it, to the service it pays for.</p>
      <QueryState isLoading={flows.isLoading} error={flows.error} what="money flows" />
      {flows.data && links.length === 0 && <Empty>No flows to show yet.</Empty>}
      {links.length > 0 && (
        <>
          <Chart option={option} label="Sankey diagram of money flowing from funding sources to organisations to service functions. The table below lists every flow." height={Math.max(420, Math.min(labels.size, 60) * 18)} />
          <DataTable
            caption="Money flows (table)"
            rows={links}
            rowKey={(l, i) => `${l.source}-${l.target}-${i}`}
            csvName={`${countId}-flows`}
            columns={[
              { header: 'From', render: (l) => name(l.source) },
              { header: 'To', render: (l) => name(l.target) },
              { header: 'Amount', numeric: true, render: (l) => formatMoney(l.value), csv: (l) => l.value },
            ]}
          />
        </>
      )}
    </section>
  )
}

function Overlaps({ countId }: { countId: string }) {
  const [min, setMin] = useState(3)
  const overlaps = useOverlaps(countId, min)
  return (
    <section aria-labelledby="h-overlaps">
      <h2 className="govuk-heading-l" id="h-overlaps">Services funded by many organisations</h2>
      <div className="govuk-form-group">
        <label className="govuk-label" htmlFor="overlap-min">Show services funded by at least</label>
        <select className="govuk-select" id="overlap-min" value={min} onChange={(e) => setMin(Number(e.target.value))}>
          {[2, 3, 5, 10].map((n) => <option key={n} value={n}>{n} organisations</option>)}
        </select>
      </div>
      <QueryState isLoading={overlaps.isLoading} error={overlaps.error} what="overlaps" />
      {overlaps.data && overlaps.data.length === 0 && <Empty>No service is funded by {min} or more organisations.</Empty>}
      {overlaps.data && overlaps.data.length > 0 && (
        <DataTable
          caption="Overlapping funding"
          rows={overlaps.data}
          rowKey={(o, i) => o.functionCode ?? String(i)}
          csvName={`${countId}-overlaps`}
          columns={[
            { header: 'Service function', render: (o) => `${o.functionCode ?? ''}${o.functionName ? ` ${o.functionName}` : ''}` },
            { header: 'Organisations', numeric: true, render: (o) => String(o.organisations ?? o.funders?.length ?? 0) },
            { header: 'Total', numeric: true, render: (o) => formatMoney(o.amount), csv: (o) => o.amount },
            { header: 'Who funds it', render: (o) => (o.funders ?? []).map((f) => `${f.organisationName ?? f.organisationId} (${formatMoney(f.amount, { pence: false })})`).join('; ') },
          ]}
        />
      )}
    </section>
  )
}

function Versions({ count }: { count: Count }) {
  const versions = useCounts({ place: count.placeId, year: count.financialYear, kind: count.kind })
  const others = (versions.data?.items ?? []).filter((c) => c.id !== count.id).sort((a, b) => b.version - a.version)
  const [other, setOther] = useState<string | null>(null)
  const diff = useDiff(count.id, other)
  return (
    <section aria-labelledby="h-versions">
      <h2 className="govuk-heading-l" id="h-versions">Version history</h2>
      <QueryState isLoading={versions.isLoading} error={versions.error} what="versions" />
      {versions.data && (
        <ul className="govuk-list">
          {[...versions.data.items].sort((a, b) => b.version - a.version).map((v) => (
            <li key={v.id}>
              {v.id === count.id ? <strong>Version {v.version} (this one)</strong> : <Link className="govuk-link" to={`/counts/${v.id}`}>Version {v.version}</Link>} – {label(v.status)}
            </li>
          ))}
        </ul>
      )}
      {others.length > 0 && (
        <div className="govuk-form-group">
          <label className="govuk-label" htmlFor="diff-with">Compare this version with</label>
          <select className="govuk-select" id="diff-with" value={other ?? ''} onChange={(e) => setOther(e.target.value || null)}>
            <option value="">Choose a version</option>
            {others.map((o) => <option key={o.id} value={o.id}>Version {o.version} ({label(o.status)})</option>)}
          </select>
        </div>
      )}
      <QueryState isLoading={diff.isLoading} error={diff.error} what="the differences" />
      {diff.data && (
        <>
          <p className="govuk-body">
            The total is {formatMoney(diff.data.total)} in this version and {formatMoney(diff.data.otherTotal)} in the other (a difference of {formatMoney(diff.data.change)}).
          </p>
          {(diff.data.changes ?? []).length === 0 ? <Empty>No figure changed.</Empty> : (
            <DataTable
              caption="What changed between the versions"
              rows={diff.data.changes ?? []}
              rowKey={(l, i) => `${Object.values(l.dimensions ?? {}).join('|')}-${i}`}
              csvName={`${count.id}-diff`}
              columns={[
                { header: 'Line', render: (l) => Object.values(l.dimensions ?? {}).join(', ') },
                { header: 'Other version', numeric: true, render: (l) => formatMoney(l.otherAmount ?? '0'), csv: (l) => l.otherAmount },
                { header: 'This version', numeric: true, render: (l) => formatMoney(l.amount ?? '0'), csv: (l) => l.amount },
                { header: 'Change', numeric: true, render: (l) => <span className={(l.change ?? '').startsWith('-') ? 'tp-diff--down' : 'tp-diff--up'}>{formatMoney(l.change)}</span>, csv: (l) => l.change },
              ]}
            />
          )}
        </>
      )}
    </section>
  )
}

export function ComparisonSection({ year, kind, highlight }: { year: string; kind: string; highlight?: string }) {
  const cmp = useComparison(year, kind)
  const rows = useMemo(() => [...(cmp.data?.places ?? [])].sort((a, b) => toChartNumber(b.perHead ?? '0') - toChartNumber(a.perHead ?? '0')), [cmp.data])
  const option = useMemo<EChartsCoreOption>(() => {
    const r = rows.filter((x) => x.perHead).reverse()
    return {
      grid: { left: 10, right: 30, top: 10, bottom: 10, containLabel: true },
      tooltip: { trigger: 'axis' },
      xAxis: { type: 'value', axisLabel: { formatter: (v: number) => `£${v.toLocaleString('en-GB')}` } },
      yAxis: { type: 'category', data: r.map((x) => x.placeName ?? x.placeId), axisLabel: { color: '#0b0c0c' } },
      series: [{ type: 'bar', data: r.map((x) => ({ value: toChartNumber(x.perHead!), itemStyle: { color: x.placeId === highlight ? '#d53880' : BLUE } })) }],
    }
  }, [rows, highlight])
  return (
    <section aria-labelledby="h-compare">
      <h2 className="govuk-heading-l" id="h-compare">Compared with other places, per head</h2>
      <QueryState isLoading={cmp.isLoading} error={cmp.error} what="the comparison" />
      {cmp.data && rows.length === 0 && <Empty>No other place has a final {label(kind).toLowerCase()} for {year} yet.</Empty>}
      {rows.length > 0 && (
        <>
          <Chart option={option} label={`Bar chart of spending per head for each place in ${year}. The table below lists every figure.`} height={Math.max(200, rows.length * 32 + 40)} />
          <DataTable
            caption={`Spending per head, ${year}`}
            rows={rows}
            rowKey={(r, i) => r.countId ?? String(i)}
            csvName={`comparison-${year}-${kind}`}
            columns={[
              { header: 'Place', render: (r) => <Link className="govuk-link" to={`/counts/${r.countId}`}>{r.placeName ?? r.placeId}</Link>, csv: (r) => r.placeName ?? r.placeId },
              { header: 'Total', numeric: true, render: (r) => formatMoney(r.amount), csv: (r) => r.amount },
              { header: 'Population', numeric: true, render: (r) => r.population?.toLocaleString('en-GB') ?? 'Not known', csv: (r) => r.population ?? '' },
              { header: 'Per head', numeric: true, render: (r) => formatMoney(r.perHead), csv: (r) => r.perHead ?? '' },
            ]}
          />
        </>
      )}
    </section>
  )
}

function Headline({ countId, population }: { countId: string; population: number | null }) {
  const agg = useAggregate(countId, '')
  if (!agg.data) return <QueryState isLoading={agg.isLoading} error={agg.error} what="the total" />
  const total = agg.data.summary?.amount ?? '0.00'
  const ph = agg.data.summary?.perHead ?? perHead(total, agg.data.population ?? population)
  return (
    <div className="tp-headline">
      <p className="govuk-body tp-headline__item">Total public spending<span className="tp-headline__value" data-testid="headline-total">{formatMoney(total, { pence: false })}</span></p>
      <p className="govuk-body tp-headline__item">Per head of population<span className="tp-headline__value" data-testid="headline-per-head">{ph ? formatMoney(ph) : 'Not known'}</span></p>
    </div>
  )
}

export function CountDashboard({ count, placeName, population }: { count: Count; placeName?: string; population: number | null }) {
  return (
    <div data-testid="count-dashboard">
      <h2 className="govuk-heading-l">{placeName ? `${placeName}: ` : ''}{count.financialYear} {label(count.kind).toLowerCase()}, version {count.version}</h2>
      <ErrorBoundary><Headline countId={count.id} population={population} /></ErrorBoundary>
      <ErrorBoundary><Breakdown countId={count.id} dimension="function_division" title="By service function" noun="Service function" population={population} /></ErrorBoundary>
      <ErrorBoundary><Breakdown countId={count.id} dimension="organisation" title="By organisation" noun="Organisation" population={population} /></ErrorBoundary>
      <ErrorBoundary><Flows countId={count.id} /></ErrorBoundary>
      <ErrorBoundary><Overlaps countId={count.id} /></ErrorBoundary>
      <ErrorBoundary><Versions count={count} /></ErrorBoundary>
      <ErrorBoundary><ComparisonSection year={count.financialYear} kind={count.kind} highlight={count.placeId} /></ErrorBoundary>
    </div>
  )
}
