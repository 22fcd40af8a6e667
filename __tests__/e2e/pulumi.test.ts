/**
 * End to end: the bundled action (`node index.js`, as the runner runs it) on Pulumi's own output in
 * __fixtures__/pulumi (see its README): every readable preview and event log counted exactly into
 * the resources_to_* outputs, with plan_format left at auto; the gate on protected deletes, on a log
 * of an update that ran, on the environment named by the stack, and on a plan_format that contradicts
 * the file. Counts were worked out by hand from each document's steps (the unit tests in
 * __tests__/plan/pulumi say how, step by step); the summary Pulumi wrote is not what counts.
 */
import { describe, expect, it } from '@jest/globals'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { runAction, type ActionRun } from '../helpers/run-action.js'
import { fixtureBytes, fixtureName, PULUMI_FIXTURES } from '../plan/pulumi/pulumi-fixtures.js'

type Counted = [add: number, change: number, destroy: number, replace: number, imported: number]

/** Every readable Pulumi document and what it adds, changes, destroys, replaces and imports. */
const EXPECTED: Record<string, Counted> = {
  // Real `pulumi preview --json` output.
  pitfall__tests__test_data__preview: [0, 1, 0, 0, 0],
  'sample-preview-creates': [15, 0, 0, 0, 0],
  'sample-preview-update': [0, 1, 0, 0, 0],
  'linro-io+simulation': [2, 0, 0, 0, 0],
  // Event logs of Pulumi's display tests (some recorded from real runs).
  'not-truncated__up.json': [1, 0, 0, 0, 0],
  'template-body': [0, 1, 0, 0, 0],
  'stack-output-resource-diff': [0, 0, 0, 0, 0],
  'url-encoded-stack-output-diff': [0, 0, 0, 0, 0],
  'failed-stacks-dont-rewrite-operations': [0, 1, 1, 0, 0],
  'up-interrupted': [3, 1, 0, 0, 0],
  'destroy-with-components': [0, 0, 2, 0, 0],
  'destroy-with-custom-resource-parent': [0, 0, 2, 0, 0],
  'destroy-with-deep-hierarchy': [0, 0, 3, 0, 0],
  'not-truncated__up-2': [0, 0, 0, 0, 0],
  'not-truncated__up-3': [5, 0, 0, 0, 0],
  'not-truncated__up-4': [0, 1, 0, 0, 0],
  'not-truncated__up-5': [1, 0, 0, 0, 0],
  'truncated__up-truncate': [0, 0, 0, 0, 0],
  // Event streams of Pulumi's engine tests.
  TestConfigPropertyMapMatches: [0, 0, 0, 0, 0],
  TestDBRProtect__0: [2, 0, 0, 0, 0],
  TestDBRProtect__1: [0, 0, 0, 0, 0],
  TestDBRProtect__2: [2, 0, 2, 2, 0],
  TestDestroyV2ProtectedWithProviderDependencies__0: [0, 0, 1, 0, 0],
  TestDetailedDiffReplace__1: [1, 0, 1, 1, 0],
  TestExternalRefreshDoesNotCallDiff: [0, 0, 0, 0, 0],
  'TestExternalRefresh__0-0-0': [0, 0, 0, 0, 0],
  TestImportDeleteBeforeReplace__0: [1, 0, 1, 1, 1],
  TestImportOption__10: [1, 0, 1, 1, 1],
  TestImportOption__8: [1, 0, 1, 1, 1],
  TestMultipleProtectedDeletes__0: [2, 0, 0, 0, 0],
  TestMultipleProtectedDeletes__1: [0, 0, 2, 0, 0],
  TestMultipleProtectedDeletes__2: [0, 0, 2, 0, 0],
  TestProtectInheritance__0: [3, 0, 0, 0, 0],
  TestProtect__0: [1, 0, 0, 0, 0],
  TestProtect__1: [1, 0, 1, 1, 0],
  TestProtect__2: [0, 0, 0, 0, 0],
  TestProtect__3: [0, 0, 1, 0, 0],
  TestProtect__4: [1, 0, 1, 1, 0],
  TestProtect__5: [0, 0, 0, 0, 0],
  TestProtect__6: [1, 0, 1, 1, 0],
  TestProtectedDeleteChainsWithDuplicateDeletedResources__2: [0, 0, 2, 0, 0],
  TestReadReplaceStep: [0, 0, 1, 0, 0],
  TestRefreshV2PendingReplacement__1: [0, 0, 0, 0, 0],
  TestStackReference: [0, 0, 0, 0, 0]
}

const scratch = mkdtempSync(join(tmpdir(), 'infra-guard-pulumi-'))

/** Writes a derived document and returns its path. */
function derived(name: string, content: string | Buffer): string {
  const path = join(scratch, name)
  writeFileSync(path, content)
  return path
}

function reasons(run: ActionRun): { rule: string; severity: string; message: string }[] {
  return JSON.parse(run.outputs.gate_reasons ?? '[]') as { rule: string; severity: string; message: string }[]
}

/** Runs `tasks` at most `width` at a time (each spawns the bundle). */
async function inBatches<T>(tasks: (() => Promise<T>)[], width: number): Promise<T[]> {
  const results: T[] = []
  for (let i = 0; i < tasks.length; i += width) {
    results.push(...(await Promise.all(tasks.slice(i, i + width).map(task => task()))))
  }
  return results
}

describe('plan mode counts every Pulumi document exactly (plan_format auto)', () => {
  it('resources_to_add/change/destroy/replace/import equal the steps, for each of them', async () => {
    const runs = await inBatches(
      Object.keys(EXPECTED).map(part => async () => {
        const run = await runAction({
          inputs: { mode: 'plan', plan_json: join(PULUMI_FIXTURES, fixtureName(part)), environment: 'dev' }
        })
        const outputs = run.outputs
        return {
          part,
          exitCode: run.exitCode,
          counted: [
            outputs.resources_to_add,
            outputs.resources_to_change,
            outputs.resources_to_destroy,
            outputs.resources_to_replace,
            outputs.resources_to_import
          ].map(Number),
          format: /Plan format: (\w+) \(auto: /.exec(run.stdout)?.[1]
        }
      }),
      4
    )
    expect(runs).toEqual(
      Object.entries(EXPECTED).map(([part, counted]) => ({ part, exitCode: 0, counted, format: 'pulumi' }))
    )
  }, 300_000)

  it('a real preview: summary with the URNs, no secret text, risk from the Pulumi catalogue', async () => {
    const run = await runAction({
      inputs: {
        mode: 'plan',
        plan_json: join(PULUMI_FIXTURES, fixtureName('pitfall__tests__test_data__preview'))
      }
    })
    expect(run.exitCode).toBe(0)
    expect(run.outputs.environment).toBe('pit-stack-6f713df454ad4582')
    expect(run.stdout).toContain('Target environment: pit-stack-6f713df454ad4582 (from stack')
    // An S3 bucket is data-bearing in the catalogue: an update of one is medium.
    expect(run.outputs.risk).toBe('medium')
    expect(run.summary).toContain('aws:s3/bucket:Bucket::pitfall-1174b83f846341908354ffc0')
    expect(run.summary).not.toContain('[secret]')
  })
})

describe('safety-gate on Pulumi documents', () => {
  it('denies deleting protected resources first, even in dev with force_recreate (TestMultipleProtectedDeletes/1, derived from Pulumi engine tests)', async () => {
    // The engine tests' stack is `test`: undeclared, it would be protected, so the policy says it is dev.
    const config = join(mkdtempSync(join(tmpdir(), 'infra-guard-pulumi-policy-')), 'policy.yml')
    writeFileSync(config, 'environments:\n  dev:\n    aliases: [test]\n')
    const run = await runAction({
      inputs: {
        mode: 'safety-gate',
        plan_json: join(PULUMI_FIXTURES, fixtureName('TestMultipleProtectedDeletes__1')),
        environment: 'dev',
        force_recreate: 'true',
        config
      }
    })
    expect(run.exitCode).toBe(1)
    expect(run.outputs.allowed).toBe('false')
    expect(run.outputs.resources_to_destroy).toBe('2')
    const [first, ...rest] = reasons(run)
    expect(first).toMatchObject({ rule: 'pulumi-protect', severity: 'deny' })
    expect(rest.filter(reason => reason.severity === 'deny').map(reason => reason.rule)).toEqual([
      'plan-errored'
    ])
    expect(run.stdout).toMatch(/::error::.*marked `protect` would be deleted or replaced/)
  })

  it('refuses the log of an update that ran, as not a preview (TestProtect/0)', async () => {
    const run = await runAction({
      inputs: {
        mode: 'safety-gate',
        plan_json: join(PULUMI_FIXTURES, fixtureName('TestProtect__0')),
        environment: 'dev'
      }
    })
    expect(run.exitCode).toBe(1)
    expect(reasons(run).find(reason => reason.rule === 'pulumi-preview')?.message).toMatch(
      /is the event log of a Pulumi operation that ran .* not a preview/
    )
  })

  it('takes the environment from the stack when none is named, over the branch; a deletion in prod needs force_recreate', async () => {
    // sample-preview-update (a real preview of stack dev) with its stack renamed prod and its update made a delete.
    const text = fixtureBytes('sample-preview-update')
      .toString('utf8')
      .replaceAll('urn:pulumi:dev::', 'urn:pulumi:prod::')
      .replace('"op": "update"', '"op": "delete"')
      .replace('"update": 1', '"delete": 1')
    const path = derived('prod-delete.json', text)
    const env = {
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_BASE_REF: 'develop',
      GITHUB_REF: 'refs/pull/7/merge'
    }
    const denied = await runAction({ inputs: { mode: 'safety-gate', plan_json: path }, env })
    expect(denied.stdout).toContain('Target environment: prod (from stack; protected)')
    expect(denied.outputs.environment).toBe('prod')
    expect(denied.exitCode).toBe(1)
    expect(
      reasons(denied)
        .filter(reason => reason.severity === 'deny')
        .map(reason => reason.rule)
    ).toEqual(['prod-destroy-guard'])
    const forced = await runAction({
      inputs: { mode: 'safety-gate', plan_json: path, force_recreate: 'true' },
      env
    })
    expect(forced.exitCode).toBe(0)
    expect(forced.outputs.allowed).toBe('true')
  })

  it('plan_format that contradicts the file is a denial saying what to set; an unknown value is an input error', async () => {
    const preview = join(PULUMI_FIXTURES, fixtureName('sample-preview-update'))
    const wrong = await runAction({
      inputs: { mode: 'safety-gate', plan_json: preview, plan_format: 'terraform', environment: 'dev' }
    })
    expect(wrong.exitCode).toBe(1)
    expect(wrong.outputs.allowed).toBe('false')
    expect(wrong.stdout).toContain(
      "this is a Pulumi preview (`pulumi preview --json`, top-level key 'steps'), not a Terraform plan; set plan_format to 'pulumi' or 'auto'"
    )
    const bogus = await runAction({
      inputs: { mode: 'safety-gate', plan_json: preview, plan_format: 'cdk', environment: 'dev' }
    })
    expect(bogus.exitCode).toBe(1)
    expect(bogus.outputs.allowed).toBe('false')
    expect(bogus.stdout).toContain("Input 'plan_format' must be one of auto|terraform|pulumi; got 'cdk'")
  })

  it('a truncated preview is denied with where it ends and how to write it again', async () => {
    const bytes = fixtureBytes('sample-preview-creates')
    const path = derived('truncated.json', bytes.subarray(0, Math.floor(bytes.length / 2)))
    const run = await runAction({ inputs: { mode: 'safety-gate', plan_json: path, environment: 'dev' } })
    expect(run.exitCode).toBe(1)
    expect(run.stdout).toMatch(
      /the JSON ends early at line \d+ (column \d+ )?\(byte \d+\); the file is truncated\. Write it again with `pulumi preview --json > preview\.json`/
    )
  })
})
