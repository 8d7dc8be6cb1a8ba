// End-to-end suite against the running stack (gateway serving the SPA and API, real Keycloak):
//   E2E_BASE_URL=http://localhost:8080 npm run e2e
// Drives Debian's Chromium through playwright-core, scans every page with axe-core (no serious or
// critical violations allowed) and saves screenshots to test-results/.
import assert from 'node:assert/strict'
import { AxeBuilder } from '@axe-core/playwright'
import type { Page } from 'playwright-core'
import { BASE_URL, RESULTS, launch } from './browser'
import { badCsv, demoPassword, goodCsv } from './fixtures'

const PLACE = 'leicester-leicestershire'
const USER = process.env.E2E_USER ?? 'leicester-finance'
const TIMEOUT = 20_000
const tag = new Date().toISOString().replace(/\D/g, '').slice(0, 14)

const violations: string[] = []
const passed: string[] = []

async function scan(page: Page, name: string) {
  await page.waitForLoadState('networkidle')
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze()
  for (const v of result.violations.filter((x) => x.impact === 'serious' || x.impact === 'critical')) {
    violations.push(`${name}: [${v.impact}] ${v.id} – ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join('; ')})`)
  }
  await page.screenshot({ path: `${RESULTS}/${name}.png`, fullPage: true })
}

async function step(name: string, fn: () => Promise<void>) {
  const started = Date.now()
  try {
    await fn()
    passed.push(name)
    console.log(`✓ ${name} (${Date.now() - started} ms)`)
  } catch (e) {
    console.log(`✗ ${name}`)
    throw e
  }
}

const ctx = await launch()
ctx.setDefaultTimeout(TIMEOUT)
const page = ctx.pages()[0] ?? (await ctx.newPage())
page.on('pageerror', (e) => console.log('page error:', e.message))
let countId = ''

try {
  await step('browse places, filter to pilots and open Leicester and Leicestershire', async () => {
    await page.goto(`${BASE_URL}/`)
    await page.getByRole('heading', { level: 1, name: /pilots and parallel places/ }).waitFor()
    await page.getByRole('link', { name: /Leicester and Leicestershire/ }).waitFor()
    await scan(page, '01-places')
    await page.getByLabel('Type of place').selectOption('PILOT')
    await page.waitForURL(/kind=PILOT/)
    await page.getByRole('heading', { name: /^\d+ places/ }).waitFor()
    await page.getByRole('link', { name: /Leicester and Leicestershire/ }).click()
    await page.getByRole('heading', { level: 1, name: /Leicester and Leicestershire/ }).waitFor()
    await page.getByText('Alcohol and drugs').first().waitFor()
    await page.getByRole('table', { name: /organisations/ }).waitFor()
    assert.ok(await page.getByText('Sign in to see the names').isVisible(), 'contacts must be hidden from anonymous users')
    await scan(page, '02-place')
  })

  await step('read the public programme pages', async () => {
    await page.goto(`${BASE_URL}/places/${PLACE}/governance`)
    await page.getByRole('heading', { name: 'Deadlines', exact: true }).waitFor()
    await scan(page, '03-governance-anonymous')
    await page.goto(`${BASE_URL}/milestones`)
    await page.getByRole('heading', { level: 1, name: 'Programme milestones' }).waitFor()
    await scan(page, '04-milestones')
    await page.goto(`${BASE_URL}/compare`)
    await page.getByRole('heading', { level: 1, name: 'Compare places' }).waitFor()
    await scan(page, '05-compare')
    await page.goto(`${BASE_URL}/no-such-page`)
    await page.getByRole('heading', { name: 'Page not found' }).waitFor()
    await scan(page, '06-not-found')
  })

  await step(`sign in with Keycloak as ${USER}`, async () => {
    await page.goto(`${BASE_URL}/places/${PLACE}`)
    await page.getByRole('button', { name: 'Sign in' }).click()
    await page.locator('#username').waitFor()
    await page.screenshot({ path: `${RESULTS}/07-keycloak.png` })
    await page.fill('#username', USER)
    await page.fill('#password', demoPassword(USER))
    await page.click('#kc-login')
    await page.waitForURL(`${BASE_URL}/places/${PLACE}`)
    await page.getByRole('button', { name: /Sign out/ }).waitFor()
    await page.getByRole('heading', { name: 'Contacts' }).waitFor()
    await page.waitForLoadState('networkidle')
    assert.ok(!(await page.getByText('Sign in to see the names').isVisible()), 'contacts must show once signed in')
    await scan(page, '08-place-signed-in')
  })

  await step('start a draft count', async () => {
    await page.goto(`${BASE_URL}/places/${PLACE}/counts`)
    await page.getByText('Start a new count').click()
    await page.getByLabel('Financial year').fill(process.env.E2E_YEAR ?? '2008-09')
    await page.getByLabel('Kind of count').selectOption('HIGH_LEVEL')
    await scan(page, '09-counts-signed-in')
    await page.getByRole('button', { name: 'Create draft count' }).click()
    const created = await Promise.race([
      page.waitForURL(/\/counts\/[^/]+\/import$/).then(() => true),
      page.getByRole('alert').first().waitFor().then(() => false),
    ])
    if (created) {
      countId = page.url().split('/counts/')[1].split('/')[0]
    } else {
      // An earlier run left a count for that year: carry on with its draft, or correct its final version.
      const draft = page.getByRole('row').filter({ has: page.getByText('Draft', { exact: true }) }).getByRole('link')
      const finals = page.getByRole('row').filter({ has: page.getByText('Final', { exact: true }) }).getByRole('link')
      if ((await draft.count()) > 0) {
        await draft.first().click()
        await page.waitForURL(/\/counts\/[^/]+$/)
        countId = page.url().split('/counts/')[1]
        await page.goto(`${BASE_URL}/counts/${countId}/import`)
      } else {
        const hrefs = await finals.evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname))
        for (const href of hrefs) {
          await page.goto(BASE_URL + href)
          await page.getByRole('heading', { level: 1 }).waitFor()
          await page.waitForLoadState('networkidle')
          const correct = page.getByRole('button', { name: /Start a correction/ })
          if (await correct.isVisible()) {
            await correct.click()
            await page.waitForURL(/\/counts\/[^/]+\/import$/)
            break
          }
        }
        countId = page.url().split('/counts/')[1].split('/')[0]
      }
    }
    await page.getByRole('heading', { level: 1, name: 'Import a CSV file' }).waitFor()
    await scan(page, '10-import-choose')
  })

  await step('import a CSV with three bad rows: nothing stored, every bad row listed', async () => {
    const { csv, badRows } = badCsv(tag)
    await page.setInputFiles('#file', { name: 'leicester-bad.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) })
    await page.getByLabel('Total Place standard layout').check()
    await page.getByRole('button', { name: 'Continue' }).click()
    await page.getByRole('heading', { name: /Match the columns/ }).waitFor()
    await scan(page, '11-import-map')
    await page.getByRole('button', { name: 'Continue' }).click()
    await page.getByRole('button', { name: 'Import file' }).click()
    const table = page.getByRole('table', { name: 'Rejected rows' })
    await table.waitFor()
    const rows = await table.locator('tbody tr th').allInnerTexts()
    assert.deepEqual([...new Set(rows.map(Number))].sort((a: number, b: number) => a - b), badRows, `rejected rows ${rows.join(',')}`)
    await scan(page, '12-import-rejected')
  })

  await step('import the corrected CSV', async () => {
    await page.getByRole('button', { name: 'Choose another file' }).click()
    await page.setInputFiles('#file', { name: 'leicester-good.csv', mimeType: 'text/csv', buffer: Buffer.from(goodCsv(500, tag)) })
    await page.getByRole('button', { name: 'Continue' }).click()
    await page.getByRole('button', { name: 'Continue' }).click()
    await page.getByRole('button', { name: 'Import file' }).click()
    await page.getByRole('heading', { name: 'File imported' }).waitFor()
    await page.getByText(/500 lines stored/).waitFor()
    await scan(page, '13-import-done')
  })

  await step('submit and finalise the count with confirmation', async () => {
    await page.goto(`${BASE_URL}/counts/${countId}`)
    await page.getByRole('button', { name: 'Submit count' }).click()
    await page.getByRole('button', { name: 'Yes, submit this count' }).click()
    await page.getByText('The count is now submitted.').waitFor()
    await page.getByRole('button', { name: 'Finalise count' }).click()
    await scan(page, '14-finalise-confirm')
    await page.getByRole('button', { name: 'Yes, finalise this count' }).click()
    await page.getByText('The count is now final.').waitFor()
  })

  await step('the count dashboard shows the imported figures', async () => {
    await page.goto(`${BASE_URL}/counts/${countId}`)
    await page.getByTestId('headline-total').waitFor()
    const total = await page.getByTestId('headline-total').innerText()
    assert.match(total, /^£[\d,]+$/, `headline total ${total}`)
    await page.getByRole('table', { name: /By organisation/i }).waitFor()
    await page.getByRole('table', { name: /By service function/i }).waitFor()
    await page.waitForLoadState('networkidle')
    await scan(page, '15-count-dashboard')
    await page.goto(`${BASE_URL}/places/${PLACE}/counts`)
    await page.getByTestId('count-dashboard').waitFor()
    await scan(page, '16-place-counts-dashboard')
  })

  await step('the final-count milestone turns MET on the governance page', async () => {
    const deadline = Date.now() + 30_000
    for (;;) {
      await page.goto(`${BASE_URL}/places/${PLACE}/governance`)
      await page.getByRole('heading', { name: 'Deadlines', exact: true }).waitFor()
      await page.waitForLoadState('networkidle')
      const met = page.locator('li[data-status="MET"]').filter({ hasText: /final .*count|count/i })
      if ((await met.count()) > 0) break
      assert.ok(Date.now() < deadline, 'no count milestone became MET within 30 s')
      await page.waitForTimeout(2000)
    }
    await scan(page, '17-governance-met')
  })

  await step('phone width: places and count dashboard', async () => {
    await page.setViewportSize({ width: 375, height: 800 })
    await page.goto(`${BASE_URL}/`)
    await page.getByRole('button', { name: 'Menu' }).waitFor()
    await scan(page, '18-phone-places')
    await page.goto(`${BASE_URL}/counts/${countId}`)
    await page.getByTestId('headline-total').waitFor()
    await scan(page, '19-phone-dashboard')
    await page.setViewportSize({ width: 1280, height: 900 })
  })

  await step('keyboard: the skip link is the first stop and moves to the main content', async () => {
    await page.goto(`${BASE_URL}/`)
    await page.keyboard.press('Tab')
    const focused = await page.evaluate(() => document.activeElement?.textContent)
    assert.equal(focused, 'Skip to main content')
    await page.keyboard.press('Enter')
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'main-content')
  })

  await step('sign out', async () => {
    const viaKeycloak = page.waitForRequest(/openid-connect\/logout/)
    await page.getByRole('button', { name: /Sign out/ }).click()
    await viaKeycloak
    await page.waitForURL(`${BASE_URL}/`)
    await page.getByRole('button', { name: 'Sign in' }).waitFor()
    await scan(page, '20-signed-out')
  })
} finally {
  await ctx.close()
}

console.log(`\n${passed.length} steps passed; screenshots in ${RESULTS}/`)
if (violations.length) {
  console.log(`axe: ${violations.length} serious or critical violations`)
  violations.forEach((v) => console.log(`  ${v}`))
  process.exit(1)
}
console.log('axe: no serious or critical violations on any page')
