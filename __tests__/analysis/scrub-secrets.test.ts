import { describe, expect, it } from '@jest/globals'
import { createSecretScrubber } from '../../src/analysis/scrub-secrets.js'

/** What the scrubbers write in place of a secret. */
const SENSITIVE_PLACEHOLDER = '(sensitive)'

describe('createSecretScrubber', () => {
  const secret = 'hunter2-correct-horse-battery'
  const scrub = createSecretScrubber([secret, 'abc', 'hunter2-correct'])

  it('replaces whole occurrences, the longest form first', () => {
    expect(scrub(`a ${secret} b ${secret}`)).toBe(`a ${SENSITIVE_PLACEHOLDER} b ${SENSITIVE_PLACEHOLDER}`)
    expect(scrub('key hunter2-correct!')).toBe(`key ${SENSITIVE_PLACEHOLDER}!`)
  })

  it('replaces short forms too', () => {
    expect(scrub('xabcx')).toBe(`x${SENSITIVE_PLACEHOLDER}x`)
  })

  it('replaces a cut-off beginning that ends in the cut mark', () => {
    expect(scrub('"hunter2-correct-hor…" after')).toBe(`"${SENSITIVE_PLACEHOLDER}" after`)
  })

  it('leaves text alone that only shares a short beginning or has no cut mark', () => {
    expect(scrub('hunter2-c is fine')).toBe('hunter2-c is fine')
    expect(scrub('hunter… too short')).toBe('hunter… too short')
  })

  it('handles many secrets through the index', () => {
    const many = Array.from({ length: 50_000 }, (_, i) => `secret-value-${i.toString().padStart(6, '0')}`)
    const big = createSecretScrubber(many)
    expect(big('x secret-value-049999 y secret-value-000001')).toBe(
      `x ${SENSITIVE_PLACEHOLDER} y ${SENSITIVE_PLACEHOLDER}`
    )
    expect(big('secret-value-04…')).toBe(SENSITIVE_PLACEHOLDER)
    expect(big('no secrets here')).toBe('no secrets here')
  })
})
