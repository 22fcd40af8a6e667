/**
 * fast-check arbitraries that build plan JSON documents the way `terraform show -json` shapes them:
 * resource entries with exact action arrays, before/after values with matching sensitivity and
 * unknown mark trees, imports, moves, data reads, drift and outputs.
 *
 * Secrets are recognisable on purpose: every sensitive string starts with SECRET_TAG, and no other
 * generated string contains it, so "no secret leaked" is simply "SECRET_TAG appears nowhere" — a
 * check that does not depend on how the code under test finds secrets, and that also catches a
 * cut-off prefix of a long secret.
 */
import fc from 'fast-check'
import type { PlanChange, PlanResourceChange } from '../../src/plan/model.js'
import type { PlanDocument } from '../helpers/plan-document.js'

/** Prefix of every generated secret. Mixed case and a digit so no escaping or case change hides it. */
export const SECRET_TAG = 'zQ7sEcReT'

/** The action arrays Terraform writes, as documented in its JSON output format (written out here, not imported). */
export const MANAGED_ACTIONS: readonly string[][] = [
  ['no-op'],
  ['create'],
  ['update'],
  ['delete'],
  ['delete', 'create'],
  ['create', 'delete'],
  ['forget'],
  ['create', 'forget']
]
export const DATA_ACTIONS: readonly string[][] = [['read'], ['no-op']]

/** Strings that try to break out of Markdown, HTML, tables, workflow commands and output files. */
export const HOSTILE_STRINGS = [
  '</details>',
  '<!-- x',
  '-->',
  '`code`',
  '```',
  '@octocat',
  '@acme/admins',
  '#1',
  '::error::forged',
  '::set-output name=allowed::true',
  '%0A::warning::x',
  '\n::error title=x::y',
  '\r\n',
  '##[error]legacy',
  '| a | b |',
  '**bold** _it_ ~~s~~',
  '[link](https://evil.example)',
  '<img src=x onerror=alert(1)>',
  '$x$',
  '\u202eevil',
  'ünïcødé ✓ 𝔘 👩‍💻',
  'ghadelimiter_0d6f8c1e-2b1c-4a5e-9d3f-0123456789ab',
  'allowed<<EOF\ntrue\nEOF'
]

/** Plain text for non-secret leaves; never contains SECRET_TAG (it has no 'z' followed by 'Q7'). */
const plainText = fc.oneof(
  fc.constantFrom('app', 'eu-west-1', 'admin', 'true', '', '0.0.0.0/0', 'prod', 'a.b.c'),
  fc.string({ maxLength: 24 }),
  fc.string({ unit: 'grapheme', maxLength: 12 }),
  fc.constantFrom(...HOSTILE_STRINGS)
)

/** A secret: the tag plus 1..300 more characters (long ones probe truncation). */
export const secretArb = fc
  .tuple(
    fc.string({
      unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz0123456789-_/+='),
      minLength: 1,
      maxLength: 60
    }),
    fc.nat(300)
  )
  .map(([tail, extra]) => `${SECRET_TAG}${tail}${'x'.repeat(extra % 7 === 0 ? extra : 0)}`)

/** Keys that do not look secret (none contains password/token/secret/... fragments). */
const plainKey = fc.constantFrom(
  'name',
  'region',
  'tags',
  'input',
  'settings',
  'inner',
  'items',
  'Owner',
  'size',
  'label',
  'a b',
  'x.y',
  '</details>',
  '@team'
)
/** Keys that look secret; values under them must be masked even without a sensitivity mark. */
export const SECRET_KEYS = [
  'password',
  'db_password',
  'api_token',
  'client_secret',
  'private_key',
  'AccessKey',
  'connection-string'
]
const secretKey = fc.constantFrom(...SECRET_KEYS)

/** A value with its sensitivity mark tree and unknown mark tree, as Terraform writes them side by side. */
export interface MarkedValue {
  value: unknown
  sensitive: unknown
  unknown: unknown
}

const leaf: fc.Arbitrary<MarkedValue> = fc.oneof(
  { weight: 6, arbitrary: plainText.map(value => ({ value, sensitive: false, unknown: false })) },
  { weight: 2, arbitrary: secretArb.map(value => ({ value, sensitive: true, unknown: false })) },
  {
    weight: 1,
    arbitrary: fc
      .oneof(fc.integer(), fc.boolean(), fc.constant(null))
      .map(value => ({ value, sensitive: false, unknown: false }))
  },
  { weight: 1, arbitrary: fc.constant({ value: null, sensitive: false, unknown: true }) }
)

/** Nested maps and lists of marked values, a few levels deep. */
export const markedValueArb: fc.Arbitrary<MarkedValue> = fc.letrec<{ node: MarkedValue }>(tie => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    leaf,
    fc.array(tie('node'), { maxLength: 3 }).map(items => ({
      value: items.map(item => item.value),
      sensitive: items.map(item => item.sensitive),
      unknown: items.map(item => item.unknown)
    })),
    fc.array(fc.tuple(fc.oneof(plainKey, secretKey), tie('node')), { maxLength: 4 }).map(pairs => {
      const value: Record<string, unknown> = {}
      const sensitive: Record<string, unknown> = {}
      const unknown: Record<string, unknown> = {}
      for (const [key, item] of pairs) {
        // Under a secret-looking key only secrets are generated, marked or not (the provider may forget).
        const isSecret = SECRET_KEYS.includes(key)
        value[key] =
          isSecret && typeof item.value === 'string'
            ? `${SECRET_TAG}-${key}-${item.value.length}`
            : item.value
        if (isSecret && typeof item.value !== 'string')
          value[key] = item.sensitive === true ? item.value : stripPlain(item.value)
        sensitive[key] = item.sensitive
        unknown[key] = item.unknown
      }
      return { value, sensitive, unknown }
    })
  )
})).node

/** Under a secret key, plain strings are replaced by secrets so the "tag never appears" check stays exact. */
function stripPlain(value: unknown): unknown {
  if (typeof value === 'string') return `${SECRET_TAG}-nested-${value.length}`
  if (Array.isArray(value)) return value.map(stripPlain)
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, stripPlain(v)]))
  return value
}

/** Resource types: plain, data-bearing, network and IAM ones (the risk catalogue treats them apart). */
export const TYPES = [
  'terraform_data',
  'null_resource',
  'random_pet',
  'aws_s3_bucket',
  'aws_dynamodb_table',
  'aws_vpc',
  'aws_subnet',
  'aws_iam_role',
  'google_sql_database_instance',
  'azurerm_storage_account',
  'kubernetes_namespace'
]

/** Entry skeleton from which full entries are built. */
interface EntrySeed {
  type: string
  name: string
  index?: string | number
  module?: string
  mode: 'managed' | 'data'
  actions: string[]
  importing: boolean
  moved: boolean
  before: MarkedValue
  after: MarkedValue
  deposed: boolean
}

const nameArb = fc.oneof(fc.stringMatching(/^[a-z][a-z0-9_]{0,12}$/), fc.constantFrom('x', 'main', 'this'))
const indexArb = fc.option(
  fc.oneof(fc.nat(50), fc.constantFrom(...HOSTILE_STRINGS), fc.string({ maxLength: 8 })),
  { nil: undefined }
)

const entrySeedArb = (
  options: { actions?: fc.Arbitrary<string[]>; movable?: boolean } = {}
): fc.Arbitrary<EntrySeed> =>
  fc.record({
    type: fc.constantFrom(...TYPES),
    name: nameArb,
    index: indexArb,
    module: fc.option(fc.constantFrom('module.app', 'module.net["eu"]', 'module.a.module.b'), {
      nil: undefined
    }),
    mode: fc.constantFrom<'managed' | 'data'>('managed', 'managed', 'managed', 'data'),
    actions: options.actions ?? fc.constantFrom(...MANAGED_ACTIONS).map(a => [...a]),
    importing: options.movable === false ? fc.constant(false) : fc.boolean(),
    moved: options.movable === false ? fc.constant(false) : fc.boolean(),
    before: markedValueArb,
    after: markedValueArb,
    deposed: fc.constantFrom(false, false, false, true)
  })

/** Builds the entry Terraform would write from a seed; `n` keeps addresses unique. */
export function buildEntry(seed: EntrySeed, n: number): PlanResourceChange {
  const data = seed.mode === 'data'
  const actions = data ? (seed.actions.includes('no-op') ? ['no-op'] : ['read']) : seed.actions
  const suffix = seed.index === undefined ? '' : `[${JSON.stringify(seed.index)}]`
  const local = `${data ? 'data.' : ''}${seed.type}.${seed.name}_${n}${suffix}`
  const address = seed.module ? `${seed.module}.${local}` : local
  const creates = actions[0] === 'create' && actions.length === 1
  const deletes = actions.length === 1 && (actions[0] === 'delete' || actions[0] === 'forget')
  const change: PlanChange = {
    actions,
    before: creates ? null : seed.before.value,
    after: deletes ? null : seed.after.value,
    after_unknown: deletes ? false : seed.after.unknown,
    before_sensitive: creates ? false : seed.before.sensitive,
    after_sensitive: deletes ? false : seed.after.sensitive
  }
  if (actions.join(',') === 'no-op') {
    change.after = change.before
    change.after_sensitive = change.before_sensitive
    change.after_unknown = false
  }
  const entry: PlanResourceChange = {
    address,
    mode: seed.mode,
    type: seed.type,
    name: `${seed.name}_${n}`,
    provider_name: 'registry.terraform.io/hashicorp/test',
    change
  }
  if (seed.module) entry.module_address = seed.module
  if (seed.index !== undefined) entry.index = seed.index
  if (!data && seed.importing && !deletes) change.importing = { id: `import-${n}` }
  if (!data && seed.moved) entry.previous_address = `${seed.type}.old_${n}`
  if (!data && seed.deposed && actions.join(',') === 'delete') entry.deposed = `0000000${n}`
  return entry
}

/** One output change with its marks. */
const outputArb = fc.record({
  name: fc.oneof(nameArb, fc.constantFrom('db_password', 'endpoint', '</details>', 'api_token')),
  actions: fc.constantFrom(['create'], ['update'], ['delete'], ['no-op']),
  value: markedValueArb,
  sensitive: fc.boolean()
})

export interface PlanOptions {
  actions?: fc.Arbitrary<string[]>
  movable?: boolean
  withOutputs?: boolean
  maxEntries?: number
}

/** A whole plan document: resource changes, drift, outputs and sensitive variables. */
export function planArb(options: PlanOptions = {}): fc.Arbitrary<PlanDocument> {
  const seeds = fc.array(entrySeedArb(options), { maxLength: options.maxEntries ?? 12 })
  const drift = fc.array(entrySeedArb({ actions: fc.constantFrom(['update'], ['delete']), movable: false }), {
    maxLength: 2
  })
  const outputs = fc.array(outputArb, { maxLength: options.withOutputs === false ? 0 : 3 })
  const noopOutputs = options.actions !== undefined
  return fc
    .record({ seeds, drift, outputs, variable: secretArb })
    .map(({ seeds, drift, outputs, variable }) => {
      const output_changes: Record<string, PlanChange> = {}
      outputs.forEach((output, i) => {
        const secret = output.sensitive || SECRET_KEYS.includes(output.name)
        const value =
          secret && typeof output.value.value === 'string' ? `${SECRET_TAG}-out-${i}` : output.value.value
        const mark = secret ? true : output.value.sensitive
        output_changes[`${output.name}_${i}`] = {
          actions: noopOutputs ? ['no-op'] : [...output.actions],
          before: secret ? stripPlain(value) : value,
          after: secret ? stripPlain(value) : value,
          after_unknown: false,
          before_sensitive: mark,
          after_sensitive: mark
        }
      })
      return {
        format_version: '1.2',
        terraform_version: '1.11.4',
        variables: { db_password: { value: variable }, region: { value: 'eu-west-1' } },
        resource_changes: seeds.map((seed, n) => buildEntry(seed, n)),
        resource_drift: drift.map((seed, n) => ({ ...buildEntry({ ...seed, mode: 'managed' }, n + 1000) })),
        output_changes,
        configuration: { root_module: { variables: { db_password: { sensitive: true }, region: {} } } },
        applyable: true,
        complete: true,
        errored: false
      }
    })
}

/** Plans whose every change is a plain no-op: no imports, no moves (a moved no-op is rated low on purpose). */
export const noopPlanArb = planArb({ actions: fc.constant(['no-op']), movable: false })
