import { describe, expect, it } from 'vitest'
import { distinctValues, guessMapping, importQuery, isCofogCode, parseCsv, validateMapping } from './csvMapping'

describe('CSV parsing', () => {
  it('handles quotes, doubled quotes, commas in fields, CRLF and a BOM', () => {
    const rows = parseCsv('\uFEFFBody Name,Amount,Note\r\n"Leicester City Council","1,100.00","said ""hi"""\r\nBlaby,£20,\n')
    expect(rows).toEqual([['Body Name', 'Amount', 'Note'], ['Leicester City Council', '1,100.00', 'said "hi"'], ['Blaby', '£20', '']])
  })

  it('stops after the requested number of records', () => {
    expect(parseCsv('a\nb\nc\n', 2)).toEqual([['a'], ['b']])
  })
})

describe('column mapping', () => {
  it('recognises the standard layout headers', () => {
    const headers = ['organisation', 'funding_source', 'function_code', 'client_group', 'capital_revenue', 'amount', 'note', 'source_row_ref']
    const m = guessMapping('STANDARD', headers)
    expect(m).toMatchObject({ organisation: 'organisation', funding_source: 'funding_source', function: 'function_code', amount: 'amount', source_row_ref: 'source_row_ref' })
    expect(validateMapping('STANDARD', headers, m)).toEqual([])
  })

  it('recognises a spending over £500 file', () => {
    const headers = ['Body Name', 'Body', 'Date', 'Transaction Number', 'Invoice Number', 'Amount', 'Supplier Name', 'Service Area', 'Expense Type']
    const m = guessMapping('SPENDING_OVER_500', headers)
    expect(m).toMatchObject({ organisation: 'Body Name', function: 'Service Area', amount: 'Amount', date: 'Date', source_row_ref: 'Transaction Number', note: 'Supplier Name' })
  })

  it('names every required field left unmapped and any column used twice', () => {
    const problems = validateMapping('STANDARD', ['org', 'amount'], { organisation: 'amount', amount: 'amount' })
    const fields = problems.map((p) => p.field)
    expect(fields).toContain('funding_source')
    expect(fields).toContain('function')
    expect(problems.find((p) => p.field === 'amount')?.message).toMatch(/already used/)
  })

  it('refuses a column the file does not have', () => {
    const problems = validateMapping('STANDARD', ['a'], { organisation: 'missing' })
    expect(problems[0]).toEqual({ field: 'organisation', message: 'The file has no column called "missing"' })
  })

  it('builds the import query: column=field=header, function=label=code, defaults', () => {
    const q = importQuery('SPENDING_OVER_500', { organisation: 'Body Name', function: 'Service Area', amount: 'Amount', note: '' },
      { 'Adult Social Care': ' 10.2 ', Highways: '' }, { unclassified: true, fundingSource: 'council tax' })
    expect(q).toEqual({
      preset: 'spending-over-500',
      column: ['organisation=Body Name', 'function=Service Area', 'amount=Amount'],
      function: ['Adult Social Care=10.2'],
      unclassified: true,
      fundingSource: 'council tax',
    })
    expect(importQuery('STANDARD', { amount: 'amount' })).toEqual({ preset: 'standard', column: ['amount=amount'], function: [] })
  })

  it('lists distinct service labels, most frequent first', () => {
    const rows = [['Adults'], ['Highways'], ['Adults'], ['']]
    expect(distinctValues(rows, ['Service Area'], 'Service Area')).toEqual(['Adults', 'Highways'])
  })

  it('checks COFOG codes', () => {
    expect(isCofogCode('07.4')).toBe(true)
    expect(isCofogCode('10')).toBe(true)
    expect(isCofogCode('7.4')).toBe(false)
  })
})
