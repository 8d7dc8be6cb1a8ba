import { describe, expect, it } from 'vitest'
import { toCsv } from './csv'
import { formatShare, toRows } from './aggregate'
import { formatDate, formatDateTime, label } from './labels'

describe('CSV download', () => {
  it('quotes fields that need it and neutralises spreadsheet formulas but not negative amounts', () => {
    expect(toCsv(['Name', 'Amount'], [['Smith, J "Jo"', '-12.50'], ['=HYPERLINK("x")', '1100.00'], [null, 0]]))
      .toBe('Name,Amount\r\n"Smith, J ""Jo""",-12.50\r\n"\'=HYPERLINK(""x"")",1100.00\r\n,0\r\n')
  })
})

describe('aggregate cells', () => {
  it('takes the key from dimensions and the readable name from labels', () => {
    expect(toRows([{ dimensions: { organisation: 'lcc' }, labels: { organisation: 'Leicester City Council' }, amount: '10.00', share: '0.5', perHead: '0.01' }], 'organisation'))
      .toEqual([{ key: 'lcc', label: 'Leicester City Council', amount: '10.00', share: '0.5', perHead: '0.01' }])
    expect(toRows([{ dimensions: { function_division: '07' }, amount: '5.00' }], 'function_division')[0]).toMatchObject({ key: '07', label: '07', share: null })
  })

  it('formats a share of one as a percentage without floating point', () => {
    expect(formatShare('0.0421')).toBe('4.2%')
    expect(formatShare('0.04251')).toBe('4.3%')
    expect(formatShare('1')).toBe('100.0%')
    expect(formatShare(null)).toBe('')
  })
})

describe('labels and dates', () => {
  it('uses GOV.UK date style', () => {
    expect(formatDate('2009-09-18')).toBe('18 September 2009')
    expect(formatDate('2010-02')).toBe('February 2010')
    expect(formatDateTime('2009-07-21T09:00:00Z')).toBe('21 July 2009, 10:00am')
  })

  it('turns enum values into words', () => {
    expect(label('PARALLEL_PLACE')).toBe('Parallel place')
    expect(label('COUNTY_COUNCIL')).toBe('County council')
  })
})
