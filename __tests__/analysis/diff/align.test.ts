/**
 * Sequence alignment: LCS finds a longest common subsequence (checked against a brute-force length),
 * the greedy fallback only ever pairs equal keys in increasing order.
 */
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { alignSequences } from '../../../src/analysis/diff/align.js'

/** Length of a longest common subsequence, the textbook way (small inputs only). */
function lcsLength(a: number[], b: number[]): number {
  const table = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0))
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++)
      table[i][j] =
        a[i - 1] === b[j - 1] ? table[i - 1][j - 1] + 1 : Math.max(table[i - 1][j], table[i][j - 1])
  return table[a.length][b.length]
}

function validPairs(a: number[], b: number[], pairs: Array<[number, number]>): boolean {
  return pairs.every(
    ([i, j], k) => a[i] === b[j] && (k === 0 || (i > pairs[k - 1][0] && j > pairs[k - 1][1]))
  )
}

const sequence = fc.array(fc.integer({ min: 0, max: 5 }), { maxLength: 30 })
const parameters = { seed: 20261203, numRuns: 500 }

describe('alignSequences', () => {
  it('finds a longest common subsequence when the table fits', () => {
    fc.assert(
      fc.property(sequence, sequence, (a, b) => {
        const { pairs, method } = alignSequences(a, b, 1_000_000)
        expect(method).toBe('lcs')
        expect(validPairs(a, b, pairs)).toBe(true)
        expect(pairs).toHaveLength(lcsLength(a, b))
      }),
      parameters
    )
  })

  it('pairs only equal keys, in order, when it falls back to greedy matching', () => {
    fc.assert(
      fc.property(sequence, sequence, (a, b) => {
        const { pairs } = alignSequences(a, b, 1)
        expect(validPairs(a, b, pairs)).toBe(true)
      }),
      parameters
    )
  })

  it('finds a single removal exactly, even greedily (common prefix and suffix are taken first)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer(), { minLength: 1, maxLength: 200 }), fc.nat(), (a, at) => {
        const index = at % a.length
        const b = [...a.slice(0, index), ...a.slice(index + 1)]
        expect(alignSequences(a, b, 1).pairs).toHaveLength(b.length)
      }),
      parameters
    )
  })
})
