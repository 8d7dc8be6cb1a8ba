import type { AggregateCell } from '../api/types'

/** One bar or table row of a one-dimension drilldown. */
export interface Row { key: string; label: string; amount: string; share: string | null; perHead: string | null }

/** Cells of a drilldown as labelled rows: the key from `dimensions`, the readable name from `labels`. */
export function toRows(cells: AggregateCell[], dimension: string): Row[] {
  return cells.map((c) => {
    const key = c.dimensions?.[dimension] ?? ''
    return {
      key,
      label: c.labels?.[dimension] || (key ? key : 'Not recorded'),
      amount: c.amount ?? '0.00',
      share: c.share ?? null,
      perHead: c.perHead ?? null,
    }
  })
}

/** "0.0421" (a share of 1) → "4.2%". */
export function formatShare(share: string | null | undefined): string {
  if (share == null || share === '') return ''
  const m = /^(-?)(\d+)(?:\.(\d+))?$/.exec(share)
  if (!m) return share
  // Tenths of a percent = share × 1000, rounded half up, computed on the digits.
  const digits = BigInt(m[2] + ((m[3] ?? '') + '0000').slice(0, 4))
  const tenths = (digits + 5n) / 10n
  return `${m[1]}${tenths / 10n}.${tenths % 10n}%`
}
