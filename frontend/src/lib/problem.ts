import type { components } from '../api/schema'

export type Problem = components['schemas']['Problem']
export type Violation = components['schemas']['Violation']

/** An API failure with the server's problem+json (RFC 9457) when it sent one. */
export class ApiError extends Error {
  readonly status: number
  readonly problem: Problem
  readonly retryAfter: number | null

  constructor(status: number, problem: Problem, retryAfter: number | null = null) {
    super(problem.detail || problem.title || `Request failed (${status})`)
    this.name = 'ApiError'
    this.status = status
    this.problem = problem
    this.retryAfter = retryAfter
  }
}

function isViolation(v: unknown): v is Violation {
  return typeof v === 'object' && v !== null && typeof (v as Violation).message === 'string'
}

/** Reads any error body into a Problem: problem+json as sent, anything else as a generic problem for the status. */
export function toProblem(status: number, body: unknown, statusText = ''): Problem {
  if (typeof body === 'object' && body !== null) {
    const b = body as Record<string, unknown>
    return {
      type: typeof b.type === 'string' ? b.type : 'about:blank',
      title: typeof b.title === 'string' ? b.title : statusText || defaultTitle(status),
      status: typeof b.status === 'number' ? b.status : status,
      detail: typeof b.detail === 'string' ? b.detail : null,
      instance: typeof b.instance === 'string' ? b.instance : null,
      errors: Array.isArray(b.errors) ? b.errors.filter(isViolation) : [],
    }
  }
  return {
    type: 'about:blank',
    title: statusText || defaultTitle(status),
    status,
    detail: typeof body === 'string' && body.length < 500 && !body.trimStart().startsWith('<') ? body : null,
    errors: [],
  }
}

function defaultTitle(status: number): string {
  return status === 0 ? 'Network error' : `Request failed (${status})`
}

/** Plain-language explanation of what happened and what the user can do. */
export function explain(status: number, retryAfter: number | null = null, reading = false): string {
  // Reassure about kept input only where the user typed or chose something.
  const kept = reading ? '' : ' Your input has been kept.'
  switch (status) {
    case 0:
      return `We could not reach the service. Check your connection and try again.${kept}`
    case 400:
    case 422:
      return 'There is a problem with what was sent. Correct the items listed and try again.'
    case 401:
      return `You need to sign in again to do this.${kept}`
    case 403:
      return 'You do not have permission to do this. Ask your programme administrator if you think you should.'
    case 404:
      return 'We could not find this. It may have been moved or removed.'
    case 409:
      return 'This cannot be done in its current state. Someone may have changed it: reload the page to see the latest version.'
    case 412:
      return `Someone else changed this since you opened it. Reload to see their changes, then try again.${kept}`
    case 413:
      return 'The file is too large to send.'
    case 415:
      return 'That type of file is not accepted. Choose a CSV file.'
    case 428:
      return 'The page is out of date. Reload it and try again.'
    case 429:
      return retryAfter
        ? `Too many requests. Wait ${retryAfter} seconds and try again.${kept}`
        : `Too many requests. Wait a moment and try again.${kept}`
    case 502:
    case 503:
    case 504:
      return `This part of the service is not available at the moment. Try again in a few minutes.${kept}`
    default:
      return status >= 500
        ? 'Sorry, there is a problem with the service. Try again later.'
        : 'Something went wrong. Try again.'
  }
}

/** Problem → a user-facing summary: the explanation plus each named field or row. */
export function describeProblem(error: unknown, reading = false): { title: string; explanation: string; items: string[]; status: number } {
  if (error instanceof ApiError) {
    const items = (error.problem.errors ?? []).map(violationText)
    return {
      title: error.problem.title,
      explanation: [explain(error.status, error.retryAfter, reading), error.problem.detail].filter(Boolean).join(' '),
      items,
      status: error.status,
    }
  }
  return { title: 'Something went wrong', explanation: explain(0, null, reading), items: [], status: 0 }
}

export function violationText(v: Violation): string {
  const where = [v.row != null ? `Row ${v.row}` : null, v.field ? `${v.field}` : null].filter(Boolean).join(', ')
  return where ? `${where}: ${v.message}` : v.message
}
