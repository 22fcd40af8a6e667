/**
 * The only module that reads action inputs and the run's context. It returns one typed, validated
 * object; every other module receives what it needs from it.
 */
import * as core from '@actions/core'
import { readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { resolve } from 'node:path'
import {
  DEFAULT_ARTIFACT_NAME,
  DEFAULT_ARTIFACT_RETENTION_DAYS,
  DEFAULT_CONFIG_PATH,
  INPUT,
  MODES,
  type Mode
} from '../constants.js'
import { InputError } from '../errors.js'
import {
  describeCharacter,
  environmentNameProblem,
  normaliseEnvironmentName,
  type EnvironmentRequest
} from '../policy/environment.js'
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
  /** Absolute: a relative `working_directory` is resolved against the workspace (GITHUB_WORKSPACE). */
  workingDirectory: string
  environmentRequest: EnvironmentRequest
  forceRecreate: boolean
  dryRun: boolean
  skipTests: boolean
  /** As given; resolved against the workspace, then working_directory, where it is read. */
  planFile?: string
  planJson?: string
  /** Which reader reads plan_json: auto (from its first bytes), terraform or pulumi. */
  planFormat: PlanFormatSetting
  terraformBinary: string
  /** Absolute (resolved against the workspace); `explicit` when the input named it. */
  config: { path: string; explicit: boolean }
  githubToken?: string
  artifactName: string
  /** True when `artifact_name` was given explicitly (safety-gate downloads only then or when no plan path is given). */
  artifactNameExplicit: boolean
  /** Days the plan artifact is kept (`artifact_retention_days`, 1–90, default DEFAULT_ARTIFACT_RETENTION_DAYS). */
  artifactRetentionDays: number
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
  const context = readRunContext(env, event, prInput)
  const planFile = optional(INPUT.planFile)
  const planJson = optional(INPUT.planJson)
  if (mode === 'safety-gate' && artifactNameRaw !== undefined && (planFile || planJson)) {
    const given = planJson ? INPUT.planJson : INPUT.planFile
    throw new InputError(
      `Inputs '${INPUT.artifactName}' and '${given}' are both set; safety-gate reads one plan: the artifact (verified against its manifest) or the file. Remove '${given}' to gate the plan artifact, or remove '${INPUT.artifactName}' to gate the file`
    )
  }
  return {
    mode,
    workingDirectory: resolve(context.workspace, optional(INPUT.workingDirectory) ?? '.'),
    environmentRequest: readEnvironmentRequest(env, event),
    forceRecreate: readBoolean(INPUT.forceRecreate, false),
    dryRun: readBoolean(INPUT.dryRun, false),
    skipTests: readBoolean(INPUT.skipTests, false),
    planFile,
    planJson,
    planFormat: readChoice(INPUT.planFormat, PLAN_FORMAT_SETTINGS, 'auto'),
    terraformBinary: optional(INPUT.terraformBinary) ?? 'terraform',
    config: {
      path: resolve(context.workspace, configRaw ?? DEFAULT_CONFIG_PATH),
      explicit: configRaw !== undefined
    },
    githubToken: optional(INPUT.githubToken),
    artifactName: artifactNameRaw ?? DEFAULT_ARTIFACT_NAME,
    artifactNameExplicit: artifactNameRaw !== undefined,
    artifactRetentionDays: readRetentionDays(),
    comment: readChoice(INPUT.comment, ['update', 'new', 'off'] as const, 'update'),
    allowStalePlan: readBoolean(INPUT.allowStalePlan, false),
    allowDestroy: readList(INPUT.allowDestroy),
    infracostJson: optional(INPUT.infracostJson),
    costOverride: readBoolean(INPUT.costOverride, false),
    enforceApprovals: readBoolean(INPUT.enforceApprovals, false),
    emergencyOverride: readBoolean(INPUT.emergencyOverride, false),
    overrideReason: optional(INPUT.overrideReason, { multiline: true }) ?? '',
    tflint: readChoice(INPUT.tflint, ['auto', 'true', 'false'] as const, 'auto'),
    failOnFormat: readBoolean(INPUT.failOnFormat, true),
    failOnDrift: readBoolean(INPUT.failOnDrift, false),
    driftLabel: optional(INPUT.driftLabel) ?? 'drift',
    healthChecks: readText(INPUT.healthChecks, { multiline: true }),
    outputAssertions: readText(INPUT.outputAssertions, { multiline: true }),
    notifyWebhook: optional(INPUT.notifyWebhook),
    discover: mode === 'discover' ? readDiscoverSettings(event) : undefined,
    context
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
  const raw = readText(INPUT.mode)
  if (raw === '') {
    throw new InputError(`Input 'mode' is required; set it to one of ${MODES.join('|')}`)
  }
  if (!(MODES as readonly string[]).includes(raw)) {
    throw new InputError(`Input 'mode' must be one of ${MODES.join('|')}; got '${raw}'`)
  }
  return raw as Mode
}

/** Invisible characters (format, default-ignorable, line and paragraph separators): never in an input. */
const INVISIBLE = /[\p{Cf}\p{Zl}\p{Zp}\p{Default_Ignorable_Code_Point}]/u
const CONTROL = /\p{Cc}/u
/** Multi-line inputs (YAML lists, free text) may hold line breaks and tabs, no other control character. */
const CONTROL_BUT_LAYOUT = /(?![\n\t])\p{Cc}/u

/**
 * The input, trimmed, after checking it holds no control or invisible character: such a character
 * turns one log line into two (a forged workflow command), or makes two names that read the same
 * compare different. The message names the input and the character, never the value.
 */
function readText(name: string, options: { multiline?: boolean } = {}): string {
  const value = core.getInput(name)
  const problem = characterProblem(value, options.multiline === true)
  if (problem) throw new InputError(`Input '${name}' ${problem}`)
  return value
}

/** Why a value cannot be used (with the fix), or undefined. */
function characterProblem(value: string, multiline: boolean): string | undefined {
  const match = INVISIBLE.exec(value) ?? (multiline ? CONTROL_BUT_LAYOUT : CONTROL).exec(value)
  if (!match) return undefined
  const position = [...value.slice(0, match.index)].length + 1
  return `contains ${describeCharacter(match[0])} at character ${position}; ${multiline ? 'only line breaks and tabs are allowed besides printable text' : 'it must be one line of printable text'}. Retype the value`
}

/** The artifact's retention: a whole number of days (1–400; the repository's own setting caps it further). */
function readRetentionDays(): number {
  const raw = optional(INPUT.artifactRetentionDays)
  if (raw === undefined) return DEFAULT_ARTIFACT_RETENTION_DAYS
  if (!/^\d+$/.test(raw) || Number(raw) < 1 || Number(raw) > 400) {
    throw new InputError(
      `Input '${INPUT.artifactRetentionDays}' must be a whole number of days from 1 to 400 (the repository's retention setting caps it); got '${raw}'`
    )
  }
  return Number(raw)
}

function optional(name: string, options: { multiline?: boolean } = {}): string | undefined {
  const value = readText(name, options)
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
  return readText(name, { multiline: true })
    .split(/[\n,]/)
    .map(item => item.trim())
    .filter(item => item !== '')
}

/**
 * What decides the environment: the input, the dispatch input, and the ref the run is for (a pull
 * request's or merge queue's base branch, else GITHUB_REF), with the repository's default branch.
 */
function readEnvironmentRequest(
  env: NodeJS.ProcessEnv,
  event: Record<string, unknown> | undefined
): EnvironmentRequest {
  const explicit = optional(INPUT.environment)
  const request: EnvironmentRequest = {
    explicit: explicit === undefined ? undefined : environmentName(explicit, `Input '${INPUT.environment}'`)
  }
  const inputs = (event?.inputs ?? {}) as Record<string, unknown>
  if (env.GITHUB_EVENT_NAME === 'workflow_dispatch' && typeof inputs.environment === 'string') {
    const problem = characterProblem(inputs.environment, false)
    if (problem) throw new InputError(`The workflow_dispatch input 'environment' ${problem}`)
    if (inputs.environment.trim() !== '')
      request.dispatch = environmentName(inputs.environment, "The workflow_dispatch input 'environment'")
  }
  const repository = event?.repository as { default_branch?: unknown } | undefined
  if (typeof repository?.default_branch === 'string') request.defaultBranch = repository.default_branch
  Object.assign(request, refRequest(runRef(env, event)))
  return request
}

/** The environment name, NFKC-normalised and trimmed; `what` names the input in the error. */
function environmentName(raw: string, what: string): string {
  const problem = environmentNameProblem(raw)
  if (problem) {
    throw new InputError(
      `${what} cannot be an environment name: ${problem} (a name the policy does not declare is treated as protected)`
    )
  }
  return normaliseEnvironmentName(raw)
}

/**
 * The ref that decides the environment: a pull request's base branch (GITHUB_BASE_REF), a merge
 * queue's base branch (the event's merge_group.base_ref, or the base named in the queue's
 * gh-readonly-queue/<base>/… branch), otherwise GITHUB_REF.
 */
function runRef(env: NodeJS.ProcessEnv, event: Record<string, unknown> | undefined): string | undefined {
  const base = env.GITHUB_BASE_REF?.trim()
  if (base) return base.startsWith('refs/') ? base : `refs/heads/${base}`
  const ref = env.GITHUB_REF?.trim() || undefined
  if (env.GITHUB_EVENT_NAME === 'merge_group') {
    const group = event?.merge_group as { base_ref?: unknown } | undefined
    if (typeof group?.base_ref === 'string' && group.base_ref.trim()) return group.base_ref.trim()
    const queued = /^refs\/heads\/gh-readonly-queue\/(.+)\/pr-\d+-[0-9a-f]+$/.exec(ref ?? '')
    return queued ? `refs/heads/${queued[1]}` : `merge_group:${ref ?? ''}`
  }
  return ref
}

/** A ref as the environment request sees it; a name with invisible characters is some other ref. */
function refRequest(ref: string | undefined): Partial<EnvironmentRequest> {
  if (ref === undefined) return {}
  const clean = characterProblem(ref, false) === undefined && !/\s/.test(ref)
  if (clean && ref.startsWith('refs/heads/') && ref.length > 'refs/heads/'.length)
    return { branch: ref.slice('refs/heads/'.length) }
  if (clean && ref.startsWith('refs/tags/') && ref.length > 'refs/tags/'.length)
    return { tag: ref.slice('refs/tags/'.length) }
  return { otherRef: clean ? ref : '(a ref with invisible or space characters)' }
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
