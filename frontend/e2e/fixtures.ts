import { readFileSync, existsSync } from 'node:fs'

/** The demo password of a realm user, read from the realm export (demo-only credentials). */
export function demoPassword(username: string): string {
  if (process.env.E2E_PASSWORD) return process.env.E2E_PASSWORD
  const realm = process.env.E2E_REALM_FILE ?? '../ops/keycloak/realm-totalplace.json'
  if (existsSync(realm)) {
    const json = JSON.parse(readFileSync(realm, 'utf8')) as { users?: { username: string; credentials?: { value?: string }[] }[] }
    const value = json.users?.find((u) => u.username === username)?.credentials?.find((c) => c.value)?.value
    if (value) return value
  }
  return 'demo'
}

const ORGS = ['Leicestershire County Council', 'Leicester City Council', 'Leicester, Leicestershire and Rutland Police Authority',
  'Leicestershire and Rutland PCT', 'Leicester City PCT', 'Leicestershire Probation Service', 'Charnwood Borough Council']
const SOURCES = ['council tax', 'Department of Health', 'Home Office', 'Ministry of Justice', 'business rates']
const FUNCTIONS = ['07.4', '03.1', '10.9', '07.3', '03.4', '10.2']

function cell(v: string): string {
  return /[",]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v
}

/** A standard-layout CSV of `rows` lines with a run-specific note so the file is new each run. */
export function goodCsv(rows: number, tag: string): string {
  const lines = ['organisation,funding_source,function_code,client_group,capital_revenue,amount,note,source_row_ref']
  for (let i = 0; i < rows; i++) {
    const pounds = 1000 + ((i * 7919) % 250000)
    lines.push([ORGS[i % ORGS.length], SOURCES[i % SOURCES.length], FUNCTIONS[(i * 5) % FUNCTIONS.length], 'adults with alcohol or drug problems',
      i % 5 === 0 ? 'CAPITAL' : 'REVENUE', `${pounds}.${String(i % 100).padStart(2, '0')}`, `e2e ${tag}`, `R${i + 1}`].map(cell).join(','))
  }
  return lines.join('\n') + '\n'
}

/** The good file with three broken rows: file rows 4, 7 and 11, counting the header as row 1 as the importer does. */
export function badCsv(tag: string): { csv: string; badRows: number[] } {
  const lines = goodCsv(10, tag).trimEnd().split('\n')
  lines[3] = lines[3].replace(/,\d+\.\d\d,/, ',twelve pounds,')
  lines[6] = lines[6].replace(/,(07\.4|03\.1|10\.9|07\.3|03\.4|10\.2),/, ',99.9,')
  lines[10] = lines[10].replace(/^("[^"]*"|[^,]*)/, 'No Such Organisation')
  return { csv: lines.join('\n') + '\n', badRows: [4, 7, 11] }
}
