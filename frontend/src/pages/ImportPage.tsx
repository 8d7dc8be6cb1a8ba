import { useEffect, useRef, useState, type FormEvent } from 'react'
import { Link, useParams } from 'react-router'
import { useQuery, useQueryClient } from '@tanstack/react-query'
import { api, unwrap } from '../api/client'
import { useCount, usePlace, type ImportJob } from '../api/queries'
import { useAuth } from '../auth/AuthContext'
import { DataTable } from '../components/DataTable'
import { ProblemSummary, QueryState } from '../components/Feedback'
import { mayEditCounts } from '../lib/access'
import {
  distinctValues, fieldsFor, guessMapping, importQuery, isCofogCode, parseCsv, validateMapping,
  type ColumnMapping, type Layout, type MappingProblem,
} from '../lib/csvMapping'
import { ApiError, type Violation } from '../lib/problem'
import { formatMoney } from '../lib/money'
import { formatNumber } from '../lib/labels'
import { usePageTitle } from './title'

/** Files above this size are imported as a background job with progress. */
export const JOB_THRESHOLD_BYTES = 2 * 1024 * 1024
const SAMPLE_BYTES = 1024 * 1024

type Step = 'choose' | 'map' | 'send'

interface Sample { headers: string[]; rows: string[][] }

async function readSample(file: File): Promise<Sample> {
  const text = await file.slice(0, SAMPLE_BYTES).text()
  // The last line of a slice may be cut short: drop it unless the whole file was read.
  const records = parseCsv(file.size > SAMPLE_BYTES ? text.slice(0, text.lastIndexOf('\n') + 1) : text)
  return { headers: records[0] ?? [], rows: records.slice(1) }
}

function ErrorSummaryList({ problems, title }: { problems: { href: string; text: string }[]; title: string }) {
  const ref = useRef<HTMLDivElement>(null)
  useEffect(() => { ref.current?.focus() }, [problems])
  return (
    <div className="govuk-error-summary" tabIndex={-1} ref={ref}>
      <div role="alert">
        <h2 className="govuk-error-summary__title">{title}</h2>
        <div className="govuk-error-summary__body">
          <ul className="govuk-list govuk-error-summary__list">
            {problems.map((p) => <li key={p.href + p.text}><a href={p.href}>{p.text}</a></li>)}
          </ul>
        </div>
      </div>
    </div>
  )
}

function RejectedRows({ errors, errorCount }: { errors: Violation[]; errorCount?: number }) {
  return (
    <>
      <div className="govuk-error-summary" role="alert" tabIndex={-1}>
        <h2 className="govuk-error-summary__title">The file was not imported</h2>
        <div className="govuk-error-summary__body">
          <p className="govuk-body">
            {formatNumber(errorCount ?? errors.length)} {(errorCount ?? errors.length) === 1 ? 'row has a problem' : 'rows have problems'}. Nothing from this file has been stored.
            Correct the rows below and import the whole file again.
          </p>
        </div>
      </div>
      <DataTable
        caption="Rejected rows"
        captionClass="govuk-table__caption--m"
        rows={errors}
        rowKey={(v, i) => `${v.row}-${v.field}-${i}`}
        csvName="rejected-rows"
        columns={[
          { header: 'Row', numeric: true, render: (v) => v.row != null ? String(v.row) : '', csv: (v) => v.row ?? '' },
          { header: 'Column', render: (v) => v.field ?? '' },
          { header: 'Problem', render: (v) => v.message },
          { header: 'Value', render: (v) => v.value ?? '' },
        ]}
      />
      {errorCount != null && errorCount > errors.length && (
        <p className="govuk-body">Only the first {formatNumber(errors.length)} of {formatNumber(errorCount)} problems are listed.</p>
      )}
    </>
  )
}

function Succeeded({ job, countId }: { job: ImportJob; countId: string }) {
  return (
    <div className="govuk-panel govuk-panel--confirmation">
      <h2 className="govuk-panel__title">{job.duplicate ? 'This file was already imported' : 'File imported'}</h2>
      <div className="govuk-panel__body">
        {job.duplicate
          ? 'Nothing new was stored, so nothing is counted twice.'
          : <>{formatNumber(job.linesStored ?? job.rowsValid)} lines stored{job.total ? <>, totalling {formatMoney(job.total)}</> : null}</>}
        {!!job.unclassified && <><br />{formatNumber(job.unclassified)} rows counted as unclassified</>}
        <br />
        <Link className="govuk-link tp-panel-link" style={{ color: '#ffffff' }} to={`/counts/${countId}`}>Review the count and submit it</Link>
      </div>
    </div>
  )
}

function JobProgress({ jobId, onDone }: { jobId: string; onDone: (job: ImportJob) => void }) {
  const job = useQuery({
    queryKey: ['import', jobId],
    queryFn: () => unwrap(api.GET('/api/v1/imports/{jobId}', { params: { path: { jobId } } })) as unknown as Promise<ImportJob>, // decimals: see types.ts
    refetchInterval: (q) => (q.state.data?.status === 'RUNNING' || !q.state.data ? 1000 : false),
  })
  const done = job.data && job.data.status !== 'RUNNING'
  useEffect(() => { if (done && job.data) onDone(job.data) }, [done, job.data, onDone])
  if (job.error) return <ProblemSummary error={job.error} title="We could not check the import" />
  const pct = job.data?.percent ?? 0
  return (
    <div aria-live="polite">
      <label className="govuk-label" htmlFor="import-progress">Importing: {pct}% ({formatNumber(job.data?.rowsRead ?? 0)} rows read, {formatNumber(job.data?.rowsValid ?? 0)} valid)</label>
      <progress id="import-progress" className="tp-progress" max={100} value={pct}>{pct}%</progress>
    </div>
  )
}

export function ImportPage() {
  const { countId = '' } = useParams()
  const { principal } = useAuth()
  const queryClient = useQueryClient()
  const count = useCount(countId)
  const place = usePlace(count.data?.placeId ?? '')
  usePageTitle('Import a CSV file')

  const [step, setStep] = useState<Step>('choose')
  const [file, setFile] = useState<File | null>(null)
  const [layout, setLayout] = useState<Layout>('STANDARD')
  const [sample, setSample] = useState<Sample | null>(null)
  const [mapping, setMapping] = useState<ColumnMapping>({})
  const [functionMap, setFunctionMap] = useState<Record<string, string>>({})
  const [unclassified, setUnclassified] = useState(false)
  const [fundingSource, setFundingSource] = useState('')
  const [chooseError, setChooseError] = useState<string | null>(null)
  const [mapProblems, setMapProblems] = useState<MappingProblem[]>([])
  const [sending, setSending] = useState(false)
  const [sendError, setSendError] = useState<unknown>(null)
  const [jobId, setJobId] = useState<string | null>(null)
  const [result, setResult] = useState<ImportJob | null>(null)

  if (!count.data) return <QueryState isLoading={count.isLoading} error={count.error} what="the count" />
  const c = count.data
  if (!mayEditCounts(principal, c.placeId)) {
    return (
      <>
        <h1 className="govuk-heading-xl">Import a CSV file</h1>
        <p className="govuk-body">Only finance officers of {place.data?.name ?? c.placeId} can import figures into this count.</p>
        <p className="govuk-body"><Link className="govuk-link" to={`/counts/${c.id}`}>Back to the count</Link></p>
      </>
    )
  }
  if (c.status !== 'DRAFT') {
    return (
      <>
        <h1 className="govuk-heading-xl">Import a CSV file</h1>
        <p className="govuk-body">This count is no longer a draft, so no more figures can be imported into it.</p>
        <p className="govuk-body"><Link className="govuk-link" to={`/counts/${c.id}`}>Back to the count</Link></p>
      </>
    )
  }

  const fields = fieldsFor(layout)
  const labels = sample && mapping.function && layout === 'SPENDING_OVER_500' ? distinctValues(sample.rows, sample.headers, mapping.function).slice(0, 200) : []

  const choose = async (e: FormEvent) => {
    e.preventDefault()
    if (!file) { setChooseError('Select a CSV file'); return }
    if (!/\.(csv|txt)$/i.test(file.name) && file.type !== 'text/csv') { setChooseError('The selected file must be a CSV'); return }
    if (file.size === 0) { setChooseError('The selected file is empty'); return }
    const s = await readSample(file)
    if (s.headers.length < 2) { setChooseError('The first row of the file must be a header row with column names'); return }
    setChooseError(null)
    setSample(s)
    setMapping(guessMapping(layout, s.headers))
    setStep('map')
  }

  const mapped = (e: FormEvent) => {
    e.preventDefault()
    if (!sample) return
    const problems = validateMapping(layout, sample.headers, mapping)
    if (layout === 'SPENDING_OVER_500' && !mapping.funding_source && !fundingSource.trim()) {
      problems.push({ field: 'fundingSourceDefault', message: 'Enter the funding source for every row, or select a funding source column' })
    }
    for (const [lbl, code] of Object.entries(functionMap)) {
      if (code.trim() && !isCofogCode(code)) problems.push({ field: `fn-${lbl}`, message: `"${code}" for ${lbl} is not a function code like 07 or 07.4` })
    }
    setMapProblems(problems)
    if (problems.length === 0) setStep('send')
  }

  const send = async () => {
    if (!file) return
    setSending(true)
    setSendError(null)
    setResult(null)
    try {
      const query = { ...importQuery(layout, mapping, functionMap, { unclassified, fundingSource }), async: file.size > JOB_THRESHOLD_BYTES }
      const job = await unwrap(api.POST('/api/v1/counts/{countId}/imports', {
        params: { path: { countId: c.id }, query },
        body: file as unknown as string,
        bodySerializer: (b: unknown) => b as BodyInit,
        headers: { 'Content-Type': 'text/csv' },
      })) as unknown as ImportJob
      if (job.status === 'RUNNING' && job.id) setJobId(job.id)
      else finished(job)
    } catch (err) {
      setSendError(err)
    } finally {
      setSending(false)
    }
  }

  const finished = (job: ImportJob) => {
    setJobId(null)
    setResult(job)
    void queryClient.invalidateQueries({ queryKey: ['aggregate', c.id] })
  }

  const restart = () => {
    setStep('choose')
    setResult(null)
    setSendError(null)
    setFile(null)
  }

  const rejected = sendError instanceof ApiError && sendError.status === 422 ? sendError.problem.errors ?? [] : null
  const jobRejected = result && result.status === 'FAILED' ? result.errors ?? [] : null

  return (
    <>
      <nav className="govuk-breadcrumbs" aria-label="Breadcrumb">
        <ol className="govuk-breadcrumbs__list">
          <li className="govuk-breadcrumbs__list-item"><Link className="govuk-breadcrumbs__link" to={`/places/${c.placeId}`}>{place.data?.name ?? c.placeId}</Link></li>
          <li className="govuk-breadcrumbs__list-item"><Link className="govuk-breadcrumbs__link" to={`/counts/${c.id}`}>{c.financialYear} version {c.version}</Link></li>
          <li className="govuk-breadcrumbs__list-item" aria-current="page">Import</li>
        </ol>
      </nav>
      <span className="govuk-caption-xl">{place.data?.name ?? c.placeId}, {c.financialYear}</span>
      <h1 className="govuk-heading-xl">Import a CSV file</h1>
      <ol className="govuk-list govuk-list--number govuk-body-s" aria-label="Steps">
        <li>{step === 'choose' ? <strong>Choose a file (current step)</strong> : 'Choose a file'}</li>
        <li>{step === 'map' ? <strong>Match the columns (current step)</strong> : 'Match the columns'}</li>
        <li>{step === 'send' ? <strong>Check and import (current step)</strong> : 'Check and import'}</li>
      </ol>

      {step === 'choose' && (
        <form onSubmit={(e) => void choose(e)} noValidate>
          {chooseError && <ErrorSummaryList title="There is a problem" problems={[{ href: '#file', text: chooseError }]} />}
          <div className={`govuk-form-group${chooseError ? ' govuk-form-group--error' : ''}`}>
            <label className="govuk-label govuk-label--m" htmlFor="file">Upload a CSV file</label>
            <div className="govuk-hint" id="file-hint">The first row must hold the column names. Every row is checked; if any row is wrong nothing is stored.</div>
            {chooseError && <p className="govuk-error-message" id="file-error"><span className="govuk-visually-hidden">Error:</span> {chooseError}</p>}
            <input className={`govuk-file-upload${chooseError ? ' govuk-file-upload--error' : ''}`} id="file" name="file" type="file" accept=".csv,text/csv"
              aria-describedby={`file-hint${chooseError ? ' file-error' : ''}`} onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
          </div>
          <div className="govuk-form-group">
            <fieldset className="govuk-fieldset">
              <legend className="govuk-fieldset__legend govuk-fieldset__legend--m">What layout is the file in?</legend>
              <div className="govuk-radios" data-module="govuk-radios">
                <div className="govuk-radios__item">
                  <input className="govuk-radios__input" id="layout-standard" name="layout" type="radio" value="STANDARD" checked={layout === 'STANDARD'} onChange={() => setLayout('STANDARD')} aria-describedby="layout-standard-hint" />
                  <label className="govuk-label govuk-radios__label" htmlFor="layout-standard">Total Place standard layout</label>
                  <div id="layout-standard-hint" className="govuk-hint govuk-radios__hint">Organisation, funding source, function code, capital or revenue, amount</div>
                </div>
                <div className="govuk-radios__item">
                  <input className="govuk-radios__input" id="layout-spending" name="layout" type="radio" value="SPENDING_OVER_500" checked={layout === 'SPENDING_OVER_500'} onChange={() => setLayout('SPENDING_OVER_500')} aria-describedby="layout-spending-hint" />
                  <label className="govuk-label govuk-radios__label" htmlFor="layout-spending">Spending over £500 transparency file</label>
                  <div id="layout-spending-hint" className="govuk-hint govuk-radios__hint">A council's published payments: body name, date, service area, amount</div>
                </div>
              </div>
            </fieldset>
          </div>
          <button type="submit" className="govuk-button">Continue</button>
        </form>
      )}

      {step === 'map' && sample && (
        <form onSubmit={mapped} noValidate>
          {mapProblems.length > 0 && <ErrorSummaryList title="There is a problem" problems={mapProblems.map((p) => ({ href: `#map-${p.field}`, text: p.message }))} />}
          <h2 className="govuk-heading-m">Match the columns in {file?.name}</h2>
          <p className="govuk-body">We have matched the columns we recognised. Check each one.</p>
          {fields.map((f) => {
            const problem = mapProblems.find((p) => p.field === f.key)
            return (
              <div key={f.key} className={`govuk-form-group${problem ? ' govuk-form-group--error' : ''}`}>
                <label className="govuk-label" htmlFor={`map-${f.key}`}>{f.label}{f.required ? '' : ' (optional)'}</label>
                {f.hint && <div className="govuk-hint" id={`map-${f.key}-hint`}>{f.hint}</div>}
                {problem && <p className="govuk-error-message" id={`map-${f.key}-error`}><span className="govuk-visually-hidden">Error:</span> {problem.message}</p>}
                <select className={`govuk-select${problem ? ' govuk-select--error' : ''}`} id={`map-${f.key}`} value={mapping[f.key] ?? ''}
                  aria-describedby={[f.hint ? `map-${f.key}-hint` : '', problem ? `map-${f.key}-error` : ''].filter(Boolean).join(' ') || undefined}
                  onChange={(e) => setMapping({ ...mapping, [f.key]: e.target.value })}>
                  <option value="">{f.required ? 'Select a column' : 'Not in this file'}</option>
                  {sample.headers.map((h) => <option key={h} value={h}>{h}</option>)}
                </select>
              </div>
            )
          })}
          {layout === 'SPENDING_OVER_500' && (
            <>
              {!mapping.funding_source && (
                <div className={`govuk-form-group${mapProblems.some((p) => p.field === 'fundingSourceDefault') ? ' govuk-form-group--error' : ''}`}>
                  <label className="govuk-label" htmlFor="map-fundingSourceDefault">Funding source for every row</label>
                  <div className="govuk-hint" id="fs-hint">For example council tax, or the government department that funds it</div>
                  <input className="govuk-input govuk-!-width-one-half" id="map-fundingSourceDefault" aria-describedby="fs-hint" value={fundingSource} onChange={(e) => setFundingSource(e.target.value)} />
                </div>
              )}
              {labels.length > 0 && (
                <fieldset className="govuk-fieldset">
                  <legend className="govuk-fieldset__legend govuk-fieldset__legend--m">Match each service area to a service function</legend>
                  <p className="govuk-body">Enter a COFOG function code for each label, for example 10.2 for old age or 07.4 for public health services. Labels found in the first part of the file are listed.</p>
                  {labels.map((l, i) => (
                    <div className="govuk-form-group" key={l}>
                      <label className="govuk-label" htmlFor={`map-fn-${l}`}>{l}</label>
                      <input className="govuk-input govuk-input--width-5" id={`map-fn-${l}`} data-label-index={i} value={functionMap[l] ?? ''} onChange={(e) => setFunctionMap({ ...functionMap, [l]: e.target.value })} />
                    </div>
                  ))}
                  <div className="govuk-checkboxes govuk-checkboxes--small govuk-!-margin-bottom-6">
                    <div className="govuk-checkboxes__item">
                      <input className="govuk-checkboxes__input" id="unclassified" type="checkbox" checked={unclassified} onChange={(e) => setUnclassified(e.target.checked)} />
                      <label className="govuk-label govuk-checkboxes__label" htmlFor="unclassified">Count rows with no matching function as unclassified instead of rejecting them</label>
                    </div>
                  </div>
                </fieldset>
              )}
            </>
          )}
          <div className="govuk-button-group">
            <button type="submit" className="govuk-button">Continue</button>
            <button type="button" className="govuk-button govuk-button--secondary" onClick={() => setStep('choose')}>Back</button>
          </div>
        </form>
      )}

      {step === 'send' && file && (
        <>
          <h2 className="govuk-heading-m">Check and import</h2>
          <dl className="govuk-summary-list">
            <div className="govuk-summary-list__row"><dt className="govuk-summary-list__key">File</dt><dd className="govuk-summary-list__value">{file.name} ({formatNumber(Math.ceil(file.size / 1024))} KB)</dd></div>
            <div className="govuk-summary-list__row"><dt className="govuk-summary-list__key">Layout</dt><dd className="govuk-summary-list__value">{layout === 'STANDARD' ? 'Total Place standard layout' : 'Spending over £500'}</dd></div>
            {fields.filter((f) => mapping[f.key]).map((f) => (
              <div className="govuk-summary-list__row" key={f.key}><dt className="govuk-summary-list__key">{f.label}</dt><dd className="govuk-summary-list__value">{mapping[f.key]}</dd></div>
            ))}
          </dl>
          {sendError != null && !rejected && <ProblemSummary error={sendError} focus title="The file was not imported" />}
          {rejected && <RejectedRows errors={rejected} />}
          {jobRejected && <RejectedRows errors={jobRejected} errorCount={result?.errorCount} />}
          {result && result.status !== 'FAILED' && <Succeeded job={result} countId={c.id} />}
          {jobId && <JobProgress jobId={jobId} onDone={finished} />}
          {!jobId && !(result && result.status !== 'FAILED') && (
            <div className="govuk-button-group">
              {!rejected && !jobRejected && (
                <button type="button" className="govuk-button" disabled={sending} onClick={() => void send()}>
                  {sending ? 'Importing…' : sendError ? 'Try again' : 'Import file'}
                </button>
              )}
              <button type="button" className="govuk-button govuk-button--secondary" onClick={restart}>Choose another file</button>
              <button type="button" className="govuk-button govuk-button--secondary" onClick={() => setStep('map')}>Change column matching</button>
            </div>
          )}
          {result && result.status !== 'FAILED' && (
            <p className="govuk-body"><button type="button" className="tp-link-button govuk-body" onClick={restart}>Import another file</button></p>
          )}
        </>
      )}
    </>
  )
}
