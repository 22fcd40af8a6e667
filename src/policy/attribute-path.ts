/**
 * Reads attribute paths out of planned values (`change.after` with its `after_unknown` mirror) and
 * applies rule operators. A value Terraform only knows after apply is reported as unknown, never
 * as a pass or a violation. Values are compared but never copied into messages (they may be secret).
 */
import { SENSITIVE_PLACEHOLDER } from '../analysis/scrub-secrets.js'
import { SECRET_TEXT } from '../plan/pulumi/values.js'
import type { RuleOp } from './types.js'

/**
 * Values the gate cannot see, and the plan chose to hide: the redacted artifact plan.json's
 * `(sensitive)` (mark `public-read` sensitive and `not_equals public-read` would pass), and Pulumi's
 * `[secret]` (`pulumi.secret("public-read")` in the program). Terraform writes neither for a value,
 * so failing closed on them costs honest plans nothing.
 */
const HIDDEN = new Set([SENSITIVE_PLACEHOLDER, SECRET_TEXT])

function isHidden(value: unknown): boolean {
  return typeof value === 'string' && HIDDEN.has(value)
}

/** One value found at a path. */
export type Leaf = { unknown: true } | { unknown: false; value: unknown }

/** The result of one check on one resource. */
/** `hidden`: a value the gate cannot see and the plan chose to hide (see HIDDEN); rules deny it as a violation. */
export type Outcome = 'pass' | 'violation' | 'unknown' | 'hidden'

type Segment = { name: string } | { index: number } | { any: true }

const parsed = new Map<string, Segment[]>()

/** `ingress[*].cidr_blocks` → [ingress, *, cidr_blocks]; cached. */
function parsePath(path: string): Segment[] {
  let segments = parsed.get(path)
  if (!segments) {
    segments = []
    for (const token of path.match(/[^.[\]]+|\[[^\]]*\]/g) ?? []) {
      if (token.startsWith('[')) {
        const inner = token.slice(1, -1).trim()
        if (inner === '*' || inner === '') segments.push({ any: true })
        else if (/^\d+$/.test(inner)) segments.push({ index: Number(inner) })
        else segments.push({ name: inner.replace(/^["']|["']$/g, '') })
      } else segments.push(token === '*' ? { any: true } : { name: token })
    }
    parsed.set(path, segments)
  }
  return segments
}

/**
 * Every value at `path`. A name applied to a list reaches into each element (blocks such as
 * `root_block_device` are lists in plan JSON). A path that leads nowhere yields one absent leaf.
 */
export function resolvePath(after: unknown, afterUnknown: unknown, path: string): Leaf[] {
  const leaves: Leaf[] = []
  walk(after, afterUnknown, parsePath(path), 0, leaves)
  return leaves.length === 0 ? [{ unknown: false, value: undefined }] : leaves
}

/**
 * How many lists a name may reach through implicitly (blocks are lists in planned values, so
 * `root_block_device.encrypted` looks inside the list). Real plans nest a few levels; a hostile plan
 * nesting thousands would otherwise exhaust the stack. Deeper values count as not evaluable.
 */
const MAX_IMPLICIT_LISTS = 64

function walk(
  value: unknown,
  unknown: unknown,
  segments: Segment[],
  at: number,
  out: Leaf[],
  depth = 0
): void {
  if (depth > MAX_IMPLICIT_LISTS) {
    out.push({ unknown: true })
    return
  }
  if (unknown === true) {
    out.push({ unknown: true })
    return
  }
  // A value hidden from the gate (see HIDDEN), or a map hidden whole: what was there is not known,
  // so the path ends here with the mark (checkPath fails closed on it).
  if (at === segments.length || isHidden(value)) {
    out.push({ unknown: false, value })
    return
  }
  const segment = segments[at]
  const unknownNode =
    unknown !== null && typeof unknown === 'object' ? (unknown as Record<string, unknown>) : undefined
  if (Array.isArray(value)) {
    if ('index' in segment)
      return walk(
        value[segment.index],
        (unknownNode as unknown[] | undefined)?.[segment.index],
        segments,
        at + 1,
        out
      )
    const next = 'any' in segment ? at + 1 : at
    const nextDepth = next === at ? depth + 1 : depth
    value.forEach((item, index) =>
      walk(item, (unknownNode as unknown[] | undefined)?.[index], segments, next, out, nextDepth)
    )
    return
  }
  if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>
    if ('name' in segment)
      return walk(record[segment.name], unknownNode?.[segment.name], segments, at + 1, out)
    if ('any' in segment) {
      for (const key of Object.keys(record)) walk(record[key], unknownNode?.[key], segments, at + 1, out)
    }
    return
  }
  // A missing object whose child is marked unknown (e.g. `id`) is still unknown.
  if (value === undefined || value === null) {
    const child = 'name' in segment ? unknownNode?.[segment.name] : undefined
    if (child === true) out.push({ unknown: true })
    else out.push({ unknown: false, value: undefined })
  }
}

/** Equality for rule values: deep for lists and maps; scalars also compare as text ("true" = true, "443" = 443). */
function valuesEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true
  if (a === null || b === null || a === undefined || b === undefined) return false
  if (typeof a !== 'object' && typeof b !== 'object') return String(a) === String(b)
  if (Array.isArray(a) !== Array.isArray(b) || typeof a !== 'object' || typeof b !== 'object') return false
  if (Array.isArray(a))
    return (
      a.length === (b as unknown[]).length &&
      a.every((item, index) => valuesEqual(item, (b as unknown[])[index]))
    )
  const keysA = Object.keys(a as object)
  const keysB = Object.keys(b as object)
  return (
    keysA.length === keysB.length &&
    keysA.every(key => valuesEqual((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]))
  )
}

/** Whether one known value satisfies `op value`. */
function satisfies(actual: unknown, op: RuleOp, expected: unknown): boolean {
  const present = actual !== undefined && actual !== null
  switch (op) {
    case 'equals':
      return valuesEqual(actual, expected)
    case 'not_equals':
      return !valuesEqual(actual, expected)
    case 'in':
      return Array.isArray(expected) && expected.some(item => valuesEqual(actual, item))
    case 'not_in':
      return !(Array.isArray(expected) && expected.some(item => valuesEqual(actual, item)))
    case 'matches':
      return present && typeof actual !== 'object' && new RegExp(String(expected)).test(String(actual))
    case 'exists':
      return present
    case 'absent':
      return !present
  }
}

/**
 * Applies `op value` to every leaf at `path`: any failing leaf is a violation, else any unknown leaf
 * is unknown. A hidden leaf (`(sensitive)`, `[secret]`) is `hidden` for every op but `exists`.
 */
export function checkPath(
  after: unknown,
  afterUnknown: unknown,
  path: string,
  op: RuleOp,
  expected: unknown
): Outcome {
  let sawUnknown = false
  let sawHidden = false
  for (const leaf of resolvePath(after, afterUnknown, path)) {
    if (leaf.unknown) sawUnknown = true
    // The plan chose to hide it (see HIDDEN): a rule that cannot see the value must not pass it.
    else if (isHidden(leaf.value)) sawHidden ||= op !== 'exists'
    else if (!satisfies(leaf.value, op, expected)) return 'violation'
  }
  return sawHidden ? 'hidden' : sawUnknown ? 'unknown' : 'pass'
}

/** Combines outcomes of several checks on one resource the same way. */
export function combineOutcomes(outcomes: Outcome[]): Outcome {
  if (outcomes.includes('violation')) return 'violation'
  if (outcomes.includes('hidden')) return 'hidden'
  return outcomes.includes('unknown') ? 'unknown' : 'pass'
}
