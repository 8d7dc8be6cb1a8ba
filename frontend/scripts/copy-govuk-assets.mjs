// Copies govuk-frontend's fonts and images into public/assets, where its CSS expects them.
import { cpSync, mkdirSync } from 'node:fs'

const from = 'node_modules/govuk-frontend/dist/govuk/assets'
mkdirSync('public/assets', { recursive: true })
for (const dir of ['fonts', 'images']) {
  cpSync(`${from}/${dir}`, `public/assets/${dir}`, { recursive: true })
}
cpSync(`${from}/manifest.json`, 'public/assets/manifest.json')
