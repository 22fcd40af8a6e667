/**
 * Outputs shared by every mode that analyses a plan (plan, safety-gate, drift), so that the same
 * names always carry the same meaning, and the log lines and masks that go with them.
 */
import * as core from '@actions/core'
import * as log from '../log.js'
import { OUTPUT } from '../../constants.js'
import type { PlanAnalysis } from '../../analysis/types.js'
import { listViolations, type GateEvaluation } from '../../policy/evaluate-gate.js'
import { scrubSensitive } from '../../render/index.js'

/** Sets counts, has_changes, risk and risk_reasons from one analysis. */
export function setPlanOutputs(analysis: PlanAnalysis, planJsonPath: string): void {
  const { counts } = analysis
  core.setOutput(OUTPUT.resourcesToAdd, counts.add)
  core.setOutput(OUTPUT.resourcesToChange, counts.change)
  core.setOutput(OUTPUT.resourcesToDestroy, counts.destroy)
  core.setOutput(OUTPUT.resourcesToReplace, counts.replace)
  core.setOutput(OUTPUT.resourcesToImport, counts.import)
  core.setOutput(OUTPUT.resourcesToMove, counts.move)
  core.setOutput(OUTPUT.resourcesToForget, counts.forget)
  core.setOutput(OUTPUT.hasChanges, String(analysis.hasChanges))
  core.setOutput(OUTPUT.risk, analysis.risk.level)
  core.setOutput(
    OUTPUT.riskReasons,
    JSON.stringify(
      analysis.risk.reasons.map(reason => ({
        rule: reason.rule,
        level: reason.level,
        addresses: reason.addresses
      }))
    )
  )
  core.setOutput(OUTPUT.planJson, planJsonPath)
}

/** Sets policy_violations, required_approvals and, with a cost estimate, the cost outputs. */
export function setPolicyOutputs(verdict: GateEvaluation): void {
  core.setOutput(OUTPUT.policyViolations, JSON.stringify(listViolations(verdict.findings)))
  core.setOutput(OUTPUT.requiredApprovals, String(verdict.approvals.required))
  if (verdict.cost) {
    core.setOutput(OUTPUT.monthlyCostChange, verdict.cost.monthlyChange.toFixed(2))
    core.setOutput(OUTPUT.costCurrency, verdict.cost.currency)
  }
}

/**
 * Registers every sensitive string with the runner so that it is masked in the log even if some
 * future code path printed it. Short values are skipped: masking "1" or "true" would garble the log
 * without protecting anything.
 */
export function registerSensitiveValues(analysis: PlanAnalysis): void {
  for (const value of analysis.sensitiveValues) {
    if (value.length >= 4) core.setSecret(value)
  }
}

/** One line for the log, in Terraform's own words. */
export function describeCounts(analysis: PlanAnalysis): string {
  const { counts } = analysis
  const extras = [
    counts.replace ? `${counts.replace} replaced` : '',
    counts.import ? `${counts.import} to import` : '',
    counts.move ? `${counts.move} moved` : '',
    counts.forget ? `${counts.forget} to forget` : ''
  ].filter(Boolean)
  const base = `Plan: ${counts.add} to add, ${counts.change} to change, ${counts.destroy} to destroy.`
  return extras.length ? `${base} (${extras.join(', ')})` : base
}

/**
 * Terraform's human-readable plan, printed only now that the analysis knows every secret: it can
 * show values Terraform failed to mark sensitive (terraform_data copies a sensitive input into its
 * unmarked `output`).
 */
export async function logPlanOutput(planOutput: string | undefined, analysis: PlanAnalysis): Promise<void> {
  if (!planOutput) return
  await log.group('terraform plan output', async () =>
    log.info(scrubSensitive(planOutput, analysis.sensitiveValues))
  )
}
