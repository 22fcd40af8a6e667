/**
 * The options of one workflow run and the state its jobs share: the run's folder, ids, timeline,
 * finished jobs, and the environment every step starts from.
 */
import { randomUUID } from 'node:crypto'
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { RunEvent } from './events.js'
import type { FixtureRepository } from './repository.js'
import type { ApprovalRequest, JobRun, TimelineEvent } from './types.js'

/** How to run a workflow locally. */
export interface RunOptions {
  repository: FixtureRepository
  /** Path of the workflow in the repository, e.g. `.github/workflows/deploy.yml`. */
  workflow: string
  event: RunEvent
  /** GITHUB_API_URL: the loopback fake GitHub (`startFakeGitHub().url`). Default: a closed port. */
  githubApiUrl?: string
  /** The loopback results service (`startArtifactStack()`): ACTIONS_RUNTIME_TOKEN/RESULTS_URL per job. */
  artifacts?: { envFor(ids: { runId?: string; jobId?: string }): Record<string, string> }
  secrets?: Record<string, string>
  vars?: Record<string, string>
  /** Extra variables of the runner machine (every step sees them, workflow env overrides them). */
  env?: Record<string, string>
  /** Decides a deployment to a GitHub environment; default: approve. A rejection fails the job. */
  approve?: (request: ApprovalRequest) => boolean | Promise<boolean>
  /** Other `uses:` values that mean the action under test (README says `acme-platform/infra-guard@v1`). */
  actionAliases?: string[]
  /** Node binary for JavaScript actions. Default: the test's own node. */
  node?: string
  /** Extra NODE_OPTIONS for the action under test only (e.g. `--import <fake clock>`). */
  actionNodeOptions?: string
  /**
   * Start JavaScript actions in RUNNER_TEMP instead of GITHUB_WORKSPACE, as GitHub's local-action
   * tool does: shows whether relative paths resolve against GITHUB_WORKSPACE (issue 15 item 3).
   */
  startActionsOutsideWorkspace?: boolean
  /** Per-step time limit when the step sets no timeout-minutes. Default 5 minutes. */
  stepTimeoutMs?: number
  /** The run's GITHUB_TOKEN (masked in logs). */
  token?: string
}

/** Shared state of one run. */
export interface RunContext {
  options: RunOptions
  /** The run's scratch folder: one subfolder per job. */
  dir: string
  runId: string
  /** The results service's backend id for this run (artifacts are scoped to it). */
  backendRunId: string
  token: string
  timeline: TimelineEvent[]
  jobs: JobRun[]
  /** An empty terraform CLI config, so terraform stays quiet about ~/.terraformrc. */
  terraformConfig: string
  nextJob: number
}

export function createRunContext(options: RunOptions): RunContext {
  const dir = mkdtempSync(join(tmpdir(), 'infra-guard-wf-run-'))
  mkdirSync(join(dir, 'jobs'))
  const terraformConfig = join(dir, 'empty.tfrc')
  writeFileSync(terraformConfig, '')
  return {
    options,
    dir,
    runId: String(1_000_000 + Math.floor(Math.random() * 8_000_000)),
    backendRunId: randomUUID(),
    token: options.token ?? `ghs_localrunner${randomUUID().replace(/-/g, '')}`,
    timeline: [],
    jobs: [],
    terraformConfig,
    nextJob: 0
  }
}

const MACHINE_KEYS = ['PATH', 'HOME', 'USER', 'LOGNAME', 'LANG', 'LANGUAGE', 'SHELL', 'TMPDIR']

/**
 * The runner machine's environment: the host's PATH/HOME/locale (terraform and git live there),
 * terraform quiet and offline-friendly as the test suite needs, then the run's `env` option.
 * Nothing else from the test process leaks in (no NODE_OPTIONS, INPUT_*, GITHUB_*).
 */
export function machineEnv(ctx: RunContext): Record<string, string> {
  const env: Record<string, string> = {}
  for (const [key, value] of Object.entries(process.env)) {
    if (value !== undefined && (MACHINE_KEYS.includes(key) || key.startsWith('LC_'))) env[key] = value
  }
  Object.assign(env, {
    CI: 'true',
    CHECKPOINT_DISABLE: '1',
    TF_CLI_CONFIG_FILE: ctx.terraformConfig,
    ImageOS: 'ubuntu24'
  })
  return { ...env, ...(ctx.options.env ?? {}) }
}
