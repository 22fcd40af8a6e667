/**
 * Properties of the structural diff over random plan values: a value diffed with itself is empty,
 * removing one list element is exactly one removal (LCS and greedy alike), and budgets hold.
 */
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { diffResourceChange, type ListNode } from '../../../src/analysis/diff/index.js'
import { markFor, planObject, planValue } from './arbitraries.js'

const parameters = { seed: 20261203, numRuns: 400 }

describe('diffResourceChange properties', () => {
  it('finds nothing between a value and a copy of itself, whatever is marked sensitive', () => {
    fc.assert(
      fc.property(
        planObject.chain(value => fc.tuple(fc.constant(value), markFor(value, fc.boolean()))),
        ([value, marks]) => {
          const diff = diffResourceChange({
            before: value,
            after: structuredClone(value),
            before_sensitive: marks,
            after_sensitive: structuredClone(marks)
          })
          expect(diff.nodes).toEqual([])
          expect(diff.omitted).toBe(0)
          expect(diff.action).toBe('none')
        }
      ),
      parameters
    )
  })

  it('reads one element removed from anywhere in a list as exactly one removal', () => {
    fc.assert(
      fc.property(
        fc.array(planValue, { minLength: 1, maxLength: 30 }),
        fc.nat(),
        fc.constantFrom(1, 1_000_000),
        (list, at, maxLcsCells) => {
          const index = at % list.length
          const after = [...list.slice(0, index), ...list.slice(index + 1)]
          const diff = diffResourceChange(
            { before: { l: list }, after: { l: after } },
            { limits: { maxLcsCells } }
          )
          expect(diff.nodes).toHaveLength(1)
          const node = diff.nodes[0] as ListNode
          expect(node.children).toHaveLength(1)
          expect(node.children[0].action).toBe('removed')
          expect(node.unchanged).toBe(after.length)
        }
      ),
      parameters
    )
  })

  it('keeps no more nodes than the budget and counts the rest', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.string({ maxLength: 6 }), fc.integer()), { minLength: 1, maxLength: 400 }),
        fc.integer({ min: 1, max: 40 }),
        (pairs, maxNodes) => {
          const before = Object.fromEntries(pairs.map(([name, value], i) => [`${name}${i}`, value]))
          const after = Object.fromEntries(pairs.map(([name, value], i) => [`${name}${i}`, value + 1]))
          const diff = diffResourceChange(
            { before: { m: before }, after: { m: after } },
            { limits: { maxNodes } }
          )
          expect(diff.nodeCount).toBeLessThanOrEqual(maxNodes)
          const shown = diff.nodes[0]?.kind === 'object' ? diff.nodes[0].children.length : 0
          expect(shown + diff.omitted).toBe(pairs.length)
        }
      ),
      parameters
    )
  })
})
