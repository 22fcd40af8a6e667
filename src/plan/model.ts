/**
 * The subset of Terraform's / OpenTofu's machine-readable plan (`terraform show -json`) that
 * infra-guard reads. Field names follow the upstream JSON exactly. Everything is optional where
 * some format_version (0.1 .. 1.x) may omit it; the reader validates shape before analysis sees it.
 */

/** The action verbs Terraform has used in `change.actions` so far. Anything else is unknown and fails the gate closed. */
export const KNOWN_ACTIONS = ['no-op', 'create', 'read', 'update', 'delete', 'forget'] as const

/** One change description: `resource_changes[].change`, `resource_drift[].change`, `output_changes.*`. */
export interface PlanChange {
  actions: string[]
  before?: unknown
  after?: unknown
  /** Mirrors `after`; `true` leaves mean "known after apply". */
  after_unknown?: unknown
  /** Mirrors `before`; `true` leaves (or `true` for the whole value) mean sensitive. */
  before_sensitive?: unknown
  /** Mirrors `after`; `true` leaves (or `true` for the whole value) mean sensitive. */
  after_sensitive?: unknown
  replace_paths?: unknown[][]
  /** Present (possibly `{}`) when the resource is being imported (Terraform >= 1.5). */
  importing?: { id?: string; identity?: unknown } | null
  generated_config?: string
}

/** One entry of `resource_changes` or `resource_drift`. */
export interface PlanResourceChange {
  address: string
  previous_address?: string
  module_address?: string
  mode: 'managed' | 'data' | string
  type: string
  name: string
  index?: string | number
  provider_name?: string
  deposed?: string
  action_reason?: string
  change: PlanChange
}

/** Top-level fields read outside the per-resource stream. */
export interface PlanHeader {
  format_version: string
  terraform_version?: string
  applyable?: boolean
  complete?: boolean
  errored?: boolean
  /** Root variables; values of sensitive variables are already redacted by Terraform, but names are kept. */
  variables?: Record<string, { value?: unknown }>
  output_changes?: Record<string, PlanChange>
  /** Sensitivity of root variables, from `configuration.root_module.variables.*.sensitive`. */
  sensitive_variables?: string[]
  /** True when the plan has a `deferred_changes` member (Terraform writes it only when it deferred some). */
  deferred?: boolean
  /** Check results (Terraform >= 1.5): `check` blocks and conditions, with failed assertions' messages. Unvalidated. */
  checks?: unknown
}

/** Receives plan entries one at a time while a plan is read; nothing else is kept by the reader. */
export interface PlanVisitor {
  onResourceChange(entry: PlanResourceChange, index: number): void
  onResourceDrift?(entry: PlanResourceChange, index: number): void
  /** Each resource of prior_state and planned_values whose `sensitive_values` mark something (values and marks as written). */
  onStateResource?(resource: unknown): void
}
