/**
 * Two strings that differ: JSON documents diffed by path, multi-line text by line, long text in
 * windows around each difference, short text shown whole. Strings are scrubbed before anything else.
 */
import { diffLines } from './line-diff.js'
import { textWindows } from './text-windows.js'
import type { DiffNode, JsonNode } from './types.js'
import { parseJsonDocument } from './values.js'
import { type Pair, walk, type WalkContext } from './walk.js'

/** Two strings: equal, JSON documents, multi-line text, long text, or short values. */
export function stringNode(
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
