/**
 * End to end: drift mode on an applied terraform_data configuration whose sensitive input (a string
 * and a number) is changed in the state, as a console edit would leave it. The drifted values are in
 * the plan marked on one side and copied unmarked into `output`: they appear in no log line, output,
 * job summary or drift issue.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { startFakeGitHub, type FakeGitHub } from '../../helpers/fake-github.js'
import { runAction } from '../../helpers/run-action.js'
import { makeRepo, terraform } from '../../helpers/tf-workspace.js'

const CONFIG = `variable "secret" {
  type      = object({ password = string, pin = number })
  sensitive = true
  default   = { password = "Applied-secret-1101", pin = 55501101 }
}
resource "terraform_data" "db" {
  input = var.secret
}
`
const DRIFTED = { password: 'Drifted-secret-2202', pin: 55502202 }

let github: FakeGitHub
let root: string

beforeAll(async () => {
  github = await startFakeGitHub()
  root = makeRepo({ 'infra/main.tf': CONFIG })
  const dir = join(root, 'infra')
  expect(terraform(dir, ['init', '-input=false', '-no-color']).status).toBe(0)
  expect(terraform(dir, ['apply', '-auto-approve', '-input=false', '-no-color']).status).toBe(0)
  const path = join(dir, 'terraform.tfstate')
  const state = JSON.parse(readFileSync(path, 'utf8'))
  const attributes = state.resources[0].instances[0].attributes
  attributes.input.value = DRIFTED
  attributes.output.value = DRIFTED
  writeFileSync(path, JSON.stringify(state, null, 2))
}, 120_000)

afterAll(async () => {
  await github.stop()
  rmSync(root, { recursive: true, force: true })
})

describe('drift mode with sensitive values', () => {
  it('shows the drift but neither the drifted nor the applied secret anywhere', async () => {
    const run = await runAction({
      inputs: { mode: 'drift', working_directory: 'infra', environment: 'prod', github_token: 'fake-token' },
      env: {
        GITHUB_WORKSPACE: root,
        GITHUB_SHA: 'c0ffee'.padEnd(40, '0'),
        GITHUB_REPOSITORY: 'acme/infra',
        GITHUB_API_URL: github.url,
        GITHUB_RUN_ID: '43'
      },
      cwd: root
    })
    expect(run.exitCode).toBe(0)
    expect(run.outputs.drift_detected).toBe('true')
    const issues = [...github.repo('acme', 'infra').issues.values()].filter(issue => !issue.isPull)
    expect(issues).toHaveLength(1)
    expect(issues[0].body).toContain('terraform_data.db')
    const planJson = readFileSync(run.outputs.drift_json, 'utf8')
    // The raw plan on the runner's disk does hold them: the check below could fail.
    for (const secret of [DRIFTED.password, String(DRIFTED.pin)]) expect(planJson).toContain(secret)
    const exposed = [
      run.stdout
        .split('\n')
        .filter(line => !line.startsWith('::add-mask::'))
        .join('\n'),
      run.stderr,
      run.summary,
      JSON.stringify(run.outputs),
      issues[0].body
    ].join('\n')
    for (const secret of ['Applied-secret-1101', '55501101', DRIFTED.password, String(DRIFTED.pin)])
      expect(exposed).not.toContain(secret)
  }, 120_000)
})
