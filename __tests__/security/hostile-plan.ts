/**
 * A hostile plan built from a real fixture: every address carries a for_each key that tries to
 * break out of Markdown, HTML, tables, workflow commands or the GITHUB_OUTPUT file, every string
 * value is poisoned the same way, and hostile output names are added. Also: inertness checks for
 * what the runner reads (stdout commands, the GITHUB_OUTPUT file).
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { OUTPUT } from '../../src/constants.js'
import type { PlanResourceChange } from '../../src/plan/model.js'
import { REPO_ROOT } from '../helpers/run-action.js'

/** Attack strings; the word FORGED marks text that must never become a command or an output. */
export const ATTACKS = [
  '</details></summary><!-- FORGED',
  '`FORGED` ``` @octocat @acme/admins #1',
  '\n::error::FORGED command\n',
  '%0A::error::FORGED percent',
  '\r\n##[error]FORGED legacy',
  '\nallowed=true\nFORGED<<ghadelimiter_00000000-0000-0000-0000-000000000000\n',
  '| FORGED | table |\n|---|---|',
  '<img src=x onerror=alert(1)> [FORGED](https://evil.example) **b** _i_'
]

function poison(value: unknown, attack: string): unknown {
  if (typeof value === 'string') return `${value}${attack}`
  if (Array.isArray(value)) return value.map(item => poison(item, attack))
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, poison(v, attack)]))
  return value
}

/** The `mixed` fixture (create, update, delete, replacements, move) with every address and value made hostile. */
export function hostilePlan(): Record<string, unknown> {
  const document = JSON.parse(readFileSync(join(REPO_ROOT, '__fixtures__', 'plans', 'mixed.json'), 'utf8'))
  document.resource_changes = (document.resource_changes as PlanResourceChange[]).map((entry, i) => {
    const attack = ATTACKS[i % ATTACKS.length]
    const key = `k${i}${attack}`
    const copy = structuredClone(entry)
    copy.index = key
    copy.address = `${entry.module_address ? `${entry.module_address}.` : ''}${entry.mode === 'data' ? 'data.' : ''}${entry.type}.${entry.name}[${JSON.stringify(key)}]`
    if (copy.previous_address) copy.previous_address = `${copy.previous_address}${JSON.stringify(attack)}`
    copy.change.before = poison(copy.change.before, attack)
    copy.change.after = poison(copy.change.after, attack)
    return copy
  })
  document.output_changes = Object.fromEntries(
    ATTACKS.map((attack, i) => [
      `out${i}${attack}`,
      {
        actions: ['create'],
        before: null,
        after: `value${attack}`,
        after_unknown: false,
        before_sensitive: false,
        after_sensitive: false
      }
    ])
  )
  return document
}

const RUNNER_COMMANDS = new Set([
  'add-mask',
  'error',
  'warning',
  'notice',
  'debug',
  'group',
  'endgroup',
  'echo'
])

/** Lines of stdout the runner would treat as commands that the action did not mean to issue. */
export function forgedCommands(stdout: string): string[] {
  const forged: string[] = []
  for (const raw of stdout.split(/\r?\n/)) {
    const line = raw.trimStart()
    if (line.startsWith('##[')) forged.push(line)
    if (!line.startsWith('::')) continue
    const name = /^::([A-Za-z-]+)/.exec(line)?.[1] ?? ''
    if (!RUNNER_COMMANDS.has(name)) forged.push(line)
    // The action's own commands start with its own words; a command whose text begins with the attack is forged.
    if (/^::[a-z-]+( [^:]*)?::[^\n]*$/.test(line) && /^::[a-z-]+( [^:]*)?::\s*FORGED/.test(line))
      forged.push(line)
  }
  return forged
}

/** Output names the action may set; anything else in GITHUB_OUTPUT was injected. */
export const KNOWN_OUTPUTS = new Set<string>(Object.values(OUTPUT))
