// Column mapping for the import wizard: which column of the user's CSV holds each field the
// counting service needs. The service does the real validation; this only prepares the request.

export type Layout = 'STANDARD' | 'SPENDING_OVER_500'

export interface FieldSpec {
  key: string
  label: string
  required: boolean
  hint?: string
  /** Header names, lower-case and without spaces/punctuation, that mean this field. */
  aliases: string[]
}

// Field keys are the counting service's (ColumnLayout.FIELDS); aliases mirror the headers it recognises.
const STANDARD_FIELDS: FieldSpec[] = [
  { key: 'organisation', label: 'Spending organisation', required: true, hint: 'Organisation id, GSS/ODS code or name', aliases: ['organisation', 'organisationid', 'org', 'body', 'bodyname', 'spendingorganisation'] },
  { key: 'funding_source', label: 'Funding source', required: true, hint: 'A central department or a local source such as council tax', aliases: ['fundingsource', 'funding', 'source', 'funder'] },
  { key: 'function', label: 'Service function (COFOG code)', required: true, hint: 'For example 07.4', aliases: ['functioncode', 'function', 'cofog', 'servicefunction'] },
  { key: 'client_group', label: 'Client group or sub-theme', required: false, aliases: ['clientgroup', 'subtheme', 'client'] },
  { key: 'capital_revenue', label: 'Capital or revenue', required: true, aliases: ['capitalrevenue', 'capitalorrevenue', 'revenuecapital', 'caprev'] },
  { key: 'amount', label: 'Amount (£)', required: true, aliases: ['amount', 'amountgbp', 'value', 'expenditure', 'netamount'] },
  { key: 'note', label: 'Note', required: false, aliases: ['note', 'notes', 'description', 'comment'] },
  { key: 'source_row_ref', label: 'Source row reference', required: false, aliases: ['sourcerowref', 'sourcerowreference', 'reference', 'ref'] },
  { key: 'date', label: 'Date', required: false, hint: 'yyyy-mm-dd', aliases: ['date'] },
]

const SPENDING_FIELDS: FieldSpec[] = [
  { key: 'organisation', label: 'Body name or code', required: true, hint: 'The paying body, by name or ONS/SNAC code', aliases: ['bodyname', 'body', 'organisationname', 'organisation'] },
  { key: 'function', label: 'Service or expense area', required: true, hint: 'Each label is matched to a service function in the next step', aliases: ['servicearea', 'expensearea', 'service', 'servicedivision', 'directorate'] },
  { key: 'amount', label: 'Amount (£)', required: true, hint: 'Values like "1,100.00" or £1,100.00 are accepted', aliases: ['amount', 'netamount', 'amount', 'value', 'total'] },
  { key: 'date', label: 'Payment date', required: false, hint: 'dd/mm/yyyy', aliases: ['date', 'paymentdate', 'transactiondate', 'datepaid'] },
  { key: 'source_row_ref', label: 'Transaction number', required: false, aliases: ['transactionnumber', 'transactionno', 'transactionid', 'invoicenumber'] },
  { key: 'note', label: 'Supplier or expense type', required: false, aliases: ['suppliername', 'supplier', 'expensetype'] },
  { key: 'funding_source', label: 'Funding source', required: false, hint: 'Leave unselected to use one funding source for every row', aliases: ['fundingsource'] },
  { key: 'capital_revenue', label: 'Capital or revenue', required: false, hint: 'Rows count as revenue when there is no such column', aliases: ['capitalrevenue', 'capitalorrevenue', 'revenuecapital'] },
  { key: 'client_group', label: 'Client group', required: false, aliases: ['clientgroup'] },
]

export function fieldsFor(layout: Layout): FieldSpec[] {
  return layout === 'STANDARD' ? STANDARD_FIELDS : SPENDING_FIELDS
}

export function normaliseHeader(h: string): string {
  return h.toLowerCase().replace(/^\uFEFF/, '').replace(/[^a-z0-9]/g, '')
}

/** Splits CSV text into records (RFC 4180: quoted fields, doubled quotes, CRLF or LF). */
export function parseCsv(text: string, maxRecords = Infinity): string[][] {
  const records: string[][] = []
  let field = ''
  let record: string[] = []
  let quoted = false
  let i = 0
  const src = text.replace(/^\uFEFF/, '')
  while (i < src.length && records.length < maxRecords) {
    const c = src[i]
    if (quoted) {
      if (c === '"') {
        if (src[i + 1] === '"') { field += '"'; i += 2; continue }
        quoted = false; i++; continue
      }
      field += c; i++; continue
    }
    if (c === '"' && field === '') { quoted = true; i++; continue }
    if (c === ',') { record.push(field); field = ''; i++; continue }
    if (c === '\r' || c === '\n') {
      record.push(field); field = ''
      records.push(record); record = []
      i += c === '\r' && src[i + 1] === '\n' ? 2 : 1
      continue
    }
    field += c; i++
  }
  if ((field !== '' || record.length > 0) && records.length < maxRecords) {
    record.push(field)
    records.push(record)
  }
  return records.filter((r) => !(r.length === 1 && r[0] === ''))
}

/** field key → header name chosen (or '' for none). */
export type ColumnMapping = Record<string, string>

/** Proposes a mapping by matching each field's aliases against the file's headers. */
export function guessMapping(layout: Layout, headers: string[]): ColumnMapping {
  const byNorm = new Map(headers.map((h) => [normaliseHeader(h), h]))
  const used = new Set<string>()
  const mapping: ColumnMapping = {}
  for (const f of fieldsFor(layout)) {
    const hit = f.aliases.map((a) => byNorm.get(a)).find((h) => h !== undefined && !used.has(h))
    mapping[f.key] = hit ?? ''
    if (hit) used.add(hit)
  }
  return mapping
}

export interface MappingProblem { field: string; message: string }

/** Every required field mapped, no column used twice, every mapped column present in the file. */
export function validateMapping(layout: Layout, headers: string[], mapping: ColumnMapping): MappingProblem[] {
  const problems: MappingProblem[] = []
  const seen = new Map<string, string>()
  for (const f of fieldsFor(layout)) {
    const col = mapping[f.key] ?? ''
    if (!col) {
      if (f.required) problems.push({ field: f.key, message: `Select the column that holds ${f.label.toLowerCase()}` })
      continue
    }
    if (!headers.includes(col)) {
      problems.push({ field: f.key, message: `The file has no column called "${col}"` })
      continue
    }
    const other = seen.get(col)
    if (other) problems.push({ field: f.key, message: `Column "${col}" is already used for ${other.toLowerCase()}` })
    else seen.set(col, f.label)
  }
  return problems
}

/** Distinct values of one column in the sample, most frequent first (for the service label → function step). */
export function distinctValues(records: string[][], headers: string[], column: string): string[] {
  const idx = headers.indexOf(column)
  if (idx < 0) return []
  const counts = new Map<string, number>()
  for (const r of records) {
    const v = (r[idx] ?? '').trim()
    if (v) counts.set(v, (counts.get(v) ?? 0) + 1)
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([v]) => v)
}

const COFOG_CODE = /^\d{2}(\.\d)?$/

export function isCofogCode(code: string): boolean {
  return COFOG_CODE.test(code.trim())
}

export interface ImportRequest {
  preset: 'standard' | 'spending-over-500'
  column: string[]
  function: string[]
  unclassified?: boolean
  fundingSource?: string
}

/** The counting service's query parameters: column=field=header for each chosen column, function=label=code. */
export function importQuery(
  layout: Layout,
  mapping: ColumnMapping,
  functionMap: Record<string, string> = {},
  opts: { unclassified?: boolean; fundingSource?: string } = {},
): ImportRequest {
  const column = Object.entries(mapping).filter(([, h]) => h).map(([field, h]) => `${field}=${h}`)
  if (layout === 'STANDARD') return { preset: 'standard', column, function: [] }
  const fn = Object.entries(functionMap).filter(([, code]) => code.trim()).map(([label, code]) => `${label}=${code.trim()}`)
  const q: ImportRequest = { preset: 'spending-over-500', column, function: fn, unclassified: !!opts.unclassified }
  if (!mapping.funding_source && opts.fundingSource?.trim()) q.fundingSource = opts.fundingSource.trim()
  return q
}
