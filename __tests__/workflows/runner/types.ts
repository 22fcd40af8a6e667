/** What a local workflow run records: jobs, steps, annotations, approvals, in the order they happened. */
import type { Annotation } from './commands.js'
import type { Combination } from './matrix.js'

export type { Annotation } from './commands.js'

/** A job's or step's result, with GitHub's names. */
export type Result = 'success' | 'failure' | 'cancelled' | 'skipped'

export interface StepRun {
  /** Explicit `id:` or the generated one (`__run`, `__actions_checkout`, …). */
  id: string
  name: string
  uses?: string
  /** Before continue-on-error. */
  outcome: Result
  /** After continue-on-error. */
  conclusion: Result
  outputs: Record<string, string>
  /** The step's log as GitHub would show it (masked). */
  log: string[]
  annotations: Annotation[]
  /** What the step appended to GITHUB_STEP_SUMMARY. */
  summary: string
  exitCode?: number
  /** Why the runner failed the step itself (expression, unsupported action, timeout). */
  error?: string
}

export interface JobRun {
  /** Display key: `plan`, `plan (dev)`, `deploy / apply`. */
  key: string
  /** The job's id in its workflow file. */
  id: string
  /** The workflow file the job is defined in. */
  workflow: string
  matrix?: Combination
  /** The GitHub environment the job targets (approval was asked before its first step). */
  environment?: string
  /** Evaluated concurrency group, when the job has one. */
  concurrency?: string
  result: Result
  outputs: Record<string, string>
  steps: StepRun[]
  /** Step summaries, concatenated. */
  summary: string
  annotations: Annotation[]
  /** Why the job failed before or around its steps (if condition, matrix, approval). */
  error?: string
  /** GITHUB_WORKSPACE of the job (kept until the run's cleanup). */
  workspace?: string
}

/** One entry of the run's timeline. */
export interface TimelineEvent {
  kind: 'job-started' | 'approval-requested' | 'step-finished' | 'job-finished'
  job: string
  detail?: string
}

/** A request to deploy to a protected GitHub environment; `approve` decides it. */
export interface ApprovalRequest {
  job: string
  environment: string
  /** Jobs finished before the request, in order: what reviewers could read before approving. */
  finishedJobs: string[]
}
