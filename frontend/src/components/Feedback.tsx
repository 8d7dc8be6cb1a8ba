import { Component, useEffect, useRef, type ErrorInfo, type ReactNode } from 'react'
import { describeProblem } from '../lib/problem'
import { useAuth } from '../auth/AuthContext'

export function Loading({ what = 'Loading' }: { what?: string }) {
  return (
    <p className="govuk-body tp-loading" role="status" aria-live="polite">
      {what}…
    </p>
  )
}

export function Empty({ children }: { children: ReactNode }) {
  return <p className="govuk-body govuk-!-font-style-italic tp-empty">{children}</p>
}

/** An API failure told in plain language, with every named field or CSV row listed. */
export function ProblemSummary({ error, title, focus = false, reading = false }: { error: unknown; title?: string; focus?: boolean; reading?: boolean }) {
  const { principal, signInKeepingPage, signIn } = useAuth()
  const ref = useRef<HTMLDivElement>(null)
  useEffect(() => { if (focus) ref.current?.focus() }, [focus, error])
  const p = describeProblem(error, reading)
  return (
    <div className="govuk-error-summary" data-module="govuk-error-summary" ref={ref} tabIndex={-1} role="alert">
      <div role="alert">
        <h2 className="govuk-error-summary__title">{title ?? p.title}</h2>
        <div className="govuk-error-summary__body">
          <p className="govuk-body">{p.explanation}</p>
          {p.items.length > 0 && (
            <ul className="govuk-list govuk-error-summary__list">
              {p.items.slice(0, 50).map((item, i) => <li key={i}>{item}</li>)}
              {p.items.length > 50 && <li>and {p.items.length - 50} more</li>}
            </ul>
          )}
          {p.status === 401 && (
            <button type="button" className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0"
              onClick={() => void (principal ? signInKeepingPage() : signIn())}>
              Sign in again
            </button>
          )}
        </div>
      </div>
    </div>
  )
}

export function QueryState({ isLoading, error, what }: { isLoading: boolean; error: unknown; what?: string }) {
  if (isLoading) return <Loading what={what ? `Loading ${what}` : 'Loading'} />
  if (error) return <ProblemSummary error={error} reading title={what ? `We could not load ${what}` : undefined} />
  return null
}

interface BoundaryState { error: Error | null }

/** Catches rendering errors so one broken section never blanks the whole page. */
export class ErrorBoundary extends Component<{ children: ReactNode; fallbackTitle?: string }, BoundaryState> {
  state: BoundaryState = { error: null }

  static getDerivedStateFromError(error: Error): BoundaryState {
    return { error }
  }

  componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('Rendering failed', error, info.componentStack)
  }

  render() {
    if (this.state.error) {
      return (
        <div className="govuk-error-summary" role="alert">
          <h2 className="govuk-error-summary__title">{this.props.fallbackTitle ?? 'Sorry, this part of the page could not be shown'}</h2>
          <div className="govuk-error-summary__body">
            <p className="govuk-body">Try reloading the page. If it keeps happening, tell the programme team.</p>
            <button type="button" className="govuk-button govuk-button--secondary" onClick={() => this.setState({ error: null })}>
              Try again
            </button>
          </div>
        </div>
      )
    }
    return this.props.children
  }
}

export function Tag({ children, colour }: { children: ReactNode; colour?: string }) {
  return <strong className={`govuk-tag${colour ? ` govuk-tag--${colour}` : ''}`}>{children}</strong>
}
