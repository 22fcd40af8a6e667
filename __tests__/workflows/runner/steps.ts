/**
 * Runs one step: a `run:` script in bash (or sh), or a JavaScript action (infra-guard through its
 * bundle, or a stand-in) with INPUT_* variables. Each step gets fresh GITHUB_OUTPUT, GITHUB_ENV,
 * GITHUB_PATH and GITHUB_STEP_SUMMARY files, read back when it ends, as the runner does.
 */
import { randomUUID } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { resolveAction, REPO_ROOT, type JavaScriptAction } from './actions.js'
import { CommandProcessor, parseEnvironmentFile, parsePathFile } from './commands.js'
import { evaluateExpression, type Scope } from './expressions.js'
import { runStepProcess } from './processes.js'
import { machineEnv, type RunContext } from './run-context.js'

/** What a job leg keeps between its steps. */
export interface JobState {
  ctx: RunContext
  /** The job's id (GITHUB_JOB). */
  jobId: string
  workspace: string
  temp: string
  toolCache: string
  /** Workflow and job `env:`, evaluated. */
  env: Record<string, string>
  /** Variables steps exported through GITHUB_ENV. */
  exported: Record<string, string>
  /** Folders steps added through GITHUB_PATH, newest first. */
  path: string[]
  masks: Set<string>
  /** ACTIONS_RUNTIME_TOKEN / ACTIONS_RESULTS_URL for this job. */
  runtimeEnv: Record<string, string>
  /** GITHUB_* values of the run. */
  githubEnv: Record<string, string>
  defaults: { shell?: string; workingDirectory?: string }
}

/** A step ready to run: everything evaluated. */
export interface PreparedStep {
  id: string
  where: string
  env: Record<string, string>
  timeoutMs: number
  run?: { script: string; shell?: string; workingDirectory?: string }
  uses?: { name: string; with: Record<string, string> }
}

export interface StepExecution {
  exitCode: number
  outputs: Record<string, string>
  summary: string
  commands: CommandProcessor
  error?: string
}

/** The `env` context a step's expressions see (before its own env:). */
export function envContext(job: JobState): Record<string, string> {
  return { ...job.env, ...job.exported }
}

/** Runs a prepared step and applies its file commands to the job. */
export async function executeStep(job: JobState, step: PreparedStep, scope: Scope): Promise<StepExecution> {
  const commands = new CommandProcessor(job.masks)
  const files = join(job.temp, '_runner_file_commands', randomUUID())
  mkdirSync(files, { recursive: true })
  const fileOf = (name: string) => {
    const path = join(files, name)
    writeFileSync(path, '')
    return path
  }
  const commandFiles = {
    GITHUB_OUTPUT: fileOf('set_output'),
    GITHUB_ENV: fileOf('set_env'),
    GITHUB_PATH: fileOf('add_path'),
    GITHUB_STATE: fileOf('save_state'),
    GITHUB_STEP_SUMMARY: fileOf('step_summary')
  }
  const env: Record<string, string> = {
    ...machineEnv(job.ctx),
    ...job.env,
    ...job.exported,
    ...step.env,
    ...job.githubEnv,
    ...commandFiles,
    GITHUB_ACTION: step.id,
    GITHUB_JOB: job.jobId,
    GITHUB_WORKSPACE: job.workspace,
    RUNNER_TEMP: job.temp,
    RUNNER_TOOL_CACHE: job.toolCache
  }
  env.PATH = [...job.path, env.PATH].filter(Boolean).join(':')
  let result: { exitCode: number; timedOut: boolean; spawnError?: string }
  try {
    result = step.run
      ? await runScript(job, step, env, commands)
      : await runAction(job, step, env, scope, commands)
  } catch (error) {
    return {
      exitCode: -1,
      outputs: {},
      summary: '',
      commands,
      error: error instanceof Error ? error.message : String(error)
    }
  }
  let error: string | undefined
  if (result.timedOut) error = `${step.where}: the step was stopped after ${step.timeoutMs / 1000} s`
  else if (result.spawnError) error = `${step.where}: could not start: ${result.spawnError}`
  let outputs: Record<string, string> = {}
  try {
    outputs = parseEnvironmentFile(readFileSync(commandFiles.GITHUB_OUTPUT, 'utf8'), 'GITHUB_OUTPUT')
    const exported = parseEnvironmentFile(readFileSync(commandFiles.GITHUB_ENV, 'utf8'), 'GITHUB_ENV')
    for (const [key, value] of Object.entries(exported)) {
      // The runner refuses to let a step change these for later steps.
      if (key === 'NODE_OPTIONS' || /^(GITHUB|RUNNER)_/.test(key)) continue
      job.exported[key] = value
    }
    job.path.unshift(...parsePathFile(readFileSync(commandFiles.GITHUB_PATH, 'utf8')).reverse())
  } catch (failure) {
    error ??= `${step.where}: ${failure instanceof Error ? failure.message : String(failure)}`
  }
  const summary = readFileSync(commandFiles.GITHUB_STEP_SUMMARY, 'utf8')
  return { exitCode: error ? result.exitCode || 1 : result.exitCode, outputs, summary, commands, error }
}

const SHELLS: Record<string, string[]> = {
  // No shell given: bash -e, as the runner does on Linux; `shell: bash` adds pipefail and skips profiles.
  '': ['bash', '-e'],
  bash: ['bash', '--noprofile', '--norc', '-eo', 'pipefail'],
  sh: ['sh', '-e']
}

async function runScript(
  job: JobState,
  step: PreparedStep,
  env: Record<string, string>,
  commands: CommandProcessor
): Promise<{ exitCode: number; timedOut: boolean; spawnError?: string }> {
  const run = step.run!
  const shellName = run.shell ?? job.defaults.shell ?? ''
  const shell = SHELLS[shellName]
  if (!shell) {
    throw new Error(`${step.where}: shell '${shellName}' is not supported by the local runner (bash, sh)`)
  }
  const cwd = workingDirectory(job, run.workingDirectory ?? job.defaults.workingDirectory, step.where)
  const script = join(job.temp, `${randomUUID()}.sh`)
  writeFileSync(script, run.script)
  return runStepProcess(
    { command: shell[0], args: [...shell.slice(1), script], cwd, env, timeoutMs: step.timeoutMs },
    commands
  )
}

function workingDirectory(job: JobState, given: string | undefined, where: string): string {
  const cwd = given ? resolve(job.workspace, given) : job.workspace
  if (!existsSync(cwd) || !statSync(cwd).isDirectory()) {
    throw new Error(`${where}: working-directory '${given}' does not exist in the workspace`)
  }
  return cwd
}

async function runAction(
  job: JobState,
  step: PreparedStep,
  env: Record<string, string>,
  scope: Scope,
  commands: CommandProcessor
): Promise<{ exitCode: number; timedOut: boolean; spawnError?: string }> {
  const { options } = job.ctx
  const action = resolveAction(step.uses!.name, step.where, options.actionAliases)
  const given = step.uses!.with
  const unknown = Object.keys(given).filter(name => !Object.hasOwn(action.inputs, name))
  if (unknown.length > 0) {
    throw new Error(
      `${step.where}: unexpected input(s) ${unknown.map(name => `'${name}'`).join(', ')} for ${action.uses}; ` +
        `valid inputs are ${Object.keys(action.inputs).join(', ')}`
    )
  }
  for (const [name, input] of Object.entries(action.inputs)) {
    const value = given[name] ?? (input.default === undefined ? undefined : interpolate(input.default, scope))
    if (value !== undefined) env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value
  }
  Object.assign(env, job.runtimeEnv, actionEnv(job, action))
  const cwd = options.startActionsOutsideWorkspace ? job.temp : job.workspace
  return runStepProcess(
    { command: options.node ?? process.execPath, args: [action.main], cwd, env, timeoutMs: step.timeoutMs },
    commands
  )
}

function actionEnv(job: JobState, action: JavaScriptAction): Record<string, string> {
  const env: Record<string, string> = {
    GITHUB_ACTION_PATH: action.dir,
    GITHUB_ACTION_REPOSITORY: action.standIn ? action.uses.split('@')[0] : '',
    GITHUB_ACTION_REF: action.standIn ? action.uses.split('@')[1] : ''
  }
  if (action.standIn) {
    // Only the stand-ins learn where the fixture repository is (actions/checkout clones it).
    env.STAND_IN_REPOSITORY_DIR = job.ctx.options.repository.dir
    env.STAND_IN_REPO_ROOT = REPO_ROOT
  } else if (job.ctx.options.actionNodeOptions) {
    env.NODE_OPTIONS = job.ctx.options.actionNodeOptions
  }
  return env
}

/** Evaluates the `${{ }}` parts of a plain string (action.yml input defaults such as `${{ github.token }}`). */
export function interpolate(text: string, scope: Scope): string {
  return text.replace(/\$\{\{(.*?)\}\}/gs, (_, expression: string) =>
    evaluateExpression(expression.trim(), scope).coerceString()
  )
}
