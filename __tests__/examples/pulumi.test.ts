/**
 * examples/workflows/pulumi.yml end to end, run the way GitHub would run it (see
 * __tests__/workflows/runner/README.md) with the pulumi/actions stand-in, whose `pulumi` replays
 * recorded previews: dev is a real preview (dundalek/stratify's `pulumi preview --json` after a
 * Lambda edit), prod the same preview made a preview of stack prod that replaces the protected
 * Lambda (as TestProtect/1 of Pulumi's engine tests does, with the error Pulumi reports). On the pull
 * request both stacks get a report and a comment, prod's gate reports the denial without failing, and
 * nothing is applied; on main dev is applied and prod is red, never applied.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { startFakeGitHub, type FakeGitHub } from '../helpers/fake-github.js'
import { startArtifactStack, type ArtifactStack } from '../helpers/fake-results-service.js'
import { fixtureBytes } from '../plan/pulumi/pulumi-fixtures.js'
import {
  expectJobResult,
  FixtureRepository,
  REPO_ROOT,
  runWorkflow,
  type RunOptions,
  type WorkflowRun
} from '../workflows/runner/index.js'

const PR = 11
const LAMBDA =
  'urn:pulumi:prod::sample::aws:s3/bucket:Bucket$aws:s3:BucketEventSubscription$aws:lambda/function:Function::docsHandler'

let github: FakeGitHub
let artifacts: ArtifactStack
let repo: FixtureRepository
let work: string
let updates: string
let pullRun: WorkflowRun
let pushRun: WorkflowRun
let updatesAfterPull: string

/** The recorded previews the stand-in replays, one per stack. */
function writePreviews(dir: string): void {
  mkdirSync(dir, { recursive: true })
  const real = fixtureBytes('sample-preview-update').toString('utf8')
  writeFileSync(join(dir, 'dev.json'), real)
  const prod = JSON.parse(real.replaceAll('urn:pulumi:dev::', 'urn:pulumi:prod::')) as {
    steps: {
      op: string
      urn: string
      oldState?: Record<string, unknown>
      newState?: Record<string, unknown>
    }[]
    diagnostics?: unknown[]
    changeSummary: Record<string, number>
  }
  const lambda = prod.steps.find(step => step.urn === LAMBDA)!
  lambda.op = 'replace'
  lambda.oldState = { ...lambda.oldState, protect: true }
  lambda.newState = { ...lambda.newState, protect: true }
  prod.diagnostics = [
    {
      urn: LAMBDA,
      message: `unable to replace resource "${LAMBDA}"\nas it is currently marked for protection. To unprotect the resource, remove the \`protect\` flag from the resource in your Pulumi program and run \`pulumi up\``,
      severity: 'error'
    }
  ]
  prod.changeSummary = { same: 15, replace: 1 }
  writeFileSync(join(dir, 'prod.json'), JSON.stringify(prod, null, 4))
}

function run(options: Pick<RunOptions, 'event'>): Promise<WorkflowRun> {
  const clock = pathToFileURL(join(REPO_ROOT, '__tests__', 'helpers', 'fake-clock.mjs')).href
  return runWorkflow({
    repository: repo,
    workflow: '.github/workflows/pulumi.yml',
    githubApiUrl: github.url,
    artifacts,
    actionNodeOptions: `--import ${clock}`,
    secrets: { PULUMI_ACCESS_TOKEN: 'pul-0123456789abcdef' },
    env: {
      FAKE_CLOCK_AT: '2026-11-17T01:00:00Z',
      STAND_IN_PULUMI_PREVIEWS: join(work, 'previews'),
      STAND_IN_PULUMI_LOG: updates
    },
    ...options
  })
}

beforeAll(async () => {
  ;[github, artifacts] = await Promise.all([startFakeGitHub(), startArtifactStack()])
  work = mkdtempSync(join(tmpdir(), 'infra-guard-pulumi-example-'))
  updates = join(work, 'updates.log')
  writePreviews(join(work, 'previews'))
  repo = FixtureRepository.create({
    '.github/workflows/pulumi.yml': readFileSync(
      join(REPO_ROOT, 'examples', 'workflows', 'pulumi.yml'),
      'utf8'
    ),
    '.github/infra-guard.yml': readFileSync(join(REPO_ROOT, 'examples', 'infra-guard.yml'), 'utf8'),
    'infra/Pulumi.yaml': 'name: sample\nruntime: nodejs\ndescription: docs bucket with a Lambda handler\n',
    'infra/index.ts': 'export const handler = "v1"\n'
  })
  const before = repo.sha('main')
  repo.commit('lambda-v2', { 'infra/index.ts': 'export const handler = "v2"\n' }, 'New handler code')
  const pull = repo.pullRequest(PR, 'lambda-v2')
  github
    .repo('acme', 'infra')
    .addPullRequest({ number: PR, headSha: pull.headSha, headRef: 'lambda-v2', author: 'mallory' })
  pullRun = await run({ event: { name: 'pull_request', pull, author: 'mallory', action: 'opened' } })
  updatesAfterPull = existsSync(updates) ? readFileSync(updates, 'utf8') : ''
  repo.commit('main', { 'infra/index.ts': 'export const handler = "v2"\n' }, `Merge #${PR}: new handler code`)
  pushRun = await run({ event: { name: 'push', ref: 'main', before } })
}, 300_000)

afterAll(async () => {
  pullRun?.cleanup()
  pushRun?.cleanup()
  await Promise.all([github?.stop(), artifacts?.stop()])
  repo?.remove()
  if (work) rmSync(work, { recursive: true, force: true })
})

describe('pulumi.yml on a pull request', () => {
  it('is green: each stack previewed, reported and gated, nothing applied', () => {
    expect([pullRun.conclusion, pullRun.describe()]).toEqual(['success', pullRun.describe()])
    expect(pullRun.jobs.map(job => `${job.key}:${job.result}`)).toEqual([
      'stack (dev):success',
      'stack (prod):success'
    ])
    expect(updatesAfterPull).toBe('')
  })

  it('dev: the real preview counted, gated as dev, allowed', () => {
    const dev = expectJobResult(pullRun, 'stack (dev)', 'success')
    const plan = dev.steps.find(step => step.id === 'plan')!
    expect(plan.outputs).toMatchObject({
      environment: 'dev',
      resources_to_add: '0',
      resources_to_change: '1',
      resources_to_destroy: '0',
      has_changes: 'true'
    })
    expect(dev.steps.find(step => step.id === 'gate')!.outputs.allowed).toBe('true')
  })

  it('prod: the protected replacement is reported, the gate would deny, the job stays green', () => {
    const prod = expectJobResult(pullRun, 'stack (prod)', 'success')
    const annotations = prod.annotations
      .map(annotation => `${annotation.level}: ${annotation.message}`)
      .join('\n')
    // pulumi preview exits non-zero on the protected replacement; the step says so and goes on.
    expect(annotations).toContain('warning: pulumi preview failed on prod')
    const plan = prod.steps.find(step => step.id === 'plan')!
    expect(plan.outputs).toMatchObject({
      environment: 'prod',
      resources_to_replace: '1',
      resources_to_destroy: '1'
    })
    const gate = prod.steps.find(step => step.id === 'gate')!
    expect(gate.conclusion).toBe('success')
    expect(gate.outputs.allowed).toBe('false')
    const reasons = JSON.parse(gate.outputs.gate_reasons) as { rule: string; severity: string }[]
    // Protect first; then Pulumi's own error, and prod's destroy guard (a replacement without force_recreate).
    expect(reasons.filter(reason => reason.severity === 'deny').map(reason => reason.rule)).toEqual([
      'pulumi-protect',
      'plan-errored',
      'prod-destroy-guard'
    ])
    expect(annotations).toMatch(/marked `protect` would be deleted or replaced/)
  })

  it('comments once per stack on the pull request; the token never reaches a log', () => {
    const comments = github.repo('acme', 'infra').commentsOf(PR)
    expect(comments).toHaveLength(2)
    // The prod comment names the Lambda (the report escapes the `$` of nested types as &#36;).
    const prod = comments.filter(comment => comment.body.includes('urn:pulumi:prod::sample::'))
    expect(prod).toHaveLength(1)
    expect(prod[0].body).toContain('aws:lambda/function:Function::docsHandler')
    expect(prod[0].body).toMatch(/would deny/)
    expect(github.violations).toEqual([])
    expect(pullRun.describe()).not.toContain('pul-0123456789abcdef')
  })
})

describe('pulumi.yml on main', () => {
  it('applies dev, refuses prod: the gate fails the job and pulumi up never runs there', () => {
    expectJobResult(pushRun, 'stack (dev)', 'success')
    const prod = expectJobResult(pushRun, 'stack (prod)', 'failure')
    const up = prod.steps.find(step => step.name === 'pulumi up')!
    expect(up.conclusion).toBe('skipped')
    expect(prod.steps.find(step => step.id === 'gate')!.outcome).toBe('failure')
    expect(readFileSync(updates, 'utf8')).toBe('dev\n')
  })
})
