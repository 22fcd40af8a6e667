/** The duplicate-address set: counted addresses are stored as numbers, so the text forms must stay distinct. */
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { createAddressSet } from '../../src/analysis/address-set.js'

describe('createAddressSet', () => {
  it('tells apart index forms that are different text', () => {
    const set = createAddressSet()
    const distinct = [
      'a.b[1]',
      'a.b[01]',
      'a.b[1.0]',
      'a.b["1"]',
      'a.b',
      'a.b[]',
      'a.c[1]',
      'a.b[1][1]',
      '[1]'
    ]
    for (const address of distinct) expect(set.add(address, undefined)).toBe(true)
    for (const address of distinct) expect(set.add(address, undefined)).toBe(false)
    expect(set.add('a.b[1234567890123456]', undefined)).toBe(true)
    expect(set.add('a.b[1234567890123457]', undefined)).toBe(true)
  })

  it('compares pairs as address NUL deposed, as the analysis always has', () => {
    const set = createAddressSet()
    expect(set.add('x[3]', 'd1')).toBe(true)
    expect(set.add('x[3]', undefined)).toBe(true)
    expect(set.add('x[3]', '')).toBe(false)
    expect(set.add('x[3]', 'd1')).toBe(false)
    // "y" deposed "z\0" joins to the same text as the plain address "y\0z".
    expect(set.add('y', 'z\u0000')).toBe(true)
    expect(set.add('y\u0000z', undefined)).toBe(false)
    expect(set.add('w\u0000v', undefined)).toBe(true)
    expect(set.add('w', 'v\u0000')).toBe(false)
  })

  it('agrees with a Set of joined keys on any sequence', () => {
    const address = fc.oneof(
      fc.tuple(fc.constantFrom('a.b', 'a.c', 'm.a.b'), fc.nat(30)).map(([p, i]) => `${p}[${i}]`),
      fc.constantFrom('a.b[007]', 'a.b', 'a.b[x]', 'a.b\u0000', 'a.b[1]\u0000d'),
      fc.string({ maxLength: 6 })
    )
    const deposed = fc.option(fc.constantFrom('', 'd', 'd\u0000', '\u0000'), { nil: undefined })
    fc.assert(
      fc.property(fc.array(fc.tuple(address, deposed), { maxLength: 80 }), pairs => {
        const set = createAddressSet()
        const reference = new Set<string>()
        for (const [a, d] of pairs) {
          const key = `${a}\u0000${d ?? ''}`
          expect(set.add(a, d)).toBe(!reference.has(key))
          reference.add(key)
        }
      }),
      { numRuns: 500 }
    )
  })
})
