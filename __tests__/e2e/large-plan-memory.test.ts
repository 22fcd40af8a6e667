/**
 * A gate on a large plan holds V8's young generation at its starting size (src/terraform/young-generation.ts):
 * without that, V8 doubles it to 32 MiB during a 70 MB plan on Node 20 and 24 (peak RSS +25–30 MiB).
 * Runs the real bundle on a plan made by replicating a real terraform plan's entries, with a preload
 * that reports, at exit, the young generation's size and whether node:v8 was loaded by the action.
 */
import { afterAll, describe, expect, it } from '@jest/globals'
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync, writeSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { REPO_ROOT, runAction } from '../helpers/run-action.js'

const scratch = mkdtempSync(join(tmpdir(), 'infra-guard-large-'))
afterAll(() => rmSync(scratch, { recursive: true, force: true }))

const PROBE = join(scratch, 'probe.mjs')
writeFileSync(
  PROBE,
  `import { createRequire } from 'node:module'
process.on('exit', () => {
  const loadedByAction = process.moduleLoadList.includes('NativeModule v8')
  const space = createRequire(import.meta.url)('node:v8').getHeapSpaceStatistics().find(s => s.space_name === 'new_space')
  process.stderr.write('PROBE ' + JSON.stringify({ loadedByAction, youngBytes: space.space_size }) + '\\n')
})
`
)

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

/** Runs the gate in dev (so it passes) under the probe; returns its outputs and the probe's report. */
async function gateWithProbe(
  planJson: string
): Promise<{ outputs: Record<string, string>; probe: { loadedByAction: boolean; youngBytes: number } }> {
  const run = await runAction({
    inputs: { mode: 'safety-gate', plan_json: planJson, environment: 'dev' },
    command: [process.execPath, '--import', PROBE]
  })
  expect(run.exitCode).toBe(0)
  const line = run.stderr.split('\n').find(text => text.startsWith('PROBE '))
  expect(line).toBeDefined()
  return { outputs: run.outputs, probe: JSON.parse((line as string).slice('PROBE '.length)) }
}

const TEMPLATE = join(REPO_ROOT, '__fixtures__', 'plans', 'mixed.json')

describe('a gate on a large plan', () => {
  it('keeps the young generation at its starting size and counts every entry', async () => {
    const { path, rounds } = replicatePlan(TEMPLATE, 66 << 20)
    const { outputs, probe } = await gateWithProbe(path)
    // V8 starts with two 1 MiB semi-spaces; the uncapped bundle ends this run at 32 MiB.
    expect(probe.youngBytes).toBeLessThanOrEqual(4 << 20)
    expect(probe.loadedByAction).toBe(true)
    const template = JSON.parse(readFileSync(TEMPLATE, 'utf8')) as Template
    const deletes = template.resource_changes.filter(entry => entry.change.actions.includes('delete')).length
    expect(deletes).toBeGreaterThan(0)
    expect(Number(outputs.resources_to_destroy)).toBe(deletes * rounds)
  }, 120_000)

  it('leaves node:v8 unloaded for a small plan (start-up cost)', async () => {
    const { outputs, probe } = await gateWithProbe(TEMPLATE)
    expect(outputs.risk).toBeDefined()
    expect(probe.loadedByAction).toBe(false)
  })
})
