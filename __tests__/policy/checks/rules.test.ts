/**
 * Rules and limits over real plans. The attribute fixture is a real terraform_data plan whose
 * `input` is hoisted and whose types are renamed to cloud types (see plan-entries.ts), because
 * cloud providers cannot be downloaded offline.
 */
import { describe, expect, it } from '@jest/globals'
import { analysePlanFile } from '../../helpers/plan-source.js'
import { resolveEnvironment } from '../../../src/policy/environment.js'
import { parsePolicy } from '../../../src/policy/config/parse-policy.js'
import { createRuleEvaluator } from '../../../src/policy/checks/rules.js'
import type { EffectivePolicy, PolicyFinding } from '../../../src/policy/types.js'
import type { PlanResourceChange } from '../../../src/plan/model.js'
import { ATTRIBUTE_TYPES, ATTRIBUTES_PLAN, fixturePlan, writeRenamedPlan } from '../plan-entries.js'

async function evaluate(
  plan: string,
  policy: EffectivePolicy,
  environment = 'prod'
): Promise<PolicyFinding[]> {
  const evaluator = createRuleEvaluator(
    policy,
    resolveEnvironment({ explicit: environment }, policy.environments)
  )
  const analysis = await analysePlanFile(plan, { visitors: [evaluator] })
  expect(evaluator.entriesSeen).toBe(analysis.counts.total)
  return evaluator.findings()
}

const byRule = (findings: PolicyFinding[], rule: string) => findings.filter(finding => finding.rule === rule)
const renamed = writeRenamedPlan(ATTRIBUTES_PLAN, ATTRIBUTE_TYPES)

describe('built-in rules on the renamed attribute plan', () => {
  it('denies the public database and the unencrypted one, but not the private one', async () => {
    const findings = await evaluate(renamed, parsePolicy('', 'p.yml'))
    const [publicDb] = byRule(findings, 'rule:public-database').filter(finding => finding.severity === 'deny')
    expect(publicDb.addresses).toEqual(['aws_db_instance.db_public'])
    expect(publicDb.message).toContain('1 resource(s) violate it')
    const [unencrypted] = byRule(findings, 'rule:unencrypted-storage')
    expect(unencrypted).toMatchObject({ severity: 'deny', addresses: ['aws_db_instance.db_public'] })
  })

  it('reports a value known only after apply as neither violation nor pass', async () => {
    const findings = byRule(await evaluate(renamed, parsePolicy('', 'p.yml')), 'rule:public-database')
    const unknown = findings.find(finding =>
      finding.addresses.includes('aws_db_instance.db_unknown')
    ) as PolicyFinding
    expect(unknown.severity).toBe('warn')
    expect(unknown.message).toContain('known after apply')
    expect(
      findings.filter(finding => finding.severity === 'deny').flatMap(finding => finding.addresses)
    ).not.toContain('aws_db_instance.db_unknown')
  })

  it('warns on SSH open to the world but not on 443 from anywhere or all ports from 10/8', async () => {
    const [ingress] = byRule(await evaluate(renamed, parsePolicy('', 'p.yml')), 'rule:open-ingress')
    expect(ingress).toMatchObject({ severity: 'warn', addresses: ['aws_security_group.sg_open'] })
  })

  it('warns on missing tags by default and denies them where the environment says so', async () => {
    const [tags] = byRule(await evaluate(renamed, parsePolicy('', 'p.yml')), 'rule:required-tags')
    expect(tags.severity).toBe('warn')
    expect(tags.addresses).toEqual(['aws_db_instance.db_public'])
    expect(tags.message).toContain('aws_db_instance.db_public: missing Owner, CostCenter')
    const strict = parsePolicy(
      'environments:\n  prod:\n    rule_severity: { required-tags: deny, open-ingress: off }\n',
      'p.yml'
    )
    const findings = await evaluate(renamed, strict)
    expect(byRule(findings, 'rule:required-tags')[0].severity).toBe('deny')
    expect(byRule(findings, 'rule:open-ingress')).toEqual([])
    expect(byRule(await evaluate(renamed, strict, 'dev'), 'rule:required-tags')[0].severity).toBe('warn')
  })
})

describe('user rules', () => {
  const rule = (fields: string) =>
    parsePolicy(
      `rules:\n  - { id: r, type: "aws_*", severity: deny, message: Broken., ${fields} }\n`,
      'p.yml'
    )

  it.each([
    // Every resource without block_public_acls = true violates: the key is absent on all but one, false on that one.
    [
      'path: block_public_acls, op: equals, value: true',
      [
        'aws_db_instance.db_private',
        'aws_db_instance.db_public',
        'aws_db_instance.db_unknown',
        'aws_security_group.sg_open',
        'aws_security_group.sg_web',
        'aws_s3_bucket_public_access_block.bucket_block'
      ]
    ],
    [
      'path: block_public_acls, op: not_equals, value: false',
      ['aws_s3_bucket_public_access_block.bucket_block']
    ],
    ['path: storage_encrypted, op: not_equals, value: false', ['aws_db_instance.db_public']],
    [
      'path: tags.Owner, op: in, value: [data-team, web]',
      ['aws_db_instance.db_public', 'aws_s3_bucket_public_access_block.bucket_block']
    ],
    [
      'path: tags.CostCenter, op: matches, value: "^cc-[0-9]+$"',
      ['aws_db_instance.db_public', 'aws_s3_bucket_public_access_block.bucket_block']
    ],
    [
      'path: deletion_protection, op: exists',
      [
        'aws_db_instance.db_public',
        'aws_db_instance.db_unknown',
        'aws_security_group.sg_open',
        'aws_security_group.sg_web',
        'aws_s3_bucket_public_access_block.bucket_block'
      ]
    ],
    ['path: ingress, op: absent', ['aws_security_group.sg_open', 'aws_security_group.sg_web']],
    ['path: "ingress[*].protocol", op: not_in, value: ["-1"]', ['aws_security_group.sg_web']]
  ])('%s', async (fields, violators) => {
    const [finding] = byRule(await evaluate(renamed, rule(fields)), 'rule:r')
    expect(finding.addresses.sort()).toEqual([...violators].sort())
    expect(finding.severity).toBe(violators.length > 0 ? 'deny' : 'pass')
  })

  it('applies only in the listed environments (aliases count) and only to matching types', async () => {
    const policy = parsePolicy(
      'rules:\n  - { id: r, type: "{aws_db_instance}", path: deletion_protection, op: equals, value: true, severity: deny, message: m, environments: [production] }\n',
      'p.yml'
    )
    const [prod] = byRule(await evaluate(renamed, policy, 'prod'), 'rule:r').filter(
      finding => finding.severity === 'deny'
    )
    // db_unknown has no deletion_protection key: absent is a violation, so only db_private passes.
    expect(prod.addresses).toEqual(['aws_db_instance.db_public', 'aws_db_instance.db_unknown'])
    expect(byRule(await evaluate(renamed, policy, 'dev'), 'rule:r')).toEqual([])
  })

  it('keeps memory bounded: addresses are capped per rule and the rest counted', () => {
    const policy = parsePolicy(
      'rules:\n  - { id: r, type: aws_instance, path: ami, op: exists, severity: warn, message: m }\n',
      'p.yml'
    )
    const evaluator = createRuleEvaluator(policy, resolveEnvironment({ explicit: 'dev' }))
    const listed = 100 // addresses a finding lists; the rest are counted
    const total = listed + 150
    for (let index = 0; index < total; index++) {
      const entry: PlanResourceChange = {
        address: `aws_instance.node[${index}]`,
        mode: 'managed',
        type: 'aws_instance',
        name: 'node',
        change: { actions: ['create'], after: { instance_type: 't3.micro' }, after_unknown: {} }
      }
      evaluator.onResourceChange(entry, index)
    }
    const [finding] = byRule(evaluator.findings(), 'rule:r')
    expect(finding.addresses).toHaveLength(listed)
    expect(finding.message).toContain(`${total} resource(s) violate it (150 more not listed)`)
  })
})

describe('resource limits (creates counted) on the renamed fixtures', () => {
  it('counts creates per type glob and ignores replacements, updates and deletes', async () => {
    const policy = parsePolicy(
      'environments:\n  prod:\n    resource_limits: { aws_instance: 0, "{aws_lb,aws_alb}": 0, aws_s3_bucket: 0, aws_db_instance: 1 }\n',
      'p.yml'
    )
    // cloud-mixed: aws_instance.created is created; aws_instance.to_replace and aws_lb.to_replace_cbd are replaced.
    const findings = await evaluate(fixturePlan('cloud-mixed'), policy)
    expect(byRule(findings, 'resource-limit:aws_instance')[0]).toMatchObject({
      severity: 'deny',
      addresses: ['aws_instance.created']
    })
    expect(byRule(findings, 'resource-limit:{aws_lb,aws_alb}')[0].severity).toBe('pass')
    expect(byRule(findings, 'resource-limit:aws_s3_bucket')[0].severity).toBe('pass')
    // cloud-creates creates one aws_db_instance: exactly at its limit of 1.
    const creates = await evaluate(fixturePlan('cloud-creates'), policy)
    expect(byRule(creates, 'resource-limit:aws_db_instance')[0]).toMatchObject({
      severity: 'pass',
      message: 'Creates 1 aws_db_instance (limit 1).'
    })
  })

  it('applies the example limits only in the environment that sets them', async () => {
    const policy = parsePolicy('environments:\n  prod:\n    resource_limits: { aws_instance: 0 }\n', 'p.yml')
    expect(
      byRule(await evaluate(fixturePlan('cloud-modules'), policy, 'prod'), 'resource-limit:aws_instance')[0]
        .severity
    ).toBe('deny')
    expect(
      byRule(await evaluate(fixturePlan('cloud-modules'), policy, 'dev'), 'resource-limit:aws_instance')
    ).toEqual([])
  })
})

describe('values hidden from the gate (merge-seams-gate.test.ts S4, S9)', () => {
  it('a (sensitive) or [secret] leaf is hidden for every op but exists, never a pass', async () => {
    const { checkPath } = await import('../../../src/policy/attribute-path.js')
    for (const hidden of ['(sensitive)', '[secret]']) {
      expect(checkPath({ acl: hidden }, undefined, 'acl', 'not_equals', 'public-read')).toBe('hidden')
      expect(checkPath({ acl: hidden }, undefined, 'acl', 'not_in', ['public-read'])).toBe('hidden')
      expect(checkPath({ acl: hidden }, undefined, 'acl', 'exists', null)).toBe('pass')
      // A map hidden whole: a path into it is hidden too, not absent.
      expect(checkPath({ tags: hidden }, undefined, 'tags.env', 'absent', null)).toBe('hidden')
    }
    // A certain violation elsewhere on the path wins.
    expect(
      checkPath({ a: ['(sensitive)', 'public-read'] }, undefined, 'a[*]', 'not_equals', 'public-read')
    ).toBe('violation')
  })
})
