/**
 * Key attributes: what a reviewer checks on a resource being created (network exposure, IAM actions
 * and resources, encryption, public access, size, protection) and what identifies one being deleted.
 * Which attributes those are is data, per resource type (key-attributes-aws.ts, key-attributes-gcp-azure.ts);
 * this file reads them out of a plan value, masked like the diff.
 */
import { AWS_KEY_ATTRIBUTES } from './key-attributes-aws.js'
import { GCP_AZURE_KEY_ATTRIBUTES } from './key-attributes-gcp-azure.js'
import { rule, type KeyAttributeRule, type KeyConcern } from './key-rule.js'
import type { ChangeValues, Segment, Shown } from './types.js'
import { childMark, isRecord, parseJsonDocument, showValue } from './values.js'

export type { KeyAttributeRule, KeyConcern } from './key-rule.js'

/** Every table, by resource type. `terraform_data` (built in) is known by what it holds, not its random id. */
export const KEY_ATTRIBUTES: Readonly<Record<string, readonly KeyAttributeRule[]>> = {
  terraform_data: [rule('input', 'identity'), rule('triggers_replace', 'identity')],
  ...AWS_KEY_ATTRIBUTES,
  ...GCP_AZURE_KEY_ATTRIBUTES
}

/** For types without a table: what names most objects. */
const FALLBACK: readonly KeyAttributeRule[] = [
  { path: 'name', concern: 'identity' },
  { path: 'id', concern: 'identity' },
  { path: 'arn', concern: 'identity' }
]

/** One key attribute found in a value. */
export interface KeyAttribute {
  concern: KeyConcern
  /** Where it was found, with concrete indices (`ingress[1]`, `policy (JSON).Statement[0].Action`). */
  path: Segment[]
  value: Shown
}

export interface KeyAttributeLimits {
  /** Attributes returned at most; the rest are counted. */
  maxAttributes: number
  /** Longest shown value. */
  maxValueChars: number
  /** Longest JSON string parsed. */
  maxJsonChars: number
}

const KEY_LIMITS: KeyAttributeLimits = { maxAttributes: 40, maxValueChars: 300, maxJsonChars: 1_000_000 }

/** Key attributes of one side of a change, for `concerns` (all when omitted). */
export function keyAttributes(
  type: string,
  value: unknown,
  sensitive: unknown,
  unknown: unknown,
  options: {
    concerns?: readonly KeyConcern[]
    limits?: Partial<KeyAttributeLimits>
    /** Removes known secrets from shown strings (the report's scrubber); identity by default. */
    scrub?: (text: string) => string
  } = {}
): { attributes: KeyAttribute[]; omitted: number } {
  const limits = { ...KEY_LIMITS, ...options.limits }
  const rules = Object.hasOwn(KEY_ATTRIBUTES, type) ? KEY_ATTRIBUTES[type] : FALLBACK
  const attributes: KeyAttribute[] = []
  let omitted = 0
  for (const rule of rules) {
    if (options.concerns && !options.concerns.includes(rule.concern)) continue
    for (const found of select(value, sensitive, unknown, parsePath(rule.path), [], limits)) {
      if (attributes.length >= limits.maxAttributes) {
        omitted++
        continue
      }
      const shown = showValue(
        rule.fields && isRecord(found.value) ? pick(found.value, rule.fields) : found.value,
        found.sensitive,
        found.unknown,
        options.scrub ?? (text => text),
        limits.maxValueChars
      )
      if (shown.kind === 'value' && (shown.text === 'null' || shown.text === '{}')) continue
      attributes.push({ concern: rule.concern, path: found.path, value: shown })
    }
  }
  return { attributes, omitted }
}

/** What a reviewer checks on a create: every concern, read from `after`. */
export function createKeyAttributes(type: string, change: ChangeValues): ReturnType<typeof keyAttributes> {
  return keyAttributes(type, change.after, change.after_sensitive, change.after_unknown)
}

/** What identifies an object being deleted (and how much data it holds), read from `before`. */
export function deleteKeyAttributes(type: string, change: ChangeValues): ReturnType<typeof keyAttributes> {
  return keyAttributes(type, change.before, change.before_sensitive, undefined, {
    concerns: ['identity', 'size', 'protection']
  })
}

/** One step of a key-attribute path. */
export type Step = { kind: 'key'; key: string } | { kind: 'each' } | { kind: 'json' }

/** `ingress[*].from_port`, `policy{json}.Statement[*]` → steps. */
export function parsePath(path: string): Step[] {
  const steps: Step[] = []
  for (const part of path.split('.')) {
    const match = /^([^[{]+)((?:\[\*\]|\{json\})*)$/.exec(part)
    if (!match) throw new Error(`Bad key attribute path '${path}'`)
    steps.push({ kind: 'key', key: match[1] })
    for (const suffix of match[2].match(/\[\*\]|\{json\}/g) ?? [])
      steps.push(suffix === '[*]' ? { kind: 'each' } : { kind: 'json' })
  }
  return steps
}

interface Found {
  path: Segment[]
  value: unknown
  sensitive: unknown
  unknown: unknown
}

/** Every value a path reaches; `[*]` on a value that is not a list takes the value itself (IAM allows one statement). */
function select(
  value: unknown,
  sensitive: unknown,
  unknown: unknown,
  steps: Step[],
  path: Segment[],
  limits: KeyAttributeLimits
): Found[] {
  if (steps.length === 0) return [{ path, value, sensitive, unknown }]
  if (sensitive === true || unknown === true) return [{ path, value, sensitive, unknown }]
  const [step, ...rest] = steps
  if (step.kind === 'key') {
    if (!isRecord(value) && !isRecord(unknown)) return []
    const child = isRecord(value) && Object.hasOwn(value, step.key) ? value[step.key] : undefined
    const childUnknown = childMark(unknown, step.key)
    if (child === undefined && childUnknown !== true) return []
    return select(child, childMark(sensitive, step.key), childUnknown, rest, [...path, step.key], limits)
  }
  if (step.kind === 'each') {
    if (!Array.isArray(value))
      return value === null || value === undefined
        ? []
        : select(value, sensitive, unknown, rest, path, limits)
    return value.flatMap((element, index) =>
      select(element, childMark(sensitive, index), childMark(unknown, index), rest, [...path, index], limits)
    )
  }
  if (typeof value !== 'string') return []
  const parsed = parseJsonDocument(value, limits.maxJsonChars)
  return parsed ? select(parsed.value, undefined, undefined, rest, [...path, '{json}'], limits) : []
}

/** The chosen fields of an object, in the table's order, empty ones left out by showValue. */
function pick(record: Record<string, unknown>, fields: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const field of fields) if (Object.hasOwn(record, field)) out[field] = record[field]
  return out
}
