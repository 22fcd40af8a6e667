/**
 * Values added or removed whole, or replaced by a value of another shape: one line when they fit,
 * part by part when they do not, and strings holding JSON or several lines shown as such.
 */
import { diffList } from './lists.js'
import { diffLines } from './line-diff.js'
import type { DiffNode, ValueNode } from './types.js'
import { isRecord, MAX_DEPTH, parseJsonDocument, showValue } from './values.js'
import { diffObject, differs, type Pair, present, type WalkContext } from './walk.js'

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
export function wholeNode(context: WalkContext, pair: Pair): DiffNode | undefined {
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
