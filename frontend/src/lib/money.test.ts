import { describe, expect, it } from 'vitest'
import { formatMoney, formatMoneyShort, fromPence, perHead, sharePercent, sumMoney, toPence } from './money'

describe('money from decimal strings', () => {
  it('formats pounds and pence exactly with thousands separators', () => {
    expect(formatMoney('1100.00')).toBe('£1,100.00')
    expect(formatMoney('88000000.5')).toBe('£88,000,000.50')
    expect(formatMoney('0')).toBe('£0.00')
  })

  it('keeps precision that floating point would lose', () => {
    expect(formatMoney('9007199254740993.07')).toBe('£9,007,199,254,740,993.07')
    expect(sumMoney(['0.10', '0.20'])).toBe('0.30')
  })

  it('shows credit notes with a minus sign', () => {
    expect(formatMoney('-1100.5')).toBe('−£1,100.50')
  })

  it('drops pence when asked, for headlines', () => {
    expect(formatMoney('1234567.89', { pence: false })).toBe('£1,234,567')
  })

  it('says when an amount is missing rather than showing zero', () => {
    expect(formatMoney(null)).toBe('Not given')
    expect(formatMoney('')).toBe('Not given')
  })

  it('rejects text that is not a decimal', () => {
    expect(() => toPence('1,100.00')).toThrow(/Not a decimal/)
    expect(() => toPence('12abc')).toThrow()
  })

  it('rounds a third decimal half away from zero', () => {
    expect(toPence('1.005')).toBe(101n)
    expect(toPence('1.004')).toBe(100n)
    expect(fromPence(-5n)).toBe('-0.05')
  })

  it('divides by population to the penny', () => {
    expect(perHead('1000000.00', 3)).toBe('333333.33')
    expect(perHead('2.00', 3)).toBe('0.67')
    expect(perHead('100.00', 0)).toBeNull()
    expect(perHead('100.00', null)).toBeNull()
  })

  it('gives shares with one decimal', () => {
    expect(sharePercent('1', '3')).toBe('33.3%')
    expect(sharePercent('2', '3')).toBe('66.7%')
    expect(sharePercent('5', '0')).toBe('0.0%')
  })

  it('shortens large figures for chart axes', () => {
    expect(formatMoneyShort('88000000.00')).toBe('£88m')
    expect(formatMoneyShort('1250000000')).toBe('£1.3bn')
    expect(formatMoneyShort('950')).toBe('£950')
  })
})
