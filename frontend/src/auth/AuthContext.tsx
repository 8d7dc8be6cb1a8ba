import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react'
import type { User } from 'oidc-client-ts'
import { useQueryClient } from '@tanstack/react-query'
import { decodeJwt, principalFrom, type Principal } from '../lib/access'
import { setTokenSource } from '../api/client'
import { userManager } from './oidc'

export interface AuthState {
  principal: Principal | null
  ready: boolean
  signIn: (returnTo?: string) => Promise<void>
  /** Signs in in a pop-up window so the current page (and anything typed) stays as it is. */
  signInKeepingPage: () => Promise<void>
  signOut: () => Promise<void>
}

export const AuthContext = createContext<AuthState>({
  principal: null,
  ready: true,
  signIn: async () => {},
  signInKeepingPage: async () => {},
  signOut: async () => {},
})

function principalOf(user: User | null): Principal | null {
  if (!user || user.expired) return null
  return principalFrom({ ...decodeJwt(user.access_token), ...pick(user.profile) })
}

function pick(profile: User['profile']) {
  return { name: profile.name, preferred_username: profile.preferred_username }
}

export function AuthProvider({ children }: { children: ReactNode }) {
  const [user, setUser] = useState<User | null>(null)
  const [ready, setReady] = useState(false)
  const queryClient = useQueryClient()

  useEffect(() => {
    const um = userManager()
    let live = true
    const loaded = (u: User) => {
      setUser(u)
      void queryClient.invalidateQueries()
    }
    const unloaded = () => {
      setUser(null)
      void queryClient.invalidateQueries()
    }
    um.events.addUserLoaded(loaded)
    um.events.addUserUnloaded(unloaded)
    um.events.addUserSignedOut(unloaded)
    um.events.addSilentRenewError(() => setUser((u) => (u && u.expired ? null : u)))
    um.getUser()
      .then((u) => { if (live) setUser(u && !u.expired ? u : null) })
      .catch(() => {})
      .finally(() => { if (live) setReady(true) })
    return () => {
      live = false
      um.events.removeUserLoaded(loaded)
      um.events.removeUserUnloaded(unloaded)
      um.events.removeUserSignedOut(unloaded)
    }
  }, [queryClient])

  // Set during render, not in an effect: children's queries run in effects that fire before ours.
  setTokenSource(() => (user && !user.expired ? user.access_token : null))

  const signIn = useCallback(async (returnTo?: string) => {
    await userManager().signinRedirect({ state: { returnTo: returnTo ?? window.location.pathname + window.location.search } })
  }, [])
  const signInKeepingPage = useCallback(async () => {
    const u = await userManager().signinPopup()
    setUser(u)
  }, [])
  const signOut = useCallback(async () => {
    const um = userManager()
    const current = await um.getUser()
    await um.removeUser()
    await um.signoutRedirect({ id_token_hint: current?.id_token })
  }, [])

  const value = useMemo<AuthState>(
    () => ({ principal: principalOf(user), ready, signIn, signInKeepingPage, signOut }),
    [user, ready, signIn, signInKeepingPage, signOut],
  )
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>
}

export function useAuth(): AuthState {
  return useContext(AuthContext)
}
