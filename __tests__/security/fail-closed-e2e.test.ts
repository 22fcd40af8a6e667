/**
 * The gate fails closed end to end (`node index.js`): an unknown action verb, terraform exiting
 * 1 on a syntax error, terraform missing from PATH, and the setup-terraform wrapper's extra lines
 * around real JSON (TERRAFORM_CLI_PATH unset). Each run ends on its own within the time limit given
 * to it (a killed run has exit code -1), says clearly what went wrong, and sets allowed=false.
 */
import { afterAll, describe, expect, it } from '@jest/globals'
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { REPO_ROOT, runAction, type ActionRun } from '../helpers/run-action.js'

const PLANS = join(REPO_ROOT, '__fixtures__', 'plans')
const scratch = mkdtempSync(join(tmpdir(), 'infra-guard-fail-closed-'))
afterAll(() => rmSync(scratch, { recursive: true, force: true }))

/** A run must end by itself well before the harness would kill it. */
const LIMIT_MS = 90_000

/** The message the step failed with (the `::error::` line). */
function errorText(run: ActionRun): string {
  return run.stdout
    .split('\n')
    .filter(line => line.startsWith('::error'))
    .join('\n')
    .replace(/%0A/g, '\n')
    .replace(/%0D/g, '\r')
    .replace(/%25/g, '%')
}

function expectDenied(run: ActionRun): void {
  expect(run.exitCode).not.toBe(-1)
  expect(run.exitCode).toBe(1)
  expect(run.outputs.allowed).toBe('false')
}

/** A folder with a root module and a dummy binary plan file (the binary never gets that far). */
function moduleDir(name: string, mainTf: string): { dir: string; planFile: string } {
  const dir = join(scratch, name)
  mkdirSync(dir, { recursive: true })
  writeFileSync(join(dir, 'main.tf'), mainTf)
  const planFile = join(dir, 'tfplan')
  writeFileSync(planFile, 'PK\u0003\u0004 not really a plan')
  return { dir, planFile }
}

describe('fail closed end to end', () => {
  it('an unknown action verb (a future Terraform) denies and names the verb', async () => {
    const document = JSON.parse(readFileSync(join(PLANS, 'create-only.json'), 'utf8'))
    document.resource_changes[0].change.actions = ['create', 'archive']
    const path = join(scratch, 'future-verb.json')
    writeFileSync(path, JSON.stringify(document))
    const run = await runAction({
      inputs: { mode: 'safety-gate', plan_json: path, environment: 'dev' },
      timeoutMs: LIMIT_MS
    })
    expectDenied(run)
    expect(errorText(run)).toContain("'archive'")
    expect(errorText(run)).toContain(document.resource_changes[0].address)
    const reasons = JSON.parse(run.outputs.gate_reasons) as {
      rule: string
      severity: string
      message: string
    }[]
    expect(reasons.find(reason => reason.severity === 'deny')?.message).toContain('archive')
  }, 120_000)

  it('terraform exits 1 on a syntax error: plan mode fails with terraform’s own message', async () => {
    const { dir } = moduleDir('syntax-plan', 'resource "terraform_data" "broken" {\n  input = \n')
    const run = await runAction({
      inputs: { mode: 'plan', working_directory: dir, environment: 'dev' },
      timeoutMs: LIMIT_MS
    })
    expect(run.exitCode).toBe(1)
    expect(errorText(run)).toMatch(/terraform|tofu/i)
    expect(errorText(run)).toMatch(/error|invalid|expression|argument/i)
  }, 120_000)

  it('terraform exits 1 on a syntax error: the gate (plan_file) denies with terraform’s message', async () => {
    const { dir, planFile } = moduleDir('syntax-gate', 'resource "terraform_data" "broken" {\n  input = \n')
    const run = await runAction({
      inputs: { mode: 'safety-gate', working_directory: dir, plan_file: planFile, environment: 'prod' },
      timeoutMs: LIMIT_MS
    })
    expectDenied(run)
    expect(errorText(run)).toMatch(/terraform/i)
  }, 120_000)

  it('terraform_binary not on PATH: the gate denies and names the binary', async () => {
    const { dir, planFile } = moduleDir('missing-binary', 'resource "terraform_data" "a" {}\n')
    const run = await runAction({
      inputs: {
        mode: 'safety-gate',
        working_directory: dir,
        plan_file: planFile,
        terraform_binary: 'infra-guard-no-such-terraform',
        environment: 'prod'
      },
      timeoutMs: LIMIT_MS
    })
    expectDenied(run)
    expect(errorText(run)).toContain('infra-guard-no-such-terraform')
  }, 120_000)

  it('the setup-terraform wrapper’s [command] lines around real JSON (TERRAFORM_CLI_PATH unset): denied with the wrapper hint', async () => {
    const { dir, planFile } = moduleDir('wrapper', 'resource "terraform_data" "a" {}\n')
    const bin = join(scratch, 'wrapper-bin')
    mkdirSync(bin, { recursive: true })
    // What the wrapper prints to stdout around terraform's own output.
    writeFileSync(
      join(bin, 'terraform'),
      [
        '#!/bin/sh',
        'echo "[command]/opt/hostedtoolcache/terraform/1.11.4/x64/terraform-bin $*"',
        `if [ "$1" = "show" ]; then cat '${join(PLANS, 'delete.json')}'; echo; fi`,
        'echo "::debug::Terraform exited with code 0."',
        'echo "::debug::stdout: (elided)"',
        'exit 0',
        ''
      ].join('\n')
    )
    chmodSync(join(bin, 'terraform'), 0o755)
    const run = await runAction({
      inputs: {
        mode: 'safety-gate',
        working_directory: dir,
        plan_file: planFile,
        environment: 'prod',
        force_recreate: 'true'
      },
      env: { PATH: `${bin}:${process.env.PATH}`, TERRAFORM_CLI_PATH: '' },
      timeoutMs: LIMIT_MS
    })
    expectDenied(run)
    expect(errorText(run)).toMatch(/wrapper/i)
    expect(errorText(run)).toMatch(/terraform_wrapper: false|terraform-bin/)
  }, 120_000)
})
