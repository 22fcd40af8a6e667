/**
 * The structural diff, case by case: lists and sets matched by content, maps by key, JSON strings as
 * documents, multi-line and long strings, Terraform's marks, replace_paths and the budgets.
 */
import { describe, expect, it } from '@jest/globals'
import {
  diffResourceChange,
  type DiffNode,
  type ListNode,
  type ResourceDiff,
  type TextNode
} from '../../../src/analysis/diff/index.js'

function only<T extends DiffNode['kind']>(diff: ResourceDiff, kind: T): Extract<DiffNode, { kind: T }> {
  expect(diff.nodes).toHaveLength(1)
  expect(diff.nodes[0].kind).toBe(kind)
  return diff.nodes[0] as Extract<DiffNode, { kind: T }>
}

function shown(node: DiffNode | undefined, side: 'before' | 'after'): string | undefined {
  if (node?.kind !== 'value') return undefined
  const value = node[side]
  return value?.kind === 'value' ? value.text : value?.kind
}

describe('lists and sets', () => {
  it('reads an element removed from the middle as one removal, not a shift', () => {
    const list = only(
      diffResourceChange({ before: { l: ['blue', 'canary', 'green'] }, after: { l: ['blue', 'green'] } }),
      'list'
    )
    expect(list.children).toHaveLength(1)
    expect(list.children[0]).toMatchObject({ action: 'removed', beforeIndex: 1 })
    expect(shown(list.children[0], 'before')).toBe('"canary"')
    expect(list.unchanged).toBe(2)
  })

  it('shows a security group rule swap as one removed and one added rule, never 443 → 3389', () => {
    const rule = (port: number, description: string): Record<string, unknown> => ({
      cidr_blocks: ['0.0.0.0/0'],
      description,
      from_port: port,
      protocol: 'tcp',
      to_port: port
    })
    const diff = diffResourceChange({
      before: { ingress: [rule(80, 'http'), rule(443, 'https')] },
      after: { ingress: [rule(80, 'http'), rule(3389, 'rdp')] }
    })
    const list = only(diff, 'list')
    expect(list.children.map(child => child.action)).toEqual(['removed', 'added'])
    expect(shown(list.children[0], 'before')).toContain('from_port = 443')
    expect(shown(list.children[1], 'after')).toContain('from_port = 3389')
    expect(list.unchanged).toBe(1)
  })

  it('pairs elements that keep a unique name and lists the fields that changed', () => {
    const list = only(
      diffResourceChange({
        before: {
          c: [
            { name: 'web', image: 'v1', cpu: 1 },
            { name: 'db', image: 'pg15', cpu: 2 }
          ]
        },
        after: {
          c: [
            { name: 'db', image: 'pg16', cpu: 2 },
            { name: 'web', image: 'v1', cpu: 1 }
          ]
        }
      }),
      'list'
    )
    const changed = list.children.find(child => child.action === 'changed')
    expect(changed).toMatchObject({ kind: 'object', beforeIndex: 1, afterIndex: 0 })
    expect(changed?.kind === 'object' && changed.children.map(child => child.key)).toEqual(['image'])
  })

  it('does not pair by a name that is not unique on both sides', () => {
    const setting = (namespace: string, value: string): Record<string, string> => ({
      namespace,
      name: 'MinSize',
      value
    })
    const list = only(
      diffResourceChange({
        before: { s: [setting('aws:autoscaling', '1'), setting('aws:ec2', '1')] },
        after: { s: [setting('aws:autoscaling', '2'), setting('aws:ec2', '1')] }
      }),
      'list'
    )
    expect(list.children.map(child => child.action)).toEqual(['removed', 'added'])
  })

  it('pairs JSON array objects by position only when a gap removes as many as it adds', () => {
    const statement = (action: string): Record<string, string> => ({
      Effect: 'Allow',
      Action: action,
      Resource: '*'
    })
    const doc = (...actions: string[]): string => JSON.stringify({ Statement: actions.map(statement) })
    const balanced = only(
      diffResourceChange({ before: { p: doc('a', 'b', 'c') }, after: { p: doc('a', 'b', 'c2') } }),
      'json'
    )
    const statements = balanced.children[0] as ListNode
    expect(statements.children).toHaveLength(1)
    expect(statements.children[0]).toMatchObject({
      kind: 'object',
      action: 'changed',
      beforeIndex: 2,
      afterIndex: 2
    })
    const unbalanced = only(
      diffResourceChange({ before: { p: doc('a', 'b', 'c') }, after: { p: doc('a', 'c2') } }),
      'json'
    )
    expect((unbalanced.children[0] as ListNode).children.map(child => child.action)).toEqual([
      'removed',
      'removed',
      'added'
    ])
  })

  it('falls back to greedy matching above the table bound and still removes exactly what was removed', () => {
    const before = Array.from({ length: 3000 }, (_, i) => `item-${i}`)
    const after = before
      .filter((_, i) => i !== 1000 && i !== 2000)
      .reverse()
      .reverse()
    after.splice(1500, 0, 'new-item')
    const diff = diffResourceChange(
      { before: { l: before }, after: { l: after } },
      { limits: { maxLcsCells: 1000 } }
    )
    const list = only(diff, 'list')
    expect(list.alignment).toBe('greedy')
    expect(
      list.children.filter(child => child.action === 'removed').map(child => shown(child, 'before'))
    ).toEqual(['"item-1000"', '"item-2000"'])
    expect(
      list.children.filter(child => child.action === 'added').map(child => shown(child, 'after'))
    ).toEqual(['"new-item"'])
  })

  it('never pairs unequal elements in the greedy fallback, even when everything moved', () => {
    const before = Array.from({ length: 200 }, (_, i) => i)
    const after = [...before].reverse()
    const list = only(
      diffResourceChange(
        { before: { l: before }, after: { l: after } },
        { limits: { maxLcsCells: 10, maxNodes: 1000 } }
      ),
      'list'
    )
    expect(list.alignment).toBe('greedy')
    const removed = list.children
      .filter(child => child.action === 'removed')
      .map(child => shown(child, 'before'))
    const added = list.children.filter(child => child.action === 'added').map(child => shown(child, 'after'))
    expect(list.children.every(child => child.action !== 'changed')).toBe(true)
    expect(removed.sort()).toEqual(added.sort())
    expect(list.unchanged + removed.length).toBe(200)
  })
})

describe('maps, strings and documents', () => {
  it('diffs maps key by key', () => {
    const diff = diffResourceChange({
      before: { tags: { Owner: 'a', Release: 'r1', CostCenter: '42' } },
      after: { tags: { Owner: 'a', Release: 'r2', Env: 'prod' } }
    })
    const tags = only(diff, 'object')
    expect(tags.children.map(child => [child.key, child.action])).toEqual([
      ['CostCenter', 'removed'],
      ['Env', 'added'],
      ['Release', 'changed']
    ])
  })

  it('keeps a change at character 301 of a long string in view, with context', () => {
    const pad = '0123456789'.repeat(30)
    const text = only(
      diffResourceChange({ before: { s: `${pad}A${pad}` }, after: { s: `${pad}B${pad}` } }),
      'text'
    )
    expect(text.windows).toEqual([
      expect.objectContaining({
        offset: 300,
        removed: 'A',
        added: 'B',
        lead: pad.slice(-40),
        trail: pad.slice(0, 40)
      })
    ])
  })

  it('gives each distant difference of a long line its own window', () => {
    const base = Array.from({ length: 200 }, (_, i) => `word${i}`).join(' ')
    const changed = base.replace('word20 ', 'WORD20 ').replace('word150 ', 'WORD150 ')
    const text = only(diffResourceChange({ before: { s: base }, after: { s: changed } }), 'text') as TextNode
    // The common suffix starts at '150', so the second difference is the letters before it.
    expect(text.windows.map(window => [window.removed, window.added, window.trail.slice(0, 4)])).toEqual([
      ['word20', 'WORD20', ' wor'],
      ['word', 'WORD', '150 ']
    ])
    expect(text.windows[1].lead.endsWith('word149 ')).toBe(true)
  })

  it('keeps both ends of a very long difference and counts what it leaves out', () => {
    const text = only(
      diffResourceChange({ before: { s: `x${'a'.repeat(5000)}x` }, after: { s: `x${'b'.repeat(5000)}x` } }),
      'text'
    )
    expect(text.windows[0].removed).toMatch(/^a+…a+$/)
    expect(text.windows[0].removedCut).toBe(5000 - 160)
  })

  it('diffs multi-line strings by line with line numbers', () => {
    const lines = only(
      diffResourceChange({ before: { u: 'a\nb\nc\nd\ne\nf\n' }, after: { u: 'a\nb\nC\nd\ne\nf\ng\n' } }),
      'lines'
    )
    const changed = lines.hunks.flat().filter(line => line.op !== 'same')
    expect(changed).toEqual([
      { op: 'removed', text: 'c', line: 3 },
      { op: 'added', text: 'C', line: 3 },
      { op: 'added', text: 'g', line: 7 }
    ])
  })

  it('parses JSON strings and tells a reformatting from a change', () => {
    const reformatted = only(
      diffResourceChange({ before: { p: '{"a":1,"b":2}' }, after: { p: '{ "b": 2, "a": 1 }' } }),
      'json'
    )
    expect(reformatted).toMatchObject({ whitespaceOnly: true, children: [] })
    const changed = only(
      diffResourceChange({ before: { p: '{"a":1,"b":2}' }, after: { p: '{"a":1,"b":3}' } }),
      'json'
    )
    expect(changed.children).toEqual([expect.objectContaining({ key: 'b', action: 'changed' })])
  })

  it('treats an empty string and null as the same, as Terraform does for legacy providers', () => {
    expect(diffResourceChange({ before: { a: '', b: 'x' }, after: { a: null, b: 'x' } }).nodes).toEqual([])
  })
})

describe("Terraform's marks", () => {
  it('hides sensitive values and says whether they changed', () => {
    const diff = diffResourceChange({
      before: { password: 'old-secret', same: 'kept-secret' },
      after: { password: 'new-secret', same: 'kept-secret' },
      before_sensitive: { password: true, same: true },
      after_sensitive: { password: true, same: true }
    })
    expect(diff.nodes).toEqual([{ kind: 'sensitive', key: 'password', action: 'changed', changed: true }])
    expect(JSON.stringify(diff)).not.toMatch(/secret/)
  })

  it('reports a value becoming sensitive without showing it', () => {
    const diff = diffResourceChange({
      before: { v: 'same-value' },
      after: { v: 'same-value' },
      after_sensitive: { v: true }
    })
    expect(diff.nodes).toEqual([
      { kind: 'sensitive', key: 'v', action: 'changed', changed: false, marking: 'added' }
    ])
  })

  it('scrubs a marked value copied unmarked into another attribute of the same change', () => {
    const diff = diffResourceChange({
      before: { input: { password: 'hunter2-long' }, output: { password: 'hunter2-long' } },
      after: { input: { password: 'other-long-pw' }, output: null },
      before_sensitive: { input: { password: true } },
      after_sensitive: { input: { password: true } },
      after_unknown: { output: true }
    })
    expect(JSON.stringify(diff)).not.toContain('hunter2')
    expect(JSON.stringify(diff)).not.toContain('other-long-pw')
  })

  it('hides what the extra detection hides, by path and value', () => {
    const diff = diffResourceChange(
      {
        before: { client_secret: 'abc-old-123', name: 'x' },
        after: { client_secret: 'abc-new-456', name: 'y' }
      },
      { hideString: path => path[path.length - 1] === 'client_secret' }
    )
    expect(diff.nodes[0]).toEqual({
      kind: 'sensitive',
      key: 'client_secret',
      action: 'changed',
      changed: true
    })
    expect(JSON.stringify(diff)).not.toMatch(/abc-/)
  })

  it('shows values known only after apply, including attributes present only in after_unknown', () => {
    const diff = diffResourceChange({
      before: { id: 'i-1', size: 1 },
      after: { size: 2 },
      after_unknown: { id: true, arn: true }
    })
    expect(
      diff.nodes.map(node => [node.key, node.action, shown(node, 'before'), shown(node, 'after')])
    ).toEqual([
      ['arn', 'added', undefined, 'unknown'],
      ['id', 'changed', '"i-1"', 'unknown'],
      ['size', 'changed', '1', '2']
    ])
  })

  it('flags what replace_paths names, following list elements by their before index', () => {
    const diff = diffResourceChange({
      before: { engine: 'mysql', disks: [{ size: 1 }, { size: 2 }] },
      after: { engine: 'postgres', disks: [{ size: 2 }] },
      replace_paths: [['engine'], ['disks', 0], ['not', 'there'], 'junk', [[1]], [{}]]
    })
    expect(diff.nodes.find(node => node.key === 'engine')?.forcesReplacement).toBe(true)
    const disks = diff.nodes.find(node => node.key === 'disks') as ListNode
    expect(disks.children[0]).toMatchObject({ action: 'removed', beforeIndex: 0, forcesReplacement: true })
    expect(diff.unmatchedReplacePaths).toEqual([['not', 'there']])
  })
})

describe('whole objects and bounds', () => {
  it('lists a create attribute by attribute, and a delete', () => {
    const created = diffResourceChange({
      before: null,
      after: { name: 'a', size: 2 },
      after_unknown: { id: true }
    })
    expect(created.action).toBe('added')
    expect(created.nodes.map(node => [node.key, node.action])).toEqual([
      ['id', 'added'],
      ['name', 'added'],
      ['size', 'added']
    ])
    expect(diffResourceChange({ before: { name: 'a' }, after: null }).action).toBe('removed')
    expect(diffResourceChange({ before: { name: 'a' }, after: { name: 'a' } }).action).toBe('none')
  })

  it('keeps at most maxNodes nodes and counts every further change', () => {
    const before = Object.fromEntries(Array.from({ length: 5000 }, (_, i) => [`k${i}`, i]))
    const after = Object.fromEntries(Array.from({ length: 5000 }, (_, i) => [`k${i}`, i + 1]))
    const diff = diffResourceChange({ before, after }, { limits: { maxNodes: 50 } })
    expect(diff.nodeCount).toBe(50)
    expect(diff.nodes.length + diff.omitted).toBe(5000)
  })

  it('stays bounded on a 50 MB string changed in the middle', () => {
    const big = 'x'.repeat(25 * 1024 * 1024)
    const diff = diffResourceChange({ before: { data: `${big}A${big}` }, after: { data: `${big}B${big}` } })
    expect(JSON.stringify(diff).length).toBeLessThan(2000)
    expect((diff.nodes[0] as TextNode).windows[0]).toMatchObject({
      offset: big.length,
      removed: 'A',
      added: 'B'
    })
  })

  it('survives hostile shapes: deep nesting, __proto__ keys, mismatched marks', () => {
    let deep: unknown = 'leaf'
    for (let i = 0; i < 5000; i++) deep = { d: deep }
    expect(() => diffResourceChange({ before: { deep }, after: { deep: { d: 'other' } } })).not.toThrow()
    const proto = JSON.parse('{"__proto__": {"polluted": 1}, "constructor": "x"}') as Record<string, unknown>
    const diff = diffResourceChange({
      before: proto,
      after: { constructor: 'y' },
      before_sensitive: [true],
      after_unknown: 'yes'
    })
    expect(diff.nodes.map(node => node.key).sort()).toEqual(['__proto__', 'constructor'])
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    const huge = 'k'.repeat(100_000)
    const keyed = diffResourceChange({ before: { tags: { [huge]: 'a' } }, after: { tags: { [huge]: 'b' } } })
    expect(JSON.stringify(keyed).length).toBeLessThan(1000)
  })
})
