/**
 * Built-in defaults: safe and never surprising. A fresh install gets environments dev, staging and
 * prod (prod protected), no windows, no cost ceiling, no limits, computed-but-not-enforced approvals,
 * and the built-in rules (public databases and unencrypted storage denied; open ingress and missing
 * tags warned).
 */
import { LIMIT } from '../../constants.js'
import { DEFAULT_ENVIRONMENTS } from '../environment.js'
import type { EffectivePolicy, EnvironmentPolicy } from '../types.js'

/** Ids of the rules infra-guard ships; `rule_severity` can turn each off or change its severity. */
export const BUILTIN_RULE_IDS = [
  'public-database',
  'unencrypted-storage',
  'open-ingress',
  'required-tags'
] as const

/** Tags the required-tags rule expects unless the policy says otherwise. */
const DEFAULT_REQUIRED_TAGS = ['Environment', 'Owner', 'CostCenter']

/** A critical-risk plan needs at least this many approvals. */
const DEFAULT_CRITICAL_APPROVALS = 2

/** An environment with nothing configured beyond how it is named. */
export function emptyEnvironmentPolicy(protectedEnvironment = false): EnvironmentPolicy {
  return {
    aliases: [],
    branches: [],
    paths: [],
    tags: [],
    protected: protectedEnvironment,
    requiredApprovals: 0,
    resourceLimits: {},
    ruleSeverity: {},
    checklist: []
  }
}

/** Returns a fresh copy of the built-in policy (callers may merge into it). */
export function defaultPolicy(): EffectivePolicy {
  const environments: Record<string, EnvironmentPolicy> = {}
  for (const [name, definition] of Object.entries(DEFAULT_ENVIRONMENTS)) {
    environments[name] = {
      ...emptyEnvironmentPolicy(definition.protected),
      aliases: [...definition.aliases],
      branches: [...definition.branches],
      tags: [...(definition.tags ?? [])]
    }
  }
  return {
    environments,
    protectedResources: [],
    approvalsByCost: [],
    rules: [],
    ruleSeverity: {},
    requiredTags: [...DEFAULT_REQUIRED_TAGS],
    missingCostEstimate: 'deny',
    risk: {
      dataBearingTypes: [],
      deletionThreshold: LIMIT.deletionThreshold,
      criticalApprovals: DEFAULT_CRITICAL_APPROVALS
    }
  }
}
