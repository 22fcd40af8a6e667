/**
 * The proposed Pulumi additions to the risk catalogue: every mapped token names a Terraform type the
 * catalogue already judges, tokens are well-formed, and the tokens the issue names (and those in the
 * real fixtures) land in the right categories.
 */
import { describe, expect, it } from '@jest/globals'
import {
  createPulumiTypeCategoriser,
  PULUMI_TERRAFORM_TYPES,
  terraformTypeOf
} from '../../src/analysis/pulumi-types.js'
import {
  compileTypeGlobs,
  DATA_BEARING_TYPES,
  IAM_SECURITY_TYPES,
  NETWORK_FOUNDATION_TYPES
} from '../../src/analysis/risk-catalogue.js'
import { hasContentRules } from '../../src/analysis/exposure.js'
import { readFixture } from '../plan/pulumi/pulumi-fixtures.js'

const inCatalogue = compileTypeGlobs([
  ...DATA_BEARING_TYPES,
  ...NETWORK_FOUNDATION_TYPES,
  ...IAM_SECURITY_TYPES
])

describe('PULUMI_TERRAFORM_TYPES', () => {
  it('maps every token to a Terraform type the catalogue lists or a content rule judges', () => {
    const unknown = Object.entries(PULUMI_TERRAFORM_TYPES).filter(
      ([, type]) => !inCatalogue(type) && !hasContentRules(type)
    )
    expect(unknown).toEqual([])
    expect(Object.keys(PULUMI_TERRAFORM_TYPES).length).toBeGreaterThan(150)
  })

  it('holds only well-formed bridged tokens: <package>:<module>/<member>:<Name> with member = Name in camelCase', () => {
    const malformed = Object.keys(PULUMI_TERRAFORM_TYPES).filter(token => {
      const match = /^(aws|gcp|azure):([a-z0-9]+)\/([a-zA-Z0-9]+):([A-Z][A-Za-z0-9]*)$/.exec(token)
      return !match || match[3] !== match[4].charAt(0).toLowerCase() + match[4].slice(1)
    })
    expect(malformed).toEqual([])
  })

  it('answers only for mapped tokens (no prototype keys)', () => {
    expect(terraformTypeOf('aws:rds/instance:Instance')).toBe('aws_db_instance')
    expect(terraformTypeOf('constructor')).toBeUndefined()
    expect(terraformTypeOf('aws:lambda/function:Function')).toBeUndefined()
  })
})

describe('createPulumiTypeCategoriser', () => {
  const categorise = createPulumiTypeCategoriser()
  const cases: [string, 'dataBearing' | 'networkFoundation' | 'iamSecurity' | 'none'][] = [
    ['aws:rds/instance:Instance', 'dataBearing'],
    ['gcp:sql/databaseInstance:DatabaseInstance', 'dataBearing'],
    ['azure:storage/account:Account', 'dataBearing'],
    ['azure-native:storage:StorageAccount', 'dataBearing'],
    ['azure-native:storage/v20230101:StorageAccount', 'dataBearing'],
    ['azure-native:dbforpostgresql:Server', 'dataBearing'],
    ['kubernetes:core/v1:PersistentVolumeClaim', 'dataBearing'],
    ['kubernetes:core/v1:Namespace', 'dataBearing'],
    ['aws-native:rds:DBInstance', 'dataBearing'],
    ['aws:ec2/vpc:Vpc', 'networkFoundation'],
    ['azure-native:network:VirtualNetwork', 'networkFoundation'],
    ['gcp:compute/subnetwork:Subnetwork', 'networkFoundation'],
    ['aws:iam/role:Role', 'iamSecurity'],
    ['aws:iam/rolePolicyAttachment:RolePolicyAttachment', 'iamSecurity'],
    ['gcp:projects/iAMMember:IAMMember', 'iamSecurity'],
    ['gcp:storage/bucketIAMBinding:BucketIAMBinding', 'iamSecurity'],
    ['azure-native:authorization:RoleAssignment', 'iamSecurity'],
    ['kubernetes:rbac.authorization.k8s.io/v1:ClusterRoleBinding', 'iamSecurity'],
    ['aws:ec2/securityGroup:SecurityGroup', 'iamSecurity'],
    ['aws:lambda/function:Function', 'none'],
    ['kubernetes:apps/v1:Deployment', 'none'],
    ['random:index/randomPassword:RandomPassword', 'none'],
    ['azure-native:storage:StorageAccountX', 'none']
  ]
  it.each(cases)('%s → %s', (token, category) => {
    const categories = categorise(token)
    const hits = Object.entries(categories)
      .filter(([, hit]) => hit)
      .map(([name]) => name)
    expect(hits).toEqual(category === 'none' ? [] : [category])
  })

  it("adds the caller's data-bearing globs, for Pulumi tokens and mapped Terraform types alike", () => {
    const custom = createPulumiTypeCategoriser({ dataBearingTypes: ['my:storage/*', 'aws_lambda_*'] })
    expect(custom('my:storage/vault:Vault').dataBearing).toBe(true)
    expect(custom('aws:lambda/function:Function').dataBearing).toBe(false)
    expect(
      createPulumiTypeCategoriser({ dataBearingTypes: ['aws_db_*'] })('aws:rds/snapshot:Snapshot').dataBearing
    ).toBe(true)
  })

  it('classifies the types of the real previews', () => {
    const types = new Set(
      [...readFixture('sample-preview-creates').changes, ...readFixture('up-interrupted').changes].map(
        e => e.type
      )
    )
    const dataBearing = [...types].filter(type => categorise(type).dataBearing).sort()
    expect(dataBearing).toEqual(['aws:rds/instance:Instance', 'aws:s3/bucket:Bucket'])
    const iam = [...types].filter(type => categorise(type).iamSecurity).sort()
    expect(iam).toEqual(['aws:iam/role:Role', 'aws:iam/rolePolicyAttachment:RolePolicyAttachment'])
  })
})
