/**
 * Access exposure: IAM policy documents that allow wildcard actions or resources or any principal,
 * broad roles granted (Google owner/editor, Azure Owner/Contributor, public members), public-access
 * blocks and database settings turned off, and encryption at rest turned off.
 */
import { isRecord, parseJsonDocument } from './diff/values.js'
import { type Exposure, MAX_ELEMENTS, Side } from './exposure-side.js'
import type { TextPart } from './types.js'

/**
 * Attributes holding a policy document, per type (`inline_policy.policy` goes through every inline
 * policy). Identity policies (what a role or user may do) are checked for wildcard actions and
 * resources; resource and trust policies (who may use a bucket, a key, a role) only for any principal,
 * since their `Resource: "*"` means the resource itself and a key policy's `kms:*` for the account is
 * the default.
 */
const IDENTITY_POLICIES: Readonly<Record<string, readonly string[]>> = {
  aws_iam_policy: ['policy'],
  aws_iam_role_policy: ['policy'],
  aws_iam_user_policy: ['policy'],
  aws_iam_group_policy: ['policy'],
  aws_iam_role: ['inline_policy.policy']
}
const RESOURCE_POLICIES: Readonly<Record<string, readonly string[]>> = {
  aws_iam_role: ['assume_role_policy'],
  aws_s3_bucket_policy: ['policy'],
  aws_s3_bucket: ['policy'],
  aws_kms_key: ['policy'],
  aws_kms_key_policy: ['policy'],
  aws_sqs_queue_policy: ['policy'],
  aws_sqs_queue: ['policy'],
  aws_sns_topic_policy: ['policy'],
  aws_sns_topic: ['policy'],
  aws_ecr_repository_policy: ['policy'],
  aws_secretsmanager_secret_policy: ['policy'],
  aws_secretsmanager_secret: ['policy'],
  aws_efs_file_system_policy: ['policy'],
  aws_opensearch_domain_policy: ['access_policies'],
  aws_opensearch_domain: ['access_policies']
}

/** Longest policy document parsed. */
const MAX_POLICY_CHARS = 1_000_000

/** Settings that are public when they hold this value. */
const SETTINGS: Readonly<Record<string, readonly [string, boolean | string, Exposure['rule']][]>> = {
  aws_s3_bucket_public_access_block: blockSettings(),
  aws_s3_account_public_access_block: blockSettings(),
  aws_db_instance: [
    ['publicly_accessible', true, 'public-access'],
    ['storage_encrypted', false, 'encryption-off']
  ],
  aws_rds_cluster_instance: [['publicly_accessible', true, 'public-access']],
  aws_redshift_cluster: [
    ['publicly_accessible', true, 'public-access'],
    ['encrypted', false, 'encryption-off']
  ],
  aws_dms_replication_instance: [['publicly_accessible', true, 'public-access']],
  aws_rds_cluster: [['storage_encrypted', false, 'encryption-off']],
  aws_docdb_cluster: [['storage_encrypted', false, 'encryption-off']],
  aws_neptune_cluster: [['storage_encrypted', false, 'encryption-off']],
  aws_ebs_volume: [['encrypted', false, 'encryption-off']],
  aws_efs_file_system: [['encrypted', false, 'encryption-off']],
  aws_elasticache_replication_group: [['at_rest_encryption_enabled', false, 'encryption-off']]
}

/** Terraform types accessExposures judges (Google IAM types are found by name: `google_*_iam_*`). */
export const ACCESS_RULE_TYPES: ReadonlySet<string> = new Set([
  ...Object.keys(SETTINGS),
  ...Object.keys(IDENTITY_POLICIES),
  ...Object.keys(RESOURCE_POLICIES),
  'aws_s3_bucket_acl',
  'aws_instance',
  'aws_launch_template',
  'azurerm_role_assignment'
])

const PUBLIC_ACLS = new Set(['public-read', 'public-read-write', 'authenticated-read'])
const PUBLIC_MEMBERS = new Set(['allusers', 'allauthenticatedusers'])
const BROAD_ROLES = new Set(['roles/owner', 'roles/editor', 'owner', 'contributor'])

function blockSettings(): [string, boolean, Exposure['rule']][] {
  return ['block_public_acls', 'block_public_policy', 'ignore_public_acls', 'restrict_public_buckets'].map(
    name => [name, false, 'public-access']
  )
}

/** Every access and encryption exposure of one side of a change. */
export function accessExposures(type: string, side: Side): Exposure[] {
  const out: Exposure[] = []
  for (const [name, value, rule] of Object.hasOwn(SETTINGS, type) ? SETTINGS[type] : []) {
    if (side.at(name).is(value)) out.push({ rule, text: [`${name} = ${String(value)}`] })
  }
  if (type === 'aws_s3_bucket' || type === 'aws_s3_bucket_acl') {
    const acl = side.at('acl').string()
    if (acl !== undefined && PUBLIC_ACLS.has(acl))
      out.push({ rule: 'public-access', text: ['acl = ', { value: acl }] })
  }
  if (type === 'aws_instance' || type === 'aws_launch_template') {
    for (const device of ['root_block_device', 'ebs_block_device']) {
      for (const block of side.at(device).list().slice(0, MAX_ELEMENTS)) {
        if (block.at('encrypted').is(false))
          out.push({ rule: 'encryption-off', text: [`${device}: encrypted = false`] })
      }
    }
  }
  if (type.startsWith('google_') && type.includes('_iam_')) out.push(...googleIam(side))
  if (type === 'azurerm_role_assignment') {
    const role = side.at('role_definition_name').string()
    if (role !== undefined && BROAD_ROLES.has(role.toLowerCase()))
      out.push({
        rule: 'iam-wildcard-action',
        text: ['role ', { value: role }, ' granted (every permission in its scope)']
      })
  }
  for (const path of Object.hasOwn(IDENTITY_POLICIES, type) ? IDENTITY_POLICIES[type] : []) {
    for (const document of policyDocuments(side, path)) out.push(...statementExposures(document, true))
  }
  for (const path of Object.hasOwn(RESOURCE_POLICIES, type) ? RESOURCE_POLICIES[type] : []) {
    for (const document of policyDocuments(side, path)) out.push(...statementExposures(document, false))
  }
  return out
}

function googleIam(side: Side): Exposure[] {
  const out: Exposure[] = []
  const role = side.at('role').string()
  if (role !== undefined && BROAD_ROLES.has(role.toLowerCase()))
    out.push({
      rule: 'iam-wildcard-action',
      text: ['role ', { value: role }, ' granted (nearly every permission)']
    })
  const members = [...side.at('member').strings(), ...side.at('members').strings()]
  for (const member of members.slice(0, MAX_ELEMENTS)) {
    if (PUBLIC_MEMBERS.has(member.toLowerCase()))
      out.push({ rule: 'public-access', text: ['granted to ', { value: member }, ' (anyone)'] })
  }
  return out
}

/** The parsed policy documents at `path` (`inline_policy.policy` goes through every inline policy). */
function policyDocuments(side: Side, path: string): unknown[] {
  const [first, rest] = path.split('.')
  const holders = rest === undefined ? [side] : side.at(first).list().slice(0, MAX_ELEMENTS)
  const key = rest ?? first
  return holders.flatMap(holder => {
    const text = holder.at(key).string()
    const parsed = text === undefined ? undefined : parseJsonDocument(text.trim(), MAX_POLICY_CHARS)
    return parsed ? [parsed.value] : []
  })
}

/** Wildcard actions and resources (identity policies) and any-principal grants in a document's Allow statements. */
function statementExposures(document: unknown, identity: boolean): Exposure[] {
  if (!isRecord(document)) return []
  const raw = document.Statement
  const statements = (Array.isArray(raw) ? raw : [raw]).filter(isRecord).slice(0, MAX_ELEMENTS)
  const out: Exposure[] = []
  for (const statement of statements) {
    if (statement.Effect !== undefined && statement.Effect !== 'Allow') continue
    const notAction = statement.NotAction !== undefined
    const actions = texts(notAction ? statement.NotAction : statement.Action)
    const resources = texts(statement.NotResource ?? statement.Resource)
    const what: TextPart[] = [
      notAction ? 'Allow every action except ' : 'Allow ',
      { value: listed(actions) },
      statement.NotResource !== undefined ? ' on every resource except ' : ' on ',
      { value: resources.length > 0 ? listed(resources) : '(the resource this policy is attached to)' }
    ]
    const wildAction = notAction || actions.some(action => action === '*' || /^[^:*]+:\*$/.test(action))
    const wildResource = statement.NotResource !== undefined || resources.includes('*')
    if (identity && wildAction) out.push({ rule: 'iam-wildcard-action', text: what })
    else if (identity && wildResource) out.push({ rule: 'iam-wildcard-resource', text: what })
    if (anyPrincipal(statement.Principal) && statement.Condition === undefined) {
      out.push({ rule: 'public-access', text: ['a policy statement lets anyone (Principal *) ', ...what] })
    }
  }
  return out
}

function anyPrincipal(principal: unknown): boolean {
  if (principal === '*') return true
  if (!isRecord(principal)) return false
  return Object.values(principal).some(value => texts(value).includes('*'))
}

function texts(value: unknown): string[] {
  const list = Array.isArray(value) ? value : [value]
  return list.filter((item): item is string => typeof item === 'string').slice(0, MAX_ELEMENTS)
}

function listed(items: string[]): string {
  return items.length <= 5 ? items.join(', ') : `${items.slice(0, 5).join(', ')}, … ${items.length - 5} more`
}
