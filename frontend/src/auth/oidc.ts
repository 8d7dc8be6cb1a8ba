import { UserManager, WebStorageStateStore, type UserManagerSettings } from 'oidc-client-ts'

export const oidcAuthority: string =
  import.meta.env.VITE_OIDC_AUTHORITY ?? 'http://localhost:8180/realms/totalplace'
export const oidcClientId: string = import.meta.env.VITE_OIDC_CLIENT_ID ?? 'totalplace-spa'

export function oidcSettings(origin: string): UserManagerSettings {
  return {
    authority: oidcAuthority,
    client_id: oidcClientId,
    redirect_uri: `${origin}/auth/callback`,
    silent_redirect_uri: `${origin}/auth/callback`,
    popup_redirect_uri: `${origin}/auth/callback`,
    // The realm allows the app's root as the post-logout address.
    post_logout_redirect_uri: `${origin}/`,
    response_type: 'code', // authorisation code; oidc-client-ts always adds PKCE S256
    scope: 'openid profile email',
    automaticSilentRenew: true,
    userStore: new WebStorageStateStore({ store: window.sessionStorage }),
  }
}

let manager: UserManager | null = null

export function userManager(): UserManager {
  manager ??= new UserManager(oidcSettings(window.location.origin))
  return manager
}
