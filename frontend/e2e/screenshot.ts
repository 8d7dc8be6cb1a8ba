// Takes full-page screenshots of the given paths: `tsx e2e/screenshot.ts / /places/x`.
import { BASE_URL, RESULTS, launch } from './browser'

const paths = process.argv.slice(2)
const width = Number(process.env.WIDTH ?? 1280)
const ctx = await launch({ width, height: 900 })
const page = ctx.pages()[0] ?? (await ctx.newPage())
page.on('console', (m) => { if (m.type() === 'error') console.log('console:', m.text()) })
for (const p of paths.length ? paths : ['/']) {
  await page.goto(BASE_URL + p, { waitUntil: 'networkidle' })
  const file = `${RESULTS}/shot${p.replace(/[^a-z0-9]+/gi, '_')}-${width}.png`
  await page.screenshot({ path: file, fullPage: process.env.FULL !== '0' })
  console.log(file)
}
await ctx.close()
