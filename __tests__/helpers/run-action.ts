/**
 * Runs the bundled action the way the GitHub runner does: `node index.js` with INPUT_* variables and
 * real GITHUB_OUTPUT / GITHUB_STEP_SUMMARY files created before the run. The bundle is the one jest's
 * global setup made from the current sources (.test-dist/), or the one INFRA_GUARD_TEST_BUNDLE names.
 */
import { spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { parse } from 'yaml'

export const REPO_ROOT = resolve(import.meta.dirname, '..', '..')
/** The bundle under test: a fresh build of src/ (__tests__/helpers/bundle-setup.mjs), never the committed dist/. */
export const BUNDLE_ENTRY = process.env.INFRA_GUARD_TEST_BUNDLE || join(REPO_ROOT, '.test-dist', 'index.js')

export interface ActionRun {
  exitCode: number
  stdout: string
  stderr: string
  /** Parsed from the GITHUB_OUTPUT file (heredoc format written by @actions/core). */
  outputs: Record<string, string>
  summary: string
  tempDir: string
}

export interface RunActionOptions {
  /** Inputs by their action.yml names (snake_case); turned into INPUT_<NAME> variables over action.yml's defaults. */
  inputs: Record<string, string>
  /** Extra environment (GITHUB_*, ACTIONS_*); the parent environment's INPUT_* and GITHUB_* are dropped. */
  env?: Record<string, string>
  cwd?: string
  /** Kill the action after this many milliseconds (the test then fails on exitCode). */
  timeoutMs?: number
  /** Run a different entry (e.g. node with a preload): [command, ...argsBefore]. */
  command?: string[]
}

/**
 * INPUT_* as the runner sets them before inputs given in `with:`: one for every input action.yml gives
 * a default, holding that default. Defaults that are expressions (`${{ github.token }}`) are left out:
 * the runner evaluates them against the run's context, which a test run does not have.
 */
export function actionDefaults(): Record<string, string> {
  const action = parse(readFileSync(join(REPO_ROOT, 'action.yml'), 'utf8')) as {
    inputs: Record<string, { default?: string }>
  }
  const env: Record<string, string> = {}
  for (const [name, spec] of Object.entries(action.inputs)) {
    if (spec.default === undefined || String(spec.default).includes('${{')) continue
    env[`INPUT_${name.toUpperCase()}`] = String(spec.default)
  }
  return env
}

/** An empty terraform CLI config, so terraform stays quiet about a missing ~/.terraformrc. */
export function terraformEnv(dir: string): Record<string, string> {
  const config = join(dir, 'empty.tfrc')
  writeFileSync(config, '')
  return { CHECKPOINT_DISABLE: '1', TF_CLI_CONFIG_FILE: config, TF_IN_AUTOMATION: '1' }
}

/** Spawns `node <bundle>/index.js` and collects exit code, outputs and the job summary. */
export async function runAction(options: RunActionOptions): Promise<ActionRun> {
  const tempDir = mkdtempSync(join(tmpdir(), 'infra-guard-run-'))
  const outputFile = join(tempDir, 'github_output')
  const summaryFile = join(tempDir, 'step_summary')
  writeFileSync(outputFile, '')
  writeFileSync(summaryFile, '')
  const env: Record<string, string> = {}
  for (const [key, value] of Object.entries(process.env)) {
    if (
      value === undefined ||
      key.startsWith('INPUT_') ||
      key.startsWith('GITHUB_') ||
      key.startsWith('ACTIONS_')
    )
      continue
    if (key === 'NODE_OPTIONS') continue
    env[key] = value
  }
  Object.assign(env, terraformEnv(tempDir), actionDefaults(), {
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    RUNNER_TEMP: tempDir
  })
  for (const [name, value] of Object.entries(options.inputs)) env[`INPUT_${name.toUpperCase()}`] = value
  Object.assign(env, options.env ?? {})
  const [command, ...prefix] = options.command ?? [process.execPath]
  const child = spawn(command, [...prefix, BUNDLE_ENTRY], { cwd: options.cwd ?? tempDir, env })
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', chunk => (stdout += chunk))
  child.stderr.on('data', chunk => (stderr += chunk))
  const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 120_000)
  const exitCode: number = await new Promise(done => child.on('close', code => done(code ?? -1)))
  clearTimeout(timer)
  return {
    exitCode,
    stdout,
    stderr,
    outputs: parseOutputFile(readFileSync(outputFile, 'utf8')),
    summary: readFileSync(summaryFile, 'utf8'),
    tempDir
  }
}

/** Parses the `name<<delimiter\nvalue\ndelimiter` blocks @actions/core writes. */
export function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {}
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const header = /^([^<=]+)<<(.+)$/.exec(lines[i])
    if (header) {
      const [, name, delimiter] = header
      const value: string[] = []
      for (i++; i < lines.length && lines[i] !== delimiter; i++) value.push(lines[i])
      outputs[name] = value.join('\n')
      continue
    }
    const simple = /^([^=]+)=(.*)$/.exec(lines[i])
    if (simple) outputs[simple[1]] = simple[2]
  }
  return outputs
}
