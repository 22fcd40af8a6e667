/**
 * Fail closed: a verb or combination the analysis does not know, or an entry it cannot classify, is
 * reported in `unreadable` (naming the verb) and raises the risk to critical; it is never skipped
 * silently. An entry without the fields every entry has makes the reader refuse the whole plan.
 */
import { describe, expect, it } from '@jest/globals'
import { classifyActions, UnreadableChangeError } from '../../src/analysis/classify-change.js'
import { InfraGuardError, PlanReadError } from '../../src/errors.js'
import { LIMIT } from '../../src/constants.js'
import type { PlanResourceChange } from '../../src/plan/model.js'
import { analyseDocument, entry, loadPlan, planOf } from './fixtures.js'

describe('unknown verbs in a real plan', () => {
  it('a future verb on one entry of the mixed plan is reported by name and the risk is critical', () => {
    const plan = loadPlan('mixed')
    const target = plan.resource_changes?.find(c => c.address === 'terraform_data.to_update')
    if (!target) throw new Error('fixture changed')
    target.change.actions = ['update', 'quarantine']
    const analysis = analyseDocument(plan)
    expect(analysis.unreadable).toHaveLength(1)
    expect(analysis.unreadable[0].address).toBe('terraform_data.to_update')
    expect(analysis.unreadable[0].problem).toContain("unknown action verb 'quarantine'")
    expect(analysis.risk.level).toBe('critical')
    expect(analysis.risk.reasons[0]).toMatchObject({
      rule: 'unreadable-entries',
      addresses: ['terraform_data.to_update']
    })
    // The entry is not silently counted as something else.
    expect(analysis.counts.change).toBe(0)
  })

  it.each([
    [['delete', 'update'], 'unknown combination'],
    [['create', 'create'], 'unknown combination'],
    [['create', 'forget', 'create'], 'unknown combination'],
    [[], 'non-empty list'],
    ['delete', 'non-empty list'],
    [[42], 'not a verb string'],
    [['Delete'], "unknown action verb 'Delete'"]
  ])('actions %j → %s', (actions, message) => {
    expect(() => classifyActions(actions, 'a.b')).toThrow(UnreadableChangeError)
    expect(() => classifyActions(actions, 'a.b')).toThrow(message)
    expect(() => classifyActions(actions, 'a.b')).toThrow(InfraGuardError)
    const document = planOf([entry('x_y.a', actions as string[])])
    const isVerbList =
      Array.isArray(actions) && actions.length > 0 && actions.every(a => typeof a === 'string')
    if (!isVerbList) {
      // Not a list of verb strings at all: the reader refuses the whole plan, naming the entry.
      expect(() => analyseDocument(document)).toThrow(PlanReadError)
      expect(() => analyseDocument(document)).toThrow(
        "resource_changes[0] (x_y.a) has no 'change.actions' list of strings"
      )
      return
    }
    const analysis = analyseDocument(document)
    expect(analysis.unreadable[0].problem).toContain(message)
    expect(analysis.risk.level).toBe('critical')
  })
})

describe('entries that cannot be read', () => {
  const cases: [string, PlanResourceChange][] = [
    ['bad mode', { ...entry('x_y.a', ['create']), mode: 'ephemeral' }],
    ['data source deleted', { ...entry('data.x_y.a', ['delete']), mode: 'data' }],
    ['managed read', entry('x_y.a', ['read'])]
  ]
  it.each(cases)('%s', (_label, bad) => {
    const analysis = analyseDocument(planOf([entry('x_y.ok', ['create']), bad]))
    expect(analysis.unreadable).toHaveLength(1)
    expect(analysis.risk.level).toBe('critical')
    expect(analysis.counts.total).toBe(1)
  })

  const malformed: [string, PlanResourceChange, string][] = [
    [
      'no address',
      { ...entry('x_y.a', ['create']), address: '' },
      "resource_changes[1] has no 'address' string"
    ],
    [
      'no type',
      { ...entry('x_y.a', ['create']), type: undefined as unknown as string },
      "has no 'type' string"
    ],
    [
      'no change',
      { ...entry('x_y.a', ['create']), change: null as unknown as PlanResourceChange['change'] },
      "has no 'change' object"
    ]
  ]
  it.each(malformed)(
    '%s: the reader refuses the plan, naming the entry by its position',
    (_label, bad, message) => {
      const document = planOf([entry('x_y.ok', ['create']), bad])
      expect(() => analyseDocument(document)).toThrow(PlanReadError)
      expect(() => analyseDocument(document)).toThrow(message)
    }
  )

  it('duplicate addresses are reported (deposed objects are distinct)', () => {
    const analysis = analyseDocument(
      planOf([
        entry('x_y.a', ['create']),
        entry('x_y.a', ['delete']),
        { ...entry('x_y.b', ['delete', 'create']) },
        { ...entry('x_y.b', ['delete']), deposed: '00000001' }
      ])
    )
    expect(analysis.unreadable).toEqual([
      { address: 'x_y.a', problem: 'the address appears more than once in resource_changes' }
    ])
  })

  it('output changes with unknown verbs, and unknown verbs in drift, fail closed too', () => {
    const analysis = analyseDocument(
      planOf([], {
        output_changes: { o: { actions: ['teleport'], before: null, after: 1 } },
        resource_drift: [entry('x_y.d', ['mutate'])]
      })
    )
    expect(analysis.unreadable.map(u => u.address).sort()).toEqual(['output.o', 'x_y.d'])
    expect(analysis.risk.level).toBe('critical')
  })

  it('many unreadable entries are bounded but never drop to zero', () => {
    const changes = Array.from({ length: LIMIT.detailedChanges + 100 }, (_, i) => entry(`x_y.n${i}`, ['zap']))
    const analysis = analyseDocument(planOf(changes))
    expect(analysis.unreadable.length).toBe(LIMIT.detailedChanges + 1)
    expect(analysis.unreadable.at(-1)?.problem).toContain('100 further')
  })
})
