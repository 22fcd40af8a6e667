/** A whole plan document as `terraform show -json` writes it, for tests that build or hold one in memory. */
import type { PlanHeader, PlanResourceChange } from '../../src/plan/model.js'

export interface PlanDocument extends PlanHeader {
  resource_changes?: PlanResourceChange[]
  resource_drift?: PlanResourceChange[]
  configuration?: unknown
  planned_values?: unknown
  prior_state?: unknown
}
