/**
 * User rules, built-in rules and resource limits end to end. The planned values come from the
 * policy helper's real terraform_data plan (__tests__/policy/fixtures/attributes.json): cloud
 * providers cannot be downloaded offline, so a temp copy renames chosen resources to cloud types
 * and hoists terraform_data's `input` into the planned values (writeRenamedPlan), exactly as an
 * aws_db_instance or aws_s3_bucket_public_access_block would plan them. Limits count creates in
 * renamed copies of create-only and attributes (renamed without hoisting).
 */
import { describe, expect, it } from '@jest/globals'
import { writeRenamedPlan } from '../policy/plan-entries.js'
import {
  ATTRIBUTES_PLAN,
  denials,
  finding,
  fixture,
  runGate,
  scratchDir,
  violations,
  warningAnnotations,
  writeText
} from './policy-helpers.js'

const dir = scratchDir('rules')

const rules = writeText(
  dir,
  'rules.yml',
  `rules:
  - id: no-public-acls
    type: "aws_s3_bucket_public_access_*"
    path: block_public_acls
    op: equals
    value: true
    severity: deny
    message: S3 buckets must block public ACLs.
    environments: [prod]
  - id: db-deletion-protection
    type: ["aws_db_*", "aws_rds_cluster"]
    path: deletion_protection
    op: equals
    value: true
    severity: warn
    message: Databases should have deletion_protection = true.
`
)

const limits = writeText(
  dir,
  'limits.yml',
  `environments:
  prod:
    resource_limits:
      aws_instance: 2
      "{aws_lb,aws_alb,aws_elb}": 3
`
)

describe('user rules over planned values', () => {
  it('a deny rule fails the step and names the address', async () => {
    const plan = writeRenamedPlan(ATTRIBUTES_PLAN, { bucket_block: 'aws_s3_bucket_public_access_block' })
    const run = await runGate({ plan_json: plan, environment: 'prod', config: rules })
    expect(run.exitCode).toBe(1)
    expect(run.outputs.allowed).toBe('false')
    expect(denials(run)).toEqual(['rule:no-public-acls'])
    const rule = finding(run, 'rule:no-public-acls')
    expect(rule.addresses).toEqual(['aws_s3_bucket_public_access_block.bucket_block'])
    expect(rule.message).toContain('S3 buckets must block public ACLs.')
    expect(rule.remedy).toContain("'block_public_acls' equals true")
    expect(run.stdout).toMatch(/^::error::S3 buckets must block public ACLs\./m)
    expect(violations(run)).toEqual([
      expect.objectContaining({ rule: 'rule:no-public-acls', severity: 'deny' })
    ])
  })

  it('a rule limited to prod does not run in dev', async () => {
    const plan = writeRenamedPlan(ATTRIBUTES_PLAN, { bucket_block: 'aws_s3_bucket_public_access_block' })
    const run = await runGate({ plan_json: plan, environment: 'dev', config: rules })
    expect(run.exitCode).toBe(0)
    expect(gateRules(run)).not.toContain('rule:no-public-acls')
  })

  it('warn findings become ::warning:: annotations and the step passes; known-after-apply is never a pass', async () => {
    const plan = writeRenamedPlan(ATTRIBUTES_PLAN, {
      db_private: 'aws_db_instance',
      db_unknown: 'aws_db_instance'
    })
    const run = await runGate({ plan_json: plan, environment: 'prod', config: rules })
    expect(run.exitCode).toBe(0)
    expect(run.outputs.allowed).toBe('true')
    const bySeverity = violations(run).map(
      item => `${item.rule}:${item.severity}:${item.addresses.join(',')}`
    )
    expect(bySeverity.sort()).toEqual([
      // db_unknown has no deletion_protection: the user's warn rule.
      'rule:db-deletion-protection:warn:aws_db_instance.db_unknown',
      // db_unknown's publicly_accessible comes from another resource's output: known after apply.
      'rule:public-database:warn:aws_db_instance.db_unknown'
    ])
    const unknown = violations(run).find(item => item.rule === 'rule:public-database')
    expect(unknown?.message).toContain('known after apply')
    const annotations = warningAnnotations(run)
    expect(annotations.some(line => line.startsWith('::warning::rule:db-deletion-protection:'))).toBe(true)
    expect(annotations.some(line => line.startsWith('::warning::rule:public-database:'))).toBe(true)
    expect(run.stdout).not.toContain('::error::')
  })

  it('built-in rules deny a public, unencrypted database and warn on SSH open to the world', async () => {
    const plan = writeRenamedPlan(ATTRIBUTES_PLAN, {
      db_public: 'aws_db_instance',
      sg_open: 'aws_security_group',
      sg_web: 'aws_security_group'
    })
    const run = await runGate({ plan_json: plan, environment: 'dev' })
    expect(run.exitCode).toBe(1)
    expect(denials(run)).toEqual(['rule:public-database', 'rule:unencrypted-storage'])
    expect(finding(run, 'rule:public-database').addresses).toEqual(['aws_db_instance.db_public'])
    const ingress = finding(run, 'rule:open-ingress')
    expect(ingress.severity).toBe('warn')
    // sg_web opens only 443 to the world: not a finding.
    expect(ingress.addresses).toEqual(['aws_security_group.sg_open'])
    const tags = finding(run, 'rule:required-tags')
    expect(tags.severity).toBe('warn')
    expect(tags.message).toContain('aws_db_instance.db_public: missing Owner, CostCenter')
  })
})

describe('resource limits per change', () => {
  it('denies three aws_instance creates where prod allows two', async () => {
    const plan = writeRenamedPlan(
      fixture('create-only'),
      { scheduler: 'aws_instance', web: 'aws_instance', worker: 'aws_instance' },
      false
    )
    const run = await runGate({ plan_json: plan, environment: 'prod', config: limits })
    expect(run.exitCode).toBe(1)
    expect(denials(run)).toEqual(['resource-limit:aws_instance'])
    const limit = finding(run, 'resource-limit:aws_instance')
    expect(limit.addresses.sort()).toEqual([
      'aws_instance.scheduler',
      'aws_instance.web',
      'aws_instance.worker'
    ])
    expect(limit.message).toContain('creates 3 resource(s) of type aws_instance')
    expect(limit.message).toContain('at most 2')
    expect(limit.remedy).toContain('resource_limits.aws_instance')
  })

  it('counts load balancer types together under one glob key', async () => {
    const plan = writeRenamedPlan(
      ATTRIBUTES_PLAN,
      { flag: 'aws_lb', bucket_block: 'aws_alb', sg_open: 'aws_elb', sg_web: 'aws_lb' },
      false
    )
    const run = await runGate({ plan_json: plan, environment: 'prod', config: limits })
    expect(run.exitCode).toBe(1)
    expect(denials(run)).toEqual(['resource-limit:{aws_lb,aws_alb,aws_elb}'])
    expect(finding(run, 'resource-limit:{aws_lb,aws_alb,aws_elb}').addresses).toHaveLength(4)
  })

  it('does not count a replacement as a create (cloud-mixed: one new aws_instance, one replaced)', async () => {
    const run = await runGate({
      plan_json: fixture('cloud-mixed'),
      environment: 'prod',
      config: limits,
      force_recreate: 'true'
    })
    expect(run.exitCode).toBe(0)
    const limit = finding(run, 'resource-limit:aws_instance')
    expect(limit.severity).toBe('pass')
    expect(limit.addresses).toEqual(['aws_instance.created'])
  })

  it('has no limits in environments that set none', async () => {
    const plan = writeRenamedPlan(
      fixture('create-only'),
      { scheduler: 'aws_instance', web: 'aws_instance', worker: 'aws_instance' },
      false
    )
    const run = await runGate({ plan_json: plan, environment: 'dev', config: limits })
    expect(run.exitCode).toBe(0)
    expect(gateRules(run).some(rule => rule.startsWith('resource-limit:'))).toBe(false)
  })
})

function gateRules(run: Awaited<ReturnType<typeof runGate>>): string[] {
  return (JSON.parse(run.outputs.gate_reasons) as { rule: string }[]).map(item => item.rule)
}
