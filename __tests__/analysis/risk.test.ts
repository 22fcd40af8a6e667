/**
 * Risk levels over the real fixtures. The cloud-* fixtures are real terraform_data plans whose types
 * were renamed to cloud types by scripts/make-fixtures.mjs (provider downloads are not possible offline),
 * so these tests exercise the catalogue on real plan structure.
 */
import { describe, expect, it } from '@jest/globals'
import { analysePlanFile } from '../helpers/plan-source.js'
import { DATA_BEARING_TYPES, RISK_RULES } from '../../src/analysis/risk-catalogue.js'
import { RISK_LEVELS, LIMIT } from '../../src/constants.js'
import { analyseDocument, entry, fixtureNames, fixturePath, loadPlan, planOf } from './fixtures.js'

/** [fixture, level, rules that must fire (the first one names the highest level)] */
const EXPECTED: [string, string, string[]][] = [
  ['noop', 'none', ['no-changes']],
  ['create-only', 'low', ['create']],
  ['update', 'low', ['update']],
  ['moved', 'low', ['update', 'state-only']],
  ['import', 'low', ['create', 'update', 'state-only']],
  ['sensitive', 'low', ['create', 'update']],
  ['data-read', 'low', ['create']],
  ['forget', 'medium', ['forget']],
  ['replace-triggers', 'high', ['replace']],
  ['replace-cbd', 'high', ['replace']],
  ['delete', 'high', ['delete']],
  ['destroy', 'high', ['delete']],
  ['modules', 'high', ['delete', 'update', 'create']],
  ['mixed', 'high', ['replace', 'delete', 'update', 'create', 'state-only']],
  ['bulk-delete', 'critical', ['mass-deletion', 'delete']],
  // Renamed real plans:
  ['cloud-db-replace', 'critical', ['data-bearing-destroy', 'replace']],
  ['cloud-instance-replace', 'high', ['replace']],
  ['cloud-bucket-delete', 'critical', ['data-bearing-destroy', 'delete']],
  ['cloud-network-delete', 'critical', ['network-foundation-destroy', 'delete']],
  ['cloud-iam-update', 'medium', ['sensitive-type-update']],
  ['cloud-instance-update', 'low', ['update']],
  ['cloud-creates', 'low', ['create']],
  ['cloud-mass-delete', 'critical', ['mass-deletion', 'delete']],
  ['cloud-azure-destroy', 'critical', ['network-foundation-destroy', 'delete']],
  ['cloud-mixed', 'critical', ['data-bearing-destroy', 'replace', 'delete', 'sensitive-type-update']],
  ['cloud-modules', 'high', ['delete', 'update', 'create']],
  ['cloud-kms-forget', 'medium', ['forget']]
]

describe('risk over the fixtures', () => {
  it('covers every fixture', () => {
    expect(EXPECTED.map(([name]) => name).sort()).toEqual(fixtureNames())
  })

  it.each(EXPECTED)('%s → %s', async (name, level, rules) => {
    const analysis = await analysePlanFile(fixturePath(name))
    expect(analysis.risk.level).toBe(level)
    const fired = analysis.risk.reasons.map(reason => reason.rule)
    for (const rule of rules) expect(fired).toContain(rule)
    expect(analysis.risk.reasons[0].level).toBe(level)
    // Every reason but the plan-level ones names the addresses that caused it, and only real addresses.
    const addresses = new Set((loadPlan(name).resource_changes ?? []).map(c => c.address))
    for (const reason of analysis.risk.reasons) {
      if (reason.rule !== 'no-changes') expect(reason.addresses.length).toBeGreaterThan(0)
      for (const address of reason.addresses) expect(addresses.has(address)).toBe(true)
    }
  })

  it('names the data-bearing and network resources that make a plan critical', async () => {
    const db = await analysePlanFile(fixturePath('cloud-db-replace'))
    expect(db.risk.reasons.find(r => r.rule === 'data-bearing-destroy')?.addresses).toEqual([
      'aws_db_instance.db'
    ])
    const bucket = await analysePlanFile(fixturePath('cloud-bucket-delete'))
    expect(bucket.risk.reasons.find(r => r.rule === 'data-bearing-destroy')?.addresses.sort()).toEqual([
      'aws_s3_bucket.old_a',
      'google_sql_database_instance.old_b'
    ])
    const network = await analysePlanFile(fixturePath('cloud-network-delete'))
    expect(network.risk.reasons.find(r => r.rule === 'network-foundation-destroy')?.addresses.sort()).toEqual(
      ['aws_subnet.old_b', 'aws_vpc.old_a']
    )
    const mass = await analysePlanFile(fixturePath('cloud-mass-delete'))
    const reason = mass.risk.reasons.find(r => r.rule === 'mass-deletion')
    expect(reason?.addresses).toHaveLength(12)
    expect(reason?.description).toContain('12 resources')
  })
})

describe('risk options', () => {
  it('extra data-bearing types (globs) make a terraform_data deletion critical', async () => {
    const plain = await analysePlanFile(fixturePath('delete'))
    expect(plain.risk.level).toBe('high')
    const custom = await analysePlanFile(fixturePath('delete'), { dataBearingTypes: ['terraform_*'] })
    expect(custom.risk.level).toBe('critical')
    expect(custom.risk.reasons[0].rule).toBe('data-bearing-destroy')
  })

  it('the deletion threshold counts deletions and replacements', async () => {
    // mixed: one delete and two replacements.
    expect((await analysePlanFile(fixturePath('mixed'), { deletionThreshold: 3 })).risk.level).toBe(
      'critical'
    )
    expect((await analysePlanFile(fixturePath('mixed'), { deletionThreshold: 4 })).risk.level).toBe('high')
    // An unusable threshold falls back to the default instead of disabling the rule.
    expect((await analysePlanFile(fixturePath('bulk-delete'), { deletionThreshold: 0 })).risk.level).toBe(
      'critical'
    )
    expect((await analysePlanFile(fixturePath('bulk-delete'), { deletionThreshold: 13 })).risk.level).toBe(
      'high'
    )
  })

  it('bounds the addresses of a reason and counts the rest', () => {
    const changes = Array.from({ length: LIMIT.reasonAddresses + 37 }, (_, i) =>
      entry(`aws_s3_bucket.b${i}`, ['delete'])
    )
    const analysis = analyseDocument(planOf(changes))
    for (const rule of ['delete', 'data-bearing-destroy', 'mass-deletion']) {
      const reason = analysis.risk.reasons.find(r => r.rule === rule)
      expect(reason?.addresses).toHaveLength(LIMIT.reasonAddresses)
      expect(reason?.omittedAddresses).toBe(37)
    }
  })

  it('an errored or incomplete plan raises the level', () => {
    expect(analyseDocument(planOf([entry('x_y.a', ['create'])], { errored: true })).risk.level).toBe(
      'critical'
    )
    expect(analyseDocument(planOf([entry('x_y.a', ['create'])], { complete: false })).risk.level).toBe('high')
  })

  it('an update of an IAM, network or data-bearing type is medium; others low', () => {
    for (const type of [
      'aws_iam_role_policy',
      'google_project_iam_member',
      'azurerm_role_assignment',
      'aws_vpc',
      'aws_db_instance'
    ]) {
      expect(analyseDocument(planOf([entry(`${type}.x`, ['update'])])).risk.level).toBe('medium')
    }
    expect(analyseDocument(planOf([entry('aws_instance.x', ['update'])])).risk.level).toBe('low')
  })
})

describe('the rule table', () => {
  it('is data with unique ids and valid levels, ordered from critical down', () => {
    const ids = RISK_RULES.map(rule => rule.id)
    expect(new Set(ids).size).toBe(ids.length)
    const order = RISK_RULES.map(rule => RISK_LEVELS.indexOf(rule.level))
    expect(order.every(level => level >= 0)).toBe(true)
    expect([...order].sort((a, b) => b - a)).toEqual(order)
    for (const rule of RISK_RULES) expect(rule.description.length).toBeGreaterThan(10)
  })

  it('the catalogue covers AWS, Google Cloud and Azure data stores', () => {
    /** The risk rules that fire when one resource of `type` is planned with `actions`. */
    const rulesFor = (type: string, actions: string[]): string[] =>
      analyseDocument(planOf([entry(`${type}.x`, actions)])).risk.reasons.map(reason => reason.rule)
    for (const type of [
      'aws_rds_cluster',
      'aws_fsx_lustre_file_system',
      'google_storage_bucket',
      'azurerm_cosmosdb_sql_database'
    ]) {
      expect(rulesFor(type, ['delete'])).toContain('data-bearing-destroy')
    }
    expect(rulesFor('aws_instance', ['delete'])).toEqual(['delete'])
    expect(rulesFor('aws_instance', ['update'])).toEqual(['update'])
    expect(rulesFor('azurerm_virtual_network', ['delete'])).toContain('network-foundation-destroy')
    expect(rulesFor('google_compute_firewall', ['update'])).toEqual(['sensitive-type-update'])
    expect(rulesFor('google_compute_firewall', ['delete'])).toEqual(['delete'])
    for (const prefix of ['aws_', 'google_', 'azurerm_']) {
      expect(DATA_BEARING_TYPES.filter(type => type.startsWith(prefix)).length).toBeGreaterThan(15)
    }
  })
})
