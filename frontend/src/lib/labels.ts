// Plain-language labels for the API's enum values.

const LABELS: Record<string, string> = {
  PILOT: 'Pilot',
  PARALLEL_PLACE: 'Parallel place',
  NARROW_DEEP: 'Narrow and deep',
  WIDE_SHALLOW: 'Wide and shallow',
  LEAD: 'Lead',
  PARTNER: 'Partner',
  HIGH_LEVEL: 'High level count',
  DEEP_DIVE: 'Deep dive',
  DRAFT: 'Draft',
  SUBMITTED: 'Submitted',
  FINAL: 'Final',
  SUPERSEDED: 'Superseded',
  UPCOMING: 'Upcoming',
  DUE_SOON: 'Due soon',
  OVERDUE: 'Overdue',
  MET: 'Met',
  WAIVED: 'Waived',
  RISK: 'Risk',
  ASSUMPTION: 'Assumption',
  ISSUE: 'Issue',
  DEPENDENCY: 'Dependency',
  CAPITAL: 'Capital',
  REVENUE: 'Revenue',
}

/** "COUNTY_COUNCIL" → "County council" unless a better label is known. */
export function label(value: string | null | undefined): string {
  if (!value) return ''
  if (LABELS[value]) return LABELS[value]
  const words = value.replace(/[_-]+/g, ' ').toLowerCase()
  return words.charAt(0).toUpperCase() + words.slice(1)
}

const STATUS_COLOURS: Record<string, string> = {
  DRAFT: 'grey',
  SUBMITTED: 'blue',
  FINAL: 'green',
  SUPERSEDED: 'grey',
  UPCOMING: 'blue',
  DUE_SOON: 'orange',
  OVERDUE: 'red',
  MET: 'green',
  WAIVED: 'grey',
  RED: 'red',
  AMBER: 'orange',
  GREEN: 'green',
}

export function statusColour(status: string | null | undefined): string | undefined {
  return status ? STATUS_COLOURS[status] : undefined
}

const DATE = /^(\d{4})-(\d{2})(?:-(\d{2}))?/
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']

/** "2009-09-18" → "18 September 2009" (GOV.UK style); partial dates "2009-09" → "September 2009". */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return ''
  const m = DATE.exec(iso)
  if (!m) return iso
  const month = MONTHS[Number(m[2]) - 1]
  return m[3] ? `${Number(m[3])} ${month} ${m[1]}` : `${month} ${m[1]}`
}

/** Date and time in UK time, e.g. "21 July 2009, 10:00am". */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return ''
  const d = new Date(iso)
  if (Number.isNaN(d.getTime())) return iso
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/London', day: 'numeric', month: 'long', year: 'numeric', hour: 'numeric', minute: '2-digit', hour12: true,
  }).formatToParts(d)
  const get = (t: string) => parts.find((p) => p.type === t)?.value ?? ''
  return `${get('day')} ${get('month')} ${get('year')}, ${get('hour')}:${get('minute')}${get('dayPeriod').toLowerCase()}`
}

export function formatNumber(n: number | null | undefined): string {
  return n == null ? '' : n.toLocaleString('en-GB')
}
