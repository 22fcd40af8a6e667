/**
 * The `config` input end to end: schema errors name the key path, a missing explicit file is an
 * error, a missing default file means the built-in defaults, and the built-in defaults never block
 * an ordinary deploy (a Friday evening, under a faked system clock).
 */
import { describe, expect, it } from '@jest/globals'
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { denials, finding, fixture, runGate, scratchDir, violations, writeText } from './policy-helpers.js'

const dir = scratchDir('config')
const plan = fixture('create-only')

const unknownKey = writeText(
  dir,
  'unknown-key.yml',
  `environments:
  prod:
    required_approvals: 2
    deployment_window:
      timezone: Asia/Seoul
`
)
const wrongType = writeText(
  dir,
  'wrong-type.yml',
  `environments:
  prod:
    max_monthly_cost_increase: lots
`
)
const twoProblems = writeText(
  dir,
  'two-problems.yml',
  `environments:
  prod:
    max_monthly_cost_increase: lots
    required_approvals: two
`
)

describe('policy file errors through the bundle', () => {
  it('an unknown key fails the gate, naming the key path, its line and the allowed keys', async () => {
    const run = await runGate({ plan_json: plan, environment: 'prod', config: unknownKey })
    expect(run.exitCode).toBe(1)
    expect(run.outputs.allowed).toBe('false')
    expect(denials(run)).toEqual(['fail-closed'])
    expect(run.stdout).toContain("Unknown key 'environments.prod.deployment_window' (line 4)")
    expect(run.stdout).toMatch(/allowed keys under 'environments\.prod': [^\n]*deployment_windows/)
    expect(run.stdout).toContain('unknown-key.yml')
  })

  it('a wrong type fails the gate with the key path and what it must be', async () => {
    const run = await runGate({ plan_json: plan, environment: 'prod', config: wrongType })
    expect(run.exitCode).toBe(1)
    expect(run.outputs.allowed).toBe('false')
    expect(run.stdout).toContain("'environments.prod.max_monthly_cost_increase' (line 3) must be a number")
    expect(run.stdout).toContain("got 'lots'")
  })

  it('plan mode fails the step on the same file (the policy is not optional there either)', async () => {
    const run = await runGate({ mode: 'plan', plan_json: plan, environment: 'prod', config: wrongType })
    expect(run.exitCode).toBe(1)
    expect(run.stdout).toMatch(
      /^::error::Policy file '.*wrong-type\.yml' does not match schema\/infra-guard\.schema\.json/m
    )
    expect(run.stdout).toContain("'environments.prod.max_monthly_cost_increase' (line 3) must be a number")
  })

  // Fails today: see the report. In safety-gate mode the fail-closed finding carries the multi-line
  // PolicyError, and renderGateLog/escapeLogLine turn its line breaks into a literal "\n", so the
  // annotation and the summary show "...(2 problem(s)):\n  - '...'\n  - '...'" on one line.
  it('lists several problems one per line in the annotation and the summary', async () => {
    const run = await runGate({ plan_json: plan, environment: 'prod', config: twoProblems })
    expect(run.exitCode).toBe(1)
    expect(run.stdout).toContain("'environments.prod.max_monthly_cost_increase' (line 3)")
    expect(run.stdout).toContain("'environments.prod.required_approvals' (line 4)")
    expect(run.stdout).not.toContain('\\n  - ')
    expect(run.summary).not.toContain('&#92;n')
  })

  // Fails today: see the report. The summary's headline says the plan could not be read although
  // the plan was never opened: the policy file was the problem.
  it('does not blame the plan in the summary when the policy file is invalid', async () => {
    const run = await runGate({ plan_json: plan, environment: 'prod', config: wrongType })
    expect(run.exitCode).toBe(1)
    expect(run.summary).toContain('wrong-type.yml')
    expect(run.summary).not.toMatch(/plan could not be read/i)
  })

  it('an explicitly named file that does not exist is an error, not the defaults', async () => {
    const missing = join(dir, 'nowhere', 'infra-guard.yml')
    const gate = await runGate({ plan_json: plan, environment: 'dev', config: missing })
    expect(gate.exitCode).toBe(1)
    expect(gate.outputs.allowed).toBe('false')
    expect(gate.stdout).toContain(`Policy file '${missing}' (input 'config') does not exist`)
    const planRun = await runGate({ mode: 'plan', plan_json: plan, environment: 'dev', config: missing })
    expect(planRun.exitCode).toBe(1)
    expect(planRun.stdout).toContain('does not exist')
  })

  it('a missing default file (.github/infra-guard.yml) means the built-in defaults', async () => {
    const run = await runGate({ plan_json: plan, environment: 'prod' }, { cwd: scratchDir('no-config') })
    expect(run.exitCode).toBe(0)
    expect(run.outputs.allowed).toBe('true')
    expect(run.stdout).toContain('No policy file at .github/infra-guard.yml: built-in defaults')
    expect(run.summary).toContain('Policy: built-in defaults')
  })

  it('reads .github/infra-guard.yml when it exists, and prints the effective policy in a collapsed group', async () => {
    const workspace = scratchDir('default-config')
    mkdirSync(join(workspace, '.github'))
    writeText(
      join(workspace, '.github'),
      'infra-guard.yml',
      'environments:\n  prod:\n    resource_limits: { terraform_data: 2 }\n'
    )
    const run = await runGate({ plan_json: plan, environment: 'prod' }, { cwd: workspace })
    expect(run.exitCode).toBe(1)
    expect(denials(run)).toEqual(['resource-limit:terraform_data'])
    expect(run.stdout).toContain('Policy file: .github/infra-guard.yml')
    const group = run.stdout.slice(run.stdout.indexOf('::group::Policy'), run.stdout.indexOf('::endgroup::'))
    expect(group).toContain('prod: protected')
    expect(group).toContain('terraform_data')
    expect(run.summary).toContain('Policy: .github/infra-guard.yml')
  })
})

describe('built-in defaults never surprise (no config, Friday evening)', () => {
  const fridayEvening = '2026-11-27T19:30:00+09:00'

  it.each(['dev', 'staging', 'prod'])('allows a creates-only plan in %s', async environment => {
    const run = await runGate({ plan_json: plan, environment }, { at: fridayEvening })
    expect(run.exitCode).toBe(0)
    expect(run.outputs.allowed).toBe('true')
    expect(run.outputs.environment).toBe(environment)
    expect(violations(run)).toEqual([])
    expect(run.outputs.required_approvals).toBe('0')
    expect(finding(run, 'deployment-window').severity).toBe('pass')
    expect(finding(run, 'cost-ceiling').severity).toBe('pass')
    expect(run.stdout).not.toMatch(/::(warning|error)::/)
  })

  it('allows cloud-typed creates on main (prod from the branch) with no approvals enforced', async () => {
    const run = await runGate(
      { plan_json: fixture('cloud-creates') },
      { at: fridayEvening, env: { GITHUB_REF: 'refs/heads/main', GITHUB_EVENT_NAME: 'push' } }
    )
    expect(run.exitCode).toBe(0)
    expect(run.outputs.environment).toBe('prod')
    expect(run.outputs.allowed).toBe('true')
    expect(denials(run)).toEqual([])
  })
})
