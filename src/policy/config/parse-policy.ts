/**
 * Parses a policy file: YAML → schema validation (every error names its key path) → semantic
 * checks (time zones, window specs, rule ids, regular expressions) → merged over the built-in
 * defaults. It carries the YAML and JSON-Schema stack, so load-policy.ts imports it only when a
 * policy file exists.
 */
import { LineCounter, parseDocument } from 'yaml'
import { PolicyError } from '../../errors.js'
import { defaultPolicy, emptyEnvironmentPolicy } from './defaults.js'
import { looksLikeProduction, normaliseEnvironmentName } from '../environment.js'
import { checkPolicySemantics } from './policy-semantics.js'
import { checkPolicyStrings } from './policy-strings.js'
import { validateAgainstSchema } from './schema-errors.js'
import type {
  CostApprovalTier,
  EffectivePolicy,
  EnvironmentPolicy,
  RuleOp,
  RuleSeverity,
  UserRule
} from '../types.js'

/** Parses and validates policy YAML text; pure apart from the file name used in messages. */
export function parsePolicy(text: string, file: string): EffectivePolicy {
  const lines = new LineCounter()
  const document = parseDocument(text, { lineCounter: lines, uniqueKeys: true, prettyErrors: true })
  if (document.errors.length > 0) {
    throw new PolicyError(
      `Policy file '${file}' is not valid YAML: ${document.errors.map(error => error.message.trim()).join('; ')}`
    )
  }
  let data: unknown
  try {
    data = document.toJS({ maxAliasCount: 100 })
  } catch (error) {
    throw new PolicyError(`Policy file '${file}' cannot be read as YAML data: ${(error as Error).message}`)
  }
  // An empty file is a policy that changes nothing.
  if (data === null || data === undefined) data = {}
  const problems = checkPolicyStrings(data)
  if (problems.length === 0) problems.push(...validateAgainstSchema(data, { document, lines }))
  if (problems.length === 0) {
    const policy = mergePolicy(defaultPolicy(), data as PolicyFile)
    problems.push(...checkPolicySemantics(policy, data as PolicyFile))
    if (problems.length === 0) return policy
  }
  throw new PolicyError(
    `Policy file '${file}' does not match schema/infra-guard.schema.json (${problems.length} problem(s)):\n${problems.map(problem => `  - ${problem}`).join('\n')}`
  )
}

/** The file's shape after schema validation (snake_case, as written). */
export interface PolicyFile {
  version?: 1
  environments?: Record<string, EnvironmentFile>
  protected_resources?: string[]
  approvals_by_cost?: { up_to?: number; above?: number; approvals: number; requires?: string[] }[]
  rules?: {
    id: string
    type: string | string[]
    path: string
    op: RuleOp
    value?: unknown
    severity: 'warn' | 'deny'
    message: string
    environments?: string[]
  }[]
  rule_severity?: Record<string, RuleSeverity>
  required_tags?: string[]
  missing_cost_estimate?: 'deny' | 'warn'
  risk?: { data_bearing_types?: string[]; deletion_threshold?: number; critical_approvals?: number }
}

export interface EnvironmentFile {
  aliases?: string[]
  branches?: string[]
  paths?: string[]
  tags?: string[]
  protected?: boolean
  max_monthly_cost_increase?: number
  required_approvals?: number
  resource_limits?: Record<string, number>
  deployment_windows?: { timezone: string; allow?: string[]; block?: string[] }
  rule_severity?: Record<string, RuleSeverity>
  checklist?: string[]
}

/**
 * Merges a validated file over a base policy. Environments merge key by key (a key the file sets
 * replaces the default's value, lists included); new environments named like production are
 * protected unless they say otherwise. Rules append to the built-in ones.
 */
export function mergePolicy(base: EffectivePolicy, file: PolicyFile): EffectivePolicy {
  const environments: Record<string, EnvironmentPolicy> = { ...base.environments }
  for (const [name, settings] of Object.entries(file.environments ?? {})) {
    environments[name] = mergeEnvironment(
      environments[name] ?? emptyEnvironmentPolicy(looksLikeProduction(name)),
      settings ?? {}
    )
  }
  const tiers: CostApprovalTier[] | undefined = file.approvals_by_cost?.map(tier => ({
    upTo: tier.up_to,
    above: tier.above,
    approvals: tier.approvals,
    requires: tier.requires ?? []
  }))
  const rules: UserRule[] = (file.rules ?? []).map(rule => ({
    id: rule.id,
    types: Array.isArray(rule.type) ? rule.type : [rule.type],
    path: rule.path,
    op: rule.op,
    value: rule.value,
    severity: rule.severity,
    message: rule.message,
    environments: rule.environments ?? []
  }))
  return {
    environments,
    protectedResources: [...base.protectedResources, ...(file.protected_resources ?? [])],
    approvalsByCost: tiers ?? base.approvalsByCost,
    rules: [...base.rules, ...rules],
    ruleSeverity: { ...base.ruleSeverity, ...(file.rule_severity ?? {}) },
    requiredTags: file.required_tags ?? base.requiredTags,
    missingCostEstimate: file.missing_cost_estimate ?? base.missingCostEstimate,
    risk: {
      dataBearingTypes: [...base.risk.dataBearingTypes, ...(file.risk?.data_bearing_types ?? [])],
      deletionThreshold: file.risk?.deletion_threshold ?? base.risk.deletionThreshold,
      criticalApprovals: file.risk?.critical_approvals ?? base.risk.criticalApprovals
    }
  }
}

function mergeAliases(base: string[], extra: string[]): string[] {
  const key = (alias: string): string => normaliseEnvironmentName(alias).toLowerCase()
  const seen = new Set(base.map(key))
  return [...base, ...extra.filter(alias => !seen.has(key(alias)) && seen.add(key(alias)))]
}

function mergeEnvironment(base: EnvironmentPolicy, file: EnvironmentFile): EnvironmentPolicy {
  const windows = file.deployment_windows
  return {
    // Aliases add to the built-in ones: listing `live` for prod must not turn `production` into an
    // unknown environment that silently skips prod's windows, ceilings and approvals.
    aliases: mergeAliases(base.aliases, file.aliases ?? []),
    branches: file.branches ?? base.branches,
    paths: file.paths ?? base.paths,
    tags: file.tags ?? base.tags,
    protected: file.protected ?? base.protected,
    maxMonthlyCostIncrease: file.max_monthly_cost_increase ?? base.maxMonthlyCostIncrease,
    requiredApprovals: file.required_approvals ?? base.requiredApprovals,
    resourceLimits: file.resource_limits ? { ...file.resource_limits } : base.resourceLimits,
    deploymentWindows: windows
      ? { timezone: windows.timezone, allow: windows.allow ?? [], block: windows.block ?? [] }
      : base.deploymentWindows,
    ruleSeverity: { ...base.ruleSeverity, ...(file.rule_severity ?? {}) },
    checklist: file.checklist ?? base.checklist
  }
}
