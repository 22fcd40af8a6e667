/**
 * End to end: the plan artifact between a `plan` run and a `safety-gate` run of the same workflow run,
 * through the real @actions/artifact client against the loopback results service and Azurite, with
 * the PR comment going to the fake GitHub server. A changed file, another commit, environment or
 * working directory makes the gate deny, naming what differs; allow_stale_plan relaxes only the commit.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { randomUUID } from 'node:crypto'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { DefaultArtifactClient } from '@actions/artifact'
import { FAULT, sha, startFakeGitHub, type FakeGitHub } from '../helpers/fake-github.js'
import { startArtifactStack, type ArtifactStack } from '../helpers/fake-results-service.js'
import type { ActionRun } from '../helpers/run-action.js'
import { expectExit, fixturePlan, makeWorkspace, runWithGitHub } from './github-harness.js'

const ARTIFACT = 'infra-guard-plan'
const COUNTS = ['add', 'change', 'destroy', 'replace', 'import', 'move', 'forget'].map(
  k => `resources_to_${k}`
)
const savedEnv = { ...process.env }
let github: FakeGitHub
/** A GitHub Enterprise Server style API (/api/v3), for a run whose server has no artifact service. */
let ghes: FakeGitHub
let stack: ArtifactStack
let workspace: string

beforeAll(async () => {
  ;[github, ghes, stack] = await Promise.all([
    startFakeGitHub(),
    startFakeGitHub({ basePath: '/api/v3' }),
    startArtifactStack()
  ])
  workspace = makeWorkspace()
}, 60_000)

afterEach(() => {
  expect(github.violations).toEqual([])
  expect(ghes.violations).toEqual([])
  github.unscript()
})

afterAll(async () => {
  for (const key of Object.keys(process.env)) if (!(key in savedEnv)) delete process.env[key]
  Object.assign(process.env, savedEnv)
  await Promise.all([github?.stop(), ghes?.stop(), stack?.stop()])
  if (workspace) rmSync(workspace, { recursive: true, force: true })
})

/** One workflow run: its jobs share the run id (and so the artifact), each job has its own token. */
function workflowRun(options: { plan: string; environment: string; sha?: string; pr?: number }) {
  const runId = randomUUID()
  const commit = options.sha ?? sha(`commit-${runId}`)
  const step = (job: string, inputs: Record<string, string>, overrides: { sha?: string } = {}) =>
    runWithGitHub({
      github,
      workspace,
      sha: overrides.sha ?? commit,
      pr: options.pr,
      inputs: { environment: options.environment, ...inputs },
      env: stack.envFor({ runId, jobId: job })
    })
  return {
    runId,
    commit,
    plan: () => step('plan', { mode: 'plan', plan_json: fixturePlan(options.plan) }),
    gate: (inputs: Record<string, string> = {}, overrides: { sha?: string } = {}) =>
      step(`gate-${randomUUID()}`, { mode: 'safety-gate', ...inputs }, overrides)
  }
}

function reasons(run: ActionRun): { rule: string; severity: string; message: string }[] {
  return JSON.parse(run.outputs.gate_reasons ?? '[]') as { rule: string; severity: string; message: string }[]
}

const denial = (run: ActionRun): string =>
  reasons(run)
    .filter(r => r.severity === 'deny')
    .map(r => r.message)
    .join('\n')

describe('plan artifact round trip', () => {
  it('the gate downloads the plan by artifact_name, verifies it and decides on it', async () => {
    const flow = workflowRun({ plan: 'mixed', environment: 'staging' })
    const plan = await flow.plan()
    expectExit(plan, 0)
    expect(plan.outputs.artifact_id).toMatch(/^\d+$/)
    const stored = stack.artifacts.list().filter(a => a.runId === flow.runId)
    expect(stored.map(a => [a.name, String(a.id), a.finalized])).toEqual([
      [ARTIFACT, plan.outputs.artifact_id, true]
    ])

    const gate = await flow.gate({ artifact_name: ARTIFACT })
    expectExit(gate, 0)
    expect(gate.outputs.allowed).toBe('true')
    for (const count of COUNTS) expect([count, gate.outputs[count]]).toEqual([count, plan.outputs[count]])
    expect(Number(gate.outputs.resources_to_destroy)).toBeGreaterThan(0)
    expect(gate.stdout).toContain(`Plan artifact '${ARTIFACT}' verified`)
  })

  it('the verdict comes from the downloaded plan: a prod deletion is denied', async () => {
    const flow = workflowRun({ plan: 'delete', environment: 'prod' })
    expectExit(await flow.plan(), 0)
    const gate = await flow.gate()
    expectExit(gate, 1)
    expect(gate.outputs.allowed).toBe('false')
    expect(reasons(gate).some(r => r.rule === 'prod-destroy-guard' && r.severity === 'deny')).toBe(true)
  })
})

describe('plan artifact integrity', () => {
  it('denies a plan made at another commit, naming the commit SHA', async () => {
    const flow = workflowRun({ plan: 'create-only', environment: 'staging' })
    expectExit(await flow.plan(), 0)
    const other = sha('another-commit')
    const gate = await flow.gate({}, { sha: other })
    expectExit(gate, 1)
    expect(gate.outputs.allowed).toBe('false')
    expect(denial(gate)).toContain(
      `commit SHA differs: this run has '${other}', the plan artifact has '${flow.commit}'`
    )
    expect(gate.stdout).toContain('allow_stale_plan')
  })

  describe('allow_stale_plan=true', () => {
    const other = sha('a-later-commit')
    let flow: ReturnType<typeof workflowRun>
    beforeAll(async () => {
      flow = workflowRun({ plan: 'create-only', environment: 'staging' })
      expectExit(await flow.plan(), 0)
    })

    it('accepts the plan of another commit, with a warning', async () => {
      const relaxed = await flow.gate({ allow_stale_plan: 'true' }, { sha: other })
      expectExit(relaxed, 0)
      expect(relaxed.outputs.allowed).toBe('true')
      const warning = relaxed.stdout.split('\n').find(line => line.startsWith('::warning::allow_stale_plan'))
      expect(warning).toContain(flow.commit)
      expect(warning).toContain(other)
    })

    it('relaxes only the commit: another environment or working directory is still denied', async () => {
      const wrongEnv = await flow.gate({ allow_stale_plan: 'true', environment: 'dev' }, { sha: other })
      expectExit(wrongEnv, 1)
      expect(wrongEnv.outputs.allowed).toBe('false')
      expect(denial(wrongEnv)).toContain(
        `environment differs: this run has 'dev', the plan artifact has 'staging'`
      )
      expect(denial(wrongEnv)).not.toContain('commit SHA differs')

      const wrongDir = await flow.gate({ allow_stale_plan: 'true', working_directory: '.' }, { sha: other })
      expectExit(wrongDir, 1)
      expect(wrongDir.outputs.allowed).toBe('false')
      expect(denial(wrongDir)).toContain(
        `working directory differs: this run has '.', the plan artifact has 'infra'`
      )
    })

    it('the job summary says the commit check was relaxed and names the planned commit', async () => {
      const relaxed = await flow.gate({ allow_stale_plan: 'true' }, { sha: other })
      expectExit(relaxed, 0)
      // Reviewers read the summary, not the log: an accepted stale plan must be visible there.
      expect(relaxed.summary).toContain('allow_stale_plan')
      expect(relaxed.summary).toContain(flow.commit)
    })
  })

  it('denies an artifact re-uploaded under the same name with a changed plan.json and the old manifest', async () => {
    const flow = workflowRun({ plan: 'create-only', environment: 'staging' })
    expectExit(await flow.plan(), 0)
    const dir = await replaceWithTamperedCopy(flow.runId)
    const gate = await flow.gate()
    rmSync(dir, { recursive: true, force: true })
    expectExit(gate, 1)
    expect(gate.outputs.allowed).toBe('false')
    expect(denial(gate)).toMatch(
      /file 'plan\.json': manifest says sha256 [0-9a-f]{64}, artifact has sha256 [0-9a-f]{64}/
    )
    expect(denial(gate)).not.toMatch(/file '(report\.md|manifest\.json)'/)
  })

  it('denies an archive changed in storage after upload', async () => {
    const flow = workflowRun({ plan: 'create-only', environment: 'staging' })
    expectExit(await flow.plan(), 0)
    const archive = await stack.artifacts.readBlob(ARTIFACT, flow.runId)
    // Change a byte the streaming unzip does not read (the central directory's "version made by"), so
    // extraction still succeeds and only the archive's digest can reveal the change. A byte inside the
    // compressed data would sometimes break extraction instead, a different (also denied) failure.
    const changed = Buffer.from(archive)
    const centralDirectory = changed.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]))
    expect(centralDirectory).toBeGreaterThan(0)
    changed[centralDirectory + 4] ^= 0x01
    await stack.artifacts.replaceBlob(ARTIFACT, changed, {}, flow.runId)
    const gate = await flow.gate()
    expectExit(gate, 1)
    expect(gate.outputs.allowed).toBe('false')
    expect(denial(gate)).toMatch(
      /The plan artifact 'infra-guard-plan' \(id \d+\) changed after upload: its archive's sha256 differs/
    )
  })
})

describe('a comment that cannot be posted changes nothing the gate decides', () => {
  for (const [plan, environment, allowed] of [
    ['create-only', 'prod', 'true'],
    ['delete', 'prod', 'false']
  ] as const) {
    it(`403 on comments, ${plan} in ${environment}: plan step succeeds, gate says allowed=${allowed} as without GitHub`, async () => {
      const pr = 30 + (allowed === 'true' ? 1 : 2)
      github.repo().addPullRequest({ number: pr })
      github.script('issues/create-comment', [FAULT.forbidden()])
      const flow = workflowRun({ plan, environment, pr })
      const planRun = await flow.plan()
      expectExit(planRun, 0)
      expect(planRun.stdout).toContain('::warning::Could not write the PR comment')
      expect(github.repo().commentsOf(pr)).toHaveLength(0)

      const gate = await flow.gate()
      const reference = await workflowRun({ plan, environment }).gate({ plan_json: fixturePlan(plan) })
      expect(gate.outputs.allowed).toBe(allowed)
      expect(gate.exitCode).toBe(reference.exitCode)
      expect(reasons(gate)).toEqual(reasons(reference))
      expect(reference.outputs.allowed).toBe(allowed)
    })
  }
})

describe('GitHub Enterprise Server', () => {
  it('without an artifact service the plan step still succeeds and comments, with a warning', async () => {
    ghes.repo().addPullRequest({ number: 40 })
    const runId = randomUUID()
    const run = await runWithGitHub({
      github: ghes,
      workspace,
      sha: sha('ghes'),
      pr: 40,
      inputs: { mode: 'plan', environment: 'staging', plan_json: fixturePlan('create-only') },
      env: { ...stack.envFor({ runId, jobId: 'plan' }), GITHUB_SERVER_URL: 'https://ghe.example.test' }
    })
    // @actions/artifact v2+ refuses GHES; the report and the PR comment must not be lost to that.
    expectExit(run, 0)
    expect(run.stdout).toMatch(/::warning::.*artifact/i)
    expect(run.outputs.artifact_id).toBeUndefined()
    expect(ghes.repo().commentsOf(40)).toHaveLength(1)
    expect(run.outputs.comment_id).toBe(String(ghes.repo().commentsOf(40)[0].id))
    expect(stack.artifacts.list().filter(a => a.runId === runId)).toEqual([])
  })
})

/**
 * Downloads the run's artifact as another job would, changes one byte of plan.json (still valid JSON,
 * same verdict), deletes the stored artifact and uploads the files again under the same name with the
 * original manifest.json: the archive digest is then genuine, only the manifest can catch it.
 */
async function replaceWithTamperedCopy(runId: string): Promise<string> {
  Object.assign(process.env, stack.envFor({ runId, jobId: 'attacker' }))
  const client = new DefaultArtifactClient()
  const { artifact } = await client.getArtifact(ARTIFACT)
  const dir = mkdtempSync(join(tmpdir(), 'infra-guard-tamper-'))
  await client.downloadArtifact(artifact.id, { path: dir })
  const planPath = join(dir, 'plan.json')
  const text = readFileSync(planPath, 'utf8')
  const value = /"input": ?"/.exec(text)
  expect(value).not.toBeNull()
  const at = value!.index + value![0].length
  const flipped = text[at] === 'x' ? 'y' : 'x'
  writeFileSync(planPath, text.slice(0, at) + flipped + text.slice(at + 1))
  await stack.artifacts.remove(ARTIFACT, runId)
  const files = ['plan.json', 'report.md', 'manifest.json'].map(name => join(dir, name))
  await client.uploadArtifact(ARTIFACT, files, dir)
  return dir
}
