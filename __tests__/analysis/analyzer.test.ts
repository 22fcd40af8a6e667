/** The incremental analyzer: bounded detail, destructive first, extra visitors, header fields. */
import { describe, expect, it } from '@jest/globals'
import { LIMIT } from '../../src/constants.js'
import { PlanReadError } from '../../src/errors.js'
import type { PlanResourceChange, PlanVisitor } from '../../src/plan/model.js'
import { analysePlanFile } from '../helpers/plan-source.js'
import { analyseDocument, entry, fixturePath, loadPlan, planOf } from './fixtures.js'
import { diffLeaves } from '../helpers/diff-leaves.js'

describe('bounded detail', () => {
  it('keeps LIMIT.detailedChanges changes, destructive first, and counts everything', () => {
    const creates = LIMIT.detailedChanges + 500
    const changes: PlanResourceChange[] = []
    for (let i = 0; i < creates; i++) changes.push(entry(`x_y.c${i}`, ['create']))
    // Deletions arrive last but must be kept first.
    for (let i = 0; i < 30; i++) changes.push(entry(`x_y.d${i}`, ['delete']))
    const analysis = analyseDocument(planOf(changes))
    expect(analysis.changes).toHaveLength(LIMIT.detailedChanges)
    expect(analysis.changes.slice(0, 30).every(c => c.kind === 'delete')).toBe(true)
    expect(analysis.omittedChanges).toBe(creates + 30 - LIMIT.detailedChanges)
    expect(analysis.counts).toMatchObject({ add: creates, destroy: 30, total: creates + 30 })
    expect(analysis.destructiveAddresses).toHaveLength(30)
  })

  it('bounds destructive addresses and counts the rest', () => {
    const total = LIMIT.destructiveAddresses + 5
    const changes = Array.from({ length: total }, (_, i) => entry(`x_y.d${i}`, ['delete']))
    const analysis = analyseDocument(planOf(changes))
    expect(analysis.destructiveAddresses).toHaveLength(LIMIT.destructiveAddresses)
    expect(analysis.omittedDestructiveAddresses).toBe(5)
    expect(analysis.counts.destroy).toBe(total)
  })

  it('no-ops are counted but not kept; moved or imported no-ops are kept', async () => {
    const analysis = await analysePlanFile(fixturePath('moved'))
    expect(analysis.changes.map(c => c.address).sort()).toEqual([
      'terraform_data.current',
      'terraform_data.new_name'
    ])
    expect(analysis.counts).toMatchObject({ move: 2, noop: 1, change: 1 })
  })
})

describe('visitors and header', () => {
  it('extra visitors receive every raw entry, data sources and drift included', () => {
    const plan = loadPlan('data-read')
    plan.resource_drift = [entry('x_y.drifted', ['update'])]
    const seen: string[] = []
    const visitor: PlanVisitor = {
      onResourceChange: change => seen.push(`change:${change.address}`),
      onResourceDrift: change => seen.push(`drift:${change.address}`)
    }
    const analysis = analyseDocument(plan, { visitors: [visitor] })
    expect(seen.sort()).toEqual([
      'change:data.terraform_remote_state.upstream',
      'change:terraform_data.source',
      'drift:x_y.drifted'
    ])
    expect(analysis.driftCount).toBe(1)
    expect(analysis.drift[0]).toMatchObject({ address: 'x_y.drifted', kind: 'update' })
  })

  it('takes errored, complete and versions from the header', () => {
    const analysis = analyseDocument(
      planOf([entry('x_y.a', ['create'])], {
        format_version: '1.2',
        terraform_version: '1.9.0',
        errored: true,
        complete: false
      }),
      {},
      'plan.json'
    )
    expect(analysis).toMatchObject({
      source: 'plan.json',
      formatVersion: '1.2',
      terraformVersion: '1.9.0',
      errored: true,
      complete: false
    })
  })

  it('an output-only change counts as a change with no resource risk', () => {
    const analysis = analyseDocument(
      planOf([entry('x_y.a', ['no-op'])], {
        output_changes: { url: { actions: ['update'], before: 'a', after: 'b' } }
      })
    )
    expect(analysis.hasChanges).toBe(true)
    expect(analysis.outputs.map(({ diff, ...output }) => ({ ...output, leaves: diffLeaves(diff) }))).toEqual([
      {
        name: 'url',
        kind: 'update',
        sensitive: false,
        leaves: [{ path: '(value)', kind: 'value', before: '"a"', after: '"b"', forcesReplacement: false }]
      }
    ])
    expect(analysis.risk.level).toBe('none')
  })

  it('create-forget counts as an add and a forget, never a destroy', () => {
    const analysis = analyseDocument(planOf([entry('x_y.a', ['create', 'forget'])]))
    expect(analysis.counts).toMatchObject({ add: 1, forget: 1, destroy: 0, replace: 0 })
    expect(analysis.changes[0].kind).toBe('create-forget')
  })

  it('reader errors pass through as PlanReadError', async () => {
    await expect(analysePlanFile(fixturePath('does-not-exist'))).rejects.toBeInstanceOf(PlanReadError)
  })
})
