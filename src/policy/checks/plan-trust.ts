/**
 * Plan trust: a plan the analysis could not fully read, or that Terraform marked errored or
 * incomplete, is denied. The gate refuses what it cannot see.
 */
import { planSecrets } from '../../analysis/plan-secrets.js'
import type { PlanAnalysis } from '../../analysis/types.js'
import type { PolicyFinding } from '../types.js'
import { checkPulumiTrust } from './pulumi-plan.js'

/** Fail closed: a plan the analysis could not fully read or that Terraform marked errored is denied. */
export function checkPlanTrust(analysis: PlanAnalysis): PolicyFinding[] {
  // A Pulumi plan is refused for the same reasons, worded from Pulumi's own output.
  if (analysis.pulumi) return checkPulumiTrust(analysis)
  const findings: PolicyFinding[] = []
  if (analysis.unreadable.length > 0) {
    // A problem may quote the entry (plan text): scrubbed like any plan text; the address is redacted where shown.
    const { scrub } = planSecrets(analysis.sensitiveValues)
    findings.push({
      rule: 'plan-unreadable',
      severity: 'deny',
      addresses: analysis.unreadable.map(entry => entry.address).slice(0, 100),
      message: `${analysis.unreadable.length} plan entr(ies) could not be understood: ${analysis.unreadable
        .slice(0, 5)
        .map(entry => `${entry.address}: ${scrub(entry.problem)}`)
        .join('; ')}. The gate refuses what it cannot read.`,
      remedy:
        'Use a terraform/tofu version whose plan format infra-guard supports, or report the entry to infra-guard.'
    })
  }
  if (analysis.errored) {
    findings.push({
      rule: 'plan-errored',
      severity: 'deny',
      addresses: [],
      message: `Terraform marked the plan in '${analysis.source}' as errored; it is not safe to apply.`,
      remedy: 'Fix the errors shown by terraform plan and create a new plan.'
    })
  }
  if (!analysis.complete && analysis.deferred) {
    findings.push({
      rule: 'plan-incomplete',
      severity: 'deny',
      addresses: [],
      message: `The plan in '${analysis.source}' is incomplete (Terraform deferred some changes), so the gate cannot see everything that apply would do.`,
      remedy: 'Apply in stages so that each plan is complete, then run the gate on each.'
    })
  } else if (!analysis.complete) {
    // Terraform marks a -target plan incomplete and says nothing more in the JSON; nothing was deferred.
    findings.push({
      rule: 'plan-incomplete',
      severity: 'deny',
      addresses: [],
      message: `The plan in '${analysis.source}' is a targeted plan (made with -target): Terraform marks it incomplete because it covers only the targeted resources, so the gate cannot see what the rest of the configuration would do.`,
      remedy:
        'Plan without -target (the gate judges whole plans); -target is for exceptional recovery, outside the gated pipeline.'
    })
  }
  return findings
}
