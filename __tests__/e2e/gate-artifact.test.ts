/**
 * safety-gate on the plan artifact, through the bundle, against the loopback results service: it
 * judges the binary plan apply will use (terraform show -json of plan.tfplan), refuses a binary plan
 * terraform cannot read, judges a JSON-only artifact on its JSON, and outputs `plan_file` (the path
 * of the verified binary plan) only when it allowed that plan. The forgeries (a plan.json that is not
 * the binary's, a manifest that lies) are in __tests__/security/attacks/gate-bypass.test.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { DefaultArtifactClient } from '@actions/artifact'
import { copyFileSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { isAbsolute, join } from 'node:path'
import { buildManifest } from '../../src/action/adapters/artifact/manifest.js'
import { withPlanFile } from '../../src/action/adapters/files.js'
import { analysePlan } from '../../src/analysis/analyse-plan.js'
import { startArtifactStack, type ArtifactStack } from '../helpers/fake-results-service.js'
import { errorText, runStep, SHA, type AttackRun } from '../security/attacks/helpers/attack-run.js'
import { makePlan, type RealPlan } from '../security/attacks/helpers/terraform.js'

const TWO = `resource "terraform_data" "keep" {
  input = "kept"
}
resource "terraform_data" "doomed" {
  input = "data"
}
`
const ONE = `resource "terraform_data" "keep" {
  input = "kept"
}
`

const root = mkdtempSync(join(tmpdir(), 'infra-guard-gate-artifact-'))
const savedEnv = { ...process.env }
let stack: ArtifactStack
let del: RealPlan
let runs = 0

beforeAll(async () => {
  stack = await startArtifactStack()
  del = makePlan(root, { name: 'del', stage1: TWO, stage2: ONE })
}, 120_000)

afterAll(async () => {
  for (const key of Object.keys(process.env)) if (!(key in savedEnv)) delete process.env[key]
  Object.assign(process.env, savedEnv)
  await stack?.stop()
  rmSync(root, { recursive: true, force: true })
})

/** Uploads files as the plan job of run `runId` would, with a manifest built from the plan's own analysis. */
async function plant(runId: string, files: Record<string, string>, environment: string): Promise<void> {
  const dir = mkdtempSync(join(root, 'artifact-'))
  for (const [name, from] of Object.entries(files)) copyFileSync(from, join(dir, name))
  const analysis = withPlanFile(del.planJson, source => analysePlan(source))
  const manifest = await buildManifest({
    files: Object.keys(files).map(name => ({ name, path: join(dir, name) })),
    commitSha: SHA,
    workingDirectory: 'del',
    environment,
    terraformVersion: analysis.terraformVersion,
    counts: analysis.counts,
    risk: analysis.risk.level
  })
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest))
  Object.assign(process.env, stack.envFor({ runId, jobId: 'plan' }))
  const write = process.stdout.write.bind(process.stdout)
  process.stdout.write = (() => true) as typeof process.stdout.write
  try {
    await new DefaultArtifactClient().uploadArtifact(
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
    env: stack.envFor({ runId, jobId: `gate-${++runs}` }),
    inputs: { mode: 'safety-gate', working_directory: 'del', environment, ...extra }
  })
}

describe('an artifact with the binary plan', () => {
  it('is judged through terraform show, and plan_file names the verified binary plan', async () => {
    await plant('binary-run', { 'plan.json': del.planJson, 'plan.tfplan': del.planFile }, 'staging')
    const run = await gate('binary-run', 'staging')
    expect({ exit: run.exitCode, allowed: run.outputs.allowed }).toEqual({ exit: 0, allowed: 'true' })
    expect(run.stdout).toContain('Judging plan.tfplan, the plan apply uses, through terraform show -json')
    expect(run.outputs.resources_to_destroy).toBe('1')
    expect(isAbsolute(run.outputs.plan_file)).toBe(true)
    expect(run.outputs.plan_file).toMatch(/artifact[/\\]plan\.tfplan$/)
    expect(run.outputs.plan_json).not.toBe(run.outputs.plan_file)
  })

  it('is denied, with no plan_file, when the gate denies it', async () => {
    await plant('denied-run', { 'plan.json': del.planJson, 'plan.tfplan': del.planFile }, 'prod')
    const run = await gate('denied-run', 'prod')
    expect({ exit: run.exitCode, allowed: run.outputs.allowed }).toEqual({ exit: 1, allowed: 'false' })
    expect(run.outputs.plan_file).toBeUndefined()
  })

  it('is denied when terraform cannot read the binary plan, saying so', async () => {
    await plant('unreadable-run', { 'plan.json': del.planJson, 'plan.tfplan': del.planFile }, 'staging')
    const run = await gate('unreadable-run', 'staging', { terraform_binary: '/bin/false' })
    expect({ exit: run.exitCode, allowed: run.outputs.allowed }).toEqual({ exit: 1, allowed: 'false' })
    expect(errorText(run)).toMatch(
      /plan\.tfplan, the plan apply would use, but terraform show could not read it/
    )
    expect(run.outputs.plan_file).toBeUndefined()
  })
})

describe('an artifact of plan JSON only', () => {
  it('is judged on its JSON after the manifest checks; there is no plan_file', async () => {
    await plant('json-run', { 'plan.json': del.planJson }, 'staging')
    const run = await gate('json-run', 'staging', { terraform_binary: '/bin/false' })
    expect({ exit: run.exitCode, allowed: run.outputs.allowed }).toEqual({ exit: 0, allowed: 'true' })
    expect(run.stdout).toContain('The artifact holds plan JSON only')
    expect(run.outputs.plan_file).toBeUndefined()
  })
})

describe('plan_file given as an input', () => {
  it('is resolved against the workspace and output as an absolute path', async () => {
    const run = await runStep({
      workspace: root,
      inputs: {
        mode: 'safety-gate',
        working_directory: 'del',
        plan_file: 'del/plan.tfplan',
        environment: 'dev'
      }
    })
    expect({ exit: run.exitCode, allowed: run.outputs.allowed }).toEqual({ exit: 0, allowed: 'true' })
    expect(run.outputs.plan_file).toBe(del.planFile)
    expect(existsSync(run.outputs.plan_file)).toBe(true)
    expect(run.outputs.resources_to_destroy).toBe('1')
  })
})
