/**
 * The reader's byte automaton and isSecretKey must agree on every key the automaton judges (ASCII
 * keys without escapes): a disagreement would let the parallel reader skip a value holding a secret.
 */
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { isSecretKey, SECRET_KEY_FRAGMENTS, secretKeyAutomaton } from '../../src/analysis/secret-keys.js'

/** Runs the automaton over an ASCII key the way the scanner does. */
function automatonSays(key: string): boolean {
  const { next, accepting } = secretKeyAutomaton()
  let state = 0
  for (const byte of Buffer.from(key, 'latin1')) state = next[state * 128 + byte]
  return accepting[state] === 1
}

/** Printable ASCII and the whitespace isSecretKey drops; no quote or backslash (those are escapes in JSON). */
const asciiKeyChar = fc.constantFrom(
  ...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-. \t\u000b\u000c\r\n/:@#$%&*+=?!'
)

describe('secret-key automaton', () => {
  it('matches every fragment, in any case, with separators anywhere', () => {
    for (const fragment of SECRET_KEY_FRAGMENTS) {
      const spaced = fragment.split('').join('_')
      for (const key of [fragment, fragment.toUpperCase(), `db_${spaced}`, `X-${fragment}-2`]) {
        expect(isSecretKey(key)).toBe(true)
        expect(automatonSays(key)).toBe(true)
      }
    }
  })

  it('keeps the match broken by a character that stays in the key', () => {
    for (const key of ['pass1word', 'tok/en', 'api:key', 'name', 'tags', 'after_unknown', 'provider_name']) {
      expect(automatonSays(key)).toBe(isSecretKey(key))
      expect(automatonSays(key)).toBe(false)
    }
  })

  it('agrees with isSecretKey on random ASCII keys, and on keys built around fragments', () => {
    const around = fc
      .tuple(
        fc.string({ unit: asciiKeyChar, maxLength: 6 }),
        fc.constantFrom(...SECRET_KEY_FRAGMENTS),
        fc.string({ unit: asciiKeyChar, maxLength: 6 })
      )
      .map(([before, fragment, after]) => {
        // Break the fragment at a random place with a dropped or a kept character.
        const cut = (before.length + after.length) % fragment.length
        const glue = before.length % 2 === 0 ? '_' : '1'
        return `${before}${fragment.slice(0, cut)}${glue}${fragment.slice(cut)}${after}`
      })
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: asciiKeyChar, maxLength: 24 }), around), key => {
        expect(automatonSays(key)).toBe(isSecretKey(key))
      }),
      { numRuns: 3000, seed: 20261123 }
    )
  })
})
