/**
 * Keys for grouping identical changes across resources ("498 × tags.Release: r1 → r2"). Built from
 * the masked tree only, so a key never holds a secret. List positions are left out of leaf keys:
 * the same element added to 498 lists is one change wherever it lands.
 */
import type { DiffNode, ResourceDiff, Segment } from './types.js'

/** Stands for "an element of this list" in `shownPath` (list positions are not part of a group). */
export const ANY_ELEMENT = -1

/** One change at the bottom of the tree, with its path from the resource. */
export interface LeafChange {
  path: Segment[]
  /** `path` with every list position replaced by ANY_ELEMENT: what a group of these changes shows. */
  shownPath: Segment[]
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
  mapLeaves(diff, leaf => {
    leaves.push(leaf)
    return leaf.node
  })
  return leaves
}

/**
 * The diff without the leaves whose key is in `drop` (they are shown once for a whole group of
 * resources); containers left empty go too. The original is not changed, and is returned as it is
 * when nothing was dropped.
 */
export function withoutLeaves(diff: ResourceDiff, drop: ReadonlySet<string>): ResourceDiff {
  if (drop.size === 0) return diff
  const nodes = mapLeaves(diff, leaf => (drop.has(leaf.key) ? undefined : leaf.node))
  const same = nodes.length === diff.nodes.length && nodes.every((node, i) => node === diff.nodes[i])
  return same ? diff : { ...diff, nodes }
}

/** Rebuilds the tree with `keep` deciding each leaf; containers keep their other fields. */
function mapLeaves(diff: ResourceDiff, keep: (leaf: LeafChange) => DiffNode | undefined): DiffNode[] {
  const visit = (
    node: DiffNode,
    path: Segment[],
    shownPath: Segment[],
    inList: boolean
  ): DiffNode | undefined => {
    if (node.kind === 'object' || node.kind === 'json' || node.kind === 'list') {
      const step: Segment[] = node.kind === 'json' ? ['{json}'] : []
      const children = node.children
        .map(child =>
          node.kind === 'list'
            ? visit(child, [...path, child.key], [...shownPath, ANY_ELEMENT], true)
            : visit(child, [...path, ...step, child.key], [...shownPath, ...step, child.key], false)
        )
        .filter((child): child is DiffNode => child !== undefined)
      const unchanged =
        children.length === node.children.length && children.every((c, i) => c === node.children[i])
      if (unchanged) return node
      if (children.length === 0 && node.omitted === 0) return undefined
      return { ...node, children } as DiffNode
    }
    return keep({ path, shownPath, node, key: JSON.stringify([shownPath, nodeKey(node, inList)]) })
  }
  const nodes: DiffNode[] = []
  for (const node of diff.nodes) {
    const start = node.key === '' ? [] : [node.key]
    const kept = visit(node, start, start, false)
    if (kept) nodes.push(kept)
  }
  return nodes
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

/**
 * The paths whose change forces the replacement: every node flagged (not looked into further) and the
 * replace paths that matched no shown node, as Terraform wrote them.
 */
export function replacementCauses(diff: ResourceDiff): Segment[][] {
  const causes: Segment[][] = []
  const visit = (node: DiffNode, path: Segment[]): void => {
    if (node.forcesReplacement) {
      causes.push(path)
      return
    }
    if (node.kind === 'object' || node.kind === 'json' || node.kind === 'list') {
      const step: Segment[] = node.kind === 'json' ? ['{json}'] : []
      for (const child of node.children) visit(child, [...path, ...step, child.key])
    }
  }
  for (const node of diff.nodes) visit(node, node.key === '' ? [] : [node.key])
  return [...causes, ...diff.unmatchedReplacePaths]
}
