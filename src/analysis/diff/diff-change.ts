/**
 * The entry point: the structural diff of one resource change (`resource_changes[].change` or
 * `resource_drift[].change`). Pure, bounded, and masked: values Terraform marks sensitive are never
 * copied into the tree, and copies of them elsewhere in the same change are scrubbed before any
 * string is compared or cut.
 */
import { createSecretScrubber } from '../scrub-secrets.js'
import { ReplaceMatcher } from './replace-paths.js'
import type { ChangeValues, DiffLimits, DiffNode, DiffOptions, ResourceDiff, Segment } from './types.js'
import { DIFF_LIMITS } from './types.js'
import { anyMark, childMark, isRecord, MAX_DEPTH, type Scrub } from './values.js'
import { diffObject, type Pair, walk, WalkContext } from './walk.js'

/** Diffs one change. A create lists its attributes as added, a delete as removed. */
export function diffResourceChange(change: ChangeValues, options: DiffOptions = {}): ResourceDiff {
  const limits: DiffLimits = { ...DIFF_LIMITS, ...options.limits }
  const context = new WalkContext(limits, secretScrubber(change, options), options.hideString)
  const replace = ReplaceMatcher.fromPlan(change.replace_paths)
  const root: Pair = {
    key: '',
    path: [],
    before: change.before,
    after: change.after,
    beforeSensitive: change.before_sensitive,
    afterSensitive: change.after_sensitive,
    unknown: change.after_unknown,
    replace,
    mode: 'plan',
    depth: 0
  }
  const beforeObject = isRecord(change.before)
  const afterObject = isRecord(change.after)
  const absent = (value: unknown): boolean => value === null || value === undefined
  let nodes: DiffNode[]
  let omitted = 0
  const wholeObjects =
    root.beforeSensitive !== true &&
    root.afterSensitive !== true &&
    root.unknown !== true &&
    (beforeObject || absent(change.before)) &&
    (afterObject || absent(change.after)) &&
    (beforeObject || afterObject)
  if (wholeObjects) {
    // Objects on both sides (or one side absent): one node per attribute, so a create shows its values.
    const result = diffObject(
      context,
      root,
      beforeObject ? (change.before as Record<string, unknown>) : {},
      afterObject ? (change.after as Record<string, unknown>) : {}
    )
    nodes = result.nodes
    omitted = result.omitted
  } else {
    const node = walk(context, root)
    nodes = node ? [node] : []
  }
  omitted += countOmitted(nodes)
  const action =
    absent(change.before) && !absent(change.after)
      ? 'added'
      : !absent(change.before) && absent(change.after)
        ? 'removed'
        : nodes.length > 0 || omitted > 0
          ? 'changed'
          : 'none'
  if (replace.exact()) for (const node of nodes) node.forcesReplacement = true
  return { action, nodes, omitted, nodeCount: context.nodes, unmatchedReplacePaths: replace.unmatched() }
}

/** Sum of the `omitted` counts in a tree. */
function countOmitted(nodes: readonly DiffNode[]): number {
  let total = 0
  for (const node of nodes) {
    if (node.kind === 'object' || node.kind === 'json') total += node.omitted + countOmitted(node.children)
    else if (node.kind === 'list') total += node.omitted + countOmitted(node.children)
  }
  return total
}

/**
 * Scrubs every string the change marks sensitive (and every string `hideString` hides) from all other
 * strings of the change: a provider that copies a marked value into an unmarked attribute must not
 * show it. Identity when the change holds no such string. Exported for what else is read from the
 * same change (its key attributes).
 */
export function secretScrubber(change: ChangeValues, options: DiffOptions): Scrub {
  const secrets = new Set<string>()
  // Nothing marked and no extra detection: nothing to look for (the common case, and big values).
  if (!options.hideString && !anyMark(change.before_sensitive) && !anyMark(change.after_sensitive))
    return text => text
  collectHidden(change.before, change.before_sensitive, [], options, secrets, 0)
  collectHidden(change.after, change.after_sensitive, [], options, secrets, 0)
  if (secrets.size === 0) return text => text
  return createSecretScrubber(secrets)
}

function collectHidden(
  value: unknown,
  mark: unknown,
  path: Segment[],
  options: DiffOptions,
  sink: Set<string>,
  depth: number
): void {
  if (depth > MAX_DEPTH) return
  if (typeof value === 'string') {
    if (mark === true || options.hideString?.(path, value)) sink.add(value)
    return
  }
  if (value === null || typeof value !== 'object') return
  if (Array.isArray(value)) {
    value.forEach((child, index) =>
      collectHidden(
        child,
        childMark(mark, index),
        options.hideString ? [...path, index] : path,
        options,
        sink,
        depth + 1
      )
    )
    return
  }
  for (const [key, child] of Object.entries(value)) {
    collectHidden(
      child,
      childMark(mark, key),
      options.hideString ? [...path, key] : path,
      options,
      sink,
      depth + 1
    )
  }
}
