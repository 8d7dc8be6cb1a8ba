import { useEffect, useRef, useState } from 'react'
import { Link, useNavigate } from 'react-router'
import { userManager } from '../auth/oidc'
import { usePageTitle } from './title'

/** Finishes a redirect, pop-up or silent sign-in (oidc-client-ts tells them apart by the stored state). */
export function AuthCallbackPage() {
  usePageTitle('Signing in')
  const navigate = useNavigate()
  const [error, setError] = useState<string | null>(null)
  const started = useRef(false)
  useEffect(() => {
    if (started.current) return
    started.current = true
    userManager().signinCallback()
      .then((user) => {
        if (!user) return // pop-up or silent: the opener carries on
        const state = user.state as { returnTo?: string } | undefined
        const returnTo = state?.returnTo && state.returnTo.startsWith('/') && !state.returnTo.startsWith('//') ? state.returnTo : '/'
        void navigate(returnTo, { replace: true })
      })
      .catch((e: unknown) => setError(e instanceof Error ? e.message : 'Sign-in failed'))
  }, [navigate])
  return (
    <div className="govuk-width-container">
      <main className="govuk-main-wrapper" id="main-content">
        {error ? (
          <>
            <h1 className="govuk-heading-l">Sign-in did not work</h1>
            <p className="govuk-body">{error}</p>
            <p className="govuk-body"><Link className="govuk-link" to="/">Go to the start page</Link> and try again.</p>
          </>
        ) : <p className="govuk-body" role="status">Signing you in…</p>}
      </main>
    </div>
  )
}
