/**
 * The production destroy guard: in a protected environment a plan that deletes or replaces
 * anything is denied unless force_recreate is true.
 */
import { PROD_DESTROY_MESSAGE } from '../../constants.js'
import type { PlanAnalysis } from '../../analysis/types.js'
import type { PolicyFinding } from '../types.js'

export interface DestroyGuardContext {
  environment: string
  protectedEnvironment: boolean
  forceRecreate: boolean
}

/** Checks the plan against the destroy guard; returns exactly one finding. */
export function checkDestroyGuard(analysis: PlanAnalysis, context: DestroyGuardContext): PolicyFinding {
  const destroying = analysis.counts.destroy
  const addresses = analysis.destructiveAddresses
  if (destroying === 0) {
    return {
      rule: 'prod-destroy-guard',
      severity: 'pass',
      addresses: [],
      message: 'The plan destroys nothing.'
    }
  }
  if (!context.protectedEnvironment) {
    return {
      rule: 'prod-destroy-guard',
      severity: 'pass',
      addresses,
      message: `${destroying} resource(s) would be destroyed or replaced; '${context.environment}' is not a protected environment.`
    }
  }
  if (context.forceRecreate) {
    return {
      rule: 'prod-destroy-guard',
      severity: 'warn',
      addresses,
      message: `${destroying} resource(s) in protected environment '${context.environment}' will be destroyed or replaced: allowed because force_recreate=true.`
    }
  }
  return {
    rule: 'prod-destroy-guard',
    severity: 'deny',
    addresses,
    message: `${PROD_DESTROY_MESSAGE}: ${destroying} resource(s) in protected environment '${context.environment}' would be destroyed or replaced.`,
    remedy:
      'Review the addresses listed. If destroying them is intended, re-run with force_recreate=true (workflow_dispatch input); otherwise change the configuration (lifecycle prevent_destroy, moved blocks, or import) so the plan keeps them.'
  }
}
