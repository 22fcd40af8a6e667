/**
 * The analysis model: what a plan means, independent of how it is rendered or gated.
 * Pure data; no @actions imports anywhere under src/analysis.
 */
import type { RiskLevel } from '../constants.js'
import type { PulumiChangeFacts, PulumiPlanFacts } from './pulumi-facts.js'
import type { KeyAttribute, ResourceDiff } from './diff/index.js'

/**
 * What happens to one resource, from its exact `actions` array:
 * create ["create"], update ["update"], delete ["delete"], replace ["delete","create"] or
 * ["create","delete"] (create_before_destroy), no-op, read (data sources), forget ["forget"],
 * create-forget ["create","forget"] (replace of a resource whose old object is forgotten, not destroyed).
 */
export type ChangeKind =
  'create' | 'update' | 'delete' | 'replace' | 'no-op' | 'read' | 'forget' | 'create-forget'

/**
 * A piece of text the action writes: its own words (a string), or something taken from the plan,
 * which renderers redact (a sensitive value, or a sensitive instance key inside an address) and
 * escape. The action's own words are never redacted, so a plan cannot rewrite them.
 */
export type TextPart = string | { value: string } | { address: string; shell?: boolean }

/** Key attributes of one side of a change (what a reviewer checks on a create; what identifies a delete). */
export interface KeyAttributeList {
  attributes: KeyAttribute[]
  /** Attributes found but not kept. */
  omitted: number
}

/** One classified resource change. Small on purpose: the raw plan entry is not kept. */
export interface ClassifiedChange {
  address: string
  type: string
  name: string
  mode: 'managed' | 'data'
  /** `module.a.module.b["x"]`; absent for the root module. */
  moduleAddress?: string
  providerName?: string
  kind: ChangeKind
  /** The raw actions array, for reports and for unknown verbs. */
  actions: string[]
  /** `create_before_destroy` ordering for replacements. */
  createBeforeDestroy: boolean
  importing: boolean
  /** The ID the object is imported by (`change.importing.id`), when Terraform gives one. */
  importId?: string
  /** Set when the resource moved (`previous_address`). */
  previousAddress?: string
  actionReason?: string
  /** Set for deposed objects; the address alone is then ambiguous. */
  deposed?: string
  /**
   * Detail, worked out only for the changes the analysis keeps: the structural diff of updates,
   * replacements and drift, the key attributes of creates, deletes and forgets, and the object's
   * `id` before the change (what an `import` block needs to bring a forgotten object back).
   */
  diff?: ResourceDiff
  keyAttributes?: KeyAttributeList
  objectId?: string
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
  /** What exactly fired the rule, per resource (an open port, a wildcard statement, a failed assertion). */
  details?: RiskDetail[]
}

/** One fact behind a risk reason, e.g. "ingress from 0.0.0.0/0 to port 22 (SSH)". */
export interface RiskDetail {
  address: string
  text: TextPart[]
}

export interface RiskAssessment {
  level: RiskLevel
  reasons: RiskReason[]
}

/** A change to a root output, diffed and masked like resource values. */
export interface OutputChange {
  name: string
  kind: ChangeKind
  sensitive: boolean
  diff: ResourceDiff
}

/** A `check` block (or a resource condition) whose assertion failed at plan time. */
export interface FailedCheck {
  /** `check.replicas`, or the instance's address. */
  address: string
  /** `fail` (an assertion is false) or `error` (it could not be evaluated). */
  status: 'fail' | 'error'
  /** The assertions' error messages, as the configuration wrote them (plan text). */
  messages: string[]
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
  /** Data sources Terraform reads during apply (not at plan time), with why; bounded like `changes`. */
  reads: ClassifiedChange[]
  /** Failed check assertions (`checks` with status fail or error); bounded. */
  checks: FailedCheck[]
  /** Failed checks counted but not kept. */
  omittedChecks: number
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

/** A command line or a configuration block: the action's text with plan parts (addresses, IDs) in it. */
export type Snippet = TextPart[]

/**
 * One thing to do to undo (part of) an applied plan, chosen by why each resource changes (its action
 * and action reason). Wording is advice, never a promise; every kind is checked in the tests by
 * applying a real plan, doing what the step says and planning again.
 */
export interface RollbackStep {
  kind:
    | 'revert-commit'
    | 'restore-data'
    | 'deleted'
    | 'replaced'
    | 'nothing-to-revert'
    | 'move-back'
    | 'undo-import'
    | 're-import'
    | 'review'
    /** Pulumi: recreate or replace by URN (`pulumi up --target`). */
    | 'recreate'
    /** Pulumi: drop an imported object from the stack's state (`pulumi state delete`). */
    | 'state-rm'
    /** Pulumi: destroy what the change creates, by URN (`pulumi destroy --target`). */
    | 'destroy-created'
  /** What to do and why, in the action's words (`code` in backticks). */
  description: string
  /** Addresses this step is about (bounded; the rest are counted in `omittedAddresses`). */
  addresses: string[]
  omittedAddresses?: number
  /** Configuration blocks to add (`moved`, `removed`, `import`), one per address; placeholders are <LIKE_THIS>. */
  blocks: Snippet[]
  /** Exact shell commands where one exists; placeholders are written <LIKE_THIS>. */
  commands: Snippet[]
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
