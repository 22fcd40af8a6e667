/**
 * Runs one job (one matrix leg) of a workflow: approval for its environment, its `env:` and
 * `defaults`, every step in order with its `if:` (success()/failure()/always() against the job's
 * status so far), `continue-on-error`, `steps.<id>.outputs/outcome/conclusion`, then the job's
 * `outputs:`.
 */
import { randomUUID } from 'node:crypto'
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { isBoolean, isString } from '@actions/workflow-parser'
import type { TemplateToken } from '@actions/workflow-parser/templates/tokens/template-token'
import type { Job } from '@actions/workflow-parser/model/workflow-template'
import type { MappingToken } from '@actions/workflow-parser/templates/tokens/mapping-token'
import {
  evaluateCondition,
  evaluateString,
  evaluateStringMap,
  evaluateToken,
  type Scope
} from './expressions.js'
import { field, literal, rawStep } from './load-workflow.js'
import type { RunContext } from './run-context.js'
import { envContext, executeStep, type JobState, type PreparedStep } from './steps.js'
import type { JobRun, Result, StepRun } from './types.js'

/** A job leg to run: its definitions and the contexts known before it starts. */
export interface JobLeg {
  ctx: RunContext
  job: Job
  raw: MappingToken
  key: string
  workflowPath: string
  /** github, needs, strategy, matrix, inputs, vars, secrets. */
  contexts: Record<string, unknown>
  /** The workflow's `env:` evaluated (called workflows do not inherit their caller's). */
  workflowEnv: Record<string, string>
  workflowDefaults?: TemplateToken
  githubEnv: Record<string, string>
  environment?: string
  concurrency?: string
}

const DEFAULT_STEP_TIMEOUT_MS = 5 * 60_000

/** Runs the leg's steps; the JobRun is pushed to the run before the first step. */
export async function runJobLeg(leg: JobLeg): Promise<JobRun> {
  const { ctx } = leg
  const run: JobRun = {
    key: leg.key,
    id: leg.job.id.value,
    workflow: leg.workflowPath,
    matrix: leg.contexts.matrix as JobRun['matrix'],
    environment: leg.environment,
    concurrency: leg.concurrency,
    result: 'success',
    outputs: {},
    steps: [],
    summary: '',
    annotations: []
  }
  ctx.jobs.push(run)
  ctx.timeline.push({ kind: 'job-started', job: run.key })
  try {
    if (leg.environment && !(await approve(leg, run))) return finish(ctx, run, 'failure')
    const job = prepareJob(leg, run)
    let status: 'success' | 'failure' = 'success'
    const steps: Record<string, { outputs: Record<string, string>; outcome: Result; conclusion: Result }> = {}
    const scopeFor = (extra: Record<string, unknown> = {}): Scope => ({
      contexts: {
        ...leg.contexts,
        env: envContext(job),
        steps,
        job: { status },
        runner: runnerContext(job),
        ...extra
      },
      status: {
        success: () => status === 'success',
        failure: () => status === 'failure',
        cancelled: () => false
      }
    })
    for (const [index, step] of leg.job.steps.entries()) {
      const raw = rawStep(leg.raw, index)
      const record = await runStep(job, step, raw, index, scopeFor)
      run.steps.push(record)
      run.annotations.push(...record.annotations)
      run.summary += record.summary
      if (!step.id.startsWith('__')) {
        steps[step.id] = { outputs: record.outputs, outcome: record.outcome, conclusion: record.conclusion }
      }
      if (record.conclusion === 'failure') status = 'failure'
      ctx.timeline.push({
        kind: 'step-finished',
        job: run.key,
        detail: `${record.name}: ${record.conclusion}`
      })
    }
    run.result = status
    if (leg.job.outputs) {
      try {
        run.outputs = evaluateStringMap(leg.job.outputs, scopeFor(), `job '${run.key}' outputs`)
      } catch (error) {
        run.error = String(error instanceof Error ? error.message : error)
        run.result = 'failure'
      }
    }
    return finish(ctx, run, run.result)
  } catch (error) {
    run.error = error instanceof Error ? error.message : String(error)
    run.annotations.push({ level: 'error', message: run.error, properties: {} })
    return finish(ctx, run, 'failure')
  }
}

function finish(ctx: RunContext, run: JobRun, result: Result): JobRun {
  run.result = result
  ctx.timeline.push({ kind: 'job-finished', job: run.key, detail: result })
  return run
}

async function approve(leg: JobLeg, run: JobRun): Promise<boolean> {
  const { ctx } = leg
  ctx.timeline.push({ kind: 'approval-requested', job: run.key, detail: leg.environment })
  const finishedJobs = ctx.timeline.filter(event => event.kind === 'job-finished').map(event => event.job)
  const approved =
    (await ctx.options.approve?.({ job: run.key, environment: leg.environment!, finishedJobs })) ?? true
  if (!approved) {
    run.error = `The deployment to environment '${leg.environment}' was rejected by a reviewer.`
    run.annotations.push({ level: 'error', message: run.error, properties: {} })
  }
  return approved
}

function prepareJob(leg: JobLeg, run: JobRun): JobState {
  const { ctx } = leg
  const dir = join(ctx.dir, 'jobs', String(++ctx.nextJob))
  const workspace = join(dir, 'work', ctx.options.repository.name, ctx.options.repository.name)
  const temp = join(dir, 'temp')
  const toolCache = join(dir, 'tool-cache')
  for (const folder of [workspace, temp, toolCache]) mkdirSync(folder, { recursive: true })
  run.workspace = workspace
  const state: JobState = {
    ctx,
    jobId: leg.job.id.value,
    workspace,
    temp,
    toolCache,
    env: {},
    exported: {},
    path: [],
    masks: new Set(
      [ctx.token, ...Object.values((leg.contexts.secrets as Record<string, string>) ?? {})].filter(Boolean)
    ),
    runtimeEnv: ctx.options.artifacts?.envFor({ runId: ctx.backendRunId, jobId: randomUUID() }) ?? {},
    githubEnv: { ...leg.githubEnv, GITHUB_JOB: leg.job.id.value, GITHUB_WORKSPACE: workspace },
    defaults: {}
  }
  const scope: Scope = { contexts: { ...leg.contexts, runner: runnerContext(state) } }
  const github = { ...(leg.contexts.github as Record<string, unknown>), workspace, job: leg.job.id.value }
  leg.contexts.github = github
  state.env = { ...leg.workflowEnv }
  Object.assign(
    state.env,
    evaluateStringMap(leg.job.env, { contexts: { ...scope.contexts, github, env: state.env } }, 'job env')
  )
  for (const defaults of [leg.workflowDefaults, field(leg.raw, 'defaults')]) {
    const runDefaults = field(defaults, 'run')
    const shell = literal(field(runDefaults, 'shell'))
    const directory = field(runDefaults, 'working-directory')
    if (shell) state.defaults.shell = shell
    if (directory)
      state.defaults.workingDirectory = evaluateString(directory, scope, 'defaults.run.working-directory')
  }
  return state
}

function runnerContext(job: JobState): Record<string, string> {
  return {
    os: 'Linux',
    arch: 'X64',
    name: 'local-runner',
    environment: 'self-hosted',
    temp: job.temp,
    tool_cache: job.toolCache
  }
}

type StepDefinition = Job['steps'][number]

async function runStep(
  job: JobState,
  step: StepDefinition,
  raw: MappingToken,
  index: number,
  scopeFor: (extra?: Record<string, unknown>) => Scope
): Promise<StepRun> {
  const baseScope = scopeFor()
  const name = stepName(step, raw, index, baseScope)
  const where = `step '${name}' (${index + 1}) of job '${job.jobId}'`
  const record: StepRun = {
    id: step.id,
    name,
    uses: 'uses' in step ? step.uses.value : undefined,
    outcome: 'skipped',
    conclusion: 'skipped',
    outputs: {},
    log: [],
    annotations: [],
    summary: ''
  }
  const fail = (message: string): StepRun => {
    record.error = message
    record.annotations.push({ level: 'error', message, properties: {} })
    record.outcome = 'failure'
    record.conclusion = continueOnError(step, baseScope) ? 'success' : 'failure'
    return record
  }
  if (!('run' in step) && !('uses' in step)) return fail(`${where}: only run: and uses: steps are supported`)
  try {
    if (!evaluateCondition(step.if.expression, baseScope)) return record
  } catch (error) {
    return fail(`${where}: if: ${error instanceof Error ? error.message : String(error)}`)
  }
  let prepared: PreparedStep
  try {
    prepared = prepareStep(job, step, raw, where, baseScope)
  } catch (error) {
    return fail(error instanceof Error ? error.message : String(error))
  }
  const scope = scopeFor({ env: { ...envContext(job), ...prepared.env } })
  const execution = await executeStep(job, prepared, scope)
  record.log = execution.commands.log
  record.annotations = execution.commands.annotations
  record.outputs = execution.outputs
  record.summary = execution.summary
  record.exitCode = execution.exitCode
  if (execution.error) return fail(execution.error)
  if (execution.exitCode !== 0) {
    record.annotations.push({
      level: 'error',
      message: `Process completed with exit code ${execution.exitCode}.`,
      properties: {}
    })
  }
  record.outcome = execution.exitCode === 0 ? 'success' : 'failure'
  record.conclusion =
    record.outcome === 'failure' && continueOnError(step, baseScope) ? 'success' : record.outcome
  return record
}

function prepareStep(
  job: JobState,
  step: StepDefinition,
  raw: MappingToken,
  where: string,
  scope: Scope
): PreparedStep {
  const env = evaluateStringMap('env' in step ? step.env : undefined, scope, `${where} env`)
  const stepScope: Scope = { ...scope, contexts: { ...scope.contexts, env: { ...envContext(job), ...env } } }
  const minutes = field(raw, 'timeout-minutes')
  const timeoutMs = minutes
    ? Number(evaluateToken(minutes, stepScope)) * 60_000
    : (job.ctx.options.stepTimeoutMs ?? DEFAULT_STEP_TIMEOUT_MS)
  const prepared: PreparedStep = { id: step.id, where, env, timeoutMs }
  if ('run' in step) {
    const directory = field(raw, 'working-directory')
    prepared.run = {
      script: evaluateString(step.run, stepScope, `${where} run`),
      shell: literal(field(raw, 'shell')),
      workingDirectory: directory
        ? evaluateString(directory, stepScope, `${where} working-directory`)
        : undefined
    }
  } else if ('uses' in step) {
    prepared.uses = {
      name: step.uses.value,
      with: evaluateStringMap(field(raw, 'with'), stepScope, `${where} with`)
    }
  }
  return prepared
}

function continueOnError(step: StepDefinition, scope: Scope): boolean {
  const value = step['continue-on-error']
  if (value === undefined) return false
  if (typeof value === 'boolean') return value
  if (isBoolean(value)) return value.value
  const evaluated = isString(value) ? value.value : evaluateToken(value, scope)
  return evaluated === true || evaluated === 'true'
}

function stepName(step: StepDefinition, raw: MappingToken, index: number, scope: Scope): string {
  if (step.name) {
    try {
      return evaluateString(step.name, scope, 'step name')
    } catch {
      return `step ${index + 1}`
    }
  }
  if ('run' in step) {
    const text = literal(field(raw, 'run')) ?? ''
    return `Run ${text.split('\n')[0]}`.trim()
  }
  if ('uses' in step) return `Run ${step.uses.value}`
  return `step ${index + 1}`
}
