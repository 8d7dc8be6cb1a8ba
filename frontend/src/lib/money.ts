// Money arrives as decimal strings ("1100.00"). Formatting and arithmetic stay on the digits
// (BigInt pence), never through floating point, so a figure reads exactly as the API stated it.

const DECIMAL = /^([+-])?(\d+)(?:\.(\d+))?$/

/** Parses a decimal string into pence, rounding half away from zero beyond two decimals. */
export function toPence(amount: string): bigint {
  const m = DECIMAL.exec(amount.trim())
  if (!m) throw new Error(`Not a decimal amount: "${amount}"`)
  const [, sign, whole, frac = ''] = m
  let pence = BigInt(whole) * 100n + BigInt((frac + '00').slice(0, 2))
  if (frac.length > 2 && Number(frac[2]) >= 5) pence += 1n
  return sign === '-' ? -pence : pence
}

/** Pence back to a decimal string with two places ("-12.05"). */
export function fromPence(pence: bigint): string {
  const negative = pence < 0n
  const abs = negative ? -pence : pence
  const whole = abs / 100n
  const frac = (abs % 100n).toString().padStart(2, '0')
  return `${negative ? '-' : ''}${whole}.${frac}`
}

function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',')
}

/** "1100.5" → "£1,100.50"; "-20" → "−£20.00". Empty or null → "Not given". */
export function formatMoney(amount: string | null | undefined, opts: { pence?: boolean } = {}): string {
  if (amount == null || amount.trim() === '') return 'Not given'
  const pence = toPence(amount)
  const negative = pence < 0n
  const abs = negative ? -pence : pence
  const pounds = groupThousands((abs / 100n).toString())
  const showPence = opts.pence ?? true
  const body = showPence ? `£${pounds}.${(abs % 100n).toString().padStart(2, '0')}` : `£${pounds}`
  return negative ? `−${body}` : body
}

/** Short form for chart axes and headlines: £88m, £1.2bn, £950k. Exact figures are always in the tables. */
export function formatMoneyShort(amount: string): string {
  const pence = toPence(amount)
  const negative = pence < 0n
  const pounds = Number((negative ? -pence : pence) / 100n)
  const scale: [number, string][] = [[1e9, 'bn'], [1e6, 'm'], [1e3, 'k']]
  let text = `£${pounds}`
  for (const [size, suffix] of scale) {
    if (pounds >= size) {
      const value = pounds / size
      text = `£${value >= 100 ? value.toFixed(0) : value.toFixed(1).replace(/\.0$/, '')}${suffix}`
      break
    }
  }
  return negative ? `−${text}` : text
}

export function sumMoney(amounts: string[]): string {
  return fromPence(amounts.reduce((acc, a) => acc + toPence(a), 0n))
}

/** Amount divided by population, to the penny (half away from zero). */
export function perHead(amount: string, population: number | null | undefined): string | null {
  if (!population || population <= 0 || !Number.isInteger(population)) return null
  const pence = toPence(amount)
  const pop = BigInt(population)
  const negative = pence < 0n
  const abs = negative ? -pence : pence
  let q = abs / pop
  if ((abs % pop) * 2n >= pop) q += 1n
  return fromPence(negative ? -q : q)
}

/** For chart geometry only: never shown as a figure. */
export function toChartNumber(amount: string): number {
  return Number(toPence(amount)) / 100
}

/** Share of a total as a percentage with one decimal, from exact pence. */
export function sharePercent(part: string, total: string): string {
  const t = toPence(total)
  if (t === 0n) return '0.0%'
  const tenths = (toPence(part) * 1000n * 2n + t) / (2n * t)
  const neg = tenths < 0n
  const abs = neg ? -tenths : tenths
  return `${neg ? '-' : ''}${abs / 10n}.${abs % 10n}%`
}
