/**
 * Which changes get attribute detail. The analyzer diffs only the changes it keeps, choosing them
 * as entries arrive; the result must be exactly "classify every change in full, keep destructive
 * ones first, cut at LIMIT.detailedChanges", whatever order the destructive and other changes come in.
 */
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { classifyChange, isDestructive } from '../../src/analysis/classify-change.js'
import type { ClassifiedChange } from '../../src/analysis/types.js'
import { LIMIT } from '../../src/constants.js'
import type { PlanResourceChange } from '../../src/plan/model.js'
import { diffLeaves } from '../helpers/diff-leaves.js'
import { analyseDocument, entry, planOf } from './fixtures.js'

const KINDS: Record<string, string[]> = {
  update: ['update'],
  replace: ['delete', 'create'],
  delete: ['delete'],
  create: ['create']
}

/** An entry whose before/after differ in one attribute, so updates and replaces carry detail. */
function changed(index: number, kind: string): PlanResourceChange {
  const actions = KINDS[kind]
  const before = actions.includes('create') && actions.length === 1 ? null : { size: index, name: 'n' }
  const after = actions.length === 1 && actions[0] === 'delete' ? null : { size: index + 1, name: 'n' }
  return entry(`x_y.r${index}`, actions, {
    change: { actions, before, after, after_unknown: {}, before_sensitive: {}, after_sensitive: {} }
  })
}

/** The reference: every change classified with its diff, destructive first, cut at the limit. */
function expectedKept(changes: PlanResourceChange[]): ClassifiedChange[] {
  const all = changes.map(change => classifyChange(change))
  const destructive = all.filter(c => isDestructive(c.kind))
  const other = all.filter(c => !isDestructive(c.kind))
  return [...destructive, ...other].slice(0, LIMIT.detailedChanges)
}

describe('attribute detail for kept changes only', () => {
  it('late destructive changes push out the last kept updates, and keep their own detail', () => {
    const updates = LIMIT.detailedChanges + 10
    const changes: PlanResourceChange[] = []
    for (let i = 0; i < updates; i++) changes.push(changed(i, 'update'))
    for (let i = updates; i < updates + 25; i++) changes.push(changed(i, i % 2 ? 'replace' : 'delete'))
    const analysis = analyseDocument(planOf(changes))
    expect(analysis.changes).toEqual(expectedKept(changes))
    expect(analysis.changes).toHaveLength(LIMIT.detailedChanges)
    // The kept updates are the first ones in plan order, each with its attribute change.
    const kept = analysis.changes.filter(c => c.kind === 'update')
    expect(kept).toHaveLength(LIMIT.detailedChanges - 25)
    expect(kept[kept.length - 1].address).toBe(`x_y.r${LIMIT.detailedChanges - 26}`)
    expect(kept.every(c => diffLeaves(c.diff).length === 1 && diffLeaves(c.diff)[0].path === 'size')).toBe(
      true
    )
    const replaces = analysis.changes.filter(c => c.kind === 'replace')
    expect(replaces.every(c => diffLeaves(c.diff)[0]?.after === String(Number(c.address.slice(5)) + 1))).toBe(
      true
    )
    expect(analysis.omittedChanges).toBe(updates + 25 - LIMIT.detailedChanges)
  })

  it('more destructive changes than the limit: only the first ones are kept, no update at all', () => {
    const changes: PlanResourceChange[] = [changed(0, 'update')]
    for (let i = 1; i <= LIMIT.detailedChanges + 3; i++) changes.push(changed(i, 'replace'))
    changes.push(changed(LIMIT.detailedChanges + 4, 'update'))
    const analysis = analyseDocument(planOf(changes))
    expect(analysis.changes).toEqual(expectedKept(changes))
    expect(analysis.changes.every(c => c.kind === 'replace')).toBe(true)
    expect(analysis.omittedChanges).toBe(5)
  })

  it('any order of destructive and other changes gives the keep-all-then-cut result', () => {
    // A small limit would need a different build; instead the runs are long enough to cross the real one.
    const run = fc.record({
      kind: fc.constantFrom('update', 'replace', 'delete', 'create'),
      length: fc.integer({ min: 1, max: 900 })
    })
    fc.assert(
      fc.property(fc.array(run, { minLength: 1, maxLength: 8 }), runs => {
        const changes: PlanResourceChange[] = []
        for (const { kind, length } of runs)
          for (let i = 0; i < length; i++) changes.push(changed(changes.length, kind))
        const analysis = analyseDocument(planOf(changes))
        expect(analysis.changes).toEqual(expectedKept(changes))
        expect(analysis.omittedChanges).toBe(changes.length - analysis.changes.length)
      }),
      { numRuns: 25 }
    )
  })

  it('drift beyond the limit is counted; the kept drift entries carry their detail', () => {
    const drift = Array.from({ length: LIMIT.detailedChanges + 7 }, (_, i) => changed(i, 'update'))
    const analysis = analyseDocument(planOf([], { resource_drift: drift }))
    expect(analysis.driftCount).toBe(LIMIT.detailedChanges + 7)
    expect(analysis.drift).toEqual(drift.slice(0, LIMIT.detailedChanges).map(d => classifyChange(d)))
    expect(diffLeaves(analysis.drift[0].diff)).toHaveLength(1)
  })
})

describe('duplicate addresses', () => {
  const duplicate = (address: string): { address: string; problem: string } => ({
    address,
    problem: 'the address appears more than once in resource_changes'
  })

  it('the same deposed object twice is a duplicate; an empty deposed key is the current object', () => {
    const analysis = analyseDocument(
      planOf([
        { ...entry('x_y.a', ['delete']), deposed: 'd1' },
        entry('x_y.a', ['update']),
        { ...entry('x_y.a', ['delete']), deposed: 'd2' },
        { ...entry('x_y.a', ['delete']), deposed: 'd1' },
        { ...entry('x_y.a', ['update']), deposed: '' },
        entry('x_y.b', ['update'])
      ])
    )
    expect(analysis.unreadable).toEqual([duplicate('x_y.a'), duplicate('x_y.a')])
    expect(analysis.counts.total).toBe(6)
  })

  it('repeats among many distinct addresses are all found, in plan order', () => {
    const changes = Array.from({ length: 5000 }, (_, i) => entry(`x_y.r${i}`, ['create']))
    changes.push(entry('x_y.r4999', ['create']), entry('x_y.r0', ['create']))
    const analysis = analyseDocument(planOf(changes))
    expect(analysis.unreadable).toEqual([duplicate('x_y.r4999'), duplicate('x_y.r0')])
  })
})
