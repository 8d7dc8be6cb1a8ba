import createClient, { type Middleware } from 'openapi-fetch'
import type { paths } from './schema'
import { ApiError, toProblem } from '../lib/problem'

let accessToken: () => string | null = () => null

/** The auth layer registers how to read the current access token. */
export function setTokenSource(source: () => string | null): void {
  accessToken = source
}

const bearer: Middleware = {
  onRequest({ request }) {
    const token = accessToken()
    if (token) request.headers.set('Authorization', `Bearer ${token}`)
    return request
  },
}

// Same origin: the gateway (or the dev server's proxy) serves /api.
const baseUrl = typeof window !== 'undefined' ? window.location.origin : 'http://localhost'

export const api = createClient<paths>({ baseUrl })
api.use(bearer)

interface FetchResult<T> {
  data?: T
  error?: unknown
  response: Response
}

/** Awaits an openapi-fetch call and returns its data, or throws ApiError carrying the problem+json. */
export async function unwrap<T>(call: Promise<FetchResult<T>>): Promise<T> {
  let result: FetchResult<T>
  try {
    result = await call
  } catch (e) {
    throw new ApiError(0, toProblem(0, null, e instanceof Error ? e.message : 'Network error'))
  }
  const { data, error, response } = result
  if (!response.ok || error !== undefined) {
    const retry = Number(response.headers.get('Retry-After'))
    throw new ApiError(response.status, toProblem(response.status, error, response.statusText), Number.isFinite(retry) && retry > 0 ? retry : null)
  }
  return data as T
}

/** Raw fetch for endpoints that return files (CSV export, calendar) with the same auth and errors. */
export async function fetchBlob(path: string): Promise<Blob> {
  const headers: Record<string, string> = {}
  const token = accessToken()
  if (token) headers.Authorization = `Bearer ${token}`
  let response: Response
  try {
    response = await fetch(path, { headers })
  } catch {
    throw new ApiError(0, toProblem(0, null))
  }
  if (!response.ok) {
    const text = await response.text()
    let body: unknown = text
    try { body = JSON.parse(text) } catch { /* plain text body */ }
    throw new ApiError(response.status, toProblem(response.status, body, response.statusText))
  }
  return response.blob()
}
