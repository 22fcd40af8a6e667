/**
 * Protected resources: address globs that a plan may never destroy or replace in a protected
 * environment, even with force_recreate. Only an exact address in the allow_destroy input lets one
 * through, so a single reviewed deletion never opens the door for its neighbours.
 */
import type { PlanAnalysis } from '../../analysis/types.js'
import { matchesAddressGlob } from '../glob.js'
import { pulumiAddressForms } from './pulumi-addresses.js'
import type { PolicyFinding } from '../types.js'

export interface ProtectedResourcesContext {
  globs: string[]
  protectedEnvironment: boolean
  environment: string
  /** Exact addresses from the allow_destroy input. */
  allowDestroy: string[]
}

/** One finding: pass, warn (allowed by allow_destroy), or deny. */
export function checkProtectedResources(
  analysis: PlanAnalysis,
  context: ProtectedResourcesContext
): PolicyFinding {
  const rule = 'protected-resource'
  if (context.globs.length === 0)
    return { rule, severity: 'pass', addresses: [], message: 'No protected resources are configured.' }
  if (!context.protectedEnvironment) {
    return {
      rule,
      severity: 'pass',
      addresses: [],
      message: `'${context.environment}' is not a protected environment.`
    }
  }
  const hits = analysis.destructiveAddresses.filter(address =>
    // A Pulumi URN also matches by its readable `type::name`.
    pulumiAddressForms(address).some(form => context.globs.some(glob => matchesAddressGlob(glob, form)))
  )
  const allowed = new Set(context.allowDestroy)
  const blocked = hits.filter(address => !allowed.has(address))
  const excused = hits.filter(address => allowed.has(address))
  if (blocked.length > 0) {
    return {
      rule,
      severity: 'deny',
      addresses: blocked,
      message: `${blocked.length} protected resource(s) would be destroyed or replaced in '${context.environment}' (protected_resources: ${context.globs.join(', ')}); force_recreate does not cover them.`,
      remedy: `If destroying them is intended and reviewed, list each exact address in the allow_destroy input (e.g. allow_destroy: ${blocked[0]}); otherwise change the configuration so the plan keeps them.`
    }
  }
  // Addresses beyond the analysis' cap were never seen: fail closed rather than assume they are safe.
  if (analysis.omittedDestructiveAddresses > 0) {
    return {
      rule,
      severity: 'deny',
      addresses: [],
      message: `${analysis.omittedDestructiveAddresses} destroyed or replaced address(es) were not listed by the analysis, so they cannot be checked against protected_resources.`,
      remedy: 'Split the change into smaller plans so every destroyed address can be checked.'
    }
  }
  if (excused.length > 0) {
    return {
      rule,
      severity: 'warn',
      addresses: excused,
      message: `${excused.length} protected resource(s) will be destroyed or replaced: allowed by allow_destroy.`
    }
  }
  return { rule, severity: 'pass', addresses: [], message: 'No protected resource is destroyed or replaced.' }
}
