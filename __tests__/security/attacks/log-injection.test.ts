/**
 * Issue 14, class 1: workflow-command injection in the log. The attacker writes .tf files, so they
 * choose plan values, for_each keys and check-block messages, which terraform prints in its plan
 * text; they choose terraform output values read by post-deploy; and whoever dispatches a workflow
 * chooses the `environment` input. The runner executes any line of stdout or stderr that starts
 * with `::name::` after its leading-whitespace trim, and any `##[name]` anywhere in a line; after
 * `::stop-commands::TOKEN` it prints every later `::add-mask::secret` in clear instead of obeying it.
 *
 * Secure behaviour: every command the runner executes is one the action authored (helpers/runner-log.ts
 * parses the log with the runner's grammar); inputs with control or invisible characters are rejected
 * with an error naming the input; no secret is visible in the log.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { errorText, inParallel, leaks, runStep, type AttackRun } from './helpers/attack-run.js'
import { describeCommands, foreignCommands } from './helpers/runner-log.js'
import { hcl, makePlan, writeModule, type RealPlan } from './helpers/terraform.js'

/** Every forged command's data starts with this, so the action's own commands are never mistaken for one. */
const CANARY = 'PWNED'
const SECRET = 'Inj3ct-db-password-7f1c'

/** Values that put a workflow command on a line of their own in terraform's plan text (heredocs). */
const ATTACK_VALUES: Record<string, string> = {
  a_error: 'intro\n::error title=PWNED-title::PWNED-error from a plan value\nend',
  b_indented: 'intro\n      ::warning::PWNED-warning after the runner trims the indent\nend',
  c_nbsp: 'intro\n\u00a0::notice::PWNED-nbsp (.NET TrimStart removes U+00A0)\nend',
  d_upper: 'intro\n::ERROR::PWNED-upper (command names are case-insensitive)\nend',
  e_legacy: 'mid-line ##[warning]PWNED-legacy anywhere in a line',
  f_set_output: 'intro\n::set-output name=allowed::PWNED-set-output\nend',
  g_mask: 'intro\n::add-mask::PWNED-mask\nend',
  h_group: 'intro\n::endgroup::\n::group::PWNED-group\nend'
}

const INJECT_STAGE1 = `
resource "terraform_data" "doomed" {
  input = "deleted by the pull request"
}
`

const INJECT_STAGE2 = `
variable "db_password" {
  type      = string
  sensitive = true
  default   = ${hcl(SECRET)}
}

resource "terraform_data" "creds" {
  input = { password = var.db_password }
}

resource "terraform_data" "inject" {
  for_each = {
${Object.entries(ATTACK_VALUES)
  .map(([key, value]) => `    ${key} = ${hcl(value)}`)
  .join('\n')}
  }
  input = each.value
}

resource "terraform_data" "keyed" {
  for_each = toset([${hcl('k\n::error::PWNED-key')}, ${hcl('##[error]PWNED-key-legacy')}])
  input    = each.key
}

check "health" {
  assert {
    condition     = terraform_data.inject["a_error"].input == "never"
    error_message = ${hcl('##[error]PWNED-check legacy in a check message\n::error::PWNED-check-line')}
  }
}
`

/** A plan that deletes (so the prod preview denies) and whose plan text stops the runner's command processing. */
const STOP_STAGE2 = `
resource "terraform_data" "stopper" {
  input = ${hcl('intro\n::stop-commands::PWNEDstoptoken\nend')}
}
`

const OUTPUTS_STAGE = `
resource "terraform_data" "web" {
  input = "up"
}
output "health_url" {
  value = "http://127.0.0.1:9/##[error]PWNED-url"
}
output "banner" {
  value = "##[warning]PWNED-assert"
}
`

/** A syntax error on a line the attacker wrote: terraform init quotes that source line on stderr. */
const BROKEN = `resource "terraform_data" "x" {
  input = "##[error]PWNED-init-snippet quoted from the source" ]
}
`

const root = mkdtempSync(join(tmpdir(), 'infra-guard-attacks-log-'))
let inject: RealPlan
let stop: RealPlan

beforeAll(() => {
  inject = makePlan(root, { name: 'inject', stage1: INJECT_STAGE1, stage2: INJECT_STAGE2 })
  stop = makePlan(root, { name: 'stop', stage1: INJECT_STAGE1, stage2: STOP_STAGE2 })
  makePlan(root, { name: 'outputs', stage1: OUTPUTS_STAGE, stage2: OUTPUTS_STAGE })
}, 120_000)
afterAll(() => rmSync(root, { recursive: true, force: true }))

describe('terraform plan text (plan mode runs terraform itself)', () => {
  it('the real plan text carries the attack: commands on lines of their own', () => {
    // Guards the attack itself: if terraform stopped printing values this way, the tests below would prove nothing.
    expect(inject.text).toMatch(/^\s*::error title=PWNED-title::/m)
    expect(inject.text).toContain('##[error]PWNED-check legacy')
    expect(stop.text).toMatch(/^\s*::stop-commands::PWNEDstoptoken$/m)
  })

  it('plan mode: every command the runner executes is one the action wrote', async () => {
    const run = await runStep({
      workspace: root,
      inputs: { mode: 'plan', working_directory: 'inject', environment: 'staging', comment: 'off' }
    })
    expect(run.exitCode).toBe(0)
    expect(describeCommands(foreignCommands(run.view, [CANARY]))).toEqual([])
    expect(run.view.stopped).toBe(false)
  })

  it("plan mode: a stop-commands token in a value cannot swallow the action's own annotations", async () => {
    const run = await runStep({
      workspace: root,
      inputs: { mode: 'plan', working_directory: 'stop', environment: 'prod', comment: 'off' }
    })
    expect(run.exitCode).toBe(0)
    // The prod preview denies (the plan deletes terraform_data.doomed): that warning must reach the runner as an annotation.
    const warnings = run.view.commands.filter(command => command.name === 'warning').map(c => c.data)
    expect(warnings.some(text => /would deny/i.test(text))).toBe(true)
    expect(run.view.commands.some(command => command.name === 'stop-commands')).toBe(false)
  })

  it('drift mode: the plan text cannot forge commands either', async () => {
    const run = await runStep({
      workspace: root,
      inputs: { mode: 'drift', working_directory: 'inject', environment: 'staging', github_token: '' }
    })
    expect(run.exitCode).toBe(0)
    expect(describeCommands(foreignCommands(run.view, [CANARY]))).toEqual([])
  })

  it('safety-gate on the same plan JSON: the gate log forges nothing (regression guard)', async () => {
    const run = await runStep({
      workspace: root,
      inputs: { mode: 'safety-gate', plan_json: inject.planJson, environment: 'prod' }
    })
    expect(run.exitCode).toBe(1)
    expect(run.outputs.allowed).toBe('false')
    expect(describeCommands(foreignCommands(run.view, [CANARY]))).toEqual([])
    expect(leaks({ log: run.view.visible.join('\n') }, [SECRET])).toEqual([])
  })
})

describe("terraform's own error output", () => {
  it('a source line quoted by a terraform init error cannot forge a command', async () => {
    writeModule(join(root, 'broken'), BROKEN)
    const run = await runStep({
      workspace: root,
      inputs: { mode: 'plan', working_directory: 'broken', environment: 'staging', comment: 'off' }
    })
    expect(run.exitCode).toBe(1)
    expect(errorText(run)).toMatch(/init/)
    expect(describeCommands(foreignCommands(run.view, [CANARY]))).toEqual([])
  })
})

describe('inputs that reach the log', () => {
  const hostileEnvironments = [
    'staging\n::stop-commands::PWNEDtoken',
    'staging\r::error::PWNED-cr',
    'staging ##[error]PWNED-legacy',
    'staging\u2028::error::PWNED-line-separator'
  ]
  let runs: Map<string, Promise<AttackRun>>
  beforeAll(() => {
    runs = inParallel(hostileEnvironments, environment =>
      runStep({ workspace: root, inputs: { mode: 'safety-gate', plan_json: inject.planJson, environment } })
    )
  })

  it.each(hostileEnvironments)(
    'environment input %j is an input error, and nothing leaks',
    async environment => {
      const run = await runs.get(environment)!
      expect(run.exitCode).toBe(1)
      expect(run.outputs.allowed).toBe('false')
      expect(errorText(run)).toMatch(/environment/)
      expect(describeCommands(foreignCommands(run.view, [CANARY]))).toEqual([])
      expect(leaks({ log: run.view.visible.join('\n') }, [SECRET])).toEqual([])
    }
  )

  it('a workflow_dispatch environment with a line break is an input error', async () => {
    const run = await runStep({
      workspace: root,
      inputs: { mode: 'safety-gate', plan_json: inject.planJson },
      event: {
        name: 'workflow_dispatch',
        ref: 'refs/heads/main',
        payload: { inputs: { environment: 'staging\n::stop-commands::PWNEDdispatch' } }
      }
    })
    expect(run.exitCode).toBe(1)
    expect(run.outputs.allowed).toBe('false')
    expect(errorText(run)).toMatch(/environment/)
    expect(describeCommands(foreignCommands(run.view, [CANARY]))).toEqual([])
    expect(leaks({ log: run.view.visible.join('\n') }, [SECRET])).toEqual([])
  })
})

describe('post-deploy: terraform output values reach the log', () => {
  it('a url_from_output value cannot forge a legacy command', async () => {
    const run = await runStep({
      workspace: root,
      inputs: {
        mode: 'post-deploy',
        working_directory: 'outputs',
        environment: 'staging',
        health_checks: '- name: web\n  url_from_output: health_url\n  retries: 0\n  timeout_seconds: 2'
      }
    })
    expect(run.exitCode).toBe(1)
    expect(run.outputs.healthy).toBe('false')
    expect(describeCommands(foreignCommands(run.view, [CANARY]))).toEqual([])
  })

  it('an output value in a failed assertion cannot forge a legacy command', async () => {
    const run = await runStep({
      workspace: root,
      inputs: {
        mode: 'post-deploy',
        working_directory: 'outputs',
        environment: 'staging',
        output_assertions: 'banner: welcome'
      }
    })
    expect(run.exitCode).toBe(1)
    expect(describeCommands(foreignCommands(run.view, [CANARY]))).toEqual([])
  })
})
