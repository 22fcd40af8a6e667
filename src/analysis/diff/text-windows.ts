/**
 * Long single-line strings, shown so a change never disappears: a window around each difference
 * (shared context, removed part, added part, shared context). The inputs are already masked and scrubbed.
 */
import { alignSequences, KeyTable } from './align.js'
import type { DiffLimits, TextWindow } from './types.js'

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
export function safeStart(text: string, index: number): number {
  return index > 0 && isLowSurrogate(text.charCodeAt(index)) ? index - 1 : index
}

/** Moves an end index off the first half of a surrogate pair. */
export function safeEnd(text: string, index: number): number {
  return index < text.length && index > 0 && isHighSurrogate(text.charCodeAt(index - 1)) ? index + 1 : index
}
