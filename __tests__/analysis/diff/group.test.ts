/**
 * Grouping identical changes: 498 resources with the same tag change share one key; any difference,
 * a truncated diff or a secret never does.
 */
import { describe, expect, it } from '@jest/globals'
import { diffResourceChange, leafChanges, resourceGroupKey } from '../../../src/analysis/diff/index.js'

const release = (id: string, from: string, to: string) =>
  diffResourceChange({
    before: { id, tags: { Release: from, Team: 'a' } },
    after: { id, tags: { Release: to, Team: 'a' } }
  })

describe('grouping keys', () => {
  it('gives identical changes on different resources one key, and different changes different keys', () => {
    const keys = new Set(
      Array.from({ length: 498 }, (_, i) => resourceGroupKey(release(`i-${i}`, 'r1', 'r2')))
    )
    expect(keys.size).toBe(1)
    expect(resourceGroupKey(release('i-x', 'r1', 'r3'))).not.toBe([...keys][0])
    expect(resourceGroupKey(release('i-x', 'r0', 'r2'))).not.toBe([...keys][0])
  })

  it('gives no key to a diff the budget cut short', () => {
    const before = Object.fromEntries(Array.from({ length: 10 }, (_, i) => [`k${i}`, i]))
    const after = Object.fromEntries(Array.from({ length: 10 }, (_, i) => [`k${i}`, i + 1]))
    expect(
      resourceGroupKey(diffResourceChange({ before, after }, { limits: { maxNodes: 3 } }))
    ).toBeUndefined()
  })

  it('keys leaf changes by path and content, ignoring where in a list they sit', () => {
    const first = diffResourceChange({ before: { l: ['a', 'b'], n: 1 }, after: { l: ['a', 'b', 'x'], n: 2 } })
    const second = diffResourceChange({ before: { l: ['c'], n: 5 }, after: { l: ['x', 'c'], n: 2 } })
    const keysOf = (diff: typeof first) =>
      new Map(leafChanges(diff).map(leaf => [JSON.stringify(leaf.path), leaf.key]))
    const a = keysOf(first)
    const b = keysOf(second)
    expect(a.get('["l",2]')).toBe(b.get('["l",0]'))
    expect(a.get('["n"]')).not.toBe(b.get('["n"]'))
  })

  it('never puts a sensitive value in a key', () => {
    const diff = diffResourceChange({
      before: { password: 'old-PASSWORD-1' },
      after: { password: 'new-PASSWORD-2' },
      before_sensitive: { password: true },
      after_sensitive: { password: true }
    })
    expect(`${resourceGroupKey(diff)}${leafChanges(diff).map(leaf => leaf.key)}`).not.toMatch(/PASSWORD/)
  })
})
