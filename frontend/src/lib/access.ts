// What the signed-in user may do, from the token's realm roles and `places` claim. The services
// enforce the same rules; the UI only hides what would be refused.

export type Role = 'viewer' | 'place-officer' | 'finance-officer' | 'programme-admin' | 'integrator'

export interface Principal {
  name: string
  username: string
  roles: Role[]
  places: string[]
}

interface Claims {
  name?: string
  preferred_username?: string
  sub?: string
  realm_access?: { roles?: string[] }
  places?: string | string[]
}

const KNOWN: Role[] = ['viewer', 'place-officer', 'finance-officer', 'programme-admin', 'integrator']

/** The `places` claim may be an array or a comma/space separated string (a multivalued user attribute). */
export function placesFrom(claim: string | string[] | undefined): string[] {
  if (!claim) return []
  const list = Array.isArray(claim) ? claim : claim.split(/[\s,]+/)
  return list.map((p) => p.trim()).filter(Boolean)
}

export function principalFrom(claims: Claims): Principal {
  const roles = (claims.realm_access?.roles ?? []).filter((r): r is Role => (KNOWN as string[]).includes(r))
  return {
    name: claims.name || claims.preferred_username || claims.sub || 'Signed in',
    username: claims.preferred_username || claims.sub || '',
    roles,
    places: placesFrom(claims.places),
  }
}

/** Decodes a JWT's payload (no verification: the services verify; the UI only reads claims). */
export function decodeJwt(token: string): Claims {
  const part = token.split('.')[1]
  if (!part) return {}
  const b64 = part.replace(/-/g, '+').replace(/_/g, '/').padEnd(Math.ceil(part.length / 4) * 4, '=')
  const json = new TextDecoder().decode(Uint8Array.from(atob(b64), (c) => c.charCodeAt(0)))
  return JSON.parse(json) as Claims
}

const has = (p: Principal | null, role: Role) => !!p && p.roles.includes(role)
export const isAdmin = (p: Principal | null) => has(p, 'programme-admin')

/** Names, emails and phones: viewer and above. */
export function maySeePersonalData(p: Principal | null): boolean {
  return !!p && (isAdmin(p) || has(p, 'viewer') || has(p, 'place-officer') || has(p, 'finance-officer'))
}

export function actsFor(p: Principal | null, placeId: string): boolean {
  return !!p && p.places.includes(placeId)
}

/** Import, edit, submit and finalise counts. */
export function mayEditCounts(p: Principal | null, placeId: string): boolean {
  return isAdmin(p) || (has(p, 'finance-officer') && actsFor(p, placeId))
}

/** Edit groups, meetings, milestones and risks. */
export function mayEditGovernance(p: Principal | null, placeId: string): boolean {
  return isAdmin(p) || (has(p, 'place-officer') && actsFor(p, placeId))
}
