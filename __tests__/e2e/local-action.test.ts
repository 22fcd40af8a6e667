/**
 * The action under GitHub's local runner, @github/local-action, started with the command line of
 * `npm run local-action` (only the .env file differs). local-action runs the action's TypeScript
 * entry with @actions/core replaced by its own stand-in, so the step's outputs and job summary come
 * through only when the action talks to the runner through @actions/core.
 * The test runs in `npm test`, and so in `bash .ci/run`: a safety-gate on a real plan, the same with
 * no policy file (action.yml's defaults must not read as a named file), and discover on a real git
 * repository with a pull request's event payload.
 */
import { describe, expect, it } from '@jest/globals'
import { spawn } from 'node:child_process'
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { REPO_ROOT } from '../helpers/run-action.js'
import { monorepoGit } from '../action/git-repo.js'

interface LocalRun {
  exitCode: number
  stdout: string
  outputs: Record<string, string>
  summary: string
}

/** The entry `npm run local-action` passes to local-action, and its arguments before the .env file. */
function localActionCommand(): { args: string[]; entry: string } {
  const pkg = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as {
    scripts: Record<string, string>
  }
  const script = pkg.scripts['local-action'] ?? ''
  const match = /^npx (@github\/local-action \. (\S+)) \.env$/.exec(script)
  if (!match) throw new Error(`package.json's local-action script has an unexpected form: '${script}'`)
  const entry = match[2]
  if (!existsSync(join(REPO_ROOT, entry)))
    throw new Error(`${entry} does not exist: this test needs the restructure of issue 12 (src/action/)`)
  return { args: match[1].split(' '), entry }
}

/** Writes `settings` as a .env file, runs local-action with it from the repository, reads outputs and summary. */
async function runLocalAction(workspace: string, settings: Record<string, string>): Promise<LocalRun> {
  const { args } = localActionCommand()
  const runner = mkdtempSync(join(tmpdir(), 'infra-guard-local-runner-'))
  const summaryFile = join(runner, 'step-summary.md')
  writeFileSync(summaryFile, '')
  mkdirSync(join(runner, 'tmp'), { recursive: true })
  const dotenv = {
    GITHUB_WORKSPACE: workspace,
    GITHUB_STEP_SUMMARY: summaryFile,
    RUNNER_TEMP: join(runner, 'tmp'),
    LOCAL_ACTION_WORKSPACE: workspace,
    GITHUB_REPOSITORY: 'acme/platform',
    GITHUB_EVENT_NAME: 'workflow_dispatch',
    GITHUB_REF: 'refs/heads/main',
    ...settings
  }
  const envFile = join(runner, 'local.env')
  writeFileSync(
    envFile,
    Object.entries(dotenv)
      .map(([key, value]) => `${key}=${JSON.stringify(value)}\n`)
      .join('')
  )
  // local-action layers the .env file over this environment: keep the test runner's own out of it.
  const env: Record<string, string> = {}
  for (const [key, value] of Object.entries(process.env)) {
    if (value === undefined || key === 'NODE_OPTIONS' || /^(INPUT|GITHUB|ACTIONS|RUNNER)_/.test(key)) continue
    env[key] = value
  }
  const child = spawn('npx', [...args, envFile], { cwd: REPO_ROOT, env })
  let stdout = ''
  child.stdout.on('data', chunk => (stdout += chunk))
  child.stderr.on('data', chunk => (stdout += chunk))
  const exitCode: number = await new Promise(done => child.on('close', code => done(code ?? -1)))
  // local-action's @actions/core writes outputs as ::set-output commands (and lists them at the end).
  const outputs: Record<string, string> = {}
  for (const [, name, value] of stdout.matchAll(/^::set-output name=([^:]+)::(.*)$/gm)) outputs[name] = value
  return { exitCode, stdout, outputs, summary: readFileSync(summaryFile, 'utf8') }
}

/** A workspace holding a real terraform plan that only creates, as plan.json. */
function workspaceWithPlan(): string {
  const workspace = mkdtempSync(join(tmpdir(), 'infra-guard-local-action-'))
  copyFileSync(join(REPO_ROOT, '__fixtures__', 'plans', 'create-only.json'), join(workspace, 'plan.json'))
  return workspace
}

describe('the action under @github/local-action (npm run local-action)', () => {
  // local-action runs the action with this repository as its working folder (the runner uses the
  // workspace), so file inputs are given as absolute paths.
  it('safety-gate: outputs and job summary come through @actions/core', async () => {
    const workspace = workspaceWithPlan()
    const policy = join(workspace, 'infra-guard.yml')
    writeFileSync(policy, 'version: 1\nenvironments:\n  dev:\n    aliases: [development]\n')
    const run = await runLocalAction(workspace, {
      INPUT_MODE: 'safety-gate',
      INPUT_PLAN_JSON: join(workspace, 'plan.json'),
      INPUT_CONFIG: policy,
      INPUT_ENVIRONMENT: 'development'
    })
    expect(run.stdout).not.toMatch(/^::error::/m)
    expect(run.outputs.allowed).toBe('true')
    expect(run.outputs.environment).toBe('dev')
    const reasons = JSON.parse(run.outputs.gate_reasons) as { severity: string }[]
    expect(reasons.length).toBeGreaterThan(0)
    expect(reasons.filter(reason => reason.severity === 'deny')).toEqual([])
    expect(run.stdout).toMatch(/Action Outputs[\s\S]*'allowed'[\s\S]*'true'/)
    expect(run.summary).toContain('Safety gate')
    expect(run.summary).toContain('<code>dev</code>')
  }, 180_000)

  // Like the runner, local-action hands the action every input that has a default in action.yml
  // (here INPUT_CONFIG=.github/infra-guard.yml): a default must not read as a named file.
  it('with no policy file anywhere: the built-in defaults, as for a new user', async () => {
    const workspace = workspaceWithPlan()
    const run = await runLocalAction(workspace, {
      INPUT_MODE: 'safety-gate',
      INPUT_PLAN_JSON: join(workspace, 'plan.json'),
      INPUT_ENVIRONMENT: 'dev'
    })
    expect(run.stdout).not.toMatch(/^::error::/m)
    expect(run.outputs.allowed).toBe('true')
    expect(run.stdout).toContain('built-in defaults')
  }, 180_000)

  // discover loads its HCL parser (WebAssembly) from src/ here, not from the bundle.
  it('discover: the affected root modules of a pull request, as outputs and a job summary', async () => {
    const repo = monorepoGit('infra-guard-local-action-discover-')
    const base = repo.git('rev-parse', 'HEAD')
    repo.write({ 'modules/network/variables.tf': 'variable "cidr" {\n  type = string\n}\n' })
    const head = repo.commit('change the shared network module')
    const event = join(mkdtempSync(join(tmpdir(), 'infra-guard-local-event-')), 'event.json')
    writeFileSync(
      event,
      JSON.stringify({ pull_request: { number: 7, base: { sha: base }, head: { sha: head } } })
    )
    const run = await runLocalAction(repo.dir, {
      INPUT_MODE: 'discover',
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: event
    })
    expect(run.stdout).not.toMatch(/^::error::/m)
    expect(JSON.parse(run.outputs.modules)).toEqual([
      { working_directory: 'environments/dev', environment: 'dev', slug: 'environments-dev' },
      { working_directory: 'environments/prod', environment: 'prod', slug: 'environments-prod' },
      { working_directory: 'environments/staging', environment: 'staging', slug: 'environments-staging' }
    ])
    expect(run.outputs.count).toBe('3')
    expect(JSON.parse(run.outputs.changed_files)).toEqual(['modules/network/variables.tf'])
    expect(run.summary).toContain('| `environments/prod` | `prod` |')
  }, 180_000)
})
