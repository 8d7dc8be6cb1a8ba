// @vitest-environment jsdom
import { describe, expect, it } from 'vitest'
import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { MemoryRouter } from 'react-router'
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import type { ReactNode } from 'react'
import { AuthContext, type AuthState } from '../auth/AuthContext'
import { principalFrom } from '../lib/access'
import { ApiError, toProblem } from '../lib/problem'
import { DataTable } from './DataTable'
import { ProblemSummary } from './Feedback'
import { Layout } from './Layout'
import { MilestoneTimeline } from '../pages/MilestoneTimeline'
import { byScore } from '../pages/GovernancePage'
import { byRegion } from '../pages/PlacesPage'
import type { Place } from '../api/queries'
import type { TimelineItem } from '../pages/MilestoneTimeline'

function auth(roles: string[] | null, calls: string[] = []): AuthState {
  return {
    principal: roles ? principalFrom({ name: 'Chris Tambini', realm_access: { roles }, places: ['leicester-leicestershire'] }) : null,
    ready: true,
    signIn: async () => { calls.push('signIn') },
    signInKeepingPage: async () => { calls.push('signInKeepingPage') },
    signOut: async () => { calls.push('signOut') },
  }
}

function wrap(children: ReactNode, state: AuthState = auth(null)) {
  return render(
    <QueryClientProvider client={new QueryClient()}>
      <AuthContext.Provider value={state}>
        <MemoryRouter>{children}</MemoryRouter>
      </AuthContext.Provider>
    </QueryClientProvider>,
  )
}

describe('DataTable', () => {
  it('renders a captioned table with row headers and numeric columns', () => {
    wrap(<DataTable caption="By organisation" rows={[{ n: 'Blaby', a: '£1.00' }]} rowKey={(r) => r.n}
      columns={[{ header: 'Organisation', render: (r) => r.n }, { header: 'Amount', numeric: true, render: (r) => r.a }]} csvName="x" />)
    const table = screen.getByRole('table', { name: 'By organisation' })
    expect(within(table).getByRole('rowheader', { name: 'Blaby' })).toBeInTheDocument()
    expect(within(table).getByRole('cell', { name: '£1.00' })).toHaveClass('govuk-table__cell--numeric')
    expect(screen.getByRole('button', { name: /Download CSV\s*of by organisation/ })).toBeInTheDocument()
  })
})

describe('MilestoneTimeline', () => {
  const m = (id: string, status: string, baselineDate: string): TimelineItem =>
    ({ id, placeId: 'leicester-leicestershire', title: `Milestone ${id}`, baselineDate, status })

  it('orders by date and makes overdue milestones stand out', () => {
    wrap(<MilestoneTimeline milestones={[m('b', 'MET', '2009-09-08'), m('a', 'OVERDUE', '2009-08-27'), m('c', 'UPCOMING', '2010-02-19')]} />)
    const items = screen.getAllByRole('listitem')
    expect(items.map((i) => i.getAttribute('data-status'))).toEqual(['OVERDUE', 'MET', 'UPCOMING'])
    expect(items[0]).toHaveClass('tp-timeline__item--overdue')
    expect(within(items[0]).getByText('Overdue')).toHaveClass('govuk-tag--red')
    expect(within(items[1]).getByText('Met')).toHaveClass('govuk-tag--green')
    expect(items[0]).toHaveTextContent('27 August 2009')
  })
})

describe('ProblemSummary', () => {
  it('lists every rejected row and the plain-language explanation', () => {
    const error = new ApiError(422, toProblem(422, { title: 'Some rows are bad', status: 422, errors: [
      { row: 3, field: 'amount', message: 'not a number' }, { row: 8, field: 'function', message: 'unknown function code 99' },
    ] }))
    wrap(<ProblemSummary error={error} />)
    const alert = screen.getAllByRole('alert')[0]
    expect(alert).toHaveTextContent('Some rows are bad')
    expect(alert).toHaveTextContent('Row 3, amount: not a number')
    expect(alert).toHaveTextContent('Row 8, function: unknown function code 99')
  })

  it('offers to sign in again in a pop-up on 401 so the page is kept', async () => {
    const calls: string[] = []
    wrap(<ProblemSummary error={new ApiError(401, toProblem(401, { title: 'Unauthorized', status: 401 }))} />, auth(['finance-officer'], calls))
    await userEvent.click(screen.getByRole('button', { name: 'Sign in again' }))
    expect(calls).toEqual(['signInKeepingPage'])
  })

  it('shows no sign-in button for other failures', () => {
    wrap(<ProblemSummary error={new ApiError(412, toProblem(412, { title: 'Precondition Failed', status: 412 }))} />)
    expect(screen.queryByRole('button')).toBeNull()
    expect(screen.getAllByRole('alert')[0]).toHaveTextContent(/Someone else changed this/)
  })
})

describe('Layout', () => {
  it('has a skip link, the service name, a phase banner and sign in for anonymous users', () => {
    wrap(<Layout><h1>Page</h1></Layout>)
    expect(screen.getByRole('link', { name: 'Skip to main content' })).toHaveAttribute('href', '#main-content')
    expect(screen.getByRole('banner')).toHaveTextContent('Total Place')
    expect(screen.getByText('Beta')).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Sign in' })).toBeInTheDocument()
    expect(screen.getByRole('main')).toHaveAttribute('id', 'main-content')
  })

  it('offers sign out to a signed-in user, naming them', async () => {
    const calls: string[] = []
    wrap(<Layout><h1>Page</h1></Layout>, auth(['viewer'], calls))
    await userEvent.click(screen.getByRole('button', { name: /Sign out\s*\(Chris Tambini\)/ }))
    expect(calls).toEqual(['signOut'])
  })
})

describe('page logic', () => {
  it('sorts the RAID log by score, highest first', () => {
    const r = (id: string, likelihood: number, impact: number) => ({ id, placeId: 'p', type: 'RISK' as const, title: id, likelihood, impact, score: likelihood * impact, owner: 'o', status: 'OPEN' as const })
    expect(byScore([r('low', 1, 2), r('high', 4, 5), r('mid', 3, 3)]).map((x) => x.id)).toEqual(['high', 'mid', 'low'])
  })

  it('groups places by region with unknown regions last', () => {
    const p = (id: string, region?: string): Place => ({ id, name: id, kind: 'PILOT', region })
    expect(byRegion([p('a', 'West Midlands'), p('b'), p('c', 'East Midlands')]).map(([r]) => r)).toEqual(['East Midlands', 'West Midlands', 'Region not recorded'])
  })
})
