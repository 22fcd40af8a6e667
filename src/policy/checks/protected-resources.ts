/**
 * Protected resources: address globs that a plan may never destroy or replace in a protected
 * environment, even with force_recreate. Only an exact address in the allow_destroy input lets one
 * through, so a single reviewed deletion never opens the door for its neighbours.
 *
 * A destroyed object is matched by every address it has in the plan: a `moved` block plus a removed
 * resource makes terraform delete `terraform_data.scratch` whose previous_address is the protected
 * `terraform_data.main`, so the previous address is matched too.
 */
import { LIMIT } from '../../constants.js'
import { SENSITIVE_PLACEHOLDER } from '../../analysis/scrub-secrets.js'
import type { PlanAnalysis } from '../../analysis/types.js'
import type { PlanResourceChange, PlanVisitor } from '../../plan/model.js'
import { matchesAddressGlob } from '../glob.js'
import { pulumiAddressForms } from './pulumi-addresses.js'
import type { PolicyFinding } from '../types.js'

/** Destroyed addresses that were moved in the same plan, with the address they had before. */
export interface MovedDestroys {
  previous: ReadonlyMap<string, string>
  /** More moved destroys than LIMIT.destructiveAddresses: the rest were not recorded. */
  omitted: number
}

export interface ProtectedResourcesContext {
  globs: string[]
  protectedEnvironment: boolean
  environment: string
  /** Exact addresses from the allow_destroy input. */
  allowDestroy: string[]
  /** From createMovedDestroyRecorder, read along with the plan; without it only addresses are matched. */
  moved?: MovedDestroys
}

/** A plan visitor recording every destroyed object that has a previous_address. */
export function createMovedDestroyRecorder(): { visitor: PlanVisitor; moved: MovedDestroys } {
  const previous = new Map<string, string>()
  const moved = { previous, omitted: 0 }
  const onResourceChange = (entry: PlanResourceChange): void => {
    const from = entry.previous_address
    if (typeof from !== 'string' || from === entry.address) return
    if (!Array.isArray(entry.change.actions) || !entry.change.actions.includes('delete')) return
    if (previous.size < LIMIT.destructiveAddresses) previous.set(entry.address, from)
    else moved.omitted++
  }
  return { visitor: { onResourceChange }, moved }
}

const INSTANCE_KEYS = /\[[^\]]*\]/g

/**
 * A gate judging the artifact's plan.json alone sees `db["(sensitive)"]` where the plan had
 * `db["prod"]` (or, in a Pulumi preview, a URN whose name held a secret), and the plan chose what is
 * redacted. Fail closed: a redacted instance key matches any key (instance keys are ignored on both
 * sides); a redaction elsewhere leaves nothing to match, so any glob protects the address.
 */
function protectsRedacted(address: string, globs: string[]): boolean {
  if (!address.includes(SENSITIVE_PLACEHOLDER)) return false
  const bare = address.replace(INSTANCE_KEYS, '')
  if (bare.includes(SENSITIVE_PLACEHOLDER)) return globs.length > 0
  return globs.some(glob => matchesAddressGlob(glob.replace(INSTANCE_KEYS, ''), bare))
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
  const previous = context.moved?.previous ?? new Map<string, string>()
  // A Pulumi URN also matches by its readable `type::name`.
  const protects = (address: string | undefined): boolean =>
    address !== undefined &&
    (pulumiAddressForms(address).some(form => context.globs.some(glob => matchesAddressGlob(glob, form))) ||
      protectsRedacted(address, context.globs))
  const hits = analysis.destructiveAddresses.filter(
    address => protects(address) || protects(previous.get(address))
  )
  const allowed = new Set(context.allowDestroy)
  // allow_destroy may name the object by either of its addresses: both are a reviewer's explicit words.
  const isAllowed = (address: string): boolean =>
    allowed.has(address) || (previous.has(address) && allowed.has(previous.get(address) as string))
  const blocked = hits.filter(address => !isAllowed(address))
  const excused = hits.filter(address => isAllowed(address))
  const named = (address: string): string =>
    previous.has(address) ? `${address} (moved from ${previous.get(address)})` : address
  if (blocked.length > 0) {
    return {
      rule,
      severity: 'deny',
      addresses: blocked,
      message: `${blocked.length} protected resource(s) would be destroyed or replaced in '${context.environment}' (protected_resources: ${context.globs.join(', ')}): ${blocked.slice(0, 20).map(named).join(', ')}${blocked.length > 20 ? ', …' : ''}; force_recreate does not cover them.`,
      remedy: `If destroying them is intended and reviewed, list each exact address in the allow_destroy input (e.g. allow_destroy: ${blocked[0]}); otherwise change the configuration so the plan keeps them.`
    }
  }
  // Addresses beyond the analysis' cap were never seen: fail closed rather than assume they are safe.
  const unseen = analysis.omittedDestructiveAddresses + (context.moved?.omitted ?? 0)
  if (unseen > 0) {
    return {
      rule,
      severity: 'deny',
      addresses: [],
      message: `${unseen} destroyed or replaced address(es) (or their previous addresses) were not listed by the analysis, so they cannot be checked against protected_resources.`,
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
