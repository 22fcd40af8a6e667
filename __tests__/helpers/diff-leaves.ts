/**
 * A flat view of a structural diff for assertions: one entry per changed leaf, with its path as the
 * report prints it and each side as shown (`"abc"`, `(sensitive)`, `(known after apply)`).
 */
import { leafChanges, type ResourceDiff, type Shown } from '../../src/analysis/diff/index.js'
import { formatPath } from '../../src/render/diff/render-diff.js'

export interface Leaf {
  path: string
  kind: string
  before?: string
  after?: string
  forcesReplacement: boolean
}

function shown(value: Shown | undefined): string | undefined {
  if (!value) return undefined
  if (value.kind === 'sensitive') return '(sensitive)'
  if (value.kind === 'unknown') return '(known after apply)'
  return value.cut ? `${value.text}…` : value.text
}

/** Every changed leaf of `diff` (none when there is no diff). */
export function diffLeaves(diff: ResourceDiff | undefined): Leaf[] {
  if (!diff) return []
  return leafChanges(diff).map(({ path, node }) => {
    const leaf: Leaf = {
      path: formatPath(path),
      kind: node.kind,
      forcesReplacement: node.forcesReplacement === true
    }
    if (node.kind === 'value') {
      const before = shown(node.before)
      const after = shown(node.after)
      if (before !== undefined) leaf.before = before
      if (after !== undefined) leaf.after = after
    } else if (node.kind === 'sensitive') {
      leaf.before = '(sensitive)'
      leaf.after = '(sensitive)'
    }
    return leaf
  })
}
