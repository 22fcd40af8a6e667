/** Attribute changes: nested walk, unknown and sensitive marks, secret-looking keys, replace paths, limits. */
import { describe, expect, it } from '@jest/globals'
import { diffAttributes } from '../../src/analysis/attribute-diff.js'
import { renderValue } from '../../src/analysis/render-value.js'
import { analysePlanFile } from '../helpers/plan-source.js'
import { LIMIT } from '../../src/constants.js'
import { fixturePath } from './fixtures.js'

describe('attribute changes from real plans', () => {
  it('update: nested map values before → after, computed values known after apply', async () => {
    const analysis = await analysePlanFile(fixturePath('update'))
    const app = analysis.changes.find(c => c.address === 'terraform_data.app')
    expect(app?.attributes).toEqual([
      { path: 'input.image', before: '"app:1.0"', after: '"app:1.1"', forcesReplacement: false },
      { path: 'input.replicas', before: '2', after: '3', forcesReplacement: false },
      { path: 'input.tags.owner', before: 'null', after: '"ops"', forcesReplacement: false },
      {
        path: 'output',
        before: '{"image": "app:1.0", "replicas": 2, "tags": {"team": "core"}}',
        after: '(known after apply)',
        forcesReplacement: false
      }
    ])
  })

  it('sensitive update: the password shows as (sensitive) on both sides', async () => {
    const analysis = await analysePlanFile(fixturePath('sensitive'))
    const creds = analysis.changes.find(c => c.address === 'terraform_data.creds')
    expect(creds?.attributes.find(a => a.path === 'input.password')).toEqual({
      path: 'input.password',
      before: '(sensitive)',
      after: '(sensitive)',
      forcesReplacement: false
    })
    expect(creds?.attributes.find(a => a.path === 'input.user')).toMatchObject({
      before: '"admin"',
      after: '"admin2"'
    })
    // The state's `output` mirrors the input without a sensitive mark; the key name still masks it.
    const output = creds?.attributes.find(a => a.path === 'output')
    expect(output?.before).toBe('{"password": (sensitive), "user": "admin"}')
  })

  it('replace: the attribute that forces replacement is flagged', async () => {
    const analysis = await analysePlanFile(fixturePath('replace-triggers'))
    const db = analysis.changes.find(c => c.address === 'terraform_data.db')
    const trigger = db?.attributes.find(a => a.path === 'triggers_replace[0]')
    expect(trigger).toEqual({
      path: 'triggers_replace[0]',
      before: '"rev-1"',
      after: '"rev-2"',
      forcesReplacement: true
    })
    expect(db?.attributes.filter(a => a.path === 'input')).toEqual([])
  })
})

describe('diffAttributes', () => {
  it('a true sensitive mark at a parent masks everything below it', () => {
    const diff = diffAttributes({
      actions: ['update'],
      before: { config: { a: 'one', b: ['x'] } },
      after: { config: { a: 'two', b: ['y'] } },
      before_sensitive: { config: true },
      after_sensitive: { config: true },
      after_unknown: {}
    })
    expect(diff.attributes).toEqual([
      { path: 'config', before: '(sensitive)', after: '(sensitive)', forcesReplacement: false }
    ])
  })

  it('an unchanged sensitive value produces no change; a whole-value mark masks a nested list item', () => {
    const same = diffAttributes({
      actions: ['update'],
      before: { secret: 'same', n: 1 },
      after: { secret: 'same', n: 2 },
      before_sensitive: { secret: true },
      after_sensitive: { secret: true }
    })
    expect(same.attributes.map(a => a.path)).toEqual(['n'])
    const nested = diffAttributes({
      actions: ['update'],
      before: { list: ['a'] },
      after: { list: ['a', 'hidden'] },
      before_sensitive: {},
      after_sensitive: { list: [false, true] }
    })
    expect(nested.attributes).toEqual([
      { path: 'list[1]', before: 'null', after: '(sensitive)', forcesReplacement: false }
    ])
  })

  it('masks values under secret-looking keys even when not marked', () => {
    const diff = diffAttributes({
      actions: ['update'],
      before: { db_password: 'old-pass', settings: { 'Client-Secret': 'c1', api_key: 'k1', name: 'n1' } },
      after: { db_password: 'new-pass', settings: { 'Client-Secret': 'c2', api_key: 'k2', name: 'n2' } }
    })
    const text = JSON.stringify(diff)
    for (const secret of ['old-pass', 'new-pass', 'c1', 'c2', 'k1', 'k2'])
      expect(text).not.toContain(`"${secret}`)
    expect(diff.attributes.find(a => a.path === 'settings.name')).toMatchObject({
      before: '"n1"',
      after: '"n2"'
    })
    expect(diff.attributes.filter(a => a.before === '(sensitive)')).toHaveLength(3)
  })

  it('keeps at most attributesPerResource changes and counts the rest', () => {
    const before: Record<string, number> = {}
    const after: Record<string, number> = {}
    for (let i = 0; i < LIMIT.attributesPerResource + 13; i++) {
      before[`k${i}`] = i
      after[`k${i}`] = i + 1
    }
    const diff = diffAttributes({ actions: ['update'], before, after })
    expect(diff.attributes).toHaveLength(LIMIT.attributesPerResource)
    expect(diff.omitted).toBe(13)
  })

  it('truncates long values to attributeValueChars, and huge or deep values cost only what is kept', () => {
    const huge = 'x'.repeat(5_000_000)
    const diff = diffAttributes({ actions: ['update'], before: { v: 'short' }, after: { v: huge } })
    expect(diff.attributes[0].after.length).toBeLessThanOrEqual(LIMIT.attributeValueChars)
    expect(diff.attributes[0].after.endsWith('…')).toBe(true)
    let deep: unknown = 'leaf'
    for (let i = 0; i < 20_000; i++) deep = { d: deep }
    expect(renderValue(deep, undefined).length).toBeLessThanOrEqual(LIMIT.attributeValueChars)
    expect(() => diffAttributes({ actions: ['update'], before: deep, after: { d: 1 } })).not.toThrow()
  })

  it('formats paths for maps, lists and odd keys', () => {
    const pathsOf = (before: unknown, after: unknown): string[] =>
      diffAttributes({ actions: ['update'], before, after }).attributes.map(attribute => attribute.path)
    expect(pathsOf({ ingress: [{ cidr_blocks: 'a' }] }, { ingress: [{ cidr_blocks: 'b' }] })).toEqual([
      'ingress[0].cidr_blocks'
    ])
    expect(
      pathsOf({ labels: { 'app.kubernetes.io/name': 'a' } }, { labels: { 'app.kubernetes.io/name': 'b' } })
    ).toEqual(['labels["app.kubernetes.io/name"]'])
    expect(pathsOf('a', 'b')).toEqual(['(value)'])
  })
})
