/**
 * The analysis model: what a plan means, independent of how it is rendered or gated.
 * Pure data; no @actions imports anywhere under src/analysis.
 */
import type { RiskLevel } from '../constants.js'
import type { PulumiChangeFacts, PulumiPlanFacts } from './pulumi-facts.js'

/**
 * What happens to one resource, from its exact `actions` array:
 * create ["create"], update ["update"], delete ["delete"], replace ["delete","create"] or
 * ["create","delete"] (create_before_destroy), no-op, read (data sources), forget ["forget"],
 * create-forget ["create","forget"] (replace of a resource whose old object is forgotten, not destroyed).
 */
export type ChangeKind =
  'create' | 'update' | 'delete' | 'replace' | 'no-op' | 'read' | 'forget' | 'create-forget'

/** One changed attribute, already masked: sensitive values never reach this structure. */
export interface AttributeChange {
  /** Dotted path, e.g. `tags.Owner` or `ingress[0].cidr_blocks`. */
  path: string
  /** Rendered, truncated, masked value; `(sensitive)`, `(known after apply)`, `null` or JSON text. */
  before: string
  after: string
  /** True when changing this attribute forces replacement (from `replace_paths`). */
  forcesReplacement: boolean
}

/** One classified resource change. Small on purpose: the raw plan entry is not kept. */
export interface ClassifiedChange {
  address: string
  type: string
  name: string
  mode: 'managed' | 'data'
  providerName?: string
  kind: ChangeKind
  /** The raw actions array, for reports and for unknown verbs. */
  actions: string[]
  /** `create_before_destroy` ordering for replacements. */
  createBeforeDestroy: boolean
  importing: boolean
  /** Set when the resource moved (`previous_address`). */
  previousAddress?: string
  actionReason?: string
  /** Set for deposed objects; the address alone is then ambiguous. */
  deposed?: string
  /** Present for update/replace; empty for create/delete (the whole object changes). */
  attributes: AttributeChange[]
  /** Attribute changes left out of `attributes` because of LIMIT.attributesPerResource. */
  omittedAttributes: number
  /** Pulumi plans only: `type::name` to show (with the URN alongside), the URN, the stack, protect. */
  pulumi?: PulumiChangeFacts
}

/** Counts with exactly the meaning of Terraform's "Plan: X to add, Y to change, Z to destroy". */
export interface PlanCounts {
  /** creates + replaces (+ create-forget) */
  add: number
  /** updates */
  change: number
  /** deletes + replaces */
  destroy: number
  replace: number
  import: number
  move: number
  /** forgets + create-forgets */
  forget: number
  /** plain creates, deletes, no-ops */
  create: number
  delete: number
  noop: number
  /** data-source reads, counted apart; never changes */
  read: number
  /** managed resource_changes entries seen */
  total: number
}

/** One reason for a risk level; every reason names the addresses that caused it. */
export interface RiskReason {
  rule: string
  level: RiskLevel
  description: string
  addresses: string[]
  /** Addresses beyond `addresses` that were counted but not listed. */
  omittedAddresses?: number
}

export interface RiskAssessment {
  level: RiskLevel
  reasons: RiskReason[]
}

/** A change to a root output; masked like attribute values. */
export interface OutputChange {
  name: string
  kind: ChangeKind
  sensitive: boolean
  before: string
  after: string
}

/** Entries the analysis could not understand; the gate fails closed on any of these. */
export interface UnreadableEntry {
  address: string
  problem: string
}

/** The result of analysing one plan. */
export interface PlanAnalysis {
  /** The file the plan was read from. */
  source: string
  formatVersion: string
  terraformVersion?: string
  /** False when Terraform says the plan errored or is not applyable/complete; the gate treats this as doubt. */
  errored: boolean
  complete: boolean
  /** Terraform deferred some changes (the plan has `deferred_changes`); an incomplete plan without them was targeted. */
  deferred: boolean
  counts: PlanCounts
  hasChanges: boolean
  /** Detailed changes, destructive first, bounded by LIMIT.detailedChanges. No-ops and reads excluded. */
  changes: ClassifiedChange[]
  /** Changes counted but not kept in `changes`. */
  omittedChanges: number
  /** Every address deleted or replaced (bounded by LIMIT.destructiveAddresses, then counted). */
  destructiveAddresses: string[]
  omittedDestructiveAddresses: number
  /** `resource_drift`: what changed outside Terraform. */
  drift: ClassifiedChange[]
  driftCount: number
  outputs: OutputChange[]
  risk: RiskAssessment
  /** Unknown actions, missing fields: the gate refuses any plan with entries here. */
  unreadable: UnreadableEntry[]
  /** Every string Terraform marked sensitive in this plan; renderers scrub these as a last line of defence. Never rendered. */
  sensitiveValues: Set<string>
  /** Pulumi plans only: stacks, diagnostics, preview or not, protected resources deleted or replaced. */
  pulumi?: PulumiPlanFacts
}

/** One thing to do to undo (part of) an applied plan. Wording is advice, never a promise. */
export interface RollbackStep {
  /** Stable kind, so renderers can group and order steps. */
  kind:
    | 'revert-commit'
    | 'restore-data'
    | 'recreate'
    | 're-import'
    | 'state-rm'
    | 'move-back'
    | 'review'
    /** Pulumi: destroy what the change creates, by URN (`pulumi destroy --target`). */
    | 'destroy-created'
  /** What to do and why, in plain words. */
  description: string
  /** Addresses this step is about (bounded; the rest are counted in `omittedAddresses`). */
  addresses: string[]
  omittedAddresses?: number
  /** Exact commands where one exists; placeholders are written <LIKE_THIS>. */
  commands: string[]
}

/** How to undo a plan once applied, derived from the plan alone. */
export interface RollbackPlan {
  /** False when nothing would need undoing (no changes). */
  needed: boolean
  /** True when some deletion or replacement destroys data that only a backup or snapshot can bring back. */
  dataLoss: boolean
  steps: RollbackStep[]
  /** Caveats that apply to every step. */
  notes: string[]
}
