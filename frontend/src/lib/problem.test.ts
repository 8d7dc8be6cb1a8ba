import { describe, expect, it } from 'vitest'
import { ApiError, describeProblem, explain, toProblem, violationText } from './problem'

describe('problem+json parsing', () => {
  it('reads title, status, detail and every row error', () => {
    const p = toProblem(422, {
      type: 'https://totalplace/problems/invalid-import', title: 'Some rows are bad', status: 422, detail: '3 rows',
      errors: [{ field: 'amount', row: 7, message: 'not a number', value: 'abc' }, { field: 'function', row: 9, message: 'unknown code' }, 'junk'],
    })
    expect(p.title).toBe('Some rows are bad')
    expect(p.errors).toHaveLength(2)
    expect(violationText(p.errors![0])).toBe('Row 7, amount: not a number')
  })

  it('turns a non-JSON body into a generic problem without leaking HTML', () => {
    expect(toProblem(502, '<html>Bad gateway</html>', 'Bad Gateway')).toMatchObject({ title: 'Bad Gateway', status: 502, detail: null })
    expect(toProblem(500, 'boom').detail).toBe('boom')
  })

  it('explains each status in plain words and promises input is kept where it is', () => {
    expect(explain(401)).toMatch(/sign in again/)
    expect(explain(403)).toMatch(/permission/)
    expect(explain(409)).toMatch(/current state/)
    expect(explain(412)).toMatch(/Someone else changed this/)
    expect(explain(429, 30)).toMatch(/Wait 30 seconds/)
    expect(explain(503)).toMatch(/not available/)
    for (const s of [401, 412, 429, 503]) expect(explain(s)).toMatch(/kept/)
    expect(explain(503, null, true)).not.toMatch(/kept/)
  })

  it('describes an ApiError with its named fields', () => {
    const e = new ApiError(400, toProblem(400, { title: 'Invalid', status: 400, errors: [{ field: 'financialYear', message: 'must look like 2008-09' }] }))
    const d = describeProblem(e)
    expect(d.items).toEqual(['financialYear: must look like 2008-09'])
    expect(d.status).toBe(400)
  })
})
