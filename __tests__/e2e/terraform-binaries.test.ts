/**
 * End to end with the real terraform binary behind the shapes users install it in: a binary plan
 * (`plan_file`), OpenTofu's `tofu` name, and hashicorp/setup-terraform's wrapper, whose extra stdout
 * lines would corrupt `show -json` if the action called it.
 */
import { beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { chmodSync, cpSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { REPO_ROOT, runAction, terraformEnv } from '../helpers/run-action.js'

const realTerraform = execFileSync('sh', ['-c', 'command -v terraform']).toString().trim()

/** A copy of the demo module with yesterday's state applied, and a binary plan of today's change. */
function preparedModule(): { dir: string; planFile: string } {
  const dir = mkdtempSync(join(tmpdir(), 'infra-guard-bin-'))
  cpSync(join(REPO_ROOT, 'examples', 'demo'), dir, { recursive: true })
  const env = { ...process.env, ...terraformEnv(dir) }
  const tf = (...args: string[]) => execFileSync('terraform', args, { cwd: dir, env, stdio: 'pipe' })
  tf('init', '-input=false')
  tf(
    'apply',
    '-input=false',
    '-auto-approve',
    '-var=replicas=["blue","green","canary"]',
    '-var=schema_version=1'
  )
  tf('plan', '-input=false', '-out=today.tfplan')
  return { dir, planFile: join(dir, 'today.tfplan') }
}

/** A folder with an executable script. */
function scriptDir(name: string, body: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'infra-guard-shim-'))
  writeFileSync(join(dir, name), `#!/bin/sh\n${body}\n`)
  chmodSync(join(dir, name), 0o755)
  return dir
}

describe('terraform as users install it', () => {
  let module: { dir: string; planFile: string }
  beforeAll(() => {
    module = preparedModule()
  }, 120_000)

  it('plan_file: runs show -json on the binary plan and gates it', async () => {
    const plan = await runAction({
      inputs: { mode: 'plan', working_directory: module.dir, plan_file: module.planFile }
    })
    expect(plan.exitCode).toBe(0)
    expect([
      plan.outputs.resources_to_add,
      plan.outputs.resources_to_change,
      plan.outputs.resources_to_destroy
    ]).toEqual(['1', '1', '2'])
    const gate = await runAction({
      inputs: {
        mode: 'safety-gate',
        working_directory: module.dir,
        plan_file: module.planFile,
        environment: 'prod'
      }
    })
    expect(gate.exitCode).toBe(1)
    expect(gate.outputs.allowed).toBe('false')
  })

  it("terraform_binary: tofu runs whatever 'tofu' is on PATH", async () => {
    const calls = join(mkdtempSync(join(tmpdir(), 'infra-guard-calls-')), 'calls.log')
    const bin = scriptDir('tofu', `echo "$@" >> '${calls}'\nexec '${realTerraform}' "$@"`)
    const run = await runAction({
      inputs: { mode: 'plan', working_directory: module.dir, terraform_binary: 'tofu', environment: 'dev' },
      env: { PATH: `${bin}:${process.env.PATH}` }
    })
    expect(run.exitCode).toBe(0)
    expect(run.outputs.resources_to_destroy).toBe('2')
    const log = readFileSync(calls, 'utf8')
    expect(log).toMatch(/^init /m)
    expect(log).toMatch(/^plan /m)
    expect(log).toMatch(/^show -json/m)
  })

  it("setup-terraform's wrapper: the action calls terraform-bin from TERRAFORM_CLI_PATH, not the noisy wrapper", async () => {
    const wrapperDir = scriptDir(
      'terraform',
      `echo "[command]$0 $*"\n'${realTerraform}' "$@"\nstatus=$?\necho "::debug::exitcode: $status"\nexit $status`
    )
    const realDir = mkdtempSync(join(tmpdir(), 'infra-guard-real-'))
    mkdirSync(realDir, { recursive: true })
    symlinkSync(realTerraform, join(realDir, 'terraform-bin'))
    const run = await runAction({
      inputs: { mode: 'plan', working_directory: module.dir, plan_file: module.planFile },
      env: { PATH: `${wrapperDir}:${process.env.PATH}`, TERRAFORM_CLI_PATH: realDir }
    })
    expect(run.exitCode).toBe(0)
    expect(run.outputs.resources_to_destroy).toBe('2')
    expect(run.stdout).toContain(`Plan JSON from plan_file (${join(realDir, 'terraform-bin')})`)
  })

  it('a terraform error surfaces with terraform’s own message and fails the step', async () => {
    const broken = mkdtempSync(join(tmpdir(), 'infra-guard-broken-'))
    writeFileSync(join(broken, 'main.tf'), 'resource "terraform_data" "x" {\n  input = var.missing\n}\n')
    const run = await runAction({ inputs: { mode: 'plan', working_directory: broken } })
    expect(run.exitCode).toBe(1)
    expect(run.stdout).toMatch(/::error::.*Reference to undeclared input variable/)
  })
})
