/**
 * Aligns two sequences of element keys (equal keys = equal elements): the pairs of positions that
 * stay, in order. Everything not paired is removed (before) or added (after).
 *
 * Common prefix and suffix are paired first. The middle is aligned by longest common subsequence
 * when its table (before × after) fits `maxCells`; above that, by greedy in-order matching: each
 * before element, in order, pairs with the next equal after element past the last pair. Both only
 * ever pair equal keys, so neither can mis-pair; the greedy one may report a moved element as
 * removed and added where LCS would have kept more in place, and it costs O(before + after).
 */

/** Aligned positions: `pairs[k] = [beforeIndex, afterIndex]`, increasing in both. */
export interface Alignment {
  pairs: Array<[number, number]>
  method: 'lcs' | 'greedy'
}

/** Aligns `before` and `after` (arrays of interned keys). */
export function alignSequences(
  before: readonly number[],
  after: readonly number[],
  maxCells: number
): Alignment {
  let start = 0
  while (start < before.length && start < after.length && before[start] === after[start]) start++
  let endBefore = before.length
  let endAfter = after.length
  while (endBefore > start && endAfter > start && before[endBefore - 1] === after[endAfter - 1]) {
    endBefore--
    endAfter--
  }
  const pairs: Array<[number, number]> = []
  for (let i = 0; i < start; i++) pairs.push([i, i])
  const rows = endBefore - start
  const columns = endAfter - start
  let method: Alignment['method'] = 'lcs'
  if (rows > 0 && columns > 0) {
    if ((rows + 1) * (columns + 1) <= maxCells) lcsPairs(before, after, start, endBefore, endAfter, pairs)
    else {
      method = 'greedy'
      greedyPairs(before, after, start, endBefore, endAfter, pairs)
    }
  }
  for (let k = 0; k < before.length - endBefore; k++) pairs.push([endBefore + k, endAfter + k])
  return { pairs, method }
}

/** Classic dynamic programme over the middle, filled from the end so the walk goes forward. */
function lcsPairs(
  before: readonly number[],
  after: readonly number[],
  start: number,
  endBefore: number,
  endAfter: number,
  pairs: Array<[number, number]>
): void {
  const rows = endBefore - start
  const columns = endAfter - start
  const width = columns + 1
  const table = new Uint32Array((rows + 1) * width)
  for (let i = rows - 1; i >= 0; i--) {
    for (let j = columns - 1; j >= 0; j--) {
      table[i * width + j] =
        before[start + i] === after[start + j]
          ? table[(i + 1) * width + j + 1] + 1
          : Math.max(table[(i + 1) * width + j], table[i * width + j + 1])
    }
  }
  let i = 0
  let j = 0
  while (i < rows && j < columns) {
    if (before[start + i] === after[start + j]) {
      pairs.push([start + i, start + j])
      i++
      j++
    } else if (table[(i + 1) * width + j] >= table[i * width + j + 1]) i++
    else j++
  }
}

/**
 * In-order matching through a position index: linear, and only equal keys pair. Each key's after
 * positions form a chain (first position in `head`, the next in `next`); a chain is only ever walked
 * forward, since pairs only move forward.
 */
function greedyPairs(
  before: readonly number[],
  after: readonly number[],
  start: number,
  endBefore: number,
  endAfter: number,
  pairs: Array<[number, number]>
): void {
  const head = new Map<number, number>()
  const next = new Int32Array(endAfter - start).fill(-1)
  for (let j = endAfter - 1; j >= start; j--) {
    const first = head.get(after[j])
    if (first !== undefined) next[j - start] = first
    head.set(after[j], j)
  }
  let last = start - 1
  for (let i = start; i < endBefore; i++) {
    let j = head.get(before[i])
    while (j !== undefined && j !== -1 && j <= last) j = next[j - start]
    if (j === undefined || j === -1) {
      head.delete(before[i])
      continue
    }
    pairs.push([i, j])
    last = j
    head.set(before[i], next[j - start])
  }
}

/** Interns keys to small integers so alignment compares numbers; one table per comparison. */
export class KeyTable {
  private readonly ids = new Map<string, number>()
  private next = 0

  /** The id of `key`; a fresh id each time for `undefined` (an element that never equals anything). */
  id(key: string | undefined): number {
    if (key === undefined) return -1 - this.next++
    let id = this.ids.get(key)
    if (id === undefined) {
      id = this.next++
      this.ids.set(key, id)
    }
    return id
  }
}
