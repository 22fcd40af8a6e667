/**
 * Scrubbing a finished diff tree in place: every string a renderer would print (keys, shown values,
 * lines, windows, replace paths) passes through `scrub`. The analysis runs this once the whole plan
 * is read, with every secret the plan revealed: a value marked sensitive in a later entry may sit
 * unmarked in a diff kept earlier.
 */
import type { DiffNode, ResourceDiff, Segment, Shown } from './types.js'

/** Scrubs every printable string of `diff` (and nothing else); identity scrubbers cost one walk. */
export function scrubDiffTree(diff: ResourceDiff, scrub: (text: string) => string): void {
  for (const node of diff.nodes) scrubNode(node, scrub)
  diff.unmatchedReplacePaths = diff.unmatchedReplacePaths.map(path => path.map(step => segment(step, scrub)))
}

/** Scrubs one shown value in place. */
export function scrubShown(shown: Shown | undefined, scrub: (text: string) => string): void {
  if (shown?.kind === 'value') shown.text = scrub(shown.text)
}

function segment(step: Segment, scrub: (text: string) => string): Segment {
  return typeof step === 'string' ? scrub(step) : step
}

function scrubNode(node: DiffNode, scrub: (text: string) => string): void {
  node.key = segment(node.key, scrub)
  switch (node.kind) {
    case 'value':
      scrubShown(node.before, scrub)
      scrubShown(node.after, scrub)
      return
    case 'sensitive':
      return
    case 'object':
    case 'json':
    case 'list':
      for (const child of node.children) scrubNode(child, scrub)
      return
    case 'lines':
      for (const hunk of node.hunks) for (const line of hunk) line.text = scrub(line.text)
      return
    case 'text':
      for (const window of node.windows) {
        window.lead = scrub(window.lead)
        window.removed = scrub(window.removed)
        window.added = scrub(window.added)
        window.trail = scrub(window.trail)
      }
  }
}
