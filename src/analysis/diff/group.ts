/**
 * Keys for grouping identical changes across resources ("498 × tags.Release: r1 → r2"). Built from
 * the masked tree only, so a key never holds a secret. List positions are left out of leaf keys:
 * the same element added to 498 lists is one change wherever it lands.
 */
import type { DiffNode, ResourceDiff, Segment } from './types.js'

/** One change at the bottom of the tree, with its path from the resource. */
export interface LeafChange {
  path: Segment[]
  node: DiffNode
  /** Equal for two leaves that show exactly the same change at the same path (list positions aside). */
  key: string
}

/**
 * A key equal for two resource diffs that show exactly the same changes; undefined when the diff is
 * incomplete (budget spent), because what was left out may differ.
 */
export function resourceGroupKey(diff: ResourceDiff): string | undefined {
  if (diff.omitted > 0) return undefined
  return JSON.stringify([diff.action, diff.nodes.map(node => nodeKey(node)), diff.unmatchedReplacePaths])
}

/** Every leaf of a tree: values, sensitive markers, strings; JSON documents and lists are walked into. */
export function leafChanges(diff: ResourceDiff): LeafChange[] {
  const leaves: LeafChange[] = []
  const visit = (node: DiffNode, path: Segment[], shownPath: Segment[], inList: boolean): void => {
    if (node.kind === 'object' || node.kind === 'json') {
      const step: Segment[] = node.kind === 'json' ? ['{json}'] : []
      for (const child of node.children)
        visit(child, [...path, ...step, child.key], [...shownPath, ...step, child.key], false)
      return
    }
    if (node.kind === 'list') {
      for (const child of node.children) visit(child, [...path, child.key], [...shownPath, '[]'], true)
      return
    }
    leaves.push({ path, node, key: JSON.stringify([shownPath, nodeKey(node, inList)]) })
  }
  for (const node of diff.nodes) {
    const start = node.key === '' ? [] : [node.key]
    visit(node, start, start, false)
  }
  return leaves
}

/** A node's content without list positions (an element's key and indices are positions). */
function nodeKey(node: DiffNode, inList = false): unknown {
  const fields: Record<string, unknown> = {}
  for (const [name, value] of Object.entries(node)) {
    if (name === 'beforeIndex' || name === 'afterIndex' || (inList && name === 'key')) continue
    fields[name] = value
  }
  if (node.kind === 'object' || node.kind === 'json')
    fields.children = node.children.map(child => nodeKey(child))
  if (node.kind === 'list') fields.children = node.children.map(child => nodeKey(child, true))
  return fields
}
