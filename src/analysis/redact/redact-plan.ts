/**
 * The plan JSON as the plan artifact stores it: the same document with every secret the analysis
 * collected replaced by `(sensitive)`, so no uploaded file but the binary plan carries one in clear.
 *
 * - resource_changes / resource_drift entries and output_changes: values under a `true` mark are
 *   replaced whole (keys of sensitive maps included); unmarked strings and numbers that are collected
 *   secrets are replaced; other strings (addresses, keys, ids, import ids, replace_paths, generated
 *   config) are scrubbed;
 * - prior_state / planned_values resources and outputs: the same with `sensitive_values` and
 *   `sensitive`;
 * - configuration: `default` and `expression` of anything declared `sensitive: true`, then the rest
 *   like any value; variables and every other member: strings and numbers like any value.
 *
 * Booleans stay (see sensitive-values.ts). The result is deterministic for a given plan (the gate can
 * redact a plan it regenerates and compare). The structure, actions, types and every address
 * without a secret in it are unchanged, so the gate's counts and risk are the same as the plan's.
 */
import { redactInstanceKeys } from '../instance-keys.js'
import type { PlanSecrets } from '../plan-secrets.js'
import { SENSITIVE_PLACEHOLDER } from '../scrub-secrets.js'
import { JsonRewriter, type JsonStep, type RewriteHooks } from './json-rewriter.js'
import { memberNames, redactString, redactTrees } from './redact-values.js'

/** A redactor fed the plan's text in pieces; `write` receives the redacted JSON in pieces. */
export interface PlanRedactor {
  feed(text: string): void
  end(): void
}

/** Members handled one entry at a time. */
const ENTRY_SECTIONS = new Set(['resource_changes', 'resource_drift'])

/**
 * Fields that say what the plan is, never what a value is: kept as written, so a plan that marks
 * "delete" or "1.2" sensitive cannot change what the gate reads. (Identifiers from the code, not values.)
 */
const KEPT_TOP = new Set([
  'format_version',
  'terraform_version',
  'applyable',
  'complete',
  'errored',
  'timestamp'
])
const KEPT_IN_ENTRY = new Set(['mode', 'type', 'name', 'provider_name', 'action_reason', 'schema_version'])
const KEPT_IN_CHANGE = new Set(['actions'])
/**
 * Addresses: only secrets inside their instance keys are replaced, as the reports do. A gate may judge
 * this file (an artifact without plan.tfplan): an address the plan could turn into `(sensitive)` by
 * marking its text would match no protected_resources glob.
 */
const ADDRESSES = new Set(['address', 'previous_address', 'module_address'])

/** Creates a redactor for a plan whose secrets are `secrets` (planSecrets of its analysis). */
export function createPlanRedactor(secrets: PlanSecrets, write: (text: string) => void): PlanRedactor {
  const hooks: RewriteHooks = {
    capture: path => captureKind(path) !== undefined,
    rewrite: (path, text) => {
      const kind = captureKind(path) ?? 'other'
      if (BULK.has(kind) && holdsNoSecret(text, secrets)) return text
      return JSON.stringify(redactCaptured(kind, JSON.parse(text), secrets))
    },
    string: (path, value) =>
      path.length === 1 && KEPT_TOP.has(path[0] as string) ? value : redactString(value, secrets),
    number: (_path, text) =>
      secrets.isSecretValue(Number(text)) ? JSON.stringify(SENSITIVE_PLACEHOLDER) : text,
    key: (_path, name) => redactString(name, secrets)
  }
  const rewriter = new JsonRewriter(hooks, write)
  return { feed: text => rewriter.feed(text), end: () => rewriter.end() }
}

/** Redacts a whole plan held in memory (tests, small plans). */
export function redactPlanText(text: string, secrets: PlanSecrets): string {
  const parts: string[] = []
  const redactor = createPlanRedactor(secrets, part => parts.push(part))
  redactor.feed(text)
  redactor.end()
  return parts.join('')
}

type CaptureKind = 'entry' | 'changes' | 'state-resource' | 'state-outputs' | 'configuration' | 'other'

/** The kinds a big plan has many of: each is checked as text first, and parsed only when it holds a secret. */
const BULK = new Set<CaptureKind>(['entry', 'state-resource'])

/** A sensitivity mark tree starts here; a `true` after it means something is marked. */
const MARKS = /"(?:before_sensitive|after_sensitive|sensitive_values)"/

/**
 * True when an entry's JSON text holds nothing to redact: no secret in any form scrubbing finds in
 * JSON text, nothing marked, and no `\u` escape (which could spell a secret differently).
 */
function holdsNoSecret(text: string, secrets: PlanSecrets): boolean {
  if (text.includes('\\u')) return false
  const marks = text.search(MARKS)
  if (marks >= 0 && text.includes('true', marks)) return false
  return secrets.size === 0 || secrets.scrub(text) === text
}

/** What the container at `path` is, when it is read whole; undefined to stream through it. */
function captureKind(path: readonly JsonStep[]): CaptureKind | undefined {
  const [member] = path
  if (typeof member !== 'string') return undefined
  if (ENTRY_SECTIONS.has(member)) return path.length === 2 ? 'entry' : undefined
  const state = stateTail(path)
  if (state !== undefined) {
    if (state.length === 1 && state[0] === 'outputs') return 'state-outputs'
    return isModulePath(state) && state.length >= 2 && state.at(-2) === 'resources'
      ? 'state-resource'
      : undefined
  }
  if (path.length !== 1) return undefined
  if (member === 'output_changes') return 'changes'
  if (member === 'configuration') return 'configuration'
  return 'other'
}

/** The path below `prior_state.values` or `planned_values`; undefined elsewhere. */
function stateTail(path: readonly JsonStep[]): readonly JsonStep[] | undefined {
  if (path[0] === 'planned_values') return path.slice(1)
  if (path[0] === 'prior_state' && path[1] === 'values') return path.slice(2)
  return undefined
}

/** `root_module (.child_modules[i])* .resources[i]`, or a prefix of it. */
function isModulePath(tail: readonly JsonStep[]): boolean {
  if (tail[0] !== 'root_module') return false
  for (let i = 1; i < tail.length; i += 2) {
    const step = tail[i]
    if (step !== 'child_modules' && step !== 'resources') return false
    if (i + 1 < tail.length && typeof tail[i + 1] !== 'number') return false
    if (step === 'resources' && i + 2 < tail.length) return false
  }
  return true
}

function redactCaptured(kind: CaptureKind, value: unknown, secrets: PlanSecrets): unknown {
  switch (kind) {
    case 'entry':
      return redactEntry(value, secrets)
    case 'changes':
      return mapRecord(value, change => redactChange(change, secrets), secrets)
    case 'state-resource':
      return redactStateResource(value, secrets)
    case 'state-outputs':
      return mapRecord(value, output => redactStateOutput(output, secrets), secrets)
    case 'configuration':
      return redactConfiguration(value, secrets)
    default:
      return redactTrees([value], secrets)[0]
  }
}

/** A resource_changes / resource_drift entry: its change with marks, everything else as plain values. */
function redactEntry(entry: unknown, secrets: PlanSecrets): unknown {
  if (!isRecord(entry)) return redactTrees([entry], secrets)[0]
  const { change, ...rest } = entry
  const out = redactKeeping(rest, KEPT_IN_ENTRY, secrets)
  if (Object.hasOwn(entry, 'change')) out.change = redactChange(change, secrets)
  return out
}

/** Redacts a record's fields but those in `kept`, which are copied as written. */
function redactKeeping(
  record: Record<string, unknown>,
  kept: Set<string>,
  secrets: PlanSecrets
): Record<string, unknown> {
  const redacted: Record<string, unknown> = Object.create(null)
  const copied: Record<string, unknown> = Object.create(null)
  for (const key of Object.keys(record)) {
    const value = record[key]
    if (ADDRESSES.has(key) && typeof value === 'string')
      copied[key] = redactInstanceKeys(value, secrets.scrub)
    else (kept.has(key) ? copied : redacted)[key] = value
  }
  return Object.assign(redactTrees([redacted], secrets)[0] as Record<string, unknown>, copied)
}

/** `before` with `before_sensitive`, `after` with `after_sensitive` and `after_unknown`; the rest plain. */
function redactChange(change: unknown, secrets: PlanSecrets): unknown {
  if (!isRecord(change)) return redactTrees([change], secrets)[0]
  const { before, after, before_sensitive, after_sensitive, after_unknown, ...rest } = change
  const out = redactKeeping(rest, KEPT_IN_CHANGE, secrets)
  const [b, bs] = redactTrees([before, before_sensitive], secrets)
  const [a, as, au] = redactTrees([after, after_sensitive, after_unknown], secrets)
  const set = (key: string, value: unknown): void => {
    if (Object.hasOwn(change, key)) out[key] = value
  }
  set('before', b)
  set('after', a)
  set('after_unknown', au)
  set('before_sensitive', bs)
  set('after_sensitive', as)
  return out
}

function redactStateResource(resource: unknown, secrets: PlanSecrets): unknown {
  if (!isRecord(resource)) return redactTrees([resource], secrets)[0]
  const { values, sensitive_values, ...rest } = resource
  const out = redactKeeping(rest, KEPT_IN_ENTRY, secrets)
  const [v, sv] = redactTrees([values, sensitive_values], secrets)
  if (Object.hasOwn(resource, 'values')) out.values = v
  if (Object.hasOwn(resource, 'sensitive_values')) out.sensitive_values = sv
  return out
}

function redactStateOutput(output: unknown, secrets: PlanSecrets): unknown {
  if (!isRecord(output)) return redactTrees([output], secrets)[0]
  const { value, ...rest } = output
  const out = redactTrees([rest], secrets)[0] as Record<string, unknown>
  if (Object.hasOwn(output, 'value'))
    out.value = redactTrees([value, output.sensitive === true ? true : undefined], secrets)[0]
  return out
}

/** Anything declared `sensitive: true` (variables, outputs, in every module) loses its default and expression. */
function redactConfiguration(value: unknown, secrets: PlanSecrets, depth = 0): unknown {
  if (depth > 100 || value === null || typeof value !== 'object') return redactTrees([value], secrets)[0]
  if (Array.isArray(value)) return value.map(item => redactConfiguration(item, secrets, depth + 1))
  const record = value as Record<string, unknown>
  const hidden = record.sensitive === true ? new Set(['default', 'expression']) : new Set<string>()
  const out: Record<string, unknown> = Object.create(null)
  for (const [key, renamed] of memberNames([record], secrets)) {
    out[renamed] = hidden.has(key)
      ? SENSITIVE_PLACEHOLDER
      : redactConfiguration(record[key], secrets, depth + 1)
  }
  return out
}

/** An object of named items (outputs), each redacted by `redact`, names scrubbed. */
function mapRecord(value: unknown, redact: (item: unknown) => unknown, secrets: PlanSecrets): unknown {
  if (!isRecord(value)) return redactTrees([value], secrets)[0]
  const out: Record<string, unknown> = Object.create(null)
  for (const [key, renamed] of memberNames([value], secrets)) out[renamed] = redact(value[key])
  return out
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
}
