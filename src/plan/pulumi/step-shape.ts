/**
 * Shape checks for one step, shared by both formats: a `preview --json` step
 * (`op`, `urn`, `oldState`, `newState`, `replaceReasons`, `diffReasons`) and the `metadata` of an
 * engine event (`op`, `urn`, `type`, `old`, `new`, `keys`, `diffs`). Every field the gate relies
 * on (op, URN, type, protect, retainOnDelete, delete, inputs) must have its documented type, or the
 * document is refused with a PlanReadError that names the step.
 */
import { PlanReadError } from '../../errors.js'
import { keepReasons, type NormalStep, type StepState } from './entries.js'
import { parseUrn } from './urn.js'

/** Field names of the two formats. */
const DIGEST_FIELDS = { old: 'oldState', new: 'newState', keys: 'replaceReasons', diffs: 'diffReasons' }
const EVENT_FIELDS = { old: 'old', new: 'new', keys: 'keys', diffs: 'diffs' }

/** What a value is, for messages. */
export function kindOf(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'an array'
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`
}

/** Checks a `steps[i]` value of `preview --json`. */
export function checkDigestStep(file: string, value: unknown, source: string): NormalStep {
  return checkStep(file, value, source, DIGEST_FIELDS)
}

/**
 * Checks the `metadata` of a resourcePreEvent / resOutputsEvent / resOpFailedEvent. An event's state
 * omits `custom` when it is false (`StepEventStateMetadata.Custom` is omitempty, unlike the digest's
 * ResourceV3), so an absent `custom` there is a component resource.
 */
export function checkEventStep(file: string, value: unknown, source: string): NormalStep {
  const step = checkStep(file, value, source, EVENT_FIELDS)
  if (step.old) step.old = { ...step.old, custom: step.old.custom ?? false }
  if (step.new) step.new = { ...step.new, custom: step.new.custom ?? false }
  return step
}

function checkStep(file: string, value: unknown, source: string, fields: typeof DIGEST_FIELDS): NormalStep {
  if (kindOf(value) !== 'an object')
    throw new PlanReadError(file, `${source} must be an object; got ${kindOf(value)}`)
  const step = value as Record<string, unknown>
  const urn = step.urn
  if (typeof urn !== 'string' || urn === '') throw new PlanReadError(file, `${source} has no 'urn' string`)
  const parsed = parseUrn(urn)
  if (!parsed) {
    throw new PlanReadError(
      file,
      `${source} has the URN '${shorten(urn)}', which is not urn:pulumi:<stack>::<project>::<type>::<name>`
    )
  }
  const op = step.op
  if (typeof op !== 'string' || op === '') {
    throw new PlanReadError(file, `${source} (${shorten(urn)}) has no 'op' string`)
  }
  const where = `${source} (${shorten(urn)})`
  if (step.type !== undefined && step.type !== parsed.type) {
    throw new PlanReadError(
      file,
      `${where} says its type is ${describe(step.type)} but its URN says '${parsed.type}'`
    )
  }
  const normal: NormalStep = {
    op,
    urn,
    parsed,
    replaceReasons: replaceReasons(step[fields.keys], step.detailedDiff),
    diffReasons: keepReasons(step[fields.diffs]),
    source
  }
  const old = checkState(file, step[fields.old], `${where} ${fields.old}`)
  const next = checkState(file, step[fields.new], `${where} ${fields.new}`)
  if (old) normal.old = old
  if (next) {
    // The new state is the resource this URN names (an old state may carry an aliased URN and type).
    if (next.type !== undefined && next.type !== parsed.type) {
      throw new PlanReadError(
        file,
        `${where} ${fields.new}.type is '${shorten(next.type)}' but its URN says '${parsed.type}'`
      )
    }
    normal.new = next
  }
  return normal
}

/**
 * The keys forcing a replacement: `replaceReasons`/`keys`, or else the detailedDiff paths whose
 * kind (`kind` in the preview JSON, `diffKind` in events) is one of the `*-replace` kinds.
 */
function replaceReasons(keys: unknown, detailedDiff: unknown): string[] {
  const listed = keepReasons(keys)
  if (listed.length > 0 || kindOf(detailedDiff) !== 'an object') return listed
  const paths = Object.entries(detailedDiff as Record<string, unknown>)
    .filter(([, diff]) => {
      const kind =
        (diff as { kind?: unknown; diffKind?: unknown } | null)?.kind ??
        (diff as { diffKind?: unknown } | null)?.diffKind
      return typeof kind === 'string' && kind.endsWith('-replace')
    })
    .map(([path]) => path)
  return keepReasons(paths)
}

/** Checks one state object; null and absent mean "no state". */
function checkState(file: string, value: unknown, where: string): StepState | undefined {
  if (value === undefined || value === null) return undefined
  if (kindOf(value) !== 'an object')
    throw new PlanReadError(file, `${where} must be an object; got ${kindOf(value)}`)
  const state = value as Record<string, unknown>
  for (const key of ['urn', 'type'] as const) {
    if (state[key] !== undefined && typeof state[key] !== 'string') {
      throw new PlanReadError(file, `${where}.${key} must be a string; got ${kindOf(state[key])}`)
    }
  }
  for (const key of ['custom', 'delete', 'protect', 'retainOnDelete'] as const) {
    if (state[key] !== undefined && typeof state[key] !== 'boolean') {
      throw new PlanReadError(file, `${where}.${key} must be true or false; got ${kindOf(state[key])}`)
    }
  }
  for (const key of ['inputs', 'outputs'] as const) {
    if (state[key] !== undefined && state[key] !== null && kindOf(state[key]) !== 'an object') {
      throw new PlanReadError(file, `${where}.${key} must be an object; got ${kindOf(state[key])}`)
    }
  }
  return state as StepState
}

function describe(value: unknown): string {
  return typeof value === 'string' ? `'${shorten(value)}'` : kindOf(value)
}

/** Bounds text taken from the document before it goes into a message. */
export function shorten(text: string, max = 200): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text
}
