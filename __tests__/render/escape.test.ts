/**
 * Escaping is the renderers' safety boundary: every property here is checked on thousands of random
 * strings (fixed seed) plus the classic attack strings, and the escaped text must still decode to
 * exactly what the plan said.
 */
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { escapeLogLine, escapeMarkdown, escapeTableCell, inlineCode } from '../../src/render/escape.js'
import { scrubSensitive } from '../../src/render/index.js'
import { isStrongSecret } from '../../src/analysis/scrub-secrets.js'
import { decodeEntities, markdownHazards } from './markdown-checks.js'

/** What the scrubbers write in place of a secret. */
const SENSITIVE_PLACEHOLDER = '(sensitive)'

const ATTACKS = [
  '</details><details open><summary>x</summary>',
  '<!-- hidden',
  'close --> <script>alert(1)</script>',
  '`code` ``more`` ```fence',
  '@octocat and @org/team please look',
  'col | col || row',
  'line1\nline2\r\n::set-output name=allowed::true',
  '::error::fake',
  '##[error]legacy command',
  '[click](https://evil.example) ![img](https://evil.example/x.png) [ref][1]',
  '**bold** _em_ __strong__ ~~strike~~ $x^2$ $$\\int$$',
  '#1 GH-2 owner/repo#3',
  'a\u202eevil\u2066rtl\u2028sep\u0000nul\u0007bell',
  '\\`escaped\\` &amp; &lt;b&gt; &#64;me'
]

const SEED = { seed: 20240521, numRuns: 3000 }

describe('escapeMarkdown and inlineCode', () => {
  it.each(ATTACKS)('renders %j inert and keeps its text', attack => {
    for (const escaped of [escapeMarkdown(attack), escapeTableCell(attack)]) {
      expect(markdownHazards(escaped)).toEqual([])
      expect(decodeEntities(escaped)).toBe(visibleForm(attack))
    }
    const code = inlineCode(attack)
    expect(code.startsWith('<code>') && code.endsWith('</code>')).toBe(true)
    const inner = code.slice(6, -7)
    expect(markdownHazards(inner, 'code')).toEqual([])
    expect(decodeEntities(inner)).toBe(visibleForm(attack))
  })

  it('never lets random text carry Markdown, HTML, mentions or line breaks, and decodes back exactly', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 80 }), text => {
        const prose = escapeMarkdown(text)
        const code = inlineCode(text).slice(6, -7)
        expect(markdownHazards(prose)).toEqual([])
        expect(markdownHazards(code, 'code')).toEqual([])
        expect(decodeEntities(prose)).toBe(visibleForm(text))
        expect(decodeEntities(code)).toBe(visibleForm(text))
      }),
      SEED
    )
  })

  it('keeps ordinary addresses readable in the raw Markdown', () => {
    expect(inlineCode('module.app.terraform_data.item["a.b"]')).toBe(
      '<code>module.app.terraform_data.item["a.b"]</code>'
    )
    expect(escapeMarkdown('aws_db_instance.main (3 resources)')).toBe('aws_db_instance.main (3 resources)')
  })

  it('breaks links and mentions but shows the same characters', () => {
    expect(escapeMarkdown('[x](y)')).toBe('[x]&#40;y)')
    expect(escapeMarkdown('@team')).toBe('&#64;&#8205;team')
    expect(inlineCode('@team')).toBe('<code>&#64;team</code>')
  })

  it('shows every invisible format character (Unicode Cf, tags, bidi controls) as a visible escape', () => {
    const invisible = [
      '\u200b',
      '\u200c',
      '\u200d',
      '\u200e',
      '\u200f',
      '\u2060',
      '\u2061',
      '\u2062',
      '\u2063',
      '\u2064',
      '\ufeff',
      '\u00ad',
      '\u061c',
      '\u180e',
      '\u{e0041}',
      '\u{e007f}',
      '\u202a',
      '\u202e',
      '\u2066',
      '\u2069'
    ]
    for (const char of invisible) {
      const hex = char.codePointAt(0)!.toString(16)
      for (const escaped of [escapeMarkdown(`prod${char}`), inlineCode(`prod${char}`)]) {
        const decoded = decodeEntities(escaped)
        expect([hex, decoded.includes(char)]).toEqual([hex, false])
        expect([hex, new RegExp(`\\\\u\\{?0*${hex}\\}?`).test(decoded)]).toEqual([hex, true])
      }
    }
    expect(escapeLogLine('db["prod\u200b"]')).toBe('db["prod\\u200b"]')
  })

  it('breaks URLs, www. hosts, e-mail addresses and GH- references, in prose and in code', () => {
    const text =
      'see https://evil.example/a, HTTP://x.example, www.evil.example, admin@evil.example and GH-77'
    for (const escaped of [escapeMarkdown(text), inlineCode(text).slice(6, -7)]) {
      const seen = escaped.replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
      expect(seen).not.toMatch(/https?:\/\//i)
      expect(seen).not.toMatch(/\bwww\./i)
      expect(seen).not.toMatch(/[a-z]@[a-z]/i)
      expect(seen).not.toMatch(/\bGH-\d/)
      expect(decodeEntities(escaped)).toBe(text)
    }
  })

  it('gives empty table cells a visible placeholder so the row keeps its columns', () => {
    expect(escapeTableCell('')).toBe('–')
  })
})

describe('escapeLogLine', () => {
  it('never yields a line break, a workflow command or a legacy command', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary', maxLength: 80 }),
        fc.constantFrom('', '::', ' ::', '##['),
        (text, lead) => {
          const line = escapeLogLine(lead + text)
          expect(line).not.toMatch(/[\r\n\u2028\u2029]/)
          expect(line).not.toContain('::')
          expect(line).not.toContain('##[')
        }
      ),
      SEED
    )
  })

  it('leaves ordinary lines untouched', () => {
    const line = 'Production deployment with resource destruction requires force_recreate=true: 2 resource(s)'
    expect(escapeLogLine(line)).toBe(line)
  })
})

describe('scrubSensitive', () => {
  it('removes the value in raw, JSON-quoted and escaped forms, longest first', () => {
    const secret = 'p@ss"word|<x>'
    const text = [secret, JSON.stringify(secret), escapeMarkdown(secret), inlineCode(secret), 'keep me'].join(
      ' / '
    )
    const scrubbed = scrubSensitive(text, new Set([secret, 'p@ss']))
    expect(scrubbed).not.toContain('p@ss')
    expect(scrubbed).not.toContain('&#64;&#8205;ss')
    expect(scrubbed).not.toContain('ss&quot;word')
    expect(scrubbed).toContain('keep me')
    expect(scrubbed.split(SENSITIVE_PLACEHOLDER).length - 1).toBeGreaterThanOrEqual(4)
  })

  it('never leaves a strong sensitive value in random text', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 3, maxLength: 20 }),
        fc.string({ maxLength: 40 }),
        fc.string({ maxLength: 40 }),
        (secret, a, b) => {
          fc.pre(!SENSITIVE_PLACEHOLDER.includes(secret) && isStrongSecret(secret))
          expect(scrubSensitive(a + secret + b + secret, new Set([secret]))).not.toContain(secret)
        }
      ),
      SEED
    )
  })

  it('never leaves a weak sensitive value (short, or words only) where it is a whole quoted value', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 20 }), fc.string({ maxLength: 40 }), (secret, a) => {
        fc.pre(secret.trim() !== '' && !SENSITIVE_PLACEHOLDER.includes(secret) && !isStrongSecret(secret))
        const quoted = JSON.stringify(secret)
        expect(scrubSensitive(`${a}${quoted} ${quoted}`, new Set([secret]))).not.toContain(quoted)
      }),
      SEED
    )
  })
})

/** What a reader sees for `text`: control, format and direction characters appear as escapes. */
function visibleForm(text: string): string {
  return Array.from(text)
    .map(char => {
      if (char === '\n') return '\\n'
      if (char === '\r') return '\\r'
      if (char === '\t') return '\\t'
      if (/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\u115f\u1160\u2800\u3164\uffa0]|\u034f|\u17b4|\u17b5/u.test(char)) {
        const code = char.codePointAt(0)!
        return code > 0xffff ? `\\u{${code.toString(16)}}` : `\\u${code.toString(16).padStart(4, '0')}`
      }
      return char
    })
    .join('')
}
