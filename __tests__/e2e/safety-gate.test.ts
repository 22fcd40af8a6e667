/**
 * End to end: the bundled action (`node index.js`) as the runner runs it, on real plan JSON
 * made by terraform (__fixtures__/plans). Exit codes, outputs and summaries are asserted.
 */
import { describe, expect, it } from '@jest/globals'
import { writeFileSync, readFileSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { PROD_DESTROY_MESSAGE } from '../../src/constants.js'
import { REPO_ROOT, runAction } from '../helpers/run-action.js'

const plans = join(REPO_ROOT, '__fixtures__', 'plans')
const fixture = (name: string): string => join(plans, `${name}.json`)
const scratch = mkdtempSync(join(tmpdir(), 'infra-guard-gate-'))

/** Writes a file for a bad-input case and returns its path. */
function badFile(name: string, content: string | Buffer): string {
  const path = join(scratch, name)
  writeFileSync(path, content)
  return path
}

function gate(inputs: Record<string, string>, env: Record<string, string> = {}) {
  return runAction({ inputs: { mode: 'safety-gate', ...inputs }, env })
}

describe('safety-gate end to end', () => {
  it('refuses a prod plan with deletions and lists the addresses', async () => {
    const run = await gate({ plan_json: fixture('delete'), environment: 'prod' })
    expect(run.exitCode).toBe(1)
    expect(run.outputs.allowed).toBe('false')
    expect(run.stdout).toContain(`::error::${PROD_DESTROY_MESSAGE}`)
    const destroyed = (
      JSON.parse(readFileSync(fixture('delete'), 'utf8')).resource_changes as {
        address: string
        change: { actions: string[] }
      }[]
    )
      .filter(rc => rc.change.actions.includes('delete'))
      .map(rc => rc.address)
    expect(destroyed.length).toBeGreaterThan(0)
    for (const address of destroyed) expect(run.stdout).toContain(address)
    expect(Number(run.outputs.resources_to_destroy)).toBe(destroyed.length)
    expect(run.summary).toMatch(/denied|refused|blocked/i)
    const reasons = JSON.parse(run.outputs.gate_reasons) as { rule: string; severity: string }[]
    expect(reasons.some(r => r.severity === 'deny' && r.rule === 'prod-destroy-guard')).toBe(true)
  })

  it('refuses replacements in production too (they destroy the old object)', async () => {
    const run = await gate({ plan_json: fixture('replace-triggers'), environment: 'production' })
    expect(run.exitCode).toBe(1)
    expect(run.outputs.allowed).toBe('false')
    expect(run.outputs.environment).toBe('prod')
    expect(Number(run.outputs.resources_to_replace)).toBeGreaterThan(0)
  })

  it('lets the same plan through with force_recreate=true', async () => {
    const run = await gate({ plan_json: fixture('delete'), environment: 'prod', force_recreate: 'true' })
    expect(run.exitCode).toBe(0)
    expect(run.outputs.allowed).toBe('true')
    expect(run.stdout).not.toContain('::error::')
  })

  it('allows deletions in dev', async () => {
    const run = await gate({ plan_json: fixture('delete'), environment: 'dev' })
    expect(run.exitCode).toBe(0)
    expect(run.outputs.allowed).toBe('true')
    expect(Number(run.outputs.resources_to_destroy)).toBeGreaterThan(0)
  })

  it('keeps its verdict when no job summary file exists (outside a runner)', async () => {
    const allowed = await gate(
      { plan_json: fixture('delete'), environment: 'dev' },
      { GITHUB_STEP_SUMMARY: '' }
    )
    expect(allowed.exitCode).toBe(0)
    expect(allowed.outputs.allowed).toBe('true')
    expect(allowed.stdout).toMatch(/::notice::The job summary was not written/)
    const denied = await gate(
      { plan_json: fixture('delete'), environment: 'prod' },
      { GITHUB_STEP_SUMMARY: '' }
    )
    expect(denied.exitCode).toBe(1)
    expect(denied.outputs.allowed).toBe('false')
  })

  it('allows a prod no-op plan with risk none', async () => {
    const run = await gate({ plan_json: fixture('noop'), environment: 'prod' })
    expect(run.exitCode).toBe(0)
    expect(run.outputs.allowed).toBe('true')
    expect(run.outputs.has_changes).toBe('false')
    expect(run.outputs.risk).toBe('none')
  })

  it('dry_run reports allowed=false without failing the step', async () => {
    const run = await gate({ plan_json: fixture('delete'), environment: 'prod', dry_run: 'true' })
    expect(run.exitCode).toBe(0)
    expect(run.outputs.allowed).toBe('false')
    expect(run.stdout).toMatch(/::warning::.*dry_run/)
    expect(run.summary).toMatch(/dry.run/i)
  })

  it('resolves prod from the workflow_dispatch input and from the main branch', async () => {
    const event = badFile('event.json', JSON.stringify({ inputs: { environment: 'production' } }))
    const dispatched = await gate(
      { plan_json: fixture('delete') },
      { GITHUB_EVENT_NAME: 'workflow_dispatch', GITHUB_EVENT_PATH: event, GITHUB_REF: 'refs/heads/feature/x' }
    )
    expect(dispatched.outputs.environment).toBe('prod')
    expect(dispatched.exitCode).toBe(1)
    const onMain = await gate(
      { plan_json: fixture('delete') },
      { GITHUB_EVENT_NAME: 'push', GITHUB_REF: 'refs/heads/main' }
    )
    expect(onMain.outputs.environment).toBe('prod')
    expect(onMain.exitCode).toBe(1)
    const onFeature = await gate(
      { plan_json: fixture('delete') },
      { GITHUB_EVENT_NAME: 'push', GITHUB_REF: 'refs/heads/feature/x' }
    )
    expect(onFeature.outputs.environment).toBe('dev')
    expect(onFeature.exitCode).toBe(0)
  })

  const tfPlan = () => readFileSync(fixture('delete'), 'utf8')
  const badInputs: [string, () => string, RegExp][] = [
    ['an empty file', () => badFile('empty.json', ''), /empty/i],
    [
      'a truncated file',
      () => badFile('truncated.json', tfPlan().slice(0, Math.floor(tfPlan().length / 2))),
      /truncated|unexpected end|invalid json/i
    ],
    [
      'two JSON documents',
      () => badFile('two.json', tfPlan() + '\n' + tfPlan()),
      /(several|multiple|more than one|two).*(json|document)|after the/i
    ],
    [
      'a UTF-16 file',
      () =>
        badFile('utf16.json', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(tfPlan(), 'utf16le')])),
      /utf-?16/i
    ],
    [
      'a binary plan passed as JSON',
      () => badFile('plan.tfplan', Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.alloc(64, 1)])),
      /binary plan|plan_file/i
    ],
    [
      'a document that is not a plan',
      () => badFile('state.json', JSON.stringify({ format_version: '1.0', values: { root_module: {} } })),
      /not a plan|plan JSON/i
    ],
    [
      'an unknown major format_version',
      () => badFile('future.json', JSON.stringify({ ...JSON.parse(tfPlan()), format_version: '2.0' })),
      /format_version/i
    ],
    [
      'an unknown action verb',
      () => badFile('verb.json', tfPlan().replace('"delete"', '"obliterate"')),
      /obliterate/
    ]
  ]
  it.each(badInputs)('fails closed on %s, naming the file', async (_label, make, pattern) => {
    const path = make()
    const run = await gate({ plan_json: path, environment: 'dev' })
    expect(run.exitCode).toBe(1)
    expect(run.outputs.allowed).toBe('false')
    expect(run.stdout).toMatch(pattern)
    expect(run.stdout).toContain(path.split('/').pop() as string)
  })

  it('fails closed when the plan_json path does not exist', async () => {
    const run = await gate({ plan_json: join(scratch, 'missing.json'), environment: 'dev' })
    expect(run.exitCode).toBe(1)
    expect(run.outputs.allowed).toBe('false')
    expect(run.stdout).toContain('missing.json')
  })

  it('fails closed when there is no plan at all outside GitHub', async () => {
    const run = await gate({ environment: 'dev' })
    expect(run.exitCode).toBe(1)
    expect(run.outputs.allowed).toBe('false')
    expect(run.stdout).toMatch(/plan_json|plan_file/)
  })

  it('rejects an unknown mode with the list of valid modes', async () => {
    const run = await runAction({ inputs: { mode: 'aply' } })
    expect(run.exitCode).toBe(1)
    expect(run.stdout).toContain(
      "Input 'mode' must be one of validate|plan|safety-gate|drift|post-deploy|discover; got 'aply'"
    )
  })

  it('rejects a malformed boolean instead of guessing', async () => {
    const run = await gate({
      plan_json: fixture('delete'),
      environment: 'prod',
      force_recreate: 'yes please'
    })
    expect(run.exitCode).toBe(1)
    expect(run.stdout).toContain("Input 'force_recreate' must be true or false; got 'yes please'")
    expect(run.outputs.allowed).toBe('false')
  })
})
