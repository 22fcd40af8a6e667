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
