/**
 * The plan's risk level from the rule table in risk-catalogue.ts. Deterministic: the same plan always
 * gives the same level and reasons, in table order. Incremental: changes are added one at a time and
 * only bounded address lists are kept, so a 100,000-resource plan costs no more memory than a small one.
 */
import { LIMIT, RISK_LEVELS, type RiskLevel } from '../constants.js'
import { newExposures } from './exposure.js'
import type {
  ClassifiedChange,
  FailedCheck,
  RiskAssessment,
  RiskDetail,
  RiskReason,
  TextPart,
  UnreadableEntry
} from './types.js'
import {
  compileTypeGlobs,
  DATA_BEARING_TYPES,
  IAM_SECURITY_TYPES,
  NETWORK_FOUNDATION_TYPES,
  RISK_RULES,
  type RiskRuleId
} from './risk-catalogue.js'

export interface RiskOptions {
  /** Extra data-bearing types (globs such as `my_custom_*`), added to the built-in catalogue. */
  dataBearingTypes?: readonly string[]
  /** Deletions + replacements at or above this make the risk critical (default LIMIT.deletionThreshold). */
  deletionThreshold?: number
  /** Judges resource types instead of the Terraform catalogue (Pulumi plans: createPulumiTypeCategoriser). */
  categorise?: (type: string) => Readonly<TypeCategories>
  /**
   * Pulumi plans: the Terraform type a token is bridged from (pulumi-types.ts terraformTypeOf), so the
   * content rules judge the resource's properties under their Pulumi names; undefined for a token
   * without one, which no content rule covers.
   */
  pulumiTerraformType?: (token: string) => string | undefined
}

/** Plan-level facts the rules need besides the changes. */
export interface RiskContext {
  unreadable?: readonly UnreadableEntry[]
  errored?: boolean
  complete?: boolean
  /** Failed check assertions, and how many more were counted. */
  checks?: readonly FailedCheck[]
  omittedChecks?: number
}

/** What the catalogue says about one resource type. */
export interface TypeCategories {
  dataBearing: boolean
  networkFoundation: boolean
  iamSecurity: boolean
}

interface Bucket {
  addresses: string[]
  omitted: number
  details: RiskDetail[]
  /** The address counted last: one change that fires a rule twice is counted once. */
  last?: string
}

/** Builds a categoriser that knows the built-in catalogue plus the caller's extra data-bearing types. */
export function createTypeCategoriser(options: RiskOptions = {}): (type: string) => Readonly<TypeCategories> {
  const dataBearing = compileTypeGlobs([...DATA_BEARING_TYPES, ...(options.dataBearingTypes ?? [])])
  const network = compileTypeGlobs(NETWORK_FOUNDATION_TYPES)
  const iam = compileTypeGlobs(IAM_SECURITY_TYPES)
  // A plan has few distinct types and many entries of each: match the globs once per type (bounded,
  // so a plan of endless distinct types only stops caching).
  const known = new Map<string, TypeCategories>()
  return type => {
    let categories = known.get(type)
    if (!categories) {
      categories = {
        dataBearing: dataBearing(type),
        networkFoundation: network(type),
        iamSecurity: iam(type)
      }
      if (known.size < TYPE_CACHE_SIZE) known.set(type, categories)
    }
    return categories
  }
}

const TYPE_CACHE_SIZE = 10_000

/** Collects rule hits change by change; `finish` turns them into the assessment. */
export class RiskAccumulator {
  private readonly buckets = new Map<RiskRuleId, Bucket>()
  private readonly categorise: (type: string) => Readonly<TypeCategories>
  private readonly pulumiTerraformType?: (token: string) => string | undefined
  private readonly threshold: number
  private destructive = 0

  constructor(options: RiskOptions = {}) {
    this.categorise = options.categorise ?? createTypeCategoriser(options)
    this.pulumiTerraformType = options.pulumiTerraformType
    const threshold = options.deletionThreshold ?? LIMIT.deletionThreshold
    // A threshold that is not a positive whole number would silently disable the rule: use the default.
    this.threshold = Number.isInteger(threshold) && threshold > 0 ? threshold : LIMIT.deletionThreshold
  }

  /**
   * Records one classified managed change (reads and data sources are ignored). With the change's
   * values, the content rules (open admin ports, wildcard IAM, public access, encryption off) judge
   * what a create, update or replacement newly exposes.
   */
  add(change: ClassifiedChange, values?: Parameters<typeof newExposures>[1]): void {
    if (change.mode !== 'managed') return
    const pulumi = this.pulumiTerraformType
    const ruleType = pulumi ? pulumi(change.type) : change.type
    if (values && ruleType !== undefined) {
      for (const exposure of newExposures(ruleType, values, change.kind, pulumi !== undefined))
        this.hit(exposure.rule, change.address, exposure.text)
    }
    const categories = this.categorise(change.type)
    const address = change.address
    switch (change.kind) {
      case 'create':
        this.hit('create', address)
        break
      case 'update':
        if (categories.dataBearing || categories.networkFoundation || categories.iamSecurity) {
          this.hit('sensitive-type-update', address)
        } else this.hit('update', address)
        break
      case 'delete':
      case 'replace':
        this.destructive++
        this.hit(change.kind, address)
        this.hit('mass-deletion', address)
        if (categories.dataBearing) this.hit('data-bearing-destroy', address)
        if (categories.networkFoundation) this.hit('network-foundation-destroy', address)
        break
      case 'forget':
        this.hit('forget', address)
        break
      case 'create-forget':
        this.hit('create', address)
        this.hit('forget', address)
        break
      default:
        break
    }
    if (change.importing || change.previousAddress !== undefined) this.hit('state-only', address)
  }

  /** The assessment: every rule that fired, in table order; the level is the highest among them. */
  finish(context: RiskContext = {}): RiskAssessment {
    for (const entry of context.unreadable ?? []) this.hit('unreadable-entries', entry.address)
    for (const check of context.checks ?? []) {
      const text: TextPart[] = check.messages.length > 0 ? [{ value: check.messages.join(' / ') }] : []
      this.hit(
        'check-failed',
        check.address,
        text.length > 0 ? text : [check.status === 'error' ? 'could not be evaluated' : 'failed']
      )
    }
    if ((context.omittedChecks ?? 0) > 0) this.bucket('check-failed').omitted += context.omittedChecks ?? 0
    if (context.errored) this.bucket('plan-errored')
    if (context.complete === false) this.bucket('plan-incomplete')
    if (this.destructive < this.threshold) this.buckets.delete('mass-deletion')
    if (this.buckets.size === 0) this.bucket('no-changes')
    const reasons: RiskReason[] = []
    for (const rule of RISK_RULES) {
      const bucket = this.buckets.get(rule.id)
      if (!bucket) continue
      const reason: RiskReason = {
        rule: rule.id,
        level: rule.level,
        description: this.describe(rule.id, rule.description, bucket),
        addresses: [...bucket.addresses]
      }
      if (bucket.omitted > 0) reason.omittedAddresses = bucket.omitted
      if (bucket.details.length > 0) reason.details = bucket.details
      reasons.push(reason)
    }
    return { level: highestLevel(reasons.map(r => r.level)), reasons }
  }

  private describe(id: RiskRuleId, base: string, bucket: Bucket): string {
    const count = bucket.addresses.length + bucket.omitted
    if (id === 'mass-deletion') {
      return `${count} resources would be deleted or replaced; the threshold is ${this.threshold}. ${base}`
    }
    if (count === 0) return base
    const noun = id === 'check-failed' ? 'check' : id === 'unreadable-entries' ? 'entr' : 'resource'
    const plural = noun === 'entr' ? (count === 1 ? 'y' : 'ies') : count === 1 ? '' : 's'
    return `${base} (${count} ${noun}${plural})`
  }

  private bucket(id: RiskRuleId): Bucket {
    let bucket = this.buckets.get(id)
    if (!bucket) {
      bucket = { addresses: [], omitted: 0, details: [] }
      this.buckets.set(id, bucket)
    }
    return bucket
  }

  /** Counts `address` under the rule once; `detail` says what fired (several per address are kept). */
  private hit(id: RiskRuleId, address: string, detail?: TextPart[]): void {
    const bucket = this.bucket(id)
    if (detail && bucket.details.length < LIMIT.reasonAddresses)
      bucket.details.push({ address, text: detail })
    if (bucket.last === address) return
    bucket.last = address
    if (bucket.addresses.length < LIMIT.reasonAddresses) bucket.addresses.push(address)
    else bucket.omitted++
  }
}

/** The highest of some levels; `none` for none. */
function highestLevel(levels: Iterable<RiskLevel>): RiskLevel {
  let best = 0
  for (const level of levels) best = Math.max(best, RISK_LEVELS.indexOf(level))
  return RISK_LEVELS[best]
}
