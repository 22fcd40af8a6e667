/**
 * Properties of discovery over generated inputs: affected modules equal a brute-force reachability
 * answer on random acyclic module graphs, the answer does not depend on file order, shards
 * partition the list, and paths never leave the repository.
 */
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { posix } from 'node:path'
import { shellSafeJson } from '../../src/action/modes/discover-output.js'
import { discoverModules } from '../../src/discovery/discover.js'
import { matchesPathGlob } from '../../src/discovery/path-glob.js'
import { joinInside } from '../../src/discovery/paths.js'
import { MATRIX_JOB_LIMIT, selectShard } from '../../src/discovery/shard.js'
import { DEFAULT_ENVS, memoryRepo, modified } from './memory-repo.js'

/** JSON-syntax files keep the property runs fast; the graph logic is the same for both syntaxes. */
const jsonCalls = (targets: string[]) =>
  JSON.stringify({
    module: Object.fromEntries(targets.map((target, i) => [`m${i}`, { source: `../${target}` }]))
  })

const noParser = async () => {
  throw new Error('native files are not used here')
}

/** Random DAG: folder i may call folder j only when j > i. */
const graphs = fc.integer({ min: 1, max: 14 }).chain(size =>
  fc.record({
    size: fc.constant(size),
    edges: fc.array(fc.tuple(fc.nat(size - 1), fc.nat(size - 1)), { maxLength: size * 2 }),
    changed: fc.uniqueArray(fc.nat(size - 1), { maxLength: size }),
    order: fc.array(fc.nat(), { minLength: size, maxLength: size })
  })
)

describe('affected modules on random module graphs', () => {
  it('equal the roots from which a changed folder is reachable, whatever the file order', async () => {
    await fc.assert(
      fc.asyncProperty(graphs, async ({ size, edges, changed, order }) => {
        const calls = new Map<number, Set<number>>()
        for (const [a, b] of edges) if (a < b) (calls.get(a) ?? calls.set(a, new Set()).get(a)!).add(b)
        const name = (i: number) => `f${String(i).padStart(2, '0')}`
        const files: Record<string, string> = {}
        const paths = [...Array(size).keys()].sort((a, b) => order[a] - order[b] || a - b)
        for (const i of paths)
          files[`${name(i)}/main.tf.json`] = jsonCalls([...(calls.get(i) ?? [])].map(name))
        const called = new Set([...calls.values()].flatMap(set => [...set]))
        const roots = [...Array(size).keys()].filter(i => !called.has(i))
        const reaches = (from: number, target: number): boolean =>
          from === target || [...(calls.get(from) ?? [])].some(next => reaches(next, target))
        const expected = roots
          .filter(r => changed.some(c => reaches(r, c)))
          .map(name)
          .sort()
        const result = await discoverModules({
          repository: memoryRepo(files),
          changes: modified(...changed.map(i => `${name(i)}/main.tf.json`)),
          environments: DEFAULT_ENVS,
          fallbackEnvironment: 'dev',
          parseHcl: noParser
        })
        expect(result.modules.map(module => module.working_directory)).toEqual(expected)
        expect(result.rootModules).toBe(roots.length)
      }),
      { numRuns: 150 }
    )
  })
})

describe('shards', () => {
  it('partition the sorted list, in order, each within the matrix limit', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3000 }), fc.integer({ min: 0, max: 20 }), (count, extra) => {
        const total = Math.min(64, Math.max(1, Math.ceil(count / MATRIX_JOB_LIMIT)) + extra)
        const items = [...Array(count).keys()]
        const slices = [...Array(total).keys()].map(k => selectShard(items, { index: k + 1, total }))
        expect(slices.flat()).toEqual(items)
        for (const slice of slices) expect(slice.length).toBeLessThanOrEqual(MATRIX_JOB_LIMIT)
      })
    )
  })

  it('refuse a list that does not fit, never cutting it', () => {
    fc.assert(
      fc.property(fc.integer({ min: MATRIX_JOB_LIMIT + 1, max: 5000 }), count => {
        const items = [...Array(count).keys()]
        expect(() => selectShard(items, undefined)).toThrow(/at most 256 jobs .* shard: 1\//)
      }),
      { numRuns: 20 }
    )
  })
})

describe('paths', () => {
  const segment = fc.constantFrom('a', 'b', 'mod', '.', '..', '', 'x.y')
  it('joinInside never leaves the root and agrees with posix normalisation', () => {
    fc.assert(
      fc.property(fc.array(segment, { maxLength: 6 }), fc.array(segment, { maxLength: 6 }), (base, rel) => {
        const folder = base.filter(part => part !== '' && part !== '.' && part !== '..').join('/') || '.'
        const joined = joinInside(folder, rel.join('/'))
        const normal = posix.normalize(posix.join(folder, rel.join('/') || '.')).replace(/\/$/, '')
        if (normal === '..' || normal.startsWith('../')) expect(joined).toBeUndefined()
        else expect(joined).toBe(normal === '' ? '.' : normal)
      })
    )
  })

  it('a single * never crosses a folder boundary; ** matches any depth', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('a', 'b', 'env', 'prod'), { minLength: 1, maxLength: 5 }),
        parts => {
          const path = parts.join('/')
          expect(matchesPathGlob('*', path)).toBe(parts.length === 1)
          expect(matchesPathGlob('**', path)).toBe(true)
          expect(matchesPathGlob(`${parts[0]}/**`, path)).toBe(true)
          expect(matchesPathGlob(path, path)).toBe(true)
        }
      )
    )
  })
})

describe('output JSON', () => {
  it('reads back unchanged and holds only printable ASCII without $, backtick or quote', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ working_directory: fc.string({ unit: 'binary' }), environment: fc.string() })),
        value => {
          const text = shellSafeJson(value)
          expect(JSON.parse(text)).toEqual(value)
          expect(text).toMatch(/^[\x20-\x7e]*$/)
          expect(text).not.toMatch(/[$`']/)
        }
      ),
      { numRuns: 40 }
    )
  })
})
