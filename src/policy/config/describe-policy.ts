/**
 * Renders the effective policy as plain text for a collapsed log group, one setting per line,
 * so a reader can see exactly which defaults the file changed.
 */
import { BUILTIN_RULE_IDS } from './defaults.js'
import type { EffectivePolicy } from '../types.js'

/** Multi-line description of the effective policy. */
export function describePolicy(policy: EffectivePolicy): string {
  const lines: string[] = ['Environments:']
  for (const [name, environment] of Object.entries(policy.environments)) {
    const facts = [
      environment.protected ? 'protected' : 'not protected',
      `aliases: ${list(environment.aliases)}`,
      `branches: ${list(environment.branches)}`,
      `max monthly cost increase: ${environment.maxMonthlyCostIncrease ?? 'none'}`,
      `required approvals: ${environment.requiredApprovals}`
    ]
    lines.push(`  ${name}: ${facts.join('; ')}`)
    if (environment.paths.length > 0) lines.push(`    module paths: ${environment.paths.join(', ')}`)
    const limits = Object.entries(environment.resourceLimits)
    if (limits.length > 0)
      lines.push(`    resource limits: ${limits.map(([type, max]) => `${type} ≤ ${max}`).join(', ')}`)
    const windows = environment.deploymentWindows
    if (windows) {
      lines.push(
        `    deployment windows (${windows.timezone}): allow ${list(windows.allow, 'any time')}; block ${list(windows.block)}`
      )
    } else lines.push('    deployment windows: none (any time)')
    const severities = Object.entries(environment.ruleSeverity)
    if (severities.length > 0)
      lines.push(`    rule severity: ${severities.map(([id, level]) => `${id}=${level}`).join(', ')}`)
    if (environment.checklist.length > 0) lines.push(`    checklist: ${environment.checklist.join('; ')}`)
  }
  lines.push(`Protected resources: ${list(policy.protectedResources)}`)
  lines.push(
    `Approvals by cost: ${
      policy.approvalsByCost.length === 0
        ? 'none'
        : policy.approvalsByCost
            .map(
              tier =>
                `${tier.upTo !== undefined ? `≤ ${tier.upTo}` : `> ${tier.above}`} → ${tier.approvals}${tier.requires.length ? ` + ${tier.requires.join(', ')}` : ''}`
            )
            .join('; ')
    }`
  )
  lines.push(`Critical risk needs at least ${policy.risk.criticalApprovals} approval(s)`)
  const builtins = BUILTIN_RULE_IDS.map(
    id => `${id}${policy.ruleSeverity[id] ? `=${policy.ruleSeverity[id]}` : ''}`
  )
  lines.push(`Built-in rules: ${builtins.join(', ')} (required tags: ${list(policy.requiredTags)})`)
  lines.push(
    `User rules: ${policy.rules.length === 0 ? 'none' : policy.rules.map(rule => `${rule.id} (${rule.severity})`).join(', ')}`
  )
  lines.push(`Missing cost estimate with a cost ceiling: ${policy.missingCostEstimate}`)
  lines.push(
    `Risk: deletion threshold ${policy.risk.deletionThreshold}; extra data-bearing types: ${list(policy.risk.dataBearingTypes)}`
  )
  return lines.join('\n')
}

function list(items: string[], empty = 'none'): string {
  return items.length === 0 ? empty : items.join(', ')
}
