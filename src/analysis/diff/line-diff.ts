/**
 * Multi-line strings compared line by line (aligned like lists): hunks of changed lines with a
 * little context, long lines shown from just before where they differ.
 */
import { alignSequences, KeyTable } from './align.js'
import { safeEnd, safeStart } from './text-windows.js'
import type { DiffLimits, LineEntry } from './types.js'

/** The line diff of two multi-line strings. */
export interface LineDiff {
  hunks: LineEntry[][]
  omitted: number
  beforeLines: number
  afterLines: number
  alignment: 'lcs' | 'greedy'
  /** False when every line is the same (the strings differ only in line endings or a final newline). */
  changed: boolean
}

/** Splits into lines the way a reader counts them: a final newline does not start another line; no text, no lines. */
export function splitLines(text: string | undefined): string[] {
  if (text === undefined) return []
  const lines = text.split('\n')
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop()
  return lines
}

/** Hunks of changed lines with `contextLines` of context, at most `maxLines` lines in all (a side may be absent). */
export function diffLines(
  before: string | undefined,
  after: string | undefined,
  limits: DiffLimits
): LineDiff {
  const beforeLines = splitLines(before)
  const afterLines = splitLines(after)
  const table = new KeyTable()
  const alignment = alignSequences(
    beforeLines.map(line => table.id(line)),
    afterLines.map(line => table.id(line)),
    limits.maxLcsCells
  )
  // The full edit script: same, removed and added lines in order.
  const script: Array<{ op: LineEntry['op']; before: number; after: number }> = []
  let i = 0
  let j = 0
  for (const [pi, pj] of [...alignment.pairs, [beforeLines.length, afterLines.length] as [number, number]]) {
    while (i < pi) script.push({ op: 'removed', before: i++, after: -1 })
    while (j < pj) script.push({ op: 'added', before: -1, after: j++ })
    if (pi < beforeLines.length) script.push({ op: 'same', before: i++, after: j++ })
  }
  const keep = new Uint8Array(script.length)
  script.forEach((entry, index) => {
    if (entry.op === 'same') return
    const from = Math.max(0, index - limits.contextLines)
    const to = Math.min(script.length - 1, index + limits.contextLines)
    for (let k = from; k <= to; k++) keep[k] = 1
  })
  const hunks: LineEntry[][] = []
  let kept = 0
  let omitted = 0
  let current: LineEntry[] | undefined
  script.forEach((entry, index) => {
    if (!keep[index]) {
      current = undefined
      return
    }
    if (kept >= limits.maxLines) {
      if (entry.op !== 'same') omitted++
      return
    }
    if (!current) hunks.push((current = []))
    current.push(lineEntry(entry, script, index, beforeLines, afterLines, limits))
    kept++
  })
  return {
    hunks,
    omitted,
    beforeLines: beforeLines.length,
    afterLines: afterLines.length,
    alignment: alignment.method,
    changed: script.some(entry => entry.op !== 'same')
  }
}

/**
 * One kept line. A long changed line is shown from just before where it first differs from its
 * counterpart (the line at the same place in the opposite run of the hunk), so the change stays in view.
 */
function lineEntry(
  entry: { op: LineEntry['op']; before: number; after: number },
  script: Array<{ op: LineEntry['op']; before: number; after: number }>,
  index: number,
  beforeLines: string[],
  afterLines: string[],
  limits: DiffLimits
): LineEntry {
  const text = entry.op === 'added' ? afterLines[entry.after] : beforeLines[entry.before]
  const line = (entry.op === 'added' ? entry.after : entry.before) + 1
  if (text.length <= limits.maxInlineChars) return { op: entry.op, text, line }
  const counterpart = counterpartOf(script, index, beforeLines, afterLines)
  let first = 0
  if (counterpart !== undefined) {
    const shorter = Math.min(text.length, counterpart.length)
    while (first < shorter && text.charCodeAt(first) === counterpart.charCodeAt(first)) first++
  }
  const start = safeStart(
    text,
    Math.max(0, Math.min(first - limits.contextChars, text.length - limits.maxInlineChars))
  )
  const end = safeEnd(text, Math.min(text.length, start + limits.maxInlineChars))
  const result: LineEntry = { op: entry.op, text: text.slice(start, end), line }
  if (start > 0) result.skipped = start
  if (end < text.length) result.cut = text.length - end
  return result
}

/** The k-th line of the opposite run (removed ↔ added) next to this one, if there is one. */
function counterpartOf(
  script: Array<{ op: LineEntry['op']; before: number; after: number }>,
  index: number,
  beforeLines: string[],
  afterLines: string[]
): string | undefined {
  const op = script[index].op
  if (op === 'same') return undefined
  let runStart = index
  while (runStart > 0 && script[runStart - 1].op === op) runStart--
  const position = index - runStart
  if (op === 'removed') {
    let k = index
    while (k < script.length && script[k].op === 'removed') k++
    const other = script[k + position]
    return other && other.op === 'added' && script.slice(k, k + position + 1).every(e => e.op === 'added')
      ? afterLines[other.after]
      : undefined
  }
  let k = runStart - 1
  while (k >= 0 && script[k].op === 'removed') k--
  const removedStart = k + 1
  const other = script[removedStart + position]
  return other && other.op === 'removed' && removedStart + position < runStart
    ? beforeLines[other.before]
    : undefined
}
