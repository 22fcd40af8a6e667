/**
 * The gate's vocabulary: every check yields findings with a severity, the rule that produced it,
 * the addresses involved and what to do. Pure data; no @actions imports under src/policy.
 */

export type Severity = 'pass' | 'warn' | 'deny'

/** One result of one check. `deny` findings make the gate fail; `warn` findings become annotations. */
export interface PolicyFinding {
  /** Stable rule id, e.g. `prod-destroy-guard`, `deployment-window`, `rule:no-public-buckets`. */
  rule: string
  severity: Severity
  addresses: string[]
  message: string
  /** What the user can do about it (an input to set, a file to change). */
  remedy?: string
}

/** The gate's decision. `allowed` is true only when the plan was fully read and no deny remains. */
export interface GateVerdict {
  allowed: boolean
  environment: string
  protectedEnvironment: boolean
  findings: PolicyFinding[]
}

/** A rule's configured severity; `off` disables it. */
export type RuleSeverity = 'off' | 'warn' | 'deny'

/** Comparison operators for user rules over planned attribute values. */
export type RuleOp = 'equals' | 'not_equals' | 'in' | 'not_in' | 'matches' | 'exists' | 'absent'

/** A user rule: every planned resource whose type matches `type` must satisfy `path op value`. */
export interface UserRule {
  id: string
  /** Type globs (`aws_s3_*`, `{aws_lb,aws_alb}`). */
  types: string[]
  /** Attribute path: `tags.Owner`, `ingress[*].cidr_blocks`, `root_block_device[0].encrypted`. */
  path: string
  op: RuleOp
  value?: unknown
  severity: 'warn' | 'deny'
  message: string
  /** Only in these environments (canonical names); empty means all. */
  environments: string[]
}

/** Deployment windows of one environment; times are wall-clock times in `timezone`. */
export interface DeploymentWindows {
  timezone: string
  /** Empty means "any time that is not blocked". */
  allow: string[]
  block: string[]
}

/** Everything the policy says about one environment. */
export interface EnvironmentPolicy {
  aliases: string[]
  branches: string[]
  /** Globs of root module folders that belong to this environment (the discover mode). */
  paths: string[]
  /** Tag patterns whose runs deploy here. */
  tags: string[]
  protected: boolean
  /** Absent means no cost ceiling. */
  maxMonthlyCostIncrease?: number
  requiredApprovals: number
  /** Type glob → maximum number of creates of matching types in one plan. */
  resourceLimits: Record<string, number>
  deploymentWindows?: DeploymentWindows
  /** Rule id → severity override in this environment (built-in and user rules). */
  ruleSeverity: Record<string, RuleSeverity>
  /** Extra review checklist items for this environment. */
  checklist: string[]
}

/** One tier of approvals_by_cost: applies when the monthly increase is ≤ upTo, or > above. */
export interface CostApprovalTier {
  upTo?: number
  above?: number
  approvals: number
  requires: string[]
}

/** The policy the gate applies: built-in defaults merged with the file. */
export interface EffectivePolicy {
  environments: Record<string, EnvironmentPolicy>
  /** Address globs never destroyed or replaced in protected environments (allow_destroy lists exceptions). */
  protectedResources: string[]
  approvalsByCost: CostApprovalTier[]
  rules: UserRule[]
  /** Global severity overrides by rule id (environment overrides win). */
  ruleSeverity: Record<string, RuleSeverity>
  requiredTags: string[]
  /** What to do when an environment has a cost ceiling and the plan changes something but no estimate was given. */
  missingCostEstimate: 'deny' | 'warn'
  risk: { dataBearingTypes: string[]; deletionThreshold: number; criticalApprovals: number }
}
