/**
 * post-deploy with the plan artifact available: the record gets the plan counts, and a failed check
 * gets the rollback steps derived from the deployed plan. The artifact goes through @actions/artifact
 * itself, against the loopback results service and Azurite.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { buildManifest } from '../../../../src/action/adapters/artifact/manifest.js'
import { uploadPlanArtifact } from '../../../../src/action/adapters/artifact/plan-artifact.js'
import { FIXTURE_COUNTS, makePlanFixture, type PlanFixture } from '../../../helpers/plan-fixture.js'
import { startArtifactStack, type ArtifactStack } from '../../../helpers/fake-results-service.js'
import { makeRepo } from '../../../helpers/tf-workspace.js'
import { runAction } from '../../../helpers/run-action.js'
import { startLoopbackServer, type LoopbackServer } from '../../../helpers/loopback-server.js'
import { fixtureName, PULUMI_FIXTURES } from '../../../plan/pulumi/pulumi-fixtures.js'

const SHA = 'feedface'.padEnd(40, '0')
const savedEnv = { ...process.env }
let stack: ArtifactStack
let fixture: PlanFixture
let server: LoopbackServer

beforeAll(async () => {
  stack = await startArtifactStack()
  server = await startLoopbackServer()
  fixture = makePlanFixture()
  const manifest = await buildManifest({
    files: fixture.files,
    commitSha: SHA,
    workingDirectory: 'infra',
    environment: 'staging',
    counts: FIXTURE_COUNTS,
    risk: 'low'
  })
  // Upload as the plan job would (the artifact client reads its runtime variables from process.env).
  Object.assign(process.env, stack.envFor({ jobId: 'plan-job' }))
  await uploadPlanArtifact({ name: 'infra-guard-plan-staging', files: fixture.files, manifest })
}, 120_000)

afterAll(async () => {
  for (const key of Object.keys(process.env)) if (!(key in savedEnv)) delete process.env[key]
  Object.assign(process.env, savedEnv)
  await server?.close()
  await stack?.stop()
  if (fixture) rmSync(fixture.dir, { recursive: true, force: true })
})

async function postDeploy(healthChecks: string, artifactName = 'infra-guard-plan-staging') {
  const root = makeRepo({ 'infra/main.tf': '' })
  return runAction({
    inputs: {
      mode: 'post-deploy',
      working_directory: 'infra',
      environment: 'staging',
      artifact_name: artifactName,
      health_checks: healthChecks.replaceAll('URL', server.url)
    },
    env: { GITHUB_WORKSPACE: root, GITHUB_SHA: SHA, ...stack.envFor({ jobId: 'deploy-job' }) },
    cwd: root
  })
}

describe('post-deploy with the plan artifact', () => {
  it('puts the deployed plan counts in the record', async () => {
    const run = await postDeploy('- name: app\n  url: URL/healthy')
    expect(run.exitCode).toBe(0)
    expect(run.summary).toContain('2 to add, 0 to change, 0 to destroy (risk: low)')
    expect(run.summary).not.toContain('Rollback recommended')
  })

  it('adds the rollback steps of the deployed plan when a check fails', async () => {
    const run = await postDeploy('- name: app\n  url: URL/failing\n  retries: 0')
    expect(run.exitCode).toBe(1)
    expect(run.outputs.rollback_recommended).toBe('true')
    expect(run.summary).toContain('### ↩️ Rollback recommended')
    // Steps come from the rollback plan derived from the deployed plan (wording owned by src/render).
    const section = run.summary.slice(run.summary.indexOf('### ↩️ Rollback recommended'))
    expect(section).toMatch(/\n- \S/)
    // Commands are fenced code blocks now (copied exactly), one command per line.
    expect(section).toMatch(/\n {2}```sh\n(?: {2}.*\n)* {2}terraform /)
    expect(run.summary).not.toContain('The plan artifact was not available')
  })

  it('a deployed Pulumi preview gives the Pulumi rollback commands', async () => {
    // The plan artifact as plan mode uploads it for a Pulumi stack: the preview as plan.json.
    const dir = mkdtempSync(join(tmpdir(), 'infra-guard-artifact-pulumi-'))
    copyFileSync(join(PULUMI_FIXTURES, fixtureName('sample-preview-update')), join(dir, 'plan.json'))
    writeFileSync(join(dir, 'report.md'), '# Plan\n')
    const files = ['plan.json', 'report.md'].map(name => ({ name, path: join(dir, name) }))
    const counts = { ...FIXTURE_COUNTS, add: 0, create: 0, change: 1, noop: 14, total: 15 }
    const manifest = await buildManifest({
      files,
      commitSha: SHA,
      workingDirectory: 'infra',
      environment: 'staging',
      counts,
      risk: 'low'
    })
    await uploadPlanArtifact({ name: 'infra-guard-pulumi-staging', files, manifest })
    rmSync(dir, { recursive: true, force: true })
    const run = await postDeploy(
      '- name: app\n  url: URL/failing\n  retries: 0',
      'infra-guard-pulumi-staging'
    )
    expect(run.exitCode).toBe(1)
    const section = run.summary.slice(run.summary.indexOf('### ↩️ Rollback recommended'))
    expect(section).toContain("pulumi stack select 'dev'")
    expect(section).toMatch(/pulumi up --target 'urn:pulumi:dev::sample::[^']*docsHandler'/)
    expect(section).not.toMatch(/terraform (plan|apply)/)
  })

  it('degrades to a notice when the artifact does not exist', async () => {
    const run = await postDeploy('- name: app\n  url: URL/healthy', 'no-such-artifact')
    expect(run.exitCode).toBe(0)
    expect(run.stdout).toMatch(
      /::notice::Plan details for the deployment record are not available: Plan artifact 'no-such-artifact' was not found/
    )
  })
})
