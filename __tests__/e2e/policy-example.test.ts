/**
 * examples/infra-guard.yml used as it ships, through the bundle, under a faked system clock: the
 * verdicts are the ones its comments promise (an ordinary change passes everywhere without an
 * Infracost estimate; a year-end freeze in prod; cost ceilings 50/100/500 when an estimate is given,
 * approvals 1/2/3 by cost, limits, required tags denied in prod, protected databases and buckets).
 * Renamed plans: see policy-rules.test.ts.
 */
import { describe, expect, it } from '@jest/globals'
import { writeRenamedPlan } from '../policy/plan-entries.js'
import {
  ATTRIBUTES_PLAN,
  BIGGER_DATABASE,
  EXAMPLE_POLICY,
  denials,
  finding,
  fixture,
  infracostJson,
  runGate,
  scratchDir,
  violations,
  writeText
} from './policy-helpers.js'

const dir = scratchDir('example')
/** Thursday 10:00 in Seoul: inside the prod window. */
const THURSDAY_MORNING = '2026-11-26T10:00:00+09:00'

let files = 0
function monthlyChange(change: number): string {
  return writeText(
    dir,
    `infracost-${++files}.json`,
    infracostJson([
      {
        name: 'aws_db_instance.db',
        resourceType: 'aws_db_instance',
        before: 200,
        after: 200 + change,
        component: 'Database instance (on-demand, Single-AZ, db.m6g.large)'
      }
    ])
  )
}
const small = monthlyChange(87.6)
const bigger = writeText(dir, 'bigger.json', infracostJson(BIGGER_DATABASE))

const gate = (environment: string, inputs: Record<string, string>, at = THURSDAY_MORNING) =>
  runGate({ environment, config: EXAMPLE_POLICY, ...inputs }, { at })

describe('examples/infra-guard.yml as the policy', () => {
  it('allows a well-formed prod database inside the window, with 2 approvals and the prod checklist', async () => {
    const plan = writeRenamedPlan(ATTRIBUTES_PLAN, { db_private: 'aws_db_instance' })
    const run = await gate('prod', { plan_json: plan, infracost_json: small })
    expect(run.stdout).toContain(`Policy file: ${EXAMPLE_POLICY}`)
    expect(run.exitCode).toBe(0)
    expect(run.outputs.allowed).toBe('true')
    expect(violations(run)).toEqual([])
    // prod requires 2; the cost tier (up to 100) only 1: the larger wins.
    expect(run.outputs.required_approvals).toBe('2')
    expect(run.outputs.monthly_cost_change).toBe('87.60')
    expect(run.summary).toContain('Staging tests passed')
  })

  it('denies a public, unencrypted, untagged database without deletion protection in prod', async () => {
    const plan = writeRenamedPlan(ATTRIBUTES_PLAN, { db_public: 'aws_db_instance' })
    const run = await gate('prod', { plan_json: plan, infracost_json: small })
    expect(run.exitCode).toBe(1)
    expect(denials(run)).toEqual([
      'rule:public-database',
      'rule:rds-deletion-protection',
      'rule:required-tags',
      'rule:unencrypted-storage'
    ])
    expect(finding(run, 'rule:required-tags').message).toContain('missing Owner, CostCenter')
  })

  it('in staging the same database is still denied, but tags only warn and deletion protection is not asked', async () => {
    const plan = writeRenamedPlan(ATTRIBUTES_PLAN, { db_public: 'aws_db_instance' })
    const run = await gate('staging', { plan_json: plan, infracost_json: small })
    expect(run.exitCode).toBe(1)
    expect(denials(run)).toEqual(['rule:public-database', 'rule:unencrypted-storage'])
    expect(finding(run, 'rule:required-tags').severity).toBe('warn')
    expect(run.outputs.gate_reasons).not.toContain('rds-deletion-protection')
    expect(run.outputs.required_approvals).toBe('1')
  })

  it('applies the cost ceilings: prod +742.16 denied with 3 approvals, business justification and CTO approval', async () => {
    const run = await gate('prod', { plan_json: fixture('create-only'), infracost_json: bigger })
    expect(run.exitCode).toBe(1)
    expect(denials(run)).toEqual(['cost-ceiling'])
    expect(run.outputs.required_approvals).toBe('3')
    expect(run.summary).toContain('Business justification')
    expect(run.summary).toContain('CTO approval')
    const dev = await gate('dev', { plan_json: fixture('create-only'), infracost_json: monthlyChange(64.24) })
    expect(dev.exitCode).toBe(1)
    expect(finding(dev, 'cost-ceiling').message).toContain('ceiling of 50.00 USD')
  })

  it('lets an ordinary change through in every environment without an Infracost estimate, with a warning', async () => {
    for (const environment of ['dev', 'staging', 'prod']) {
      const run = await gate(environment, { plan_json: fixture('create-only') })
      expect([environment, run.exitCode, run.outputs.allowed]).toEqual([environment, 0, 'true'])
      expect(finding(run, 'cost-ceiling')).toMatchObject({ severity: 'warn' })
      expect(finding(run, 'cost-ceiling').message).toContain('no Infracost estimate was given')
    }
  })

  it('protects databases and buckets in prod even with force_recreate', async () => {
    const replace = await gate('prod', {
      plan_json: fixture('cloud-db-replace'),
      infracost_json: small,
      force_recreate: 'true'
    })
    expect(replace.exitCode).toBe(1)
    // The replacement object also lacks deletion_protection, which the example denies in prod.
    expect(denials(replace)).toEqual(['protected-resource', 'rule:rds-deletion-protection'])
    const allowed = await gate('prod', {
      plan_json: fixture('cloud-db-replace'),
      infracost_json: small,
      force_recreate: 'true',
      allow_destroy: 'aws_db_instance.db'
    })
    expect(finding(allowed, 'protected-resource').severity).toBe('warn')
    expect(denials(allowed)).toEqual(['rule:rds-deletion-protection'])
    const bucket = await gate('prod', {
      plan_json: fixture('cloud-bucket-delete'),
      infracost_json: small,
      force_recreate: 'true'
    })
    expect(denials(bucket)).toEqual(['protected-resource'])
    expect(finding(bucket, 'protected-resource').addresses).toEqual(['aws_s3_bucket.old_a'])
  })

  it('limits aws_instance to 5 creates per change and warns on unapproved instance families', async () => {
    const six = writeRenamedPlan(
      ATTRIBUTES_PLAN,
      Object.fromEntries(
        ['flag', 'bucket_block', 'db_private', 'db_public', 'db_unknown', 'sg_open'].map(name => [
          name,
          'aws_instance'
        ])
      ),
      false
    )
    const run = await gate('prod', { plan_json: six, infracost_json: small })
    expect(run.exitCode).toBe(1)
    expect(denials(run)).toEqual(['resource-limit:aws_instance'])
    expect(finding(run, 'resource-limit:aws_instance').addresses).toHaveLength(6)
    expect(finding(run, 'rule:approved-instance-types').severity).toBe('warn')
  })

  it('counts load balancers together (limit 3)', async () => {
    const plan = writeRenamedPlan(
      ATTRIBUTES_PLAN,
      { flag: 'aws_lb', bucket_block: 'aws_alb', sg_open: 'aws_elb', sg_web: 'aws_lb' },
      false
    )
    const run = await gate('prod', { plan_json: plan, infracost_json: small })
    expect(run.exitCode).toBe(1)
    expect(denials(run)).toEqual(['resource-limit:{aws_lb,aws_alb,aws_elb}'])
  })

  const closed: [string, string, string][] = [
    ['Christmas Eve (a Thursday)', '2026-12-24T10:00:00+09:00', "blocked period '12-24..12-26'"],
    ['New Year’s Eve (a Thursday)', '2026-12-31T10:00:00+09:00', "blocked period '12-31..01-02'"]
  ]
  it.each(closed)('closes prod on %s', async (_label, at, reason) => {
    const run = await gate('prod', { plan_json: fixture('create-only'), infracost_json: small }, at)
    expect(run.exitCode).toBe(1)
    expect(denials(run)).toEqual(['deployment-window'])
    expect(finding(run, 'deployment-window').message).toContain(reason)
  })

  it.each([
    ['the last Friday of November', '2026-11-27T15:00:00+09:00'],
    ['a Thursday evening', '2026-11-26T22:30:00+09:00'],
    ['a Sunday', '2026-11-29T11:00:00+09:00']
  ])(
    'keeps prod open on %s (no allow list; office hours are an opt-in the comments show)',
    async (_label, at) => {
      const run = await gate('prod', { plan_json: fixture('create-only'), infracost_json: small }, at)
      expect(run.exitCode).toBe(0)
      expect(finding(run, 'deployment-window').severity).toBe('pass')
    }
  )

  it('names Sunday 3 January 00:00 as the first opening after the New Year block', async () => {
    const run = await gate(
      'prod',
      { plan_json: fixture('create-only'), infracost_json: small },
      '2026-12-31T10:00:00+09:00'
    )
    expect(finding(run, 'deployment-window').message).toContain(
      'next window opens Sun 2027-01-03 00:00 (Asia/Seoul)'
    )
  })

  it('keeps staging open on a Friday evening (windows are prod only)', async () => {
    const run = await gate(
      'staging',
      { plan_json: fixture('create-only'), infracost_json: small },
      '2026-11-27T19:30:00+09:00'
    )
    expect(run.exitCode).toBe(0)
    expect(run.outputs.required_approvals).toBe('1')
  })
})
