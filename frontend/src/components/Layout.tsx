import { useEffect, useRef, useState, type ReactNode } from 'react'
import { Link, NavLink, Outlet, matchPath, useLocation } from 'react-router'
import { useAuth } from '../auth/AuthContext'

function SkipLink() {
  return (
    <a href="#main-content" className="govuk-skip-link" data-module="govuk-skip-link">
      Skip to main content
    </a>
  )
}

function ServiceNavigation() {
  const { principal, ready, signIn, signOut } = useAuth()
  const [open, setOpen] = useState(false)
  const location = useLocation()
  useEffect(() => setOpen(false), [location.pathname])
  const items: { to: string; text: string; end?: boolean }[] = [
    { to: '/', text: 'Places', end: true },
    { to: '/milestones', text: 'Programme milestones' },
    { to: '/compare', text: 'Compare places' },
  ]
  return (
    <section aria-label="Service information" className="govuk-service-navigation" data-module="govuk-service-navigation">
      <div className="govuk-width-container">
        <div className="govuk-service-navigation__container">
          <nav aria-label="Menu" className="govuk-service-navigation__wrapper">
            <button
              type="button"
              className="govuk-service-navigation__toggle tp-nav-toggle"
              aria-controls="navigation"
              aria-expanded={open}
              onClick={() => setOpen((o) => !o)}
            >
              Menu
            </button>
            <ul className={`govuk-service-navigation__list${open ? ' tp-nav-open' : ''}`} id="navigation">
              {items.map((item) => {
                const isActive = matchPath({ path: item.to, end: item.end ?? false }, location.pathname) !== null
                return (
                  <li key={item.to} className={`govuk-service-navigation__item${isActive ? ' govuk-service-navigation__item--active' : ''}`}>
                    <NavLink to={item.to} end={item.end} className="govuk-service-navigation__link" aria-current={isActive ? 'page' : undefined}>
                      {isActive ? <strong className="govuk-service-navigation__active-fallback">{item.text}</strong> : item.text}
                    </NavLink>
                  </li>
                )
              })}
              {ready && (
                <li className="govuk-service-navigation__item">
                  {principal ? (
                    <button type="button" className="tp-link-button govuk-service-navigation__link" onClick={() => void signOut()}>
                      Sign out<span className="govuk-visually-hidden"> ({principal.name})</span>
                    </button>
                  ) : (
                    <button type="button" className="tp-link-button govuk-service-navigation__link" onClick={() => void signIn()}>
                      Sign in
                    </button>
                  )}
                </li>
              )}
            </ul>
          </nav>
        </div>
      </div>
    </section>
  )
}

function PhaseBanner() {
  const { principal } = useAuth()
  return (
    <div className="govuk-width-container">
     <div className="govuk-phase-banner">
      <p className="govuk-phase-banner__content">
        <strong className="govuk-tag govuk-phase-banner__content__tag">Beta</strong>
        <span className="govuk-phase-banner__text">
          This is a new service. {principal ? <>You are signed in as <strong>{principal.name}</strong>.</> : 'Sign in to see contacts, draft counts and to make changes.'}
        </span>
      </p>
     </div>
    </div>
  )
}

function Footer() {
  return (
    <footer className="govuk-footer">
      <div className="govuk-width-container">
        <div className="govuk-footer__meta">
          <div className="govuk-footer__meta-item govuk-footer__meta-item--grow">
            <h2 className="govuk-visually-hidden">Support links</h2>
            <ul className="govuk-footer__inline-list">
              <li className="govuk-footer__inline-list-item"><a className="govuk-footer__link" href="/api/openapi">API documentation</a></li>
              <li className="govuk-footer__inline-list-item"><Link className="govuk-footer__link" to="/accessibility">Accessibility statement</Link></li>
            </ul>
            <p className="govuk-body-s">Published figures are open data. Money is shown exactly as recorded, in pounds sterling.</p>
          </div>
        </div>
      </div>
    </footer>
  )
}

/** Moves focus to the main heading on route change so screen reader and keyboard users start at the new page. */
function useFocusOnNavigate(ref: React.RefObject<HTMLElement | null>) {
  const location = useLocation()
  const first = useRef(true)
  useEffect(() => {
    if (first.current) { first.current = false; return }
    if (location.hash) return
    ref.current?.focus()
  }, [location.pathname, ref])
}

export function Layout({ children }: { children?: ReactNode }) {
  const main = useRef<HTMLElement>(null)
  useFocusOnNavigate(main)
  return (
    <>
      <SkipLink />
      <header className="govuk-generic-header tp-header">
        <div className="govuk-generic-header__container govuk-width-container">
          <div className="govuk-generic-header__logo">
            <Link to="/" className="govuk-generic-header__homepage-link">Total Place</Link>
          </div>
        </div>
      </header>
      <ServiceNavigation />
      <PhaseBanner />
      <div className="govuk-width-container">
        <main className="govuk-main-wrapper" id="main-content" tabIndex={-1} ref={main}>
          {children ?? <Outlet />}
        </main>
      </div>
      <Footer />
    </>
  )
}
