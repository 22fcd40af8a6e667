/**
 * Infracost files: infracost cannot run offline (it needs its pricing API), so the two fixtures are
 * written by hand in the shape of infracost's published schema (schema/infracost.schema.json in the
 * infracost repository): money as decimal text or null, pastBreakdown/breakdown/diff per project.
 */
import { describe, expect, it } from '@jest/globals'
import { join } from 'node:path'
import { PolicyError } from '../../../src/errors.js'
import { checkCostCeiling } from '../../../src/policy/checks/cost-ceiling.js'
import { readCostFile } from '../../../src/action/adapters/files.js'
import { parseCostEstimate } from '../../../src/policy/cost-estimate.js'
import { emptyEnvironmentPolicy } from '../../../src/policy/config/defaults.js'
import { ROOT } from '../plan-entries.js'

const FIXTURES = join(ROOT, '__tests__', 'policy', 'fixtures')

describe('reading Infracost JSON', () => {
  it('reads `infracost diff` output: before, after, change and per-resource changes', async () => {
    const cost = readCostFile(join(FIXTURES, 'infracost-diff.json'))
    expect(cost).toMatchObject({
      currency: 'USD',
      monthlyBefore: 30.368,
      monthlyAfter: 630.136,
      monthlyChange: 599.77
    })
    expect(cost.resources.map(resource => [resource.address, resource.monthlyChange])).toEqual([
      ['aws_db_instance.main', 569.4],
      ['aws_instance.web', 30.37]
    ])
    expect(cost.resources[1]).toMatchObject({
      monthlyBefore: 30.368,
      monthlyAfter: 60.736,
      project: 'environments/prod'
    })
  })

  it('reads `infracost breakdown` output without a baseline: the whole total counts as the increase', async () => {
    const cost = readCostFile(join(FIXTURES, 'infracost-breakdown.json'))
    expect(cost).toMatchObject({
      currency: 'EUR',
      monthlyBefore: null,
      monthlyAfter: 30.368,
      monthlyChange: 30.37
    })
    expect(cost.resources).toHaveLength(2)
  })

  it.each([
    ['not json', /is not JSON/],
    ['[]', /the document is not a JSON object/],
    ['{"totalMonthlyCost":"1","projects":[]}', /'currency' is missing/],
    ['{"currency":"USD","projects":[]}', /'totalMonthlyCost' is missing/],
    ['{"currency":"USD","totalMonthlyCost":"1"}', /'projects' is missing or not a list/],
    [
      '{"currency":"USD","totalMonthlyCost":"lots","projects":[]}',
      /'totalMonthlyCost' is not an amount of money \(got "lots"\)/
    ],
    [
      '{"currency":"USD","totalMonthlyCost":"1","projects":[{"breakdown":{"resources":{}}}]}',
      /'projects\[0\].breakdown.resources' is not a list/
    ]
  ])('rejects %s with a PolicyError naming the file', (text, pattern) => {
    expect(() => parseCostEstimate(text, 'costs/infracost.json')).toThrow(PolicyError)
    expect(() => parseCostEstimate(text, 'costs/infracost.json')).toThrow(pattern)
    expect(() => parseCostEstimate(text, 'costs/infracost.json')).toThrow(
      /Infracost file 'costs\/infracost.json' is not usable/
    )
  })

  it('names the file when it cannot be read', () => {
    expect(() => readCostFile(join(FIXTURES, 'nope.json'))).toThrow(
      /Infracost file '.*nope\.json' \(input 'infracost_json'\) cannot be read/
    )
  })
})

describe('cost ceiling', () => {
  const prod = { ...emptyEnvironmentPolicy(true), maxMonthlyCostIncrease: 500 }
  const base = {
    environment: 'prod',
    settings: prod,
    costOverride: false,
    overrideReason: '',
    hasChanges: true,
    missingCostEstimate: 'deny' as const
  }

  it('denies an increase over the ceiling and lets cost_override turn it into a recorded warning', async () => {
    const cost = readCostFile(join(FIXTURES, 'infracost-diff.json'))
    const denied = checkCostCeiling({ ...base, cost })
    expect(denied.severity).toBe('deny')
    expect(denied.message).toContain(
      'Monthly cost change +599.77 USD (before 30.37 USD, after 630.14 USD) exceeds the ceiling of 500.00 USD'
    )
    expect(denied.addresses).toEqual(['aws_db_instance.main', 'aws_instance.web'])
    const overridden = checkCostCeiling({
      ...base,
      cost,
      costOverride: true,
      overrideReason: 'Q3 capacity, approved by finance'
    })
    expect(overridden.severity).toBe('warn')
    expect(overridden.message).toContain(
      'allowed by cost_override (reason: Q3 capacity, approved by finance)'
    )
  })

  it('passes within the ceiling and when there is no ceiling', async () => {
    const cost = readCostFile(join(FIXTURES, 'infracost-breakdown.json'))
    expect(checkCostCeiling({ ...base, cost }).severity).toBe('pass')
    expect(checkCostCeiling({ ...base, settings: emptyEnvironmentPolicy(), cost: undefined }).severity).toBe(
      'pass'
    )
  })

  it('denies a ceiling without an estimate unless the policy says warn or the plan changes nothing', () => {
    expect(checkCostCeiling(base)).toMatchObject({ severity: 'deny' })
    expect(checkCostCeiling(base).remedy).toContain('infracost_json')
    expect(checkCostCeiling({ ...base, missingCostEstimate: 'warn' }).severity).toBe('warn')
    expect(checkCostCeiling({ ...base, hasChanges: false }).severity).toBe('pass')
  })
})
