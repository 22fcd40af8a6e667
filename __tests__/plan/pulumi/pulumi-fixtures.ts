/**
 * The Pulumi fixtures (__fixtures__/pulumi, copied from the shared collection; see its README) and
 * helpers that run them through the public entries: the Pulumi reader's (readPulumiSource), the
 * analysis' (analysePlan with format pulumi) and the one every mode uses (choosePlanFormat, then
 * evaluatePlan).
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { analysePlan } from '../../../src/analysis/analyse-plan.js'
import type { PlanAnalysis, PlanCounts } from '../../../src/analysis/types.js'
import { choosePlanFormat } from '../../../src/plan/plan-format.js'
import { readPulumiSource, type PulumiReadOptions } from '../../../src/plan/pulumi/read-pulumi.js'
import type { PulumiPlanHeader, PulumiResourceChange } from '../../../src/plan/pulumi/types.js'
import { defaultPolicy } from '../../../src/policy/config/defaults.js'
import { resolveEnvironment, type EnvironmentRequest } from '../../../src/policy/environment.js'
import { evaluateGate, type GateEvaluation } from '../../../src/policy/evaluate-gate.js'
import { evaluatePlan, type PlanEvaluation } from '../../../src/policy/evaluate-plan.js'
import type { EffectivePolicy } from '../../../src/policy/types.js'
import { memorySource } from '../../helpers/plan-source.js'

export const REPO_ROOT = resolve(import.meta.dirname, '..', '..', '..')
export const PULUMI_FIXTURES = join(REPO_ROOT, '__fixtures__', 'pulumi')

const NAMES = readdirSync(PULUMI_FIXTURES).filter(name => name.endsWith('.json'))

/** The fixture whose file name contains `part` (exactly one must). */
export function fixtureName(part: string): string {
  const matches = NAMES.filter(name => name.includes(part))
  if (matches.length !== 1)
    throw new Error(`fixture '${part}' matches ${matches.length} files: ${matches.join(', ')}`)
  return matches[0]
}

export function fixtureBytes(part: string): Buffer {
  return readFileSync(join(PULUMI_FIXTURES, fixtureName(part)))
}

/** Every fixture file name. */
export function allFixtures(): string[] {
  return [...NAMES]
}

export interface ReadResult {
  header: PulumiPlanHeader
  changes: PulumiResourceChange[]
  drift: PulumiResourceChange[]
}

/** Reads bytes with the Pulumi reader, collecting every entry. */
export function readBytes(file: string, bytes: Uint8Array, options: PulumiReadOptions = {}): ReadResult {
  const changes: PulumiResourceChange[] = []
  const drift: PulumiResourceChange[] = []
  const header = readPulumiSource(
    memorySource(Buffer.from(bytes), file),
    {
      onResourceChange: entry => changes.push(entry as PulumiResourceChange),
      onResourceDrift: entry => drift.push(entry as PulumiResourceChange)
    },
    options
  )
  return { header, changes, drift }
}

/** Reads a fixture with the Pulumi reader. */
export function readFixture(part: string, options: PulumiReadOptions = {}): ReadResult {
  return readBytes(fixtureName(part), fixtureBytes(part), options)
}

/** Bytes → the analysis, read as a Pulumi plan. */
export function analyseBytes(file: string, bytes: Uint8Array): PlanAnalysis {
  return analysePlan(memorySource(Buffer.from(bytes), file), { format: 'pulumi' })
}

/** A fixture → the analysis. */
export function analyseFixture(part: string): PlanAnalysis {
  return analyseBytes(fixtureName(part), fixtureBytes(part))
}

/** Counts of zero except `values`. */
export function counts(values: Partial<PlanCounts>): PlanCounts {
  const zero: PlanCounts = {
    add: 0,
    change: 0,
    destroy: 0,
    replace: 0,
    import: 0,
    move: 0,
    forget: 0,
    create: 0,
    delete: 0,
    noop: 0,
    read: 0,
    total: 0
  }
  return { ...zero, ...values }
}

/** The run's facts for evaluateBytes: the environment request, force_recreate, the policy. */
export interface GateRun {
  request?: EnvironmentRequest
  forceRecreate?: boolean
  allowDestroy?: string[]
  policy?: EffectivePolicy
}

/**
 * Bytes through the entry every mode uses: the format from the first bytes (plan_format auto), then
 * evaluatePlan, with the environment resolved from `run.request` (default: `dev`) as prepareRun does.
 */
export function evaluateBytes(file: string, bytes: Uint8Array, run: GateRun = {}): PlanEvaluation {
  const source = memorySource(Buffer.from(bytes), file)
  const policy = run.policy ?? defaultPolicy()
  const { format } = choosePlanFormat(source, 'auto')
  return evaluatePlan(
    source,
    policy,
    {
      environment: resolveEnvironment(run.request ?? { explicit: 'dev' }, policy.environments),
      forceRecreate: run.forceRecreate ?? false,
      allowDestroy: run.allowDestroy ?? [],
      costOverride: false,
      emergencyOverride: false,
      overrideReason: '',
      now: new Date('2026-03-10T10:00:00Z')
    },
    { format }
  )
}

/** A URN in stack `dev`, project `demo`. */
export function urnOf(type: string, name: string, stack = 'dev'): string {
  return `urn:pulumi:${stack}::demo::${type}::${name}`
}

/** A resource state for synthetic steps. */
export function state(
  type: string,
  name: string,
  extra: Record<string, unknown> = {}
): Record<string, unknown> {
  return { urn: urnOf(type, name), type, custom: true, inputs: {}, ...extra }
}

/** One resourcePreEvent line's object. */
export function preEvent(
  op: string,
  type: string,
  name: string,
  old?: object | null,
  next?: object | null
): object {
  return {
    sequence: 0,
    timestamp: 0,
    resourcePreEvent: {
      metadata: { op, urn: urnOf(type, name), type, old: old ?? null, new: next ?? null },
      planning: true
    }
  }
}

/** An engine event log (NDJSON) around `events`: prelude first, summary last (unless told otherwise). */
export function eventLog(
  events: object[],
  summary: Record<string, unknown> | null = { resourceChanges: {}, isPreview: true, result: 'succeeded' }
): Buffer {
  const lines = [{ sequence: 0, timestamp: 0, preludeEvent: { config: {} } }, ...events]
  if (summary)
    lines.push({
      sequence: 0,
      timestamp: 0,
      summaryEvent: { maybeCorrupt: false, durationSeconds: 1, PolicyPacks: {}, ...summary }
    })
  lines.push({ sequence: 0, timestamp: 0, cancelEvent: {} })
  return Buffer.from(lines.map(line => JSON.stringify(line)).join('\n') + '\n')
}

/** A `pulumi preview --json` document with these steps (indented with 4 spaces, as the CLI writes it). */
export function previewJson(steps: unknown[], extra: Record<string, unknown> = {}): Buffer {
  return Buffer.from(JSON.stringify({ config: {}, steps, ...extra }, null, 4))
}

/** The gate's verdict on an analysis with the default policy (as the fuzz suite's oracle builds it). */
export function gateOf(analysis: PlanAnalysis, environment = 'dev', forceRecreate = false): GateEvaluation {
  const policy = defaultPolicy()
  return evaluateGate({
    analysis,
    policy,
    environment: resolveEnvironment({ explicit: environment }, policy.environments),
    forceRecreate,
    allowDestroy: [],
    costOverride: false,
    emergencyOverride: false,
    overrideReason: '',
    ruleFindings: [],
    now: new Date('2026-03-10T10:00:00Z')
  })
}
