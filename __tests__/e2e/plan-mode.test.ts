/**
 * End to end: `plan` mode running terraform itself (init, plan -detailed-exitcode, show -json) in a
 * temporary copy of the example root module, with local state applied beforehand.
 */
import { beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { cpSync, existsSync, mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { REPO_ROOT, runAction, terraformEnv, type ActionRun } from '../helpers/run-action.js'

const SECRET = 'correct-horse-battery-staple'

describe('plan mode on a plan_json outside GitHub', () => {
  it('writes the report file and summary for a fixture plan', async () => {
    const run = await runAction({
      inputs: {
        mode: 'plan',
        plan_json: join(REPO_ROOT, '__fixtures__', 'plans', 'mixed.json'),
        environment: 'staging'
      }
    })
    expect(run.exitCode).toBe(0)
    expect(existsSync(run.outputs.summary_markdown)).toBe(true)
    expect(run.summary).toContain(readFileSync(run.outputs.summary_markdown, 'utf8').slice(0, 100))
    expect(run.outputs.environment).toBe('staging')
  })
})

describe('plan mode with real terraform', () => {
  let work: string
  let run: ActionRun

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'infra-guard-plan-'))
    cpSync(join(REPO_ROOT, 'examples', 'demo'), work, { recursive: true })
    const env = { ...process.env, ...terraformEnv(work) }
    execFileSync('terraform', ['init', '-input=false'], { cwd: work, env, stdio: 'pipe' })
    execFileSync(
      'terraform',
      [
        'apply',
        '-input=false',
        '-auto-approve',
        '-var=replicas=["blue","green","canary"]',
        '-var=schema_version=1'
      ],
      { cwd: work, env, stdio: 'pipe' }
    )
    run = await runAction({ inputs: { mode: 'plan', working_directory: work, environment: 'prod' } })
  }, 180_000)

  it('succeeds and reports terraform’s own counts', () => {
    expect(run.exitCode).toBe(0)
    // canary removed (delete), orders_db replaced (schema bump), dns updated (records)
    expect(run.outputs.resources_to_add).toBe('1')
    expect(run.outputs.resources_to_change).toBe('1')
    expect(run.outputs.resources_to_destroy).toBe('2')
    expect(run.outputs.resources_to_replace).toBe('1')
    expect(run.outputs.has_changes).toBe('true')
    expect(run.outputs.environment).toBe('prod')
  })

  it('rates a replace plus delete as high risk and names the addresses', () => {
    expect(run.outputs.risk).toBe('high')
    const reasons = JSON.parse(run.outputs.risk_reasons) as {
      rule: string
      level: string
      addresses: string[]
    }[]
    const all = reasons.flatMap(reason => reason.addresses)
    expect(all).toContain('terraform_data.orders_db')
    expect(all).toContain('terraform_data.app["canary"]')
  })

  it('writes the plan JSON, the report file and the job summary', () => {
    expect(existsSync(run.outputs.plan_json)).toBe(true)
    const plan = JSON.parse(readFileSync(run.outputs.plan_json, 'utf8')) as { format_version: string }
    expect(plan.format_version).toMatch(/^1\./)
    const report = readFileSync(run.outputs.summary_markdown, 'utf8')
    expect(run.summary).toContain(report.slice(0, 200))
    expect(run.summary).toContain('terraform_data.orders_db')
    expect(run.summary).toMatch(/rollback/i)
  })

  it('previews the gate without gating: plan mode says the prod gate would deny, and does not fail', () => {
    expect(run.summary).toContain('Gate preview: would deny')
    expect(run.summary).not.toContain('Gate: denied')
    expect(JSON.parse(run.outputs.policy_violations)).toEqual(
      expect.arrayContaining([expect.objectContaining({ rule: 'prod-destroy-guard', severity: 'deny' })])
    )
  })

  it('skips GitHub-only steps outside GitHub with a notice, not a failure', () => {
    expect(run.stdout).toMatch(/::notice::.*artifact/i)
    expect(run.stdout).not.toContain('::error::')
  })

  it('never shows the sensitive password anywhere', () => {
    const everything = [
      run.stdout,
      run.stderr,
      run.summary,
      JSON.stringify(run.outputs),
      readFileSync(run.outputs.summary_markdown, 'utf8')
    ]
    for (const text of everything) {
      const withoutMaskCommands = text
        .split('\n')
        .filter(line => !line.startsWith('::add-mask::'))
        .join('\n')
      expect(withoutMaskCommands).not.toContain(SECRET)
    }
  })
})
