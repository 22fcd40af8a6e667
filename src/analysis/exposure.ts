/**
 * Dangerous settings a change brings: on a create, every exposure of the new object; on an update or
 * a replacement, those the object has after the change and did not have before. Only resource types
 * with a rule are looked at, so a big plan pays for the few entries that can expose something.
 */
import { ACCESS_RULE_TYPES, accessExposures } from './exposure-access.js'
import { NETWORK_RULES } from './exposure-network.js'
import { type Exposure, Side } from './exposure-side.js'
import type { ChangeKind } from './types.js'

export type { Exposure, ExposureRule } from './exposure-side.js'

/** The values of one change, as the plan writes them. */
interface Values {
  before?: unknown
  after?: unknown
  before_sensitive?: unknown
  after_sensitive?: unknown
  after_unknown?: unknown
}

/** Kinds whose new object can expose something. */
const JUDGED: ReadonlySet<ChangeKind> = new Set(['create', 'update', 'replace', 'create-forget'])

/**
 * What the change newly exposes; empty for kinds that leave no new object, and for types without rules.
 * `type` is a Terraform resource type; with `pulumiNames` the values are a Pulumi resource's properties
 * (the type the Pulumi token is bridged from, see pulumi-types.ts).
 */
export function newExposures(
  type: string,
  change: Values,
  kind: ChangeKind,
  pulumiNames = false
): Exposure[] {
  if (!JUDGED.has(kind) || !mayExpose(type)) return []
  const after = exposuresOf(
    type,
    new Side(change.after, change.after_sensitive, change.after_unknown, pulumiNames)
  )
  if (after.length === 0 || kind === 'create') return after
  const before = new Set(
    exposuresOf(type, new Side(change.before, change.before_sensitive, undefined, pulumiNames)).map(key)
  )
  return after.filter(exposure => !before.has(key(exposure)))
}

function exposuresOf(type: string, side: Side): Exposure[] {
  if (side.value === null || side.value === undefined || !side.readable) return []
  const network = Object.hasOwn(NETWORK_RULES, type) ? NETWORK_RULES[type](side) : []
  return dedupe([...network, ...accessExposures(type, side)])
}

/** True when a content rule judges this Terraform type. */
export function hasContentRules(type: string): boolean {
  return (
    Object.hasOwn(NETWORK_RULES, type) ||
    ACCESS_RULE_TYPES.has(type) ||
    (type.startsWith('google_') && type.includes('_iam_'))
  )
}

/** Cheap pre-filter: the provider prefixes that have rules at all. */
function mayExpose(type: string): boolean {
  return type.startsWith('aws_') || type.startsWith('google_') || type.startsWith('azurerm_')
}

function key(exposure: Exposure): string {
  return JSON.stringify([exposure.rule, exposure.text])
}

function dedupe(exposures: Exposure[]): Exposure[] {
  const seen = new Set<string>()
  return exposures.filter(exposure => {
    const k = key(exposure)
    if (seen.has(k)) return false
    seen.add(k)
    return true
  })
}
