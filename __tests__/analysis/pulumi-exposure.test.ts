/**
 * The content rules (open admin ports, wildcard IAM, public access, encryption off) on Pulumi
 * previews: providers bridged from Terraform name properties after Terraform's attributes in
 * camelCase, so a security group opening SSH to the internet is graded as the Terraform one is.
 * Synthetic previews in `pulumi preview --json` form (the fixtures hold no such resources).
 */
import { describe, expect, it } from '@jest/globals'
import type { PlanAnalysis } from '../../src/analysis/types.js'
import { analyseBytes, previewJson, urnOf } from '../plan/pulumi/pulumi-fixtures.js'

const SECURITY_GROUP = 'aws:ec2/securityGroup:SecurityGroup'
const POLICY = 'aws:iam/policy:Policy'
const ACCESS_BLOCK = 'aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock'
const DATABASE = 'aws:rds/instance:Instance'

function create(type: string, name: string, inputs: Record<string, unknown>): object {
  const urn = urnOf(type, name)
  return { op: 'create', urn, newState: { urn, type, custom: true, inputs } }
}

function update(type: string, name: string, before: object, after: object): object {
  const urn = urnOf(type, name)
  return {
    op: 'update',
    urn,
    oldState: { urn, type, custom: true, inputs: before },
    newState: { urn, type, custom: true, inputs: after }
  }
}

function rulesFired(analysis: PlanAnalysis): Record<string, number> {
  const fired: Record<string, number> = {}
  for (const reason of analysis.risk.reasons) fired[reason.rule] = reason.addresses.length
  return fired
}

const ingress = (port: number, cidr: string) => ({
  protocol: 'tcp',
  fromPort: port,
  toPort: port,
  cidrBlocks: [cidr]
})

describe('content rules on Pulumi property names', () => {
  it('SSH open to the internet, an admin policy, public access and encryption off are graded high', () => {
    const analysis = analyseBytes(
      'dangerous.json',
      previewJson([
        create(SECURITY_GROUP, 'bastion', { ingress: [ingress(22, '0.0.0.0/0')] }),
        create(POLICY, 'admin', {
          policy: JSON.stringify({
            Version: '2012-10-17',
            Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }]
          })
        }),
        create(ACCESS_BLOCK, 'open', {
          bucket: 'reports',
          blockPublicAcls: false,
          blockPublicPolicy: true,
          ignorePublicAcls: true,
          restrictPublicBuckets: true
        }),
        create(DATABASE, 'reporting', {
          engine: 'postgres',
          publiclyAccessible: true,
          storageEncrypted: false
        })
      ])
    )
    expect(analysis.risk.level).toBe('high')
    const fired = rulesFired(analysis)
    expect(fired['open-admin-port']).toBe(1)
    expect(fired['iam-wildcard-action']).toBe(1)
    expect(fired['public-access']).toBe(2)
    expect(fired['encryption-off']).toBe(1)
    const ports = analysis.risk.reasons.find(reason => reason.rule === 'open-admin-port')
    expect(ports?.addresses).toEqual([urnOf(SECURITY_GROUP, 'bastion')])
  })

  it('the same resources set safely fire nothing', () => {
    const analysis = analyseBytes(
      'safe.json',
      previewJson([
        create(SECURITY_GROUP, 'web', { ingress: [ingress(443, '0.0.0.0/0'), ingress(22, '10.0.0.0/8')] }),
        create(POLICY, 'read', {
          policy: JSON.stringify({
            Version: '2012-10-17',
            Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::reports/*' }]
          })
        }),
        create(DATABASE, 'orders', { engine: 'postgres', publiclyAccessible: false, storageEncrypted: true })
      ])
    )
    const fired = rulesFired(analysis)
    for (const rule of [
      'open-admin-port',
      'iam-wildcard-action',
      'iam-wildcard-resource',
      'public-access',
      'encryption-off'
    ])
      expect(fired[rule]).toBeUndefined()
  })

  it('an update fires only what it newly exposes', () => {
    const analysis = analyseBytes(
      'update.json',
      previewJson([
        update(
          SECURITY_GROUP,
          'bastion',
          { ingress: [ingress(22, '10.0.0.0/8')] },
          { ingress: [ingress(22, '10.0.0.0/8'), ingress(3389, '0.0.0.0/0')] }
        ),
        update(
          SECURITY_GROUP,
          'legacy',
          { ingress: [ingress(22, '0.0.0.0/0')] },
          { ingress: [ingress(22, '0.0.0.0/0')], description: 'renamed' }
        )
      ])
    )
    const ports = analysis.risk.reasons.find(reason => reason.rule === 'open-admin-port')
    expect(ports?.addresses).toEqual([urnOf(SECURITY_GROUP, 'bastion')])
  })

  it('a token with no Terraform counterpart fires no content rule, and Terraform names are not read', () => {
    const analysis = analyseBytes(
      'native.json',
      previewJson([
        create('azure-native:network:NetworkSecurityGroup', 'nsg', { securityRules: [] }),
        // snake_case keys are not Pulumi's: a bridged provider never writes them.
        create(SECURITY_GROUP, 'odd', {
          ingress: [{ protocol: 'tcp', from_port: 22, to_port: 22, cidr_blocks: ['0.0.0.0/0'] }]
        })
      ])
    )
    expect(rulesFired(analysis)['open-admin-port']).toBeUndefined()
  })
})
