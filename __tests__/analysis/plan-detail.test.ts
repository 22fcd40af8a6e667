/**
 * What the analysis reads besides counts, on the golden plans (real terraform: terraform_data and the
 * AWS provider planned offline): dangerous creates and updates graded above LOW with what fired,
 * failed checks, imports with their IDs, data sources read during apply, forgotten objects' IDs,
 * and values hidden by name only when they are secrets.
 */
import { describe, expect, it } from '@jest/globals'
import { join } from 'node:path'
import type { PlanAnalysis, RiskReason } from '../../src/analysis/types.js'
import { describeActionReason } from '../../src/analysis/action-reasons.js'
import { analysePlanFile } from '../helpers/plan-source.js'
import { REPO_ROOT } from '../helpers/run-action.js'
import { diffLeaves } from '../helpers/diff-leaves.js'
import { analyseDocument, entry, planOf } from './fixtures.js'

const GOLDEN = join(REPO_ROOT, '__fixtures__', 'golden')

function golden(name: string): Promise<PlanAnalysis> {
  return analysePlanFile(join(GOLDEN, name, 'plan.json'))
}

function reason(analysis: PlanAnalysis, rule: string): RiskReason | undefined {
  return analysis.risk.reasons.find(candidate => candidate.rule === rule)
}

/** Each detail as "address: text" with plan parts written as they are. */
function details(found: RiskReason | undefined): string[] {
  return (found?.details ?? []).map(
    detail =>
      `${detail.address}: ${detail.text
        .map(part => (typeof part === 'string' ? part : 'value' in part ? part.value : part.address))
        .join('')}`
  )
}

describe('dangerous creates and updates are graded above LOW, with what fired', () => {
  it('aws-creates: SSH and RDP open to the internet, an admin policy, public access off, encryption off', async () => {
    const analysis = await golden('aws-creates')
    expect(analysis.risk.level).toBe('high')
    expect(details(reason(analysis, 'open-admin-port'))).toEqual([
      'aws_security_group_rule.ssh: ingress from 0.0.0.0/0 to port 22 (SSH)',
      'aws_vpc_security_group_ingress_rule.rdp: ingress from ::/0 to port 3389 (RDP)'
    ])
    expect(details(reason(analysis, 'iam-wildcard-action'))).toEqual(['aws_iam_policy.admin: Allow * on *'])
    expect(details(reason(analysis, 'public-access'))).toEqual([
      'aws_db_instance.reporting: publicly_accessible = true',
      'aws_s3_bucket_public_access_block.open: block_public_acls = false',
      'aws_s3_bucket_public_access_block.open: block_public_policy = false',
      'aws_s3_bucket_public_access_block.open: ignore_public_acls = false',
      'aws_s3_bucket_public_access_block.open: restrict_public_buckets = false'
    ])
    expect(reason(analysis, 'public-access')?.addresses).toHaveLength(2)
    expect(details(reason(analysis, 'encryption-off'))).toEqual([
      'aws_db_instance.reporting: storage_encrypted = false'
    ])
  })

  it('aws-s3-public-access: an update switching the block off is high', async () => {
    const analysis = await golden('aws-s3-public-access')
    expect(analysis.risk.level).toBe('high')
    expect(details(reason(analysis, 'public-access'))).toHaveLength(4)
  })

  it('aws-iam-policy: a statement widened to dynamodb:* on * is high', async () => {
    const analysis = await golden('aws-iam-policy')
    expect(analysis.risk.level).toBe('high')
    expect(details(reason(analysis, 'iam-wildcard-action'))).toEqual([
      expect.stringMatching(/: Allow dynamodb:\* on \*$/)
    ])
  })

  it('aws-security-group: the RDP rule added from the internet fires, the kept rules do not', async () => {
    const analysis = await golden('aws-security-group')
    const found = details(reason(analysis, 'open-admin-port'))
    expect(found.length).toBeGreaterThan(0)
    expect(found.every(text => text.includes('3389'))).toBe(true)
  })

  it('an update that keeps an exposure the object already had does not fire again', () => {
    const open = { type: 'ingress', protocol: 'tcp', from_port: 22, to_port: 22, cidr_blocks: ['0.0.0.0/0'] }
    const analysis = analyseDocument(
      planOf([
        entry('aws_security_group_rule.ssh', ['update'], {
          change: {
            actions: ['update'],
            before: { ...open, description: 'a' },
            after: { ...open, description: 'b' }
          }
        })
      ])
    )
    expect(reason(analysis, 'open-admin-port')).toBeUndefined()
    expect(analysis.risk.level).toBe('medium')
  })

  it('values marked sensitive or known only after apply are never judged or quoted', () => {
    const analysis = analyseDocument(
      planOf([
        entry('aws_security_group_rule.hidden', ['create'], {
          change: {
            actions: ['create'],
            before: null,
            after: {
              type: 'ingress',
              protocol: 'tcp',
              from_port: 22,
              to_port: 22,
              cidr_blocks: ['0.0.0.0/0']
            },
            after_sensitive: { cidr_blocks: true }
          }
        }),
        entry('aws_security_group_rule.later', ['create'], {
          change: {
            actions: ['create'],
            before: null,
            after: { type: 'ingress', protocol: 'tcp', from_port: 22, to_port: 22, cidr_blocks: null },
            after_unknown: { cidr_blocks: true }
          }
        })
      ])
    )
    expect(reason(analysis, 'open-admin-port')).toBeUndefined()
  })
})

describe('the rest of the plan', () => {
  it('check-failing: the failed assertion is a risk reason with its message', async () => {
    const analysis = await golden('check-failing')
    expect(analysis.checks).toEqual([
      {
        address: 'check.replicas',
        status: 'fail',
        messages: ['At least two replicas are required for production.']
      }
    ])
    expect(details(reason(analysis, 'check-failed'))).toEqual([
      'check.replicas: At least two replicas are required for production.'
    ])
    expect(analysis.risk.level).toBe('medium')
  })

  it('data-read-apply: the data source read during apply, with why', async () => {
    const analysis = await golden('data-read-apply')
    expect(analysis.reads.map(read => [read.address, read.actionReason])).toEqual([
      ['data.terraform_remote_state.upstream', 'read_because_config_unknown']
    ])
    expect(describeActionReason('read_because_config_unknown')).toMatch(/known only after apply/)
  })

  it('import: the import ID; removed-forget: the object ID an import block needs', async () => {
    expect((await golden('import')).changes.map(change => change.importId)).toEqual(['existing-object-7'])
    const forget = (await golden('removed-forget')).changes.find(change => change.kind === 'forget')
    expect(forget?.objectId).toMatch(/^[0-9a-f-]{36}$/)
    expect(describeActionReason(forget?.actionReason, 'forget')).toMatch(/removed.*destroy = false/)
  })

  it('aws-deletes: deletes carry what identifies them', async () => {
    const analysis = await golden('aws-deletes')
    const deletes = analysis.changes.filter(change => change.kind === 'delete')
    expect(deletes.length).toBeGreaterThan(0)
    for (const change of deletes) {
      expect(change.keyAttributes?.attributes.some(attribute => attribute.concern === 'identity')).toBe(true)
    }
  })
})

describe('values hidden by name only when they are the secret', () => {
  const before = {
    minimum_password_length: 14,
    password_reset_required: true,
    kms_master_key_id: 'arn:aws:kms:eu-west-1:123456789012:key/one',
    creation_token: 'efs-one',
    secret_arn: 'arn:aws:secretsmanager:eu-west-1:123456789012:secret:one',
    db_password: 'old-pass-Aa1',
    settings: { 'Client-Secret': 'client-c1-x', api_key: 'key-k1-x', name: 'n1' }
  }
  const after = {
    minimum_password_length: 8,
    password_reset_required: false,
    kms_master_key_id: 'arn:aws:kms:eu-west-1:123456789012:key/two',
    creation_token: 'efs-two',
    secret_arn: 'arn:aws:secretsmanager:eu-west-1:123456789012:secret:two',
    db_password: 'new-pass-Bb2',
    settings: { 'Client-Secret': 'client-c2-x', api_key: 'key-k2-x', name: 'n2' }
  }
  const analysis = analyseDocument(
    planOf([entry('x_y.a', ['update'], { change: { actions: ['update'], before, after } })])
  )
  const leaves = new Map(diffLeaves(analysis.changes[0].diff).map(leaf => [leaf.path, leaf]))

  it('numbers, booleans, ARNs, ids and tokens that are not secrets are shown as Terraform shows them', () => {
    expect(leaves.get('minimum_password_length')).toMatchObject({ before: '14', after: '8' })
    expect(leaves.get('password_reset_required')).toMatchObject({ before: 'true', after: 'false' })
    expect(leaves.get('kms_master_key_id')?.after).toContain('key/two')
    expect(leaves.get('creation_token')).toMatchObject({ before: '"efs-one"', after: '"efs-two"' })
    expect(leaves.get('secret_arn')?.after).toContain('secret:two')
    expect(leaves.get('settings.name')).toMatchObject({ before: '"n1"', after: '"n2"' })
  })

  it('strings under names that are the secret are (sensitive, changed) and on the scrub list', () => {
    for (const path of ['db_password', 'settings.Client-Secret', 'settings.api_key'])
      expect([path, leaves.get(path)?.kind]).toEqual([path, 'sensitive'])
    const text = JSON.stringify(analysis.changes)
    for (const secret of [
      'old-pass-Aa1',
      'new-pass-Bb2',
      'client-c1-x',
      'client-c2-x',
      'key-k1-x',
      'key-k2-x'
    ]) {
      expect(text).not.toContain(secret)
      expect(analysis.sensitiveValues.has(secret)).toBe(true)
    }
    expect(analysis.sensitiveValues.has('efs-two')).toBe(false)
  })
})
