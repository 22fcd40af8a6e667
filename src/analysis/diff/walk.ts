/**
 * The recursive differ: one before/after pair with its mirrors in, one node (or nothing when equal)
 * out. Sensitive first (a `true` mark hides the value whatever it is), then unknown, then by shape:
 * objects and maps by key, lists in lists.ts, strings in string-node.ts, values added or removed whole
 * in whole-node.ts.
 */
import { diffList } from './lists.js'
import type { ReplaceMatcher } from './replace-paths.js'
import { stringNode } from './string-node.js'
import type { DiffLimits, DiffNode, ObjectNode, Segment, SensitiveNode, ValueNode } from './types.js'
import { childMark, equalityKey, isRecord, MAX_DEPTH, objectKeys, type Scrub, showValue } from './values.js'
import { wholeNode } from './whole-node.js'

/** Where a walk is: plan values (lists may be sets) or a parsed JSON document (arrays are lists). */
export type WalkMode = 'plan' | 'json'

/** One pair of values with its mirrors and position. */
export interface Pair {
  key: Segment
  path: readonly Segment[]
  before: unknown
  after: unknown
  beforeSensitive: unknown
  afterSensitive: unknown
  unknown: unknown
  replace: ReplaceMatcher
  mode: WalkMode
  depth: number
}

/** State shared by one resource's walk: limits, masking and the node budget. */
export class WalkContext {
  nodes = 0
  constructor(
    readonly limits: DiffLimits,
    readonly scrub: Scrub,
    readonly hideString: ((path: readonly Segment[], value: string) => boolean) | undefined
  ) {}

  /** The budget is spent: further changes are only counted. */
  full(): boolean {
    return this.nodes >= this.limits.maxNodes
  }

  count<T extends DiffNode>(node: T): T {
    this.nodes++
    return node
  }

  /** Counts a container before its children are walked, so they see the budget it uses. */
  reserve(): void {
    this.nodes++
  }

  /** Gives a reservation back (the container turned out unchanged, or was merged into its parent). */
  release(): void {
    this.nodes--
  }
}

/** Not null or absent. */
export function present(value: unknown): boolean {
  return value !== null && value !== undefined
}

/** True when the pair differs (cheap enough to count what the budget leaves out). */
export function differs(pair: Pair): boolean {
  const before = equalityKey(pair.before, pair.beforeSensitive, undefined)
  const after = equalityKey(pair.after, pair.afterSensitive, pair.unknown)
  return before === undefined || after === undefined || before !== after
}

/** Diffs one pair; undefined when nothing changed. */
export function walk(context: WalkContext, pair: Pair): DiffNode | undefined {
  const hidden = hideStrings(context, pair)
  if (hidden.beforeSensitive === true || hidden.afterSensitive === true) return sensitiveNode(context, hidden)
  if (pair.unknown === true) return unknownNode(context, pair)
  const { before, after } = pair
  if (!present(before) && !present(after)) return undefined
  if (!present(before) || !present(after) || pair.depth > MAX_DEPTH) return wholeNode(context, pair)
  if (typeof before === 'string' && typeof after === 'string') return stringNode(context, pair, before, after)
  if (Array.isArray(before) && Array.isArray(after)) return diffList(context, pair, before, after)
  if (isRecord(before) && isRecord(after)) {
    context.reserve()
    const children = diffObject(context, pair, before, after)
    if (children.nodes.length === 0 && children.omitted === 0) {
      context.release()
      return undefined
    }
    const node: ObjectNode = {
      kind: 'object',
      key: pair.key,
      action: 'changed',
      children: children.nodes,
      omitted: children.omitted
    }
    if (pair.replace.exact()) node.forcesReplacement = true
    return node
  }
  if (before === after) return undefined
  return wholeNode(context, pair)
}

/** Applies the extra secret detection to unmarked string leaves. */
function hideStrings(context: WalkContext, pair: Pair): Pair {
  if (!context.hideString) return pair
  let { beforeSensitive, afterSensitive } = pair
  if (
    typeof pair.before === 'string' &&
    beforeSensitive !== true &&
    context.hideString(pair.path, pair.before)
  )
    beforeSensitive = true
  if (typeof pair.after === 'string' && afterSensitive !== true && context.hideString(pair.path, pair.after))
    afterSensitive = true
  return beforeSensitive === pair.beforeSensitive && afterSensitive === pair.afterSensitive
    ? pair
    : { ...pair, beforeSensitive, afterSensitive }
}

/** Either side marked sensitive: never shows the value, only whether it (or its marking) changed. */
function sensitiveNode(context: WalkContext, pair: Pair): SensitiveNode | undefined {
  const beforePresent = present(pair.before)
  const afterPresent = present(pair.after) || pair.unknown === true
  if (!beforePresent && !afterPresent) return undefined
  const beforeKey = equalityKey(pair.before, undefined, undefined)
  const afterKey = equalityKey(pair.after, undefined, pair.unknown)
  const changed = beforeKey === undefined || afterKey === undefined || beforeKey !== afterKey
  const beforeMarked = pair.beforeSensitive === true
  const afterMarked = pair.afterSensitive === true
  if (!changed && beforeMarked === afterMarked) return undefined
  const node: SensitiveNode = {
    kind: 'sensitive',
    key: pair.key,
    action: !beforePresent ? 'added' : !afterPresent ? 'removed' : 'changed',
    changed
  }
  if (beforePresent && afterPresent && beforeMarked !== afterMarked)
    node.marking = afterMarked ? 'added' : 'removed'
  if (pair.replace.within()) node.forcesReplacement = true
  return context.count(node)
}

/**
 * After is known only after apply. The old value is only context here (what changes is that it
 * will be recomputed), so it is shown short: half the inline limit.
 */
function unknownNode(context: WalkContext, pair: Pair): ValueNode {
  const node: ValueNode = { kind: 'value', key: pair.key, action: 'added', after: { kind: 'unknown' } }
  if (present(pair.before)) {
    node.action = 'changed'
    node.before = showValue(
      pair.before,
      pair.beforeSensitive,
      undefined,
      context.scrub,
      Math.floor(context.limits.maxInlineChars / 2)
    )
  }
  if (pair.replace.within()) node.forcesReplacement = true
  return context.count(node)
}

/** Longest attribute or map key shown; longer ones are cut with `…`. */
const MAX_KEY_CHARS = 200

function shownKey(context: WalkContext, key: string): string {
  const scrubbed = context.scrub(key)
  return scrubbed.length <= MAX_KEY_CHARS ? scrubbed : `${scrubbed.slice(0, MAX_KEY_CHARS)}…`
}

/** Object or map children, key by key; over budget, changed keys are only counted. */
export function diffObject(
  context: WalkContext,
  pair: Pair,
  before: Record<string, unknown>,
  after: Record<string, unknown>
): { nodes: DiffNode[]; omitted: number } {
  const nodes: DiffNode[] = []
  let omitted = 0
  for (const key of objectKeys(before, after, pair.unknown)) {
    const child: Pair = {
      // The key is shown (scrubbed, and cut if a hostile plan made it huge); the raw path is only matched.
      key: shownKey(context, key),
      path: [...pair.path, key],
      before: attributeValue(before, key, pair.mode),
      after: attributeValue(after, key, pair.mode),
      beforeSensitive: childMark(pair.beforeSensitive, key),
      afterSensitive: childMark(pair.afterSensitive, key),
      unknown: childMark(pair.unknown, key),
      replace: pair.replace.key(key),
      mode: pair.mode,
      depth: pair.depth + 1
    }
    if (context.full()) {
      if ((present(child.before) || present(child.after) || child.unknown === true) && differs(child))
        omitted++
      continue
    }
    const node = walk(context, child)
    if (node) nodes.push(node)
  }
  return { nodes, omitted }
}

/**
 * An attribute's value. In plan values an empty string counts as null, as Terraform's renderer counts
 * it for providers on the legacy SDK (most of AWS, Google and Azure), which return either for "unset":
 * otherwise every refresh would show `"" → null` noise. JSON documents keep their empty strings.
 */
function attributeValue(record: Record<string, unknown>, key: string, mode: WalkMode): unknown {
  if (!Object.hasOwn(record, key)) return undefined
  const value = record[key]
  return mode === 'plan' && value === '' ? undefined : value
}
