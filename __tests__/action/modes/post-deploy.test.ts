/** End to end: the bundled action in post-deploy mode, after a real terraform apply, against loopback servers. */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { join } from 'node:path'
import { makeRepo, terraform } from '../../helpers/tf-workspace.js'
import { parseCommands } from '../../helpers/workflow-commands.js'
import { runAction } from '../../helpers/run-action.js'
import { startLoopbackServer, type LoopbackServer } from '../../helpers/loopback-server.js'

const PASSWORD = 'pw-Very-Secret-42'
const TOKEN = 's3cr3t-tok'
const SHA = '0123456789abcdef0123456789abcdef01234567'

const CONFIG = `
variable "base_url" {
  type = string
}
variable "db_password" {
  type      = string
  sensitive = true
}
resource "terraform_data" "app" {
  input = var.base_url
}
output "health_url" {
  value = "\${terraform_data.app.output}/healthy"
}
output "failing_url" {
  value = "\${var.base_url}/failing"
}
output "secret_url" {
  value     = "\${var.base_url}/healthy?token=${TOKEN}"
  sensitive = true
}
output "environment" {
  value = "prod"
}
output "db_password" {
  value     = var.db_password
  sensitive = true
}
`

let server: LoopbackServer
let root: string

beforeAll(async () => {
  server = await startLoopbackServer()
  root = makeRepo({ 'infra/main.tf': CONFIG })
  const dir = join(root, 'infra')
  expect(terraform(dir, ['init', '-input=false', '-no-color']).status).toBe(0)
  const vars = ['-var', `base_url=${server.url}`, '-var', `db_password=${PASSWORD}`]
  expect(terraform(dir, ['apply', '-auto-approve', '-input=false', '-no-color', ...vars]).status).toBe(0)
}, 120_000)

afterAll(async () => {
  await server.close()
})

async function postDeploy(inputs: Record<string, string>) {
  const run = await runAction({
    inputs: { mode: 'post-deploy', working_directory: 'infra', environment: 'production', ...inputs },
    env: { GITHUB_WORKSPACE: root, GITHUB_SHA: SHA, GITHUB_REPOSITORY: 'acme/infra', GITHUB_RUN_ID: '77' },
    cwd: root
  })
  // Whatever happened, no sensitive value may leave the action. `::add-mask::` lines are the
  // runner's masking protocol itself: the runner consumes them and hides the value everywhere after.
  const stdout = run.stdout
    .split('\n')
    .filter(line => !line.startsWith('::add-mask::'))
    .join('\n')
  const everything = `${stdout}${run.stderr}${run.summary}${JSON.stringify(run.outputs)}`
  expect(everything).not.toContain(PASSWORD)
  expect(everything).not.toContain(TOKEN)
  return run
}

function webhookPayloads(path: string): { text: string; blocks: unknown[] }[] {
  return server.hits(path).map(r => JSON.parse(r.body))
}

describe('post-deploy mode', () => {
  it('passes healthy checks and assertions, records them, and notifies the webhook', async () => {
    const run = await postDeploy({
      health_checks:
        '- name: app\n  url_from_output: health_url\n  expect_body: ok\n- name: secret\n  url_from_output: secret_url',
      output_assertions: `environment: prod\ndb_password: ${PASSWORD}\nhealth_url: /\\/healthy$/`,
      notify_webhook: `${server.url}/webhook`
    })
    expect(run.exitCode).toBe(0)
    expect(run.outputs).toMatchObject({
      environment: 'prod',
      healthy: 'true',
      failed_checks: '[]',
      rollback_recommended: 'false'
    })
    expect(run.summary).toContain('infra-guard post-deploy: ✅ healthy')
    expect(run.summary).toContain(SHA)
    expect(run.summary).toMatch(/\| app \| ✅ pass \| 1 \| \d+\.\ds \|/)
    expect(run.summary).toMatch(/sensitive output secret.{0,5}url/)
    // The sensitive outputs (the URL and the password) and the webhook URL (a credential for Slack)
    // are masked in the log.
    expect([...new Set(parseCommands(run.stdout, 'add-mask').map(c => c.message))].sort()).toEqual(
      [`${server.url}/healthy?token=${TOKEN}`, `${server.url}/webhook`, PASSWORD].sort()
    )
    expect(run.summary).toContain('Every attempt')
    expect(run.summary).toMatch(/db.{0,5}password \(sensitive\)/)
    expect(run.stdout).toMatch(/app attempt 1\/4: GET http:\/\/127\.0\.0\.1:\d+\/healthy ok \(200\)/)
    expect(parseCommands(run.stdout, 'notice').some(c => c.message.includes('Plan details'))).toBe(true)
    const [payload] = webhookPayloads('/webhook')
    expect(payload.text).toContain('Deployment to acme/infra prod is healthy')
    expect(payload.text).toContain('2/2 checks passed')
  })

  it('fails with rollback recommended when a check and an assertion fail', async () => {
    const before = server.hits('/failing').length
    const run = await postDeploy({
      health_checks: '- name: broken\n  url_from_output: failing_url\n  retries: 1\n  interval_seconds: 0',
      output_assertions: 'db_password: not-the-password\nenvironment: prod',
      notify_webhook: `${server.url}/webhook`
    })
    expect(run.exitCode).toBe(1)
    expect(run.outputs).toMatchObject({ healthy: 'false', rollback_recommended: 'true' })
    expect(JSON.parse(run.outputs.failed_checks)).toEqual([
      {
        kind: 'http',
        name: 'broken',
        url: `${server.url}/failing`,
        error: 'status 503, expected 200',
        attempts: 2
      },
      {
        kind: 'output',
        name: 'db_password',
        error: 'does not equal the expected value (sensitive output: values not shown)'
      }
    ])
    expect(server.hits('/failing').length - before).toBe(2)
    expect(run.summary).toContain('Rollback recommended')
    expect(run.stdout).toMatch(/::error::Post-deploy checks failed in 'prod': broken, output db_password/)
    expect(webhookPayloads('/webhook').at(-1)?.text).toContain('FAILED its checks')
  })

  it('keeps a deploy healthy when only the webhook fails, with a warning', async () => {
    const run = await postDeploy({
      health_checks: '- name: app\n  url_from_output: health_url',
      notify_webhook: `${server.url}/webhook-broken`
    })
    expect(run.exitCode).toBe(0)
    expect(run.outputs.healthy).toBe('true')
    const warnings = parseCommands(run.stdout, 'warning').map(c => c.message)
    expect(warnings).toContain(
      'Deployment notification failed: the webhook answered HTTP 500. The deployment result is unaffected.'
    )
    expect(server.hits('/webhook-broken')).toHaveLength(1)
  })

  it('skips checks with skip_tests and says so', async () => {
    const before = server.requests.length
    const run = await postDeploy({ health_checks: '- url_from_output: failing_url', skip_tests: 'true' })
    expect(run.exitCode).toBe(0)
    expect(run.outputs).toMatchObject({ healthy: 'true', rollback_recommended: 'false' })
    expect(parseCommands(run.stdout, 'notice').map(c => c.message)).toContain(
      'skip_tests is true: health checks and output assertions were skipped'
    )
    expect(run.summary).toContain('checks skipped')
    expect(server.requests.length).toBe(before)
  })

  it('fails before any check with an InputError naming the input when the YAML is bad', async () => {
    const before = server.requests.length
    const run = await postDeploy({ health_checks: '- name: a\n  url: [unclosed' })
    expect(run.exitCode).toBe(1)
    expect(run.stdout).toContain("Input 'health_checks' is not valid YAML")
    expect(run.outputs.healthy).toBeUndefined()
    expect(server.requests.length).toBe(before)
  })
})
