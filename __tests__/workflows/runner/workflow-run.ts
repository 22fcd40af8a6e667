/**
 * Runs a workflow the way GitHub would, on this machine: the event and its payload, then the jobs
 * in `needs:` order (one at a time, in file order among jobs that are ready), each job's `if:`
 * (success(), failure(), always() over every job it depends on, directly or not), matrix legs with
 * fail-fast, and `jobs.<id>.uses:` calls of local reusable workflows with their inputs, secrets and
 * outputs. See README.md in this folder for what is played and what is refused.
 */
import { rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { TemplateToken } from '@actions/workflow-parser/templates/tokens/template-token'
import type { Job, ReusableWorkflowJob, WorkflowJob } from '@actions/workflow-parser/model/workflow-template'
import { describeEvent, type EventFacts } from './events.js'
import {
  evaluateCondition,
  evaluateString,
  evaluateStringMap,
  evaluateToken,
  type Scope
} from './expressions.js'
import { runJobLeg } from './job.js'
import { field, loadWorkflow, rawJob, type LoadedWorkflow } from './load-workflow.js'
import { combinationLabel, expandMatrix, type Combination } from './matrix.js'
import { createRunContext, type RunContext, type RunOptions } from './run-context.js'
import { callInputs, callOutputs, callSecrets } from './reusable.js'
import { checkTrigger, dispatchInputs } from './triggers.js'
import type { ApprovalRequest, JobRun, Result, TimelineEvent } from './types.js'

export type { RunOptions } from './run-context.js'

const SERVER_URL = 'https://github.com'

/** A job's result and outputs as `needs.<id>` (and `jobs.<id>` in a called workflow) show them. */
export interface JobSummary {
  result: Result
  outputs: Record<string, string>
}

/** The finished run. */
export interface WorkflowRun {
  /** failure when any top-level job failed or was cancelled. */
  conclusion: 'success' | 'failure'
  /** Every job leg that was started, skipped or cancelled, in order. */
  jobs: JobRun[]
  /** Top-level jobs as `needs` sees them. */
  results: Record<string, JobSummary>
  timeline: TimelineEvent[]
  /** Deployments that asked for approval, in order. */
  approvals: Pick<ApprovalRequest, 'job' | 'environment'>[]
  /** The job with this key (`plan`, `plan (dev)`, `deploy / apply`); throws listing the keys. */
  job(key: string): JobRun
  /** The whole run as text (jobs, steps, logs, annotations), for failure messages. */
  describe(): string
  /** Deletes the run's folders (workspaces, temp). */
  cleanup(): void
}

/** What a workflow (top-level or called) runs with. */
interface Frame {
  workflow: LoadedWorkflow
  readFile: (path: string) => string | undefined
  keyPrefix: string
  base: { github: Record<string, unknown>; vars: Record<string, string>; inputs: Record<string, unknown> }
  secrets: Record<string, string>
  githubEnv: Record<string, string>
}

/** Runs `options.workflow` for `options.event`. */
export async function runWorkflow(options: RunOptions): Promise<WorkflowRun> {
  const ctx = createRunContext(options)
  const { repository: repo } = options
  const facts = describeEvent(options.event, repo, SERVER_URL)
  const readFile = (path: string) => repo.readFile(facts.sha, path)
  const workflow = await loadWorkflow(options.workflow, readFile)
  checkTrigger(workflow.template, facts, repo, options.workflow)
  const inputs =
    options.event.name === 'workflow_dispatch' ? dispatchInputs(workflow, options.event.inputs ?? {}) : {}
  const eventPath = join(ctx.dir, 'event.json')
  writeFileSync(eventPath, JSON.stringify(facts.payload, null, 2))
  const name = field(workflow.root, 'name')
  const workflowName = name && 'value' in name ? String(name.value) : options.workflow
  const github = githubContext(ctx, facts, workflowName, eventPath)
  const frame: Frame = {
    workflow,
    readFile,
    keyPrefix: '',
    base: { github, vars: options.vars ?? {}, inputs },
    secrets: { ...(options.secrets ?? {}), GITHUB_TOKEN: ctx.token },
    githubEnv: githubEnvironment(github)
  }
  const results = Object.fromEntries(await runJobs(ctx, frame))
  const failed = Object.values(results).some(job => job.result === 'failure' || job.result === 'cancelled')
  return {
    conclusion: failed ? 'failure' : 'success',
    jobs: ctx.jobs,
    results,
    timeline: ctx.timeline,
    approvals: ctx.timeline
      .filter(event => event.kind === 'approval-requested')
      .map(event => ({ job: event.job, environment: event.detail ?? '' })),
    job: key => {
      const found = ctx.jobs.find(job => job.key === key)
      if (!found)
        throw new Error(`no job '${key}' in the run; jobs: ${ctx.jobs.map(job => job.key).join(', ')}`)
      return found
    },
    describe: () => describeJobs(ctx.jobs),
    cleanup: () => rmSync(ctx.dir, { recursive: true, force: true })
  }
}

function githubContext(ctx: RunContext, facts: EventFacts, workflowName: string, eventPath: string) {
  const { repository: repo, workflow } = ctx.options
  return {
    action: '',
    actor: facts.actor,
    api_url: ctx.options.githubApiUrl ?? 'http://127.0.0.1:9',
    base_ref: facts.baseRef,
    event: facts.payload,
    event_name: facts.name,
    event_path: eventPath,
    graphql_url: `${ctx.options.githubApiUrl ?? 'http://127.0.0.1:9'}/graphql`,
    head_ref: facts.headRef,
    job: '',
    ref: facts.ref,
    ref_name: facts.refName,
    ref_protected: false,
    ref_type: facts.refType,
    repository: repo.fullName,
    repository_owner: repo.owner,
    retention_days: '90',
    run_attempt: '1',
    run_id: ctx.runId,
    run_number: '1',
    server_url: SERVER_URL,
    sha: facts.sha,
    token: ctx.token,
    triggering_actor: facts.actor,
    workflow: workflowName,
    workflow_ref: `${repo.fullName}/${workflow}@${facts.ref}`,
    workflow_sha: facts.sha
  }
}

function githubEnvironment(github: ReturnType<typeof githubContext>): Record<string, string> {
  return {
    GITHUB_ACTIONS: 'true',
    GITHUB_ACTOR: github.actor,
    GITHUB_API_URL: github.api_url,
    GITHUB_BASE_REF: github.base_ref,
    GITHUB_EVENT_NAME: github.event_name,
    GITHUB_EVENT_PATH: github.event_path,
    GITHUB_GRAPHQL_URL: github.graphql_url,
    GITHUB_HEAD_REF: github.head_ref,
    GITHUB_REF: github.ref,
    GITHUB_REF_NAME: github.ref_name,
    GITHUB_REF_TYPE: github.ref_type,
    GITHUB_REPOSITORY: github.repository,
    GITHUB_REPOSITORY_OWNER: github.repository_owner,
    GITHUB_RETENTION_DAYS: github.retention_days,
    GITHUB_RUN_ATTEMPT: github.run_attempt,
    GITHUB_RUN_ID: github.run_id,
    GITHUB_RUN_NUMBER: github.run_number,
    GITHUB_SERVER_URL: github.server_url,
    GITHUB_SHA: github.sha,
    GITHUB_TRIGGERING_ACTOR: github.triggering_actor,
    GITHUB_WORKFLOW: github.workflow,
    GITHUB_WORKFLOW_REF: github.workflow_ref,
    GITHUB_WORKFLOW_SHA: github.workflow_sha,
    RUNNER_ARCH: 'X64',
    RUNNER_ENVIRONMENT: 'self-hosted',
    RUNNER_NAME: 'local-runner',
    RUNNER_OS: 'Linux'
  }
}

/** Runs a workflow's jobs in needs order; returns each job's result and outputs by id. */
async function runJobs(ctx: RunContext, frame: Frame): Promise<Map<string, JobSummary>> {
  const done = new Map<string, JobSummary>()
  const jobs = frame.workflow.template.jobs
  const needsOf = (job: WorkflowJob) => (job.needs ?? []).map(need => need.value)
  const ancestors = (job: WorkflowJob, seen = new Set<string>()): Set<string> => {
    for (const need of needsOf(job)) {
      if (seen.has(need)) continue
      seen.add(need)
      ancestors(
        jobs.find(candidate => candidate.id.value === need)!,
        seen
      )
    }
    return seen
  }
  while (done.size < jobs.length) {
    const ready = jobs.find(job => !done.has(job.id.value) && needsOf(job).every(need => done.has(need)))
    if (!ready) throw new Error(`${frame.workflow.path}: the needs of the remaining jobs form a cycle`)
    const upstream = [...ancestors(ready)].map(id => done.get(id)!.result)
    const needs = Object.fromEntries(needsOf(ready).map(id => [id, done.get(id)!]))
    done.set(ready.id.value, await runJob(ctx, frame, ready, needs, upstream))
  }
  return done
}

async function runJob(
  ctx: RunContext,
  frame: Frame,
  job: WorkflowJob,
  needs: Record<string, JobSummary>,
  upstream: Result[]
): Promise<JobSummary> {
  const id = job.id.value
  const scope: Scope = {
    contexts: { ...frame.base, needs },
    status: {
      success: () => upstream.every(result => result === 'success'),
      failure: () => upstream.some(result => result === 'failure'),
      cancelled: () => false
    }
  }
  const stub: Stub = (result, error, matrix, key = frame.keyPrefix + id) => {
    const run: JobRun = {
      key,
      id,
      workflow: frame.workflow.path,
      matrix,
      result,
      outputs: {},
      steps: [],
      summary: '',
      annotations: [],
      error
    }
    if (error) run.annotations.push({ level: 'error', message: error, properties: {} })
    ctx.jobs.push(run)
    ctx.timeline.push({ kind: 'job-finished', job: run.key, detail: result })
    return run
  }
  let legs: { matrix?: Combination; index: number; total: number }[]
  let failFast = true
  try {
    if (!evaluateCondition(job.if.expression, scope)) {
      stub('skipped')
      return { result: 'skipped', outputs: {} }
    }
    const strategy = job.strategy
      ? (evaluateToken(job.strategy, { contexts: scope.contexts }) as Record<string, unknown>)
      : {}
    failFast = strategy['fail-fast'] !== false && strategy['fail-fast'] !== 'false'
    const combinations = strategy.matrix !== undefined ? expandMatrix(strategy.matrix) : undefined
    legs = combinations
      ? combinations.map((matrix, index) => ({ matrix, index, total: combinations.length }))
      : [{ index: 0, total: 1 }]
  } catch (error) {
    stub(
      'failure',
      `job '${frame.keyPrefix}${id}': ${error instanceof Error ? error.message : String(error)}`
    )
    return { result: 'failure', outputs: {} }
  }
  const results: JobSummary[] = []
  let cancelRest = false
  for (const leg of legs) {
    const contexts = {
      ...frame.base,
      needs,
      secrets: frame.secrets,
      matrix: leg.matrix ?? {},
      strategy: {
        'fail-fast': failFast,
        'job-index': leg.index,
        'job-total': leg.total,
        'max-parallel': leg.total
      }
    }
    const key = frame.keyPrefix + legName(job, leg.matrix, contexts)
    if (cancelRest) {
      stub('cancelled', undefined, leg.matrix, key)
      results.push({ result: 'cancelled', outputs: {} })
      continue
    }
    const summary =
      job.type === 'reusableWorkflowJob'
        ? await runCall(ctx, frame, job as ReusableWorkflowJob, contexts, key, stub)
        : await runLeg(ctx, frame, job as Job, contexts, key, stub)
    results.push(summary)
    if (summary.result === 'failure' && failFast) cancelRest = true
  }
  return aggregate(results)
}

type Stub = (result: Result, error?: string, matrix?: Combination, key?: string) => JobRun

async function runLeg(
  ctx: RunContext,
  frame: Frame,
  job: Job,
  contexts: Record<string, unknown>,
  key: string,
  stub: Stub
): Promise<JobSummary> {
  const scope: Scope = { contexts }
  let environment: string | undefined
  let concurrency: string | undefined
  let workflowEnv: Record<string, string>
  try {
    environment = job.environment ? nameOf(job.environment, scope, 'environment') : undefined
    concurrency = job.concurrency ? nameOf(job.concurrency, scope, 'concurrency', 'group') : undefined
    workflowEnv = evaluateStringMap(
      frame.workflow.template.env,
      { contexts: { ...frame.base, secrets: frame.secrets } },
      'workflow env'
    )
  } catch (error) {
    const message = `job '${key}': ${error instanceof Error ? error.message : String(error)}`
    stub('failure', message, contexts.matrix as Combination, key)
    return { result: 'failure', outputs: {} }
  }
  const run = await runJobLeg({
    ctx,
    job,
    raw: rawJob(frame.workflow, job.id.value),
    key,
    workflowPath: frame.workflow.path,
    contexts,
    workflowEnv,
    workflowDefaults: field(frame.workflow.root, 'defaults'),
    githubEnv: frame.githubEnv,
    environment,
    concurrency
  })
  return { result: run.result, outputs: run.outputs }
}

/** A `jobs.<id>.uses: ./.github/workflows/x.yml` call: the called workflow's jobs, then its outputs. */
async function runCall(
  ctx: RunContext,
  frame: Frame,
  job: ReusableWorkflowJob,
  contexts: Record<string, unknown>,
  key: string,
  stub: Stub
): Promise<JobSummary> {
  const ref = job.ref.value
  try {
    if (!ref.startsWith('./')) {
      throw new Error(
        `'uses: ${ref}': the local runner calls only reusable workflows of this repository (./.github/workflows/…)`
      )
    }
    const called = await loadWorkflow(ref.slice(2), frame.readFile)
    const scope: Scope = { contexts }
    const inputs = callInputs(called, job, scope)
    const secrets = { ...callSecrets(called, job, scope, frame.secrets), GITHUB_TOKEN: ctx.token }
    const results = await runJobs(ctx, {
      workflow: called,
      readFile: frame.readFile,
      keyPrefix: `${key} / `,
      base: { ...frame.base, inputs },
      secrets,
      githubEnv: frame.githubEnv
    })
    const summary = aggregate([...results.values()].filter(result => result.result !== 'skipped'))
    const outputs = callOutputs(called, {
      contexts: { ...frame.base, inputs, jobs: Object.fromEntries(results) }
    })
    return { result: summary.result, outputs }
  } catch (error) {
    stub(
      'failure',
      `job '${key}': ${error instanceof Error ? error.message : String(error)}`,
      contexts.matrix as Combination,
      key
    )
    return { result: 'failure', outputs: {} }
  }
}

function legName(
  job: WorkflowJob,
  matrix: Combination | undefined,
  contexts: Record<string, unknown>
): string {
  const token = job.name as TemplateToken | undefined
  let name = job.id.value
  let mentionsMatrix = false
  if (token) {
    try {
      name = evaluateString(token, { contexts }, 'job name')
      mentionsMatrix = 'expression' in token && /\bmatrix\b/.test(String(token.expression))
    } catch {
      name = job.id.value
    }
  }
  return matrix && !mentionsMatrix ? `${name} ${combinationLabel(matrix)}`.trim() : name
}

function nameOf(token: TemplateToken, scope: Scope, what: string, key = 'name'): string {
  const value = evaluateToken(token, scope)
  if (typeof value === 'string') return value
  if (value && typeof value === 'object' && typeof (value as Record<string, unknown>)[key] === 'string') {
    return (value as Record<string, string>)[key]
  }
  throw new Error(`${what} must be a string or have a '${key}'`)
}

/** GitHub's view of several legs: failure beats cancelled beats success; all skipped is skipped. */
function aggregate(results: JobSummary[]): JobSummary {
  const outputs: Record<string, string> = {}
  for (const result of results) {
    for (const [name, value] of Object.entries(result.outputs)) if (value !== '') outputs[name] = value
  }
  const kinds = results.map(result => result.result)
  const result: Result = kinds.includes('failure')
    ? 'failure'
    : kinds.includes('cancelled')
      ? 'cancelled'
      : kinds.length > 0 && kinds.every(kind => kind === 'skipped')
        ? 'skipped'
        : 'success'
  return { result, outputs }
}

function describeJobs(jobs: JobRun[]): string {
  const lines: string[] = []
  for (const job of jobs) {
    lines.push(`== ${job.key}: ${job.result}${job.environment ? ` (environment ${job.environment})` : ''}`)
    if (job.error) lines.push(`   error: ${job.error}`)
    for (const step of job.steps) {
      lines.push(`-- ${step.name}: ${step.outcome}/${step.conclusion}${step.error ? ` (${step.error})` : ''}`)
      lines.push(...step.log.map(line => `   | ${line}`))
    }
  }
  return lines.join('\n')
}

/** Throws, with the whole run described, unless job `key` ended with `result`. */
export function expectJobResult(run: WorkflowRun, key: string, result: Result): JobRun {
  const job = run.job(key)
  if (job.result !== result) {
    throw new Error(`job '${key}' ended ${job.result}, expected ${result}\n${run.describe()}`)
  }
  return job
}
