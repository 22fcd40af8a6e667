/**
 * Scrubbing a finished diff tree in place: every string a renderer would print (keys, shown values,
 * lines, windows, replace paths) passes through `scrub`. The analysis runs this once the whole plan
 * is read, with every secret the plan revealed: a value marked sensitive in a later entry may sit
 * unmarked in a diff kept earlier.
 */
import type { DiffNode, ResourceDiff, Segment, SensitiveNode, Shown } from './types.js'

/**
 * Scrubs every printable string of `diff` (and nothing else); identity scrubbers cost one walk. A long
 * string shown in windows or by line may hold a piece from the middle of a secret, which whole-value
 * scrubbing cannot see: such a node becomes "(sensitive, changed)" when `holdsSecret` finds a piece.
 */
export function scrubDiffTree(
  diff: ResourceDiff,
  scrub: (text: string) => string,
  holdsSecret: (text: string) => boolean = () => false
): void {
  diff.nodes = diff.nodes.map(node => scrubNode(node, scrub, holdsSecret))
  diff.unmatchedReplacePaths = diff.unmatchedReplacePaths.map(path => path.map(step => segment(step, scrub)))
}

/** Length of the secret pieces looked for in windows and lines. */
const PIECE = 12

/** Characters of one secret indexed, and pieces indexed in all: a hostile plan's huge secrets stay cheap. */
const INDEXED_CHARS = 16_384
const MAX_PIECES = 2_000_000

/**
 * A test for text holding a piece of a secret: any PIECE-character run of a secret (its first
 * INDEXED_CHARS characters), or a whole line (3 characters or more) of a multi-line secret. The index
 * is built on first use, so plans without long changed strings never pay for it.
 */
export function secretPieceFinder(secrets: Iterable<string>): (text: string) => boolean {
  let index: { pieces: Set<string>; lines: Set<string> } | undefined
  const build = (): { pieces: Set<string>; lines: Set<string> } => {
    const pieces = new Set<string>()
    const lines = new Set<string>()
    for (const secret of secrets) {
      const indexed = secret.slice(0, INDEXED_CHARS)
      if (indexed.includes('\n'))
        for (const line of indexed.split('\n')) if (line.trim().length >= 3) lines.add(line.trim())
      for (let i = 0; i + PIECE <= indexed.length && pieces.size < MAX_PIECES; i++)
        pieces.add(indexed.slice(i, i + PIECE))
    }
    return { pieces, lines }
  }
  return text => {
    index ??= build()
    if (index.lines.has(text.trim())) return true
    for (let i = 0; i + PIECE <= text.length; i++) if (index.pieces.has(text.slice(i, i + PIECE))) return true
    return false
  }
}

/** Scrubs one shown value in place. */
export function scrubShown(shown: Shown | undefined, scrub: (text: string) => string): void {
  if (shown?.kind === 'value') shown.text = scrub(shown.text)
}

function segment(step: Segment, scrub: (text: string) => string): Segment {
  return typeof step === 'string' ? scrub(step) : step
}

function scrubNode(
  node: DiffNode,
  scrub: (text: string) => string,
  holdsSecret: (text: string) => boolean
): DiffNode {
  node.key = segment(node.key, scrub)
  switch (node.kind) {
    case 'value':
      scrubShown(node.before, scrub)
      scrubShown(node.after, scrub)
      return node
    case 'sensitive':
      return node
    case 'object':
    case 'json':
    case 'list':
      node.children = node.children.map(child => scrubNode(child, scrub, holdsSecret)) as typeof node.children
      return node
    case 'lines':
      if (node.hunks.some(hunk => hunk.some(line => holdsSecret(line.text)))) return hidden(node)
      for (const hunk of node.hunks) for (const line of hunk) line.text = scrub(line.text)
      return node
    case 'text':
      if (node.windows.some(w => [w.lead, w.removed, w.added, w.trail].some(holdsSecret))) return hidden(node)
      for (const window of node.windows) {
        window.lead = scrub(window.lead)
        window.removed = scrub(window.removed)
        window.added = scrub(window.added)
        window.trail = scrub(window.trail)
      }
      return node
  }
}

/** A changed string that holds a piece of a secret: only whether it changed is shown. */
function hidden(node: DiffNode): SensitiveNode {
  const out: SensitiveNode = { kind: 'sensitive', key: node.key, action: node.action, changed: true }
  if (node.forcesReplacement) out.forcesReplacement = true
  const indices = node as { beforeIndex?: number; afterIndex?: number }
  return Object.assign(
    out,
    indices.beforeIndex === undefined ? {} : { beforeIndex: indices.beforeIndex },
    indices.afterIndex === undefined ? {} : { afterIndex: indices.afterIndex }
  )
}
