/**
 * The recursive differ: one before/after pair with its mirrors in, one node (or nothing when equal)
 * out. Sensitive first (a `true` mark hides the value whatever it is), then unknown, then by shape:
 * objects and maps by key, lists through matchElements, strings through the string differs.
 */
import { diffList } from './lists.js'
import type { ReplaceMatcher } from './replace-paths.js'
import { diffLines, parseJsonDocument, textWindows } from './strings.js'
import type {
  DiffLimits,
  DiffNode,
  JsonNode,
  ObjectNode,
  Segment,
  SensitiveNode,
  ValueNode
} from './types.js'
import { childMark, equalityKey, isRecord, MAX_DEPTH, objectKeys, type Scrub, showValue } from './values.js'

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

function present(value: unknown): boolean {
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

/** After is known only after apply. */
function unknownNode(context: WalkContext, pair: Pair): ValueNode {
  const node: ValueNode = { kind: 'value', key: pair.key, action: 'added', after: { kind: 'unknown' } }
  if (present(pair.before)) {
    node.action = 'changed'
    node.before = showValue(
      pair.before,
      pair.beforeSensitive,
      undefined,
      context.scrub,
      context.limits.maxValueChars
    )
  }
  if (pair.replace.within()) node.forcesReplacement = true
  return context.count(node)
}

/**
 * A string added or removed as a whole that holds a JSON document or several lines: shown as the
 * document's keys or as lines, as Terraform shows `jsonencode(…)` and heredocs on a create.
 */
function oneSidedString(
  context: WalkContext,
  pair: Pair,
  raw: string,
  action: 'added' | 'removed'
): DiffNode | undefined {
  const text = context.scrub(raw)
  const base = { key: pair.key, action, ...(pair.replace.within() ? { forcesReplacement: true } : {}) }
  const json = parseJsonDocument(text, context.limits.maxJsonChars)
  if (json && isRecord(json.value)) {
    const inner: Pair = {
      ...pair,
      path: [...pair.path, '{json}'],
      mode: 'json',
      beforeSensitive: undefined,
      afterSensitive: undefined,
      unknown: undefined
    }
    context.reserve()
    const children =
      action === 'added'
        ? diffObject(context, inner, {}, json.value)
        : diffObject(context, inner, json.value, {})
    return {
      kind: 'json',
      ...base,
      children: children.nodes,
      omitted: children.omitted,
      whitespaceOnly: false
    }
  }
  if (!text.includes('\n')) return undefined
  const lines =
    action === 'added'
      ? diffLines(undefined, text, context.limits)
      : diffLines(text, undefined, context.limits)
  const { changed: _changed, ...rest } = lines
  return context.count({ kind: 'lines', ...base, ...rest })
}

/** A value added, removed, or replaced by one of another shape: shown whole on each side. */
function wholeNode(context: WalkContext, pair: Pair): DiffNode | undefined {
  const oneSided = present(pair.before) !== present(pair.after)
  const value = present(pair.before) ? pair.before : pair.after
  const sensitive = present(pair.before) ? pair.beforeSensitive : pair.afterSensitive
  if (
    oneSided &&
    typeof value === 'string' &&
    sensitive !== true &&
    pair.unknown !== true &&
    pair.depth <= MAX_DEPTH
  ) {
    const node = oneSidedString(context, pair, value, present(pair.before) ? 'removed' : 'added')
    if (node) return node
  }
  const max = context.limits.maxValueChars
  const node: ValueNode = { kind: 'value', key: pair.key, action: 'changed' }
  if (present(pair.before))
    node.before = showValue(pair.before, pair.beforeSensitive, undefined, context.scrub, max)
  else node.action = 'added'
  if (present(pair.after))
    node.after = showValue(pair.after, pair.afterSensitive, pair.unknown, context.scrub, max)
  else node.action = 'removed'
  if (node.before && node.after && pair.depth <= MAX_DEPTH && !differs(pair)) return undefined
  const shown = node.before ?? node.after
  if (oneSided && shown?.kind === 'value' && shown.cut !== undefined && pair.depth <= MAX_DEPTH) {
    // Too big for one line: list its parts instead, so nothing added or removed is cut from view.
    const expanded = expandWhole(context, pair, value, node.action as 'added' | 'removed')
    if (expanded) return expanded
  }
  if (pair.replace.within()) node.forcesReplacement = true
  return context.count(node)
}

/** An object or list added or removed whole, as one node per part (each within the budget). */
function expandWhole(
  context: WalkContext,
  pair: Pair,
  value: unknown,
  action: 'added' | 'removed'
): DiffNode | undefined {
  const forces = pair.replace.exact() ? { forcesReplacement: true } : {}
  if (isRecord(value)) {
    context.reserve()
    const children =
      action === 'added' ? diffObject(context, pair, {}, value) : diffObject(context, pair, value, {})
    return {
      kind: 'object',
      key: pair.key,
      action,
      children: children.nodes,
      omitted: children.omitted,
      ...forces
    }
  }
  if (Array.isArray(value)) {
    const list = action === 'added' ? diffList(context, pair, [], value) : diffList(context, pair, value, [])
    if (list) list.action = action
    return list
  }
  return undefined
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
      // The key is shown; the path (raw) is only matched against.
      key: context.scrub(key),
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

/** Two strings: equal, JSON documents, multi-line text, long text, or short values. */
function stringNode(
  context: WalkContext,
  pair: Pair,
  rawBefore: string,
  rawAfter: string
): DiffNode | undefined {
  if (rawBefore === rawAfter) return undefined
  const limits = context.limits
  const before = context.scrub(rawBefore)
  const after = context.scrub(rawAfter)
  const forces = pair.replace.within()
  const base = { key: pair.key, action: 'changed' as const, ...(forces ? { forcesReplacement: true } : {}) }
  // A change only inside a value scrubbed as secret: say it changed, show nothing of it.
  if (before === after) return context.count({ kind: 'sensitive', ...base, changed: true })
  const beforeJson = parseJsonDocument(before, limits.maxJsonChars)
  const afterJson = beforeJson && parseJsonDocument(after, limits.maxJsonChars)
  if (beforeJson && afterJson) {
    context.reserve()
    const root = walk(context, {
      key: '',
      path: [...pair.path, '{json}'],
      before: beforeJson.value,
      after: afterJson.value,
      beforeSensitive: undefined,
      afterSensitive: undefined,
      unknown: undefined,
      replace: pair.replace.key('\u0000none'),
      mode: 'json',
      depth: pair.depth + 1
    })
    const node: JsonNode = {
      kind: 'json',
      ...base,
      children: [],
      omitted: 0,
      whitespaceOnly: root === undefined
    }
    if (root?.kind === 'object') {
      node.children = root.children
      node.omitted = root.omitted
      context.release()
    } else if (root) node.children = [root]
    return node
  }
  if (before.includes('\n') || after.includes('\n')) {
    const lines = diffLines(before, after, limits)
    if (lines.changed) {
      const { changed: _changed, ...rest } = lines
      return context.count({ kind: 'lines', ...base, ...rest })
    }
  }
  if (
    before.length <= limits.maxInlineChars &&
    after.length <= limits.maxInlineChars &&
    !before.includes('\n') &&
    !after.includes('\n')
  ) {
    return context.count({
      kind: 'value',
      ...base,
      before: { kind: 'value', text: JSON.stringify(before) },
      after: { kind: 'value', text: JSON.stringify(after) }
    })
  }
  const { windows, omitted } = textWindows(before, after, limits)
  return context.count({
    kind: 'text',
    ...base,
    beforeLength: before.length,
    afterLength: after.length,
    windows,
    omitted
  })
}
