/**
 * String diffs that never hide a change: a long single-line string gets a window around each
 * difference (context, removed part, added part, context), a multi-line string gets hunks of
 * changed lines. The inputs are already masked and scrubbed.
 */
import { alignSequences, KeyTable } from './align.js'
import type { DiffLimits, LineEntry, TextWindow } from './types.js'

/** Tokens for finding separate differences inside one long line: words, runs of spaces, single marks. */
const TOKEN = /\w+|\s+|[^\w\s]/gu

/** Windows around every difference of two single-line strings, at most `maxWindows`; `omitted` counts the rest. */
export function textWindows(
  before: string,
  after: string,
  limits: DiffLimits
): { windows: TextWindow[]; omitted: number } {
  let prefix = 0
  const shorter = Math.min(before.length, after.length)
  while (prefix < shorter && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix++
  let suffix = 0
  while (
    suffix < shorter - prefix &&
    before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)
  )
    suffix++
  // Never split a surrogate pair: move the boundaries outwards onto whole characters.
  if (prefix > 0 && isHighSurrogate(before.charCodeAt(prefix - 1))) prefix--
  if (suffix > 0 && isLowSurrogate(before.charCodeAt(before.length - suffix))) suffix--
  const removed = before.slice(prefix, before.length - suffix)
  const added = after.slice(prefix, after.length - suffix)
  const spans = separateSpans(removed, added, limits)
  const windows: TextWindow[] = []
  for (const span of spans.slice(0, limits.maxWindows)) {
    windows.push(
      makeWindow(
        before,
        after,
        prefix + span.beforeStart,
        prefix + span.beforeEnd,
        prefix + span.afterStart,
        prefix + span.afterEnd,
        limits
      )
    )
  }
  return { windows, omitted: Math.max(0, spans.length - windows.length) }
}

interface Span {
  beforeStart: number
  beforeEnd: number
  afterStart: number
  afterEnd: number
}

/**
 * Splits the differing middle into separate differences by a token alignment, merging differences
 * closer than two contexts apart (one window shows both). Too big to align: one span.
 */
function separateSpans(removed: string, added: string, limits: DiffLimits): Span[] {
  const whole: Span[] = [{ beforeStart: 0, beforeEnd: removed.length, afterStart: 0, afterEnd: added.length }]
  if (removed.length + added.length <= 2 * limits.maxWindowChars) return whole
  const beforeTokens = removed.match(TOKEN) ?? []
  const afterTokens = added.match(TOKEN) ?? []
  if ((beforeTokens.length + 1) * (afterTokens.length + 1) > limits.maxLcsCells) return whole
  const table = new KeyTable()
  const { pairs } = alignSequences(
    beforeTokens.map(token => table.id(token)),
    afterTokens.map(token => table.id(token)),
    limits.maxLcsCells
  )
  const beforeOffsets = offsets(beforeTokens)
  const afterOffsets = offsets(afterTokens)
  const spans: Span[] = []
  let i = 0
  let j = 0
  for (const [pi, pj] of [...pairs, [beforeTokens.length, afterTokens.length] as [number, number]]) {
    if (pi > i || pj > j) {
      const span = {
        beforeStart: beforeOffsets[i],
        beforeEnd: beforeOffsets[pi],
        afterStart: afterOffsets[j],
        afterEnd: afterOffsets[pj]
      }
      const last = spans[spans.length - 1]
      if (last && span.beforeStart - last.beforeEnd <= 2 * limits.contextChars) {
        last.beforeEnd = span.beforeEnd
        last.afterEnd = span.afterEnd
      } else spans.push(span)
    }
    i = pi + 1
    j = pj + 1
  }
  return spans.length > 0 ? spans : whole
}

function offsets(tokens: string[]): number[] {
  const result = [0]
  for (const token of tokens) result.push(result[result.length - 1] + token.length)
  return result
}

function makeWindow(
  before: string,
  after: string,
  beforeStart: number,
  beforeEnd: number,
  afterStart: number,
  afterEnd: number,
  limits: DiffLimits
): TextWindow {
  const leadStart = safeStart(before, Math.max(0, beforeStart - limits.contextChars))
  const trailEnd = safeEnd(before, Math.min(before.length, beforeEnd + limits.contextChars))
  const removed = keepEnds(before.slice(beforeStart, beforeEnd), limits.maxWindowChars)
  const added = keepEnds(after.slice(afterStart, afterEnd), limits.maxWindowChars)
  const window: TextWindow = {
    offset: beforeStart,
    lead: before.slice(leadStart, beforeStart),
    removed: removed.text,
    added: added.text,
    trail: before.slice(beforeEnd, trailEnd),
    leadCut: leadStart > 0,
    trailCut: trailEnd < before.length
  }
  if (removed.cut > 0) window.removedCut = removed.cut
  if (added.cut > 0) window.addedCut = added.cut
  return window
}

/** A differing part longer than `max` keeps its first and last halves, joined by `…`. */
function keepEnds(text: string, max: number): { text: string; cut: number } {
  if (text.length <= max) return { text, cut: 0 }
  const half = Math.floor(max / 2)
  const head = text.slice(0, safeEnd(text, half))
  const tail = text.slice(safeStart(text, text.length - half))
  return { text: `${head}…${tail}`, cut: text.length - head.length - tail.length }
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff
}

/** Moves a start index off the second half of a surrogate pair. */
function safeStart(text: string, index: number): number {
  return index > 0 && isLowSurrogate(text.charCodeAt(index)) ? index - 1 : index
}

/** Moves an end index off the first half of a surrogate pair. */
function safeEnd(text: string, index: number): number {
  return index < text.length && index > 0 && isHighSurrogate(text.charCodeAt(index - 1)) ? index + 1 : index
}

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

/** Parses a string as a JSON document when Terraform would (it starts with `{` or `[`); undefined otherwise. */
export function parseJsonDocument(text: string, maxChars: number): { value: unknown } | undefined {
  if (text.length > maxChars || !(text.startsWith('{') || text.startsWith('['))) return undefined
  try {
    return { value: JSON.parse(text) as unknown }
  } catch {
    return undefined
  }
}
