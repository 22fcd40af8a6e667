/**
 * The Markdown of a structural diff: every difference visible, no sensitive value ever, hostile plan
 * strings inert, no tables, and Terraform's markers in front of each change.
 */
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { diffResourceChange, type ChangeValues } from '../../../src/analysis/diff/index.js'
import { renderResourceDiff } from '../../../src/render/diff/render-diff.js'
import {
  markFor,
  mutated,
  planObject,
  plainString,
  secret,
  SECRET_TAG
} from '../../analysis/diff/arbitraries.js'
import { documentHazards, markdownHazards } from '../markdown-checks.js'
import { markerOf, visibleLines } from './visible-text.js'

const parameters = { seed: 20261203, numRuns: 300 }

function render(change: ChangeValues): string[] {
  return renderResourceDiff(diffResourceChange(change))
}

/** Every primitive leaf with its path. */
function leaves(value: unknown, path: string[] = [], out = new Map<string, unknown>()): Map<string, unknown> {
  if (value !== null && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) leaves(child, [...path, key], out)
  } else out.set(JSON.stringify(path), value)
  return out
}

function literal(value: unknown): string {
  return typeof value === 'string' ? JSON.stringify(value) : String(value)
}

describe('renderResourceDiff', () => {
  it('prints Terraform markers and values for each kind of change, on a phone-sized list', () => {
    const lines = visibleLines(
      render({
        before: { tags: { Release: 'r1' }, l: ['blue', 'canary', 'green'], engine: 'mysql', gone: 'x' },
        after: { tags: { Release: 'r2' }, l: ['blue', 'green'], engine: 'postgres', added: 'y' },
        replace_paths: [['engine']]
      })
    )
    expect(lines).toEqual([
      '- + added: "y"',
      '- ~ engine: "mysql" → "postgres" — ⚠️ forces replacement',
      '- - gone: "x"',
      '- ~ l: 1 removed, 2 unchanged',
      '  - - [1]: "canary"',
      '- ~ tags.Release: "r1" → "r2"'
    ])
  })

  it('makes every difference between before and after visible', () => {
    fc.assert(
      fc.property(
        planObject.chain(before => fc.tuple(fc.constant(before), mutated(before))),
        ([before, after]) => {
          const text = visibleLines(render({ before, after })).join('\n')
          const old = leaves(before)
          const next = leaves(after)
          for (const [path, value] of next) {
            if (old.get(path) !== value) expect(text).toContain(literal(value))
          }
          for (const [path, value] of old) {
            if (next.get(path) !== value) expect(text).toContain(literal(value))
          }
        }
      ),
      parameters
    )
  })

  it('never shows a value marked sensitive, nor a copy of it elsewhere in the change', () => {
    const withSecrets = planObject.chain(base =>
      fc.tuple(
        fc.constant(base),
        secret,
        secret,
        fc.constantFrom('plain', 'long', 'lines', 'json'),
        markFor(base, fc.boolean())
      )
    )
    fc.assert(
      fc.property(withSecrets, ([base, oldSecret, newSecret, echo, marks]) => {
        const wrap = (value: string): string =>
          echo === 'long'
            ? `${'p'.repeat(300)}${value}${'q'.repeat(300)}`
            : echo === 'lines'
              ? `first\n${value}\nlast\n`
              : echo === 'json'
                ? JSON.stringify({ Statement: [{ Resource: value }] })
                : value
        const before = { ...base, password: oldSecret, echo: wrap(oldSecret), list: [oldSecret, 'x'] }
        const after = { ...base, password: newSecret, echo: wrap(newSecret), list: [newSecret, 'x'] }
        const sensitive = (m: unknown): unknown => ({
          ...(m && typeof m === 'object' ? m : {}),
          password: true,
          list: [true, false]
        })
        const change = {
          before,
          after,
          before_sensitive: sensitive(marks),
          after_sensitive: sensitive(marks)
        }
        const diff = diffResourceChange(change)
        const markdown = renderResourceDiff(diff).join('\n')
        for (const text of [JSON.stringify(diff), markdown, visibleLines([markdown]).join('\n')]) {
          expect(text).not.toContain(SECRET_TAG.slice(0, 6))
        }
        expect(markdown).toContain('sensitive, changed')
      }),
      parameters
    )
  })

  it('keeps hostile plan strings inert: escaped in code, no tables, no line started by plan text', () => {
    const hostile = fc.constantFrom(
      '</details>',
      '<!-- x',
      '`code`',
      '@octocat',
      '#1',
      '::error::forged',
      '\n::warning::x',
      '| a | b |',
      '**bold** _it_',
      '[link](https://evil.example)',
      '<img src=x onerror=alert(1)>',
      '$x$',
      '\u202eevil',
      '- [ ] task',
      '\n# heading'
    )
    fc.assert(
      fc.property(hostile, hostile, plainString, (key, value, other) => {
        const markdown = render({
          before: { [key]: value, tags: { [key]: other }, l: [value, other], s: `${value}\n${other}\n` },
          after: { [key]: `${value}!`, tags: { [key]: value }, l: [other], s: `${other}\n${value}\n` }
        })
        expect(documentHazards(markdown.join('\n'))).toEqual([])
        for (const line of markdown) {
          expect(line).toMatch(/^( {2})*- /)
          expect(line.startsWith('|')).toBe(false)
          for (const code of line.match(/<code>.*?<\/code>/g) ?? []) {
            expect(markdownHazards(code.slice(6, -7), 'code')).toEqual([])
          }
        }
      }),
      parameters
    )
  })

  it('applies the report scrubber before escaping', () => {
    const lines = renderResourceDiff(
      diffResourceChange({ before: { note: 'uses key AKIA-EXAMPLE' }, after: { note: 'none' } }),
      {
        scrub: text => text.replaceAll('AKIA-EXAMPLE', '(sensitive)')
      }
    )
    expect(lines.join('\n')).not.toContain('AKIA')
  })

  it('says how much the budget left out', () => {
    const before = Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`k${i}`, i]))
    const after = Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`k${i}`, i + 1]))
    const lines = visibleLines(
      renderResourceDiff(diffResourceChange({ before, after }, { limits: { maxNodes: 5 } }))
    )
    expect(lines).toHaveLength(6)
    expect(lines[5]).toBe('- … 25 more change(s) not shown')
    expect(lines.slice(0, 5).every(line => markerOf(line) === '~')).toBe(true)
  })

  it('groups new attributes known only after apply into one line', () => {
    const lines = visibleLines(
      render({ before: null, after: { name: 'a' }, after_unknown: { id: true, arn: true } })
    )
    expect(lines).toEqual(['- + name: "a"', '- + 2 attribute(s) known after apply: arn, id'])
  })
})
