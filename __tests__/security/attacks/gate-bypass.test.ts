/**
 * Issue 14, class 5: ways past the gate. Every test gives the gate a plan that deletes a resource
 * and an attacker-shaped context in which the gate today falls back to the unprotected `dev`, reads
 * a plan that is not the one apply will use, reads a different plan than another JSON reader would,
 * or hangs on the policy file.
 *
 * Secure behaviour (fail closed): allowed=false with a reason that says why; environment names are
 * NFKC-normalised and trimmed, names with control, invisible or space characters are input errors, an
 * unknown name is protected, a branch claimed by two environments is a policy error, and in doubt the
 * more protected environment wins; the gate judges the plan apply will use; repeated and case-variant
 * keys are refused; the policy file gets the same regular-file and size checks as plan paths.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { DefaultArtifactClient } from '@actions/artifact'
import { buildManifest } from '../../../src/action/adapters/artifact/manifest.js'
import { startArtifactStack, type ArtifactStack } from '../../helpers/fake-results-service.js'
import {
  errorText,
  inParallel,
  jsonOutput,
  runStep,
  SHA,
  type AttackRun,
  type StepEvent
} from './helpers/attack-run.js'
import { makePlan, type RealPlan } from './helpers/terraform.js'

const KEEP_AND_DOOMED = `
resource "terraform_data" "keep" {
  input = "kept"
}
resource "terraform_data" "doomed" {
  input = "production data"
}
`
const KEEP_ONLY = `
resource "terraform_data" "keep" {
  input = "kept"
}
`

const root = mkdtempSync(join(tmpdir(), 'infra-guard-attacks-gate-'))
let del: RealPlan
let noop: RealPlan
let workspaces = 0

beforeAll(() => {
  del = makePlan(root, { name: 'del', stage1: KEEP_AND_DOOMED, stage2: KEEP_ONLY })
  noop = makePlan(root, { name: 'noop', stage1: KEEP_AND_DOOMED, stage2: KEEP_AND_DOOMED })
}, 120_000)
afterAll(() => rmSync(root, { recursive: true, force: true }))

/** A fresh workspace (so each test has its own .github/infra-guard.yml), optionally with a policy file. */
function workspace(policy?: string): string {
  const dir = join(root, `ws-${++workspaces}`)
  mkdirSync(join(dir, '.github'), { recursive: true })
  if (policy !== undefined) writeFileSync(join(dir, '.github', 'infra-guard.yml'), policy)
  return dir
}

interface Finding {
  rule: string
  severity: string
  message: string
}

function denials(run: AttackRun): string {
  return (jsonOutput<Finding[]>(run, 'gate_reasons') ?? [])
    .filter(finding => finding.severity === 'deny')
    .map(finding => `${finding.rule}: ${finding.message}`)
    .join('\n')
}

function expectDenied(run: AttackRun): void {
  expect(run.exitCode).not.toBe(-1)
  expect({ allowed: run.outputs.allowed, exit: run.exitCode }).toEqual({ allowed: 'false', exit: 1 })
}

/** The deleting plan through safety-gate, with no `environment` input: the event decides. */
function gateOnEvent(event: StepEvent, policy?: string, plan = del.planJson): Promise<AttackRun> {
  return runStep({ workspace: workspace(policy), event, inputs: { mode: 'safety-gate', plan_json: plan } })
}

describe('environment resolution falls back to dev', () => {
  it('guard: a push to main resolves prod and denies the deletion', async () => {
    const run = await gateOnEvent({
      name: 'push',
      ref: 'refs/heads/main',
      payload: { ref: 'refs/heads/main' }
    })
    expectDenied(run)
    expect(run.outputs.environment).toBe('prod')
  })

  it('a merge_group run for main is gated as prod', async () => {
    const run = await gateOnEvent({
      name: 'merge_group',
      ref: 'refs/heads/gh-readonly-queue/main/pr-12-0123456789abcdef0123456789abcdef01234567',
      payload: {
        action: 'checks_requested',
        merge_group: {
          head_sha: SHA,
          head_ref: 'refs/heads/gh-readonly-queue/main/pr-12-0123456789abcdef0123456789abcdef01234567',
          base_ref: 'refs/heads/main'
        },
        repository: { default_branch: 'main' }
      }
    })
    expectDenied(run)
    expect(run.outputs.environment).toBe('prod')
  })

  it('a push to the default branch (master) is gated as prod', async () => {
    const run = await gateOnEvent({
      name: 'push',
      ref: 'refs/heads/master',
      payload: { ref: 'refs/heads/master', repository: { default_branch: 'master' } }
    })
    expectDenied(run)
    expect(run.outputs.environment).toBe('prod')
  })

  it('a tag push (a release) is gated as a protected environment', async () => {
    const run = await gateOnEvent({
      name: 'push',
      ref: 'refs/tags/v1.4.0',
      payload: { ref: 'refs/tags/v1.4.0', repository: { default_branch: 'main' } }
    })
    expectDenied(run)
    expect(run.outputs.environment).not.toBe('dev')
  })

  it('a policy where dev also claims main is a policy error, never dev', async () => {
    const run = await gateOnEvent(
      { name: 'push', ref: 'refs/heads/main', payload: { ref: 'refs/heads/main' } },
      'environments:\n  dev:\n    branches: [main, develop]\n'
    )
    expectDenied(run)
    expect(denials(run)).toMatch(/main/)
  })

  it("a policy where dev claims '*' does not take main away from prod", async () => {
    const run = await gateOnEvent(
      { name: 'push', ref: 'refs/heads/main', payload: { ref: 'refs/heads/main' } },
      "environments:\n  dev:\n    branches: ['*']\n"
    )
    expectDenied(run)
    expect(run.outputs.environment).not.toBe('dev')
  })
})

describe('environment names', () => {
  const names: [string, string][] = [
    ['prod eu', 'a space'],
    ['prod:eu', 'a colon'],
    ['ｐｒｏｄ', 'full-width letters (NFKC: prod)'],
    ['prod\u200b', 'a zero-width space'],
    ['pro\u00add', 'a soft hyphen'],
    ['live', 'neither built in nor declared'],
    ['PROD', 'upper case (guard)'],
    [' production ', 'padding and an alias (guard)']
  ]
  let runs: Map<string, Promise<AttackRun>>
  beforeAll(() => {
    runs = inParallel(
      names.map(([name]) => name),
      environment =>
        runStep({
          workspace: workspace(),
          inputs: { mode: 'safety-gate', plan_json: del.planJson, environment }
        })
    )
  })
  it.each(names)('environment %j (%s) never gets past the destroy guard', async environment => {
    expectDenied(await runs.get(environment)!)
  })
})

describe('the gate reads what another reader (or apply) would read', () => {
  /** The deleting plan's JSON text with its delete entry rewritten by `edit`. */
  function rewritten(name: string, edit: (text: string) => string): string {
    const text = readFileSync(del.planJson, 'utf8')
    const out = edit(text)
    expect(out).not.toBe(text)
    const path = join(root, `${name}.json`)
    writeFileSync(path, out)
    return path
  }
  const doomed = (text: string): { start: number; end: number } => {
    const start = text.indexOf('{"address":"terraform_data.doomed"')
    expect(start).toBeGreaterThan(0)
    const next = text.indexOf('{"address":"terraform_data.keep"', start)
    const end = next > start ? text.lastIndexOf('}', next) + 1 : text.indexOf(']', start)
    return { start, end }
  }

  const cases: [string, string, (text: string) => string][] = [
    [
      'a repeated "actions" key (last one no-op)',
      'prod',
      text => text.replace('"actions":["delete"]', '"actions":["delete"],"actions":["no-op"]')
    ],
    [
      'a case-variant "ACTIONS" key next to "actions"',
      'prod',
      text => text.replace('"actions":["delete"]', '"actions":["no-op"],"ACTIONS":["delete"]')
    ],
    [
      'a repeated "change" object',
      'prod',
      text => {
        const { start, end } = doomed(text)
        const entry = text.slice(start, end)
        const noopChange =
          '"change":{"actions":["no-op"],"before":null,"after":null,"after_unknown":{},"before_sensitive":false,"after_sensitive":false}'
        return text.slice(0, start) + entry.slice(0, -1) + ',' + noopChange + '}' + text.slice(end)
      }
    ],
    [
      'a case-variant "Resource_Changes" holding the deletion',
      'prod',
      text => {
        const { start, end } = doomed(text)
        const entry = text.slice(start, end)
        const hidden =
          text.slice(0, start) +
          entry.replace('"actions":["delete"]', '"actions":["no-op"]') +
          text.slice(end)
        return hidden.replace(/^\{/, `{"Resource_Changes":[${entry}],`)
      }
    ],
    [
      'a repeated key inside change.before',
      // staging: the deletion itself is allowed there, so only the repeated key can deny
      'staging',
      text => text.replace('"input":"production data"', '"input":"production data","input":"x"')
    ]
  ]

  let runs: Map<string, Promise<AttackRun>>
  beforeAll(() => {
    runs = inParallel(
      cases.map(([name]) => name),
      name => {
        const [, environment, edit] = cases.find(([candidate]) => candidate === name)!
        const path = rewritten(name.replace(/\W+/g, '-'), edit)
        return runStep({
          workspace: workspace(),
          inputs: { mode: 'safety-gate', plan_json: path, environment }
        })
      }
    )
  })

  it.each(cases)('%s is refused (%s)', async name => {
    const run = await runs.get(name)!
    expectDenied(run)
    expect(denials(run)).toMatch(/twice|repeated|duplicate|case/i)
  })
})

describe('the policy file cannot hang the gate', () => {
  const HANG_MS = 10_000
  const CASES = ['config: /dev/zero', 'config: a FIFO', 'symlink to /dev/zero', 'symlink to a FIFO']
  let runs: Map<string, Promise<AttackRun>>
  let fifo = ''
  beforeAll(() => {
    fifo = join(root, 'policy.fifo')
    execFileSync('mkfifo', [fifo])
    // The four runs hang today until HANG_MS: start them together.
    runs = inParallel(CASES, which => {
      const target = which.endsWith('/dev/zero') ? '/dev/zero' : fifo
      const dir = workspace()
      if (which.startsWith('symlink')) symlinkSync(target, join(dir, '.github', 'infra-guard.yml'))
      const config: Record<string, string> = which.startsWith('config') ? { config: target } : {}
      return runStep({
        workspace: dir,
        timeoutMs: HANG_MS,
        inputs: { mode: 'safety-gate', plan_json: del.planJson, environment: 'staging', ...config }
      })
    })
  })

  it.each(CASES)('%s: the gate denies quickly, naming the file', async which => {
    const run = await runs.get(which)!
    expectDenied(run)
    expect(errorText(run)).toContain(
      which.startsWith('config') ? (which.endsWith('/dev/zero') ? '/dev/zero' : fifo) : 'infra-guard.yml'
    )
  })
})

describe('the plan artifact', () => {
  let stack: ArtifactStack
  const savedEnv = { ...process.env }
  beforeAll(async () => {
    stack = await startArtifactStack()
  }, 60_000)
  afterAll(async () => {
    for (const key of Object.keys(process.env)) if (!(key in savedEnv)) delete process.env[key]
    Object.assign(process.env, savedEnv)
    await stack?.stop()
  })

  /** Uploads an artifact as a job of `runId` would, with a manifest recomputed over the given files. */
  async function plant(
    runId: string,
    files: Record<string, string>,
    claims: { counts?: Record<string, number>; risk?: string; environment: string; countsFrom: RealPlan }
  ): Promise<void> {
    const dir = mkdtempSync(join(root, 'artifact-'))
    for (const [name, from] of Object.entries(files)) copyFileSync(from, join(dir, name))
    const document = claims.countsFrom.document
    const deletes = (document.resource_changes ?? []).filter(e => e.change.actions.includes('delete')).length
    const counts = {
      add: 0,
      change: 0,
      destroy: deletes,
      replace: 0,
      import: 0,
      move: 0,
      forget: 0,
      create: 0,
      delete: deletes,
      noop: (document.resource_changes ?? []).length - deletes,
      read: 0,
      total: (document.resource_changes ?? []).length,
      ...claims.counts
    }
    const manifest = await buildManifest({
      files: Object.keys(files).map(name => ({ name, path: join(dir, name) })),
      commitSha: SHA,
      workingDirectory: 'del',
      environment: claims.environment,
      terraformVersion: '1.11.4',
      counts,
      risk: (claims.risk ?? (deletes > 0 ? 'high' : 'none')) as 'none'
    })
    writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest, null, 2))
    Object.assign(process.env, stack.envFor({ runId, jobId: 'attacker' }))
    const client = new DefaultArtifactClient()
    // The client logs through @actions/core to this process's stdout; keep the test output readable.
    const write = process.stdout.write.bind(process.stdout)
    process.stdout.write = (() => true) as typeof process.stdout.write
    try {
      await client.uploadArtifact(
        'infra-guard-plan',
        [...Object.keys(files), 'manifest.json'].map(name => join(dir, name)),
        dir
      )
    } finally {
      process.stdout.write = write
    }
  }

  function gate(runId: string, environment: string, extra: Record<string, string> = {}): Promise<AttackRun> {
    return runStep({
      workspace: root,
      env: stack.envFor({ runId, jobId: 'gate' }),
      inputs: { mode: 'safety-gate', working_directory: 'del', environment, ...extra }
    })
  }

  it('guard: the honest artifact of a deleting plan is denied in prod', async () => {
    const runId = 'honest-run'
    await plant(
      runId,
      { 'plan.json': del.planJson, 'plan.tfplan': del.planFile },
      { environment: 'prod', countsFrom: del }
    )
    const run = await gate(runId, 'prod')
    expectDenied(run)
    expect(denials(run)).toContain('prod-destroy-guard')
  })

  it('a consistent forgery (no-op plan.json, deleting plan.tfplan, manifest recomputed) is denied', async () => {
    const runId = 'forged-run'
    await plant(
      runId,
      { 'plan.json': noop.planJson, 'plan.tfplan': del.planFile },
      { environment: 'prod', countsFrom: noop }
    )
    const run = await gate(runId, 'prod')
    expectDenied(run)
  })

  it('a manifest whose counts and risk contradict plan.json is denied, naming the manifest', async () => {
    const runId = 'lying-manifest-run'
    await plant(
      runId,
      { 'plan.json': del.planJson, 'plan.tfplan': del.planFile },
      { environment: 'staging', countsFrom: del, counts: { destroy: 0, delete: 0, noop: 2 }, risk: 'none' }
    )
    const run = await gate(runId, 'staging')
    expectDenied(run)
    expect(denials(run)).toMatch(/manifest/i)
  })

  it('artifact_name together with plan_json is an input error', async () => {
    const runId = 'both-inputs-run'
    await plant(
      runId,
      { 'plan.json': del.planJson, 'plan.tfplan': del.planFile },
      { environment: 'staging', countsFrom: del }
    )
    const run = await gate(runId, 'staging', { artifact_name: 'infra-guard-plan', plan_json: noop.planJson })
    expectDenied(run)
    expect(errorText(run)).toMatch(/artifact_name/)
    expect(errorText(run)).toMatch(/plan_json/)
  })
})
