/**
 * End to end: the bundled action in drift mode, real terraform on an applied terraform_data
 * configuration whose local state is edited to drift, and the loopback fake GitHub API.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { existsSync, readFileSync } from 'node:fs'
import { startFakeGitHub, type FakeGitHub } from '../../helpers/fake-github.js'
import { makeRepo } from '../../helpers/tf-workspace.js'
import { parseCommands } from '../../helpers/workflow-commands.js'
import { runAction } from '../../helpers/run-action.js'
import { applyDriftRepo, type AppliedRepo } from '../../helpers/drift-fixture.js'

let github: FakeGitHub
let repo: AppliedRepo

beforeAll(async () => {
  github = await startFakeGitHub()
  repo = applyDriftRepo()
}, 120_000)

afterAll(async () => {
  await github.stop()
})

async function drift(inputs: Record<string, string> = {}, onGitHub = true, root = repo.root) {
  const env: Record<string, string> = { GITHUB_WORKSPACE: root, GITHUB_SHA: 'c0ffee'.padEnd(40, '0') }
  if (onGitHub)
    Object.assign(env, { GITHUB_REPOSITORY: 'acme/infra', GITHUB_API_URL: github.url, GITHUB_RUN_ID: '41' })
  return runAction({
    inputs: {
      mode: 'drift',
      working_directory: 'infra',
      environment: 'prod',
      github_token: 'fake-token',
      ...inputs
    },
    env,
    cwd: root
  })
}

const driftIssues = () => [...github.repo('acme', 'infra').issues.values()].filter(issue => !issue.isPull)

describe('drift mode', () => {
  it('finds no drift right after apply and opens no issue', async () => {
    const run = await drift()
    expect(run.exitCode).toBe(0)
    expect(run.outputs).toMatchObject({
      drift_detected: 'false',
      drifted_resources: '0',
      resources_to_change: '0'
    })
    expect(run.outputs.drift_issue_number).toBeUndefined()
    expect(driftIssues()).toEqual([])
    expect(run.summary).toContain('✅ No drift')
  })

  it('opens one issue when the state drifts, and updates it instead of duplicating', async () => {
    repo.drift('edited-in-console')
    const first = await drift()
    expect(first.exitCode).toBe(0)
    expect(first.outputs).toMatchObject({
      drift_detected: 'true',
      drifted_resources: '1',
      resources_to_change: '1',
      has_changes: 'true'
    })
    expect(existsSync(first.outputs.drift_json)).toBe(true)
    expect(JSON.parse(readFileSync(first.outputs.drift_json, 'utf8')).resource_changes).toHaveLength(2)
    const [issue] = driftIssues()
    expect(first.outputs.drift_issue_number).toBe(String(issue.number))
    expect(issue).toMatchObject({
      state: 'open',
      title: 'Infrastructure drift: infra (prod)',
      labels: ['drift']
    })
    expect(issue.body).toContain('<!-- infra-guard:drift dir=infra env=prod -->')
    expect(issue.body).toContain('terraform_data.web')
    expect(issue.body).toContain('edited-in-console')
    expect(parseCommands(first.stdout, 'warning').map(c => c.message)).toContain(
      "Drift detected in 'infra' (prod): 1 resource(s) differ from the code"
    )

    repo.drift('edited-again')
    const second = await drift()
    expect(second.outputs.drift_issue_number).toBe(String(issue.number))
    expect(driftIssues()).toHaveLength(1)
    expect(driftIssues()[0].body).toContain('edited-again')
  })

  it('fails the step on drift with fail_on_drift, still keeping the one issue current', async () => {
    const run = await drift({ fail_on_drift: 'true' })
    expect(run.exitCode).toBe(1)
    expect(run.outputs.drift_detected).toBe('true')
    expect(run.stdout).toMatch(
      /::error::Drift detected in 'infra' \(prod\): 1 resource\(s\) differ from the code; see the job summary and issue #\d+/
    )
    expect(driftIssues()).toHaveLength(1)
  })

  it('keeps a separate issue per environment', async () => {
    const run = await drift({ environment: 'staging' })
    expect(run.outputs.drift_detected).toBe('true')
    const open = driftIssues().filter(issue => issue.state === 'open')
    expect(open.map(issue => issue.title).sort()).toEqual([
      'Infrastructure drift: infra (prod)',
      'Infrastructure drift: infra (staging)'
    ])
  })

  it('comments on and closes the issue once the state matches the code again', async () => {
    repo.restore()
    const run = await drift()
    expect(run.exitCode).toBe(0)
    expect(run.outputs.drift_detected).toBe('false')
    const prod = driftIssues().find(issue => issue.title.endsWith('(prod)'))
    expect(prod?.state).toBe('closed')
    const comments = github.repo('acme', 'infra').commentsOf(prod?.number ?? -1)
    expect(comments.at(-1)?.body).toContain("found 'infra' (prod) matching the code. Closing.")
    expect(driftIssues().find(issue => issue.title.endsWith('(staging)'))?.state).toBe('open')
    expect(github.violations).toEqual([])
  })

  it('skips the issue with a notice outside GitHub', async () => {
    repo.drift('offline-edit')
    const before = github.requests.length
    const run = await drift({}, false)
    repo.restore()
    expect(run.exitCode).toBe(0)
    expect(run.outputs.drift_detected).toBe('true')
    expect(parseCommands(run.stdout, 'notice').map(c => c.message)).toContain(
      'Drift issue skipped: not running on GitHub (no GITHUB_REPOSITORY)'
    )
    expect(github.requests.length).toBe(before)
  })

  it('fails when terraform plan fails, and never reports "no drift"', async () => {
    const broken = makeRepo({
      'infra/main.tf': 'resource "terraform_data" "x" {\n  input = file("missing.txt")\n}\n'
    })
    const run = await drift({}, false, broken)
    expect(run.exitCode).toBe(1)
    expect(run.outputs.drift_detected).toBeUndefined()
    expect(run.stdout).toContain("::error::'terraform plan' failed with exit code 1")
  })
})
