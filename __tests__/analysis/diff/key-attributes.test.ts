/**
 * Key attributes of creates and deletes, read from the golden AWS plans, and the AWS table checked
 * against the attribute names of the real provider schema (hashicorp/aws 5.100.0, written by
 * scripts/make-golden-plans.mjs).
 */
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import {
  createKeyAttributes,
  deleteKeyAttributes,
  KEY_ATTRIBUTES,
  keyAttributes,
  type KeyAttribute
} from '../../../src/analysis/diff/index.js'
import { parsePath } from '../../../src/analysis/diff/key-attributes.js'
import { AWS_KEY_ATTRIBUTES } from '../../../src/analysis/diff/key-attributes-aws.js'

const GOLDEN = join(import.meta.dirname, '..', '..', '..', '__fixtures__', 'golden')

interface Entry {
  address: string
  type: string
  change: Record<string, unknown>
}

function entries(name: string): Entry[] {
  return (JSON.parse(readFileSync(join(GOLDEN, name, 'plan.json'), 'utf8')) as { resource_changes: Entry[] })
    .resource_changes
}

function text(attributes: KeyAttribute[]): string[] {
  return attributes.map(
    ({ path, value }) => `${path.join('.')} = ${value.kind === 'value' ? value.text : `(${value.kind})`}`
  )
}

describe('key attributes', () => {
  const creates = new Map(entries('aws-creates').map(entry => [entry.address, entry]))
  const created = (address: string): string[] => {
    const entry = creates.get(address)!
    return text(createKeyAttributes(entry.type, entry.change).attributes)
  }

  it('shows what makes a create dangerous: open ports, admin IAM, public access, no encryption', () => {
    expect(created('aws_security_group_rule.ssh')).toEqual(
      expect.arrayContaining([
        'type = "ingress"',
        'from_port = 22',
        'to_port = 22',
        'cidr_blocks = ["0.0.0.0/0"]'
      ])
    )
    expect(created('aws_vpc_security_group_ingress_rule.rdp')).toEqual(
      expect.arrayContaining(['from_port = 3389', 'cidr_ipv6 = "::/0"'])
    )
    expect(created('aws_iam_policy.admin')).toContain(
      'policy.{json}.Statement.0 = { Action = "*", Effect = "Allow", Resource = "*" }'
    )
    expect(created('aws_s3_bucket_public_access_block.open')).toEqual(
      expect.arrayContaining(['block_public_acls = false', 'restrict_public_buckets = false'])
    )
    expect(created('aws_db_instance.reporting')).toEqual(
      expect.arrayContaining([
        'publicly_accessible = true',
        'storage_encrypted = false',
        'instance_class = "db.r6g.2xlarge"'
      ])
    )
    expect(created('aws_db_instance.reporting').join('\n')).not.toContain('not-a-real-password')
  })

  it('identifies what a delete removes', () => {
    const deletes = new Map(entries('aws-deletes').map(entry => [entry.address, entry]))
    const identified = (address: string): string[] => {
      const entry = deletes.get(address)!
      return text(deleteKeyAttributes(entry.type, entry.change).attributes)
    }
    expect(identified('aws_db_instance.orders')).toEqual(
      expect.arrayContaining([
        'identifier = "orders"',
        'arn = "arn:aws:rds:us-east-1:123456789012:db:orders"',
        'allocated_storage = 20'
      ])
    )
    expect(identified('aws_s3_bucket.site')).toContain('bucket = "acme-public-site"')
    expect(identified('aws_security_group.web')).toEqual(
      expect.arrayContaining(['name = "web"', 'id = "sg-0a1b2c3d4e5f60718"'])
    )
  })

  it('shows security group rules one per line with the fields a reviewer reads', () => {
    const group = entries('aws-deletes').find(entry => entry.address === 'aws_security_group.web')!
    const rules = text(
      keyAttributes(group.type, group.change.before, undefined, undefined, { concerns: ['network'] })
        .attributes
    )
    expect(rules).toContain(
      'ingress.0 = { cidr_blocks = ["0.0.0.0/0"], description = "https", from_port = 443, protocol = "tcp", self = false, to_port = 443 }'
    )
  })

  it('masks sensitive and unknown values, and falls back to name/id/arn for types without a table', () => {
    const result = keyAttributes(
      'aws_db_instance',
      { identifier: 'db1', kms_key_id: 'arn:aws:kms:k' },
      { kms_key_id: true },
      { arn: true }
    )
    expect(text(result.attributes)).toEqual([
      'identifier = "db1"',
      'arn = (unknown)',
      'kms_key_id = (sensitive)'
    ])
    expect(
      text(keyAttributes('vendor_thing', { name: 'n', id: 'i', other: 'x' }, undefined, undefined).attributes)
    ).toEqual(['name = "n"', 'id = "i"'])
  })

  it('reads statements whether a policy holds a list or a single statement, and ignores bad JSON', () => {
    const single = JSON.stringify({ Statement: { Effect: 'Allow', Action: 's3:*', Resource: '*' } })
    expect(
      text(keyAttributes('aws_iam_policy', { policy: single }, undefined, undefined).attributes)
    ).toEqual(['policy.{json}.Statement = { Action = "s3:*", Effect = "Allow", Resource = "*" }'])
    expect(keyAttributes('aws_iam_policy', { policy: '{not json' }, undefined, undefined).attributes).toEqual(
      []
    )
  })

  it('has well-formed paths in every table', () => {
    for (const rules of Object.values(KEY_ATTRIBUTES))
      for (const rule of rules) expect(() => parsePath(rule.path)).not.toThrow()
  })

  it('names only attributes the AWS provider schema has', () => {
    const schema = JSON.parse(readFileSync(join(GOLDEN, 'aws-schema-names.json'), 'utf8')) as Record<
      string,
      unknown
    >
    expect(schemaProblems(AWS_KEY_ATTRIBUTES, schema)).toEqual([])
    // The check itself can fail: a misspelt attribute, field and type are each caught.
    const wrong = {
      aws_db_instance: [{ path: 'publicly_acessible', concern: 'public-access' as const }],
      aws_security_group: [{ path: 'ingress[*]', concern: 'network' as const, fields: ['from_prot'] }],
      aws_not_a_type: []
    }
    expect(schemaProblems(wrong, schema)).toHaveLength(3)
  })
})

/** Table paths and fields missing from a schema-names tree (1 marks a leaf attribute). */
function schemaProblems(
  table: Record<string, ReadonlyArray<{ path: string; fields?: readonly string[] }>>,
  schema: Record<string, unknown>
): string[] {
  const problems: string[] = []
  for (const [type, rules] of Object.entries(table)) {
    if (!schema[type]) {
      problems.push(`${type}: not in the provider schema`)
      continue
    }
    for (const rule of rules) {
      let node: unknown = schema[type]
      for (const step of parsePath(rule.path)) {
        if (step.kind === 'json') break
        if (step.kind !== 'key' || node === 1) continue
        node = (node as Record<string, unknown>)[step.key]
        if (node === undefined) {
          problems.push(`${type}: ${rule.path}`)
          break
        }
      }
      if (rule.path.includes('{json}') || node === undefined || node === 1) continue
      for (const field of rule.fields ?? []) {
        if ((node as Record<string, unknown>)[field] === undefined)
          problems.push(`${type}: ${rule.path} field ${field}`)
      }
    }
  }
  return problems
}
