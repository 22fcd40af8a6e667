/**
 * End to end: what the plan artifact holds and how long it is kept, through the real
 * @actions/artifact client against the loopback results service. Its plan.json carries no secret
 * of the plan (the test's own oracle finds them in the raw plan), the gate downloads it and reaches
 * the plan run's counts and risk, and the retention is the `artifact_retention_days` input (5 days
 * by default); a retention GitHub would not accept is an input error naming the input.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { randomUUID } from 'node:crypto'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startFakeGitHub, sha, type FakeGitHub } from '../helpers/fake-github.js'
import { startArtifactStack, type ArtifactStack } from '../helpers/fake-results-service.js'
import { runStep as runAttackStep } from '../security/attacks/helpers/attack-run.js'
import { makePlan } from '../security/attacks/helpers/terraform.js'
import { readZip } from '../security/attacks/helpers/zip.js'
import { leakedSecrets, secretsOf } from '../security/secret-oracle.js'
import { fixturePlan, makeWorkspace, runWithGitHub } from './github-harness.js'

const DAY_MS = 24 * 3600 * 1000
let github: FakeGitHub
let stack: ArtifactStack
let workspace: string

beforeAll(async () => {
  ;[github, stack] = await Promise.all([startFakeGitHub(), startArtifactStack()])
  workspace = makeWorkspace()
}, 60_000)

afterAll(async () => {
  await Promise.all([github?.stop(), stack?.stop()])
  if (workspace) rmSync(workspace, { recursive: true, force: true })
})

/** Runs plan mode on a fixture in a fresh workflow run; returns the run, its id and the stored artifact. */
async function planRun(fixture: string, inputs: Record<string, string> = {}) {
  const runId = randomUUID()
  const run = await runWithGitHub({
    github,
    workspace,
    sha: sha(`commit-${runId}`),
    inputs: {
      mode: 'plan',
      environment: 'staging',
      comment: 'off',
      plan_json: fixturePlan(fixture),
      ...inputs
    },
    env: stack.envFor({ runId, jobId: 'plan' })
  })
  const artifact = stack.artifacts.list().find(stored => stored.runId === runId)
  return { run, runId, artifact }
}

describe('the plan artifact', () => {
  it('holds plan.json without the plan’s secrets, and the gate decides on it as the plan run did', async () => {
    const { run, runId, artifact } = await planRun('sensitive')
    expect(run.exitCode).toBe(0)
    expect(artifact).toBeDefined()
    const files = readZip(await stack.artifacts.readBlob(artifact!.name, runId))
    const planJson = files.find(file => file.name === 'plan.json')!.data.toString('utf8')
    const secrets = secretsOf(JSON.parse(readFileSync(fixturePlan('sensitive'), 'utf8')))
    expect(secrets.size).toBeGreaterThan(3)
    expect(leakedSecrets(planJson, secrets)).toEqual([])
    for (const file of files) expect(leakedSecrets(file.data.toString('utf8'), secrets)).toEqual([])
    expect(planJson).toContain('(sensitive)')

    const gate = await runWithGitHub({
      github,
      workspace,
      sha: sha(`commit-${runId}`),
      inputs: { mode: 'safety-gate', environment: 'staging' },
      env: stack.envFor({ runId, jobId: 'gate' })
    })
    expect(gate.outputs.allowed).toBe('true')
    for (const output of ['resources_to_add', 'resources_to_change', 'resources_to_destroy', 'risk'])
      expect(gate.outputs[output]).toBe(run.outputs[output])
  })

  it('is kept 5 days by default, and as many days as artifact_retention_days says', async () => {
    const byDefault = await planRun('update')
    const chosen = await planRun('update', { artifact_retention_days: '2' })
    for (const [{ artifact }, days] of [
      [byDefault, 5],
      [chosen, 2]
    ] as const) {
      const expires = Date.parse(artifact?.expiresAt ?? '')
      expect(Math.abs(expires - (artifact!.createdAt.getTime() + days * DAY_MS))).toBeLessThan(DAY_MS / 2)
    }
  })

  it.each(['0', '401', 'two', '1.5'])('refuses artifact_retention_days %j naming the input', async value => {
    const { run, artifact } = await planRun('update', { artifact_retention_days: value })
    expect(run.exitCode).toBe(1)
    expect(run.stdout).toMatch(
      /::error::Input 'artifact_retention_days' must be a whole number of days from 1 to 400/
    )
    expect(artifact).toBeUndefined()
  })
})

describe('a binary plan whose addresses hold a secret', () => {
  it('is verified by the gate against the redacted plan.json, and judged', async () => {
    const root = mkdtempSync(join(tmpdir(), 'infra-guard-artifact-secret-address-'))
    try {
      const SECRET = 'Keyed-by-secret-8812'
      const config = (input: string) => `variable "tok" {
  type      = string
  sensitive = true
  default   = ${JSON.stringify(SECRET)}
}
resource "terraform_data" "keyed" {
  for_each = toset([nonsensitive(var.tok)])
  input    = ${JSON.stringify(input)}
}
`
      makePlan(root, { name: 'keyed', stage1: config('v1'), stage2: config('v2') })
      const runId = randomUUID()
      const commit = sha(`commit-${runId}`)
      const step = (job: string, inputs: Record<string, string>) =>
        runAttackStep({
          workspace: root,
          env: { ...stack.envFor({ runId, jobId: job }), GITHUB_SHA: commit },
          inputs: { working_directory: 'keyed', environment: 'staging', ...inputs }
        })
      const plan = await step('plan', { mode: 'plan', comment: 'off' })
      expect(plan.exitCode).toBe(0)
      const artifact = stack.artifacts.list().find(stored => stored.runId === runId)!
      const files = readZip(await stack.artifacts.readBlob(artifact.name, runId))
      expect(files.map(file => file.name).sort()).toEqual([
        'manifest.json',
        'plan.json',
        'plan.tfplan',
        'report.md'
      ])
      expect(files.find(file => file.name === 'plan.json')!.data.toString('utf8')).not.toContain(SECRET)
      const gate = await step('gate', { mode: 'safety-gate' })
      expect({ exit: gate.exitCode, allowed: gate.outputs.allowed }).toEqual({ exit: 0, allowed: 'true' })
      expect(gate.outputs.plan_file).toMatch(/plan\.tfplan$/)
      expect(gate.outputs.resources_to_change).toBe('1')
    } finally {
      rmSync(root, { recursive: true, force: true })
    }
  }, 120_000)
})
