/**
 * The scrubber's contract (scrub-secrets.ts): strong secrets go wherever they occur and in every
 * form, cut-off beginnings of any length go, weak secrets (short, or words only) go only where they
 * stand as a whole value, so a plan that marks ordinary words cannot blank ordinary text.
 */
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import {
  createSecretScrubber,
  CUT_MARK,
  isStrongSecret,
  isWordLike,
  SENSITIVE_PLACEHOLDER
} from '../../src/analysis/scrub-secrets.js'

const SEED = { seed: 20240607, numRuns: 300 }
const S = SENSITIVE_PLACEHOLDER

describe('strong and weak secrets', () => {
  it.each([
    ['Adm1n-pass-31', true],
    ['918273645', true],
    ['Zq7x', true],
    ['hunter2', true],
    ['MIIEowIBAAKCAQEA', true],
    ['Zq7', false],
    ['Q9', false],
    ['deployment', false],
    ['Production', false],
    ['force_recreate', false],
    ['Safety gate', false],
    ['----', false],
    ['   ab   ', false]
  ])('%j is strong: %s', (secret, strong) => {
    expect(isStrongSecret(secret)).toBe(strong)
  })

  it('words only are word-like; digits and symbols are not', () => {
    expect(isWordLike('would deny')).toBe(true)
    expect(isWordLike("don't")).toBe(true)
    expect(isWordLike('Größe')).toBe(true)
    expect(isWordLike('force_recreate=true')).toBe(false)
    expect(isWordLike('abc1')).toBe(false)
  })
})

describe('strong secrets are replaced wherever they occur', () => {
  const secret = 'hunter2-correct-horse-battery'
  const scrub = createSecretScrubber([secret, 'hunter2-correct', 'Zq7x'])

  it('replaces whole occurrences, the longest form first', () => {
    expect(scrub(`a ${secret} b ${secret}`)).toBe(`a ${S} b ${S}`)
    expect(scrub('key hunter2-correct!')).toBe(`key ${S}!`)
    expect(scrub('xZq7xx')).toBe(`x${S}x`)
  })

  it('replaces JSON-escaped and percent-encoded forms', () => {
    const odd = 'p@ss"w/rd\\x y'
    const scrubOdd = createSecretScrubber([odd])
    expect(scrubOdd(JSON.stringify({ v: odd }))).toBe(`{"v":"${S}"}`)
    expect(scrubOdd(`https://h/?p=${encodeURIComponent(odd)}`)).toBe(`https://h/?p=${S}`)
  })

  it('replaces each line of a multi-line secret on its own (Terraform prints heredocs indented)', () => {
    const key = 'line-one-Mz81-private\nline-two-Qp92-private\nend'
    const heredoc =
      '  key = <<-EOT\n      line-one-Mz81-private\n      line-two-Qp92-private\n      end\n  EOT'
    const out = createSecretScrubber([key])(heredoc)
    expect(out).not.toContain('Mz81')
    expect(out).not.toContain('Qp92')
    // A line too short to be strong by itself stays: it cannot be told from ordinary text.
    expect(out).toContain('      end')
  })

  it('replaces a cut-off beginning of any length before the cut mark, keeping the mark', () => {
    expect(scrub(`"hunter2-correct-hor${CUT_MARK}" after`)).toBe(`"${S}${CUT_MARK}" after`)
    expect(scrub(`{"a": "pp", "s": "hunt${CUT_MARK}`)).toBe(`{"a": "pp", "s": "${S}${CUT_MARK}`)
    expect(scrub(`"h${CUT_MARK}`)).toBe(`"${S}${CUT_MARK}`)
  })

  it('leaves text alone that only shares a beginning without a cut mark', () => {
    expect(scrub('hunter2-c is fine')).toBe('hunter2-c is fine')
    expect(scrub('Zq7 is fine')).toBe('Zq7 is fine')
  })

  it('handles many secrets through the index', () => {
    const many = Array.from({ length: 50_000 }, (_, i) => `secret-value-${i.toString().padStart(6, '0')}`)
    const big = createSecretScrubber(many)
    expect(big('x secret-value-049999 y secret-value-000001')).toBe(`x ${S} y ${S}`)
    expect(big(`secret-value-04${CUT_MARK}`)).toBe(`${S}${CUT_MARK}`)
    expect(big('no secrets here')).toBe('no secrets here')
  })

  it('never leaves a strong secret in random text, whatever surrounds it (property)', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 4, maxLength: 30 }), fc.string(), fc.string(), (secret, a, b) => {
        fc.pre(isStrongSecret(secret) && !S.includes(secret))
        const text = `${a}${secret}${b}${JSON.stringify(secret)}${encodeURIComponent(secret)}`
        const out = createSecretScrubber([secret])(text)
        expect(out).not.toContain(secret.trim())
        expect(out).not.toContain(JSON.stringify(secret).slice(1, -1).trim())
      }),
      SEED
    )
  })

  it('never leaves a cut-off beginning of a strong secret before the cut mark (property)', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 4, maxLength: 40 }), fc.nat(), fc.string(), (secret, at, a) => {
        fc.pre(isStrongSecret(secret) && !S.includes(secret) && !secret.includes(CUT_MARK))
        const cut = 1 + (at % (secret.length - 1))
        const out = createSecretScrubber([secret])(`${a}${secret.slice(0, cut)}${CUT_MARK}`)
        expect(out.endsWith(`${S}${CUT_MARK}`)).toBe(true)
      }),
      SEED
    )
  })
})

describe('weak secrets are replaced only where they stand whole', () => {
  const scrub = createSecretScrubber(['Q9', 'Zq7', '42', 'deployment', 'Production', 'force_recreate'])

  it('as a quoted value, raw, JSON-escaped or HTML-escaped', () => {
    expect(scrub('- code2 = "Q9"')).toBe(`- code2 = ${S}`)
    expect(scrub('{"code3": "Zq7", "label": "old"}')).toBe(`{"code3": ${S}, "label": "old"}`)
    expect(scrub('["x[\\"Q9\\"]"]')).toBe(`["x[${S}]"]`)
    expect(scrub('&quot;deployment&quot;')).toBe(S)
    expect(scrub('db["Production"]')).toBe(`db[${S}]`)
  })

  it('as a bare number in a value position, and a bare map key in Terraform text', () => {
    expect(scrub('  - pin = 42')).toBe(`  - pin = ${S}`)
    expect(scrub('  ~ pin = 41 -> 42')).toBe(`  ~ pin = 41 -> ${S}`)
    expect(scrub('{"pin": 42, "n": [1, 42]}')).toBe(`{"pin": ${S}, "n": [1, ${S}]}`)
    expect(scrub('      - Q9 = "mapped"')).toBe(`      - ${S} = "mapped"`)
    // A one-line map, as the report shows a value copied unmarked (merge-seams-secrets.test.ts S6).
    expect(scrub('{ Q9 = "mapped", label = "x" }')).toBe(`{ ${S} = "mapped", label = "x" }`)
    expect(scrub('{ a = 1, Q9 = 2 }')).toBe(`{ a = 1, ${S} = 2 }`)
    expect(scrub('Q9Q9 = 1, xQ9 = 2')).toBe('Q9Q9 = 1, xQ9 = 2')
  })

  it('never inside ordinary text: the gate keeps its words', () => {
    const line =
      'Production deployment with resource destruction requires force_recreate=true: 42 resource(s)'
    expect(scrub(line)).toBe(line)
    expect(scrub('Plan: 42 to add, 0 to change. Q9Q9 Zq7a')).toBe('Plan: 42 to add, 0 to change. Q9Q9 Zq7a')
  })

  it('a whole quoted weak value never survives (property)', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 12 }), fc.string(), (secret, a) => {
        fc.pre(secret.trim() !== '' && !isStrongSecret(secret) && !S.includes(secret))
        const out = createSecretScrubber([secret])(`${a} = ${JSON.stringify(secret)}`)
        expect(out).not.toContain(JSON.stringify(secret))
      }),
      SEED
    )
  })
})

describe('text without secrets', () => {
  it('is returned unchanged (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ minLength: 1, maxLength: 12 }), { maxLength: 5 }),
        fc.string(),
        (secrets, text) => {
          fc.pre(!text.includes(CUT_MARK) && secrets.every(secret => !text.includes(secret.trim())))
          expect(createSecretScrubber(secrets)(text)).toBe(text)
        }
      ),
      SEED
    )
  })
})
