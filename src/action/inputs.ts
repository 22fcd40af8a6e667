/**
 * The only module that reads action inputs and the run's context. It returns one typed, validated
 * object; every other module receives what it needs from it.
 */
import * as core from '@actions/core'
import { readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { DEFAULT_ARTIFACT_NAME, DEFAULT_CONFIG_PATH, INPUT, MODES, type Mode } from '../constants.js'
import { InputError } from '../errors.js'
import type { EnvironmentRequest } from '../policy/environment.js'
import { PLAN_FORMAT_SETTINGS, type PlanFormatSetting } from '../plan/sniff-format.js'
import { parseShard } from '../discovery/shard.js'
import type { DiscoverSettings } from './modes/discover.js'

/** Facts about the current workflow run, read from the runner's environment. */
export interface RunContext {
  /** `owner/repo`, when running on GitHub. */
  repository?: { owner: string; repo: string }
  sha: string
  ref: string
  eventName: string
  runId: string
  runAttempt: string
  serverUrl: string
  apiUrl: string
  workspace: string
  actor: string
  /** The pull request this run is for (from the event payload or the `pr_number` input). */
  prNumber?: number
  /** Whether the Actions runtime (artifact service) is reachable from this process. */
  hasActionsRuntime: boolean
  /** Link to the run, for reports. */
  runUrl?: string
  /** Scratch space for plan files and reports (RUNNER_TEMP on a runner). */
  tempDir: string
}

export type CommentMode = 'update' | 'new' | 'off'
export type TflintMode = 'auto' | 'true' | 'false'

/** Everything the action was asked to do, validated. */
export interface ActionInputs {
  mode: Mode
  workingDirectory: string
  environmentRequest: EnvironmentRequest
  forceRecreate: boolean
  dryRun: boolean
  skipTests: boolean
  planFile?: string
  planJson?: string
  /** Which reader reads plan_json: auto (from its first bytes), terraform or pulumi. */
  planFormat: PlanFormatSetting
  terraformBinary: string
  config: { path: string; explicit: boolean }
  githubToken?: string
  artifactName: string
  /** True when `artifact_name` was given explicitly (safety-gate downloads only then or when no plan path is given). */
  artifactNameExplicit: boolean
  comment: CommentMode
  allowStalePlan: boolean
  allowDestroy: string[]
  infracostJson?: string
  costOverride: boolean
  enforceApprovals: boolean
  emergencyOverride: boolean
  overrideReason: string
  tflint: TflintMode
  failOnFormat: boolean
  failOnDrift: boolean
  driftLabel: string
  /** Raw YAML; parsed by post-deploy, which owns its schema. */
  healthChecks: string
  outputAssertions: string
  notifyWebhook?: string
  /** The discover mode's inputs; set only when mode is discover. */
  discover?: DiscoverSettings
  context: RunContext
}

/** Reads and validates every input. Throws InputError naming the input and the fix. */
export function readInputs(env: NodeJS.ProcessEnv = process.env): ActionInputs {
  const mode = readMode()
  const prInput = optional(INPUT.prNumber)
  const artifactNameRaw = optional(INPUT.artifactName)
  const event = readEvent(env)
  const configRaw = optional(INPUT.config)
  return {
    mode,
    workingDirectory: optional(INPUT.workingDirectory) ?? '.',
    environmentRequest: readEnvironmentRequest(env, event),
    forceRecreate: readBoolean(INPUT.forceRecreate, false),
    dryRun: readBoolean(INPUT.dryRun, false),
    skipTests: readBoolean(INPUT.skipTests, false),
    planFile: optional(INPUT.planFile),
    planJson: optional(INPUT.planJson),
    planFormat: readChoice(INPUT.planFormat, PLAN_FORMAT_SETTINGS, 'auto'),
    terraformBinary: optional(INPUT.terraformBinary) ?? 'terraform',
    config: { path: configRaw ?? DEFAULT_CONFIG_PATH, explicit: configRaw !== undefined },
    githubToken: optional(INPUT.githubToken),
    artifactName: artifactNameRaw ?? DEFAULT_ARTIFACT_NAME,
    artifactNameExplicit: artifactNameRaw !== undefined,
    comment: readChoice(INPUT.comment, ['update', 'new', 'off'] as const, 'update'),
    allowStalePlan: readBoolean(INPUT.allowStalePlan, false),
    allowDestroy: readList(INPUT.allowDestroy),
    infracostJson: optional(INPUT.infracostJson),
    costOverride: readBoolean(INPUT.costOverride, false),
    enforceApprovals: readBoolean(INPUT.enforceApprovals, false),
    emergencyOverride: readBoolean(INPUT.emergencyOverride, false),
    overrideReason: optional(INPUT.overrideReason) ?? '',
    tflint: readChoice(INPUT.tflint, ['auto', 'true', 'false'] as const, 'auto'),
    failOnFormat: readBoolean(INPUT.failOnFormat, true),
    failOnDrift: readBoolean(INPUT.failOnDrift, false),
    driftLabel: optional(INPUT.driftLabel) ?? 'drift',
    healthChecks: core.getInput(INPUT.healthChecks),
    outputAssertions: core.getInput(INPUT.outputAssertions),
    notifyWebhook: optional(INPUT.notifyWebhook),
    discover: mode === 'discover' ? readDiscoverSettings(event) : undefined,
    context: readRunContext(env, event, prInput)
  }
}

function readDiscoverSettings(event: Record<string, unknown> | undefined): DiscoverSettings {
  const shard = optional(INPUT.shard)
  return {
    all: readBoolean(INPUT.all, false),
    shard: shard === undefined ? undefined : parseShard(shard),
    event
  }
}

/**
 * The raw `mode` input, for main.ts to know, even when the inputs are invalid, that a failing run was
 * a gate (and so must still say allowed=false).
 */
export function requestedMode(): string {
  return core.getInput(INPUT.mode).trim()
}

function readMode(): Mode {
  const raw = core.getInput(INPUT.mode).trim()
  if (raw === '') {
    throw new InputError(`Input 'mode' is required; set it to one of ${MODES.join('|')}`)
  }
  if (!(MODES as readonly string[]).includes(raw)) {
    throw new InputError(`Input 'mode' must be one of ${MODES.join('|')}; got '${raw}'`)
  }
  return raw as Mode
}

function optional(name: string): string | undefined {
  const value = core.getInput(name).trim()
  return value === '' ? undefined : value
}

const TRUE_WORDS = ['true', 'yes', 'on', '1']
const FALSE_WORDS = ['false', 'no', 'off', '0']

/** Booleans accept true/false (any case) and the yes/no/on/off/1/0 that workflow_dispatch users type. */
function readBoolean(name: string, fallback: boolean): boolean {
  const raw = optional(name)
  if (raw === undefined) return fallback
  const word = raw.toLowerCase()
  if (TRUE_WORDS.includes(word)) return true
  if (FALSE_WORDS.includes(word)) return false
  throw new InputError(`Input '${name}' must be true or false; got '${raw}'`)
}

function readChoice<T extends string>(name: string, allowed: readonly T[], fallback: T): T {
  const raw = optional(name)
  if (raw === undefined) return fallback
  const word = raw.toLowerCase()
  if ((allowed as readonly string[]).includes(word)) return word as T
  throw new InputError(`Input '${name}' must be one of ${allowed.join('|')}; got '${raw}'`)
}

/** Comma- or newline-separated list. */
function readList(name: string): string[] {
  return core
    .getInput(name)
    .split(/[\n,]/)
    .map(item => item.trim())
    .filter(item => item !== '')
}

function readEnvironmentRequest(
  env: NodeJS.ProcessEnv,
  event: Record<string, unknown> | undefined
): EnvironmentRequest {
  const inputs = (event?.inputs ?? {}) as Record<string, unknown>
  const dispatch =
    env.GITHUB_EVENT_NAME === 'workflow_dispatch' &&
    typeof inputs.environment === 'string' &&
    inputs.environment.trim()
      ? inputs.environment.trim()
      : undefined
  const branch = env.GITHUB_BASE_REF?.trim() || stripRef(env.GITHUB_REF)
  return { explicit: optional(INPUT.environment), dispatch, branch: branch || undefined }
}

function stripRef(ref: string | undefined): string | undefined {
  if (!ref) return undefined
  return ref.startsWith('refs/heads/') ? ref.slice('refs/heads/'.length) : undefined
}

/** The event payload; a missing or unreadable file means "not on GitHub" and is not an error. */
function readEvent(env: NodeJS.ProcessEnv): Record<string, unknown> | undefined {
  const path = env.GITHUB_EVENT_PATH
  if (!path) return undefined
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>
  } catch {
    return undefined
  }
}

function readRunContext(
  env: NodeJS.ProcessEnv,
  event: Record<string, unknown> | undefined,
  prInput: string | undefined
): RunContext {
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/')
  const serverUrl = env.GITHUB_SERVER_URL || 'https://github.com'
  const runId = env.GITHUB_RUN_ID ?? ''
  const repository = owner && repo ? { owner, repo } : undefined
  return {
    repository,
    sha: env.GITHUB_SHA ?? '',
    ref: env.GITHUB_REF ?? '',
    eventName: env.GITHUB_EVENT_NAME ?? '',
    runId,
    runAttempt: env.GITHUB_RUN_ATTEMPT ?? '1',
    serverUrl,
    apiUrl: env.GITHUB_API_URL || 'https://api.github.com',
    workspace: env.GITHUB_WORKSPACE || process.cwd(),
    actor: env.GITHUB_ACTOR ?? '',
    prNumber: readPrNumber(prInput, event),
    hasActionsRuntime: Boolean(env.ACTIONS_RUNTIME_TOKEN && env.ACTIONS_RESULTS_URL),
    runUrl: repository && runId ? `${serverUrl}/${owner}/${repo}/actions/runs/${runId}` : undefined,
    tempDir: env.RUNNER_TEMP || tmpdir()
  }
}

function readPrNumber(
  prInput: string | undefined,
  event: Record<string, unknown> | undefined
): number | undefined {
  if (prInput !== undefined) {
    if (!/^[1-9][0-9]*$/.test(prInput)) {
      throw new InputError(`Input '${INPUT.prNumber}' must be a pull request number; got '${prInput}'`)
    }
    return Number(prInput)
  }
  const pr = event?.pull_request as { number?: unknown } | undefined
  return typeof pr?.number === 'number' ? pr.number : undefined
}
