import { mkdtempSync, mkdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, type BrowserContext } from 'playwright-core'

export const BASE_URL = (process.env.E2E_BASE_URL ?? 'http://localhost:8080').replace(/\/$/, '')
export const RESULTS = process.env.E2E_RESULTS ?? 'test-results'

/** Debian's Chromium (apt-get install -y chromium), never a downloaded browser, with a fresh profile. */
export async function launch(viewport = { width: 1280, height: 900 }): Promise<BrowserContext> {
  mkdirSync(RESULTS, { recursive: true })
  const profile = mkdtempSync(join(tmpdir(), 'tp-e2e-'))
  return chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    viewport,
    reducedMotion: 'reduce',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  })
}
