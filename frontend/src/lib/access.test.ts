import { describe, expect, it } from 'vitest'
import { decodeJwt, mayEditCounts, mayEditGovernance, maySeePersonalData, placesFrom, principalFrom } from './access'

const finance = principalFrom({ preferred_username: 'leicester-finance', realm_access: { roles: ['finance-officer', 'offline_access'] }, places: ['leicester-leicestershire'] })
const officer = principalFrom({ preferred_username: 'luton-officer', realm_access: { roles: ['place-officer'] }, places: 'luton-central-bedfordshire' })
const admin = principalFrom({ realm_access: { roles: ['programme-admin'] } })
const viewer = principalFrom({ realm_access: { roles: ['viewer'] } })

describe('role and place gating', () => {
  it('keeps only known realm roles', () => {
    expect(finance.roles).toEqual(['finance-officer'])
  })

  it('lets a finance officer edit counts only of their own places', () => {
    expect(mayEditCounts(finance, 'leicester-leicestershire')).toBe(true)
    expect(mayEditCounts(finance, 'luton-central-bedfordshire')).toBe(false)
    expect(mayEditCounts(officer, 'luton-central-bedfordshire')).toBe(false)
    expect(mayEditCounts(null, 'leicester-leicestershire')).toBe(false)
    expect(mayEditCounts(admin, 'anywhere')).toBe(true)
  })

  it('lets a place officer edit governance only of their own places', () => {
    expect(mayEditGovernance(officer, 'luton-central-bedfordshire')).toBe(true)
    expect(mayEditGovernance(officer, 'leicester-leicestershire')).toBe(false)
    expect(mayEditGovernance(finance, 'leicester-leicestershire')).toBe(false)
  })

  it('shows personal data to viewers and above, never to anonymous users', () => {
    expect(maySeePersonalData(null)).toBe(false)
    expect(maySeePersonalData(viewer)).toBe(true)
    expect(maySeePersonalData(finance)).toBe(true)
    expect(maySeePersonalData(principalFrom({ realm_access: { roles: [] } }))).toBe(false)
  })

  it('reads the places claim as an array or a separated string', () => {
    expect(placesFrom('a, b c')).toEqual(['a', 'b', 'c'])
    expect(placesFrom(undefined)).toEqual([])
  })

  it('decodes a base64url JWT payload with non-ASCII names', () => {
    const bytes = new TextEncoder().encode(JSON.stringify({ name: 'Zoë', realm_access: { roles: ['viewer'] } }))
    const payload = btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')
    expect(principalFrom(decodeJwt(`x.${payload}.y`))).toMatchObject({ name: 'Zoë', roles: ['viewer'] })
  })
})
