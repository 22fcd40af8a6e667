/**
 * A gate on a large plan (66 MB, made by replicating a real terraform plan's entries) counts every
 * entry through the real bundle. Memory use on large plans is measured by `npm run bench`, not here.
 */
import { afterAll, describe, expect, it } from '@jest/globals'
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { REPO_ROOT, runAction } from '../helpers/run-action.js'

const scratch = mkdtempSync(join(tmpdir(), 'infra-guard-large-'))
afterAll(() => rmSync(scratch, { recursive: true, force: true }))

interface Template {
  resource_changes: { address: string; name: string; change: { actions: string[] } }[]
  [key: string]: unknown
}

/**
 * Writes a plan of at least `minBytes`: the template's header, then its resource_changes repeated
 * under renamed resources (`<name>_r<k>`). Returns the path and the number of rounds.
 */
function replicatePlan(templatePath: string, minBytes: number): { path: string; rounds: number } {
  const template = JSON.parse(readFileSync(templatePath, 'utf8')) as Template
  const { resource_changes: changes, ...header } = template
  const perRound = Buffer.byteLength(JSON.stringify(changes))
  const rounds = Math.ceil(minBytes / perRound)
  const path = join(scratch, `large-${rounds}.json`)
  const fd = openSync(path, 'w')
  writeSync(fd, `${JSON.stringify(header).slice(0, -1)},"resource_changes":[`)
  for (let k = 0; k < rounds; k++) {
    const batch = changes.map(entry =>
      JSON.stringify({
        ...entry,
        address: entry.address.replace(entry.name, `${entry.name}_r${k}`),
        name: `${entry.name}_r${k}`
      })
    )
    writeSync(fd, `${k === 0 ? '' : ','}${batch.join(',')}`)
  }
  writeSync(fd, ']}')
  closeSync(fd)
  return { path, rounds }
}

const TEMPLATE = join(REPO_ROOT, '__fixtures__', 'plans', 'mixed.json')

describe('a gate on a large plan', () => {
  it('counts every entry', async () => {
    const { path, rounds } = replicatePlan(TEMPLATE, 66 << 20)
    const run = await runAction({ inputs: { mode: 'safety-gate', plan_json: path, environment: 'dev' } })
    expect(run.exitCode).toBe(0)
    const template = JSON.parse(readFileSync(TEMPLATE, 'utf8')) as Template
    const deletes = template.resource_changes.filter(entry => entry.change.actions.includes('delete')).length
    expect(deletes).toBeGreaterThan(0)
    expect(Number(run.outputs.resources_to_destroy)).toBe(deletes * rounds)
  }, 120_000)
})
