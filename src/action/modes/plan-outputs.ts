/**
 * Outputs shared by every mode that analyses a plan (plan, safety-gate, drift), so that the same
 * names always carry the same meaning, and the log lines and masks that go with them. Every output
 * that carries plan text (addresses, messages naming them) has the plan's secrets scrubbed from the
 * plan-derived parts; the action's own words (rule ids, levels, messages) are never scrubbed.
 */
import * as core from '@actions/core'
import * as log from '../log.js'
import { OUTPUT } from '../../constants.js'
import { redactInstanceKeys, redactQuotedAddresses } from '../../analysis/instance-keys.js'
import { planSecrets, type PlanSecrets } from '../../analysis/plan-secrets.js'
import type { PlanAnalysis } from '../../analysis/types.js'
import { listViolations, type GateEvaluation } from '../../policy/evaluate-gate.js'
import type { PolicyFinding } from '../../policy/types.js'

/** Sets counts, has_changes, risk and risk_reasons from one analysis. */
export function setPlanOutputs(analysis: PlanAnalysis, planJsonPath: string): void {
  const { counts } = analysis
  const secrets = planSecrets(analysis.sensitiveValues)
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
        addresses: reason.addresses.map(address => redactInstanceKeys(address, secrets.scrub))
      }))
    )
  )
  core.setOutput(OUTPUT.planJson, planJsonPath)
}

/** Sets policy_violations, required_approvals and, with a cost estimate, the cost outputs. */
export function setPolicyOutputs(verdict: GateEvaluation, analysis: PlanAnalysis): void {
  const findings = scrubFindings(verdict.findings, analysis)
  core.setOutput(OUTPUT.policyViolations, JSON.stringify(listViolations(findings)))
  core.setOutput(OUTPUT.requiredApprovals, String(verdict.approvals.required))
  if (verdict.cost) {
    core.setOutput(OUTPUT.monthlyCostChange, verdict.cost.monthlyChange.toFixed(2))
    core.setOutput(OUTPUT.costCurrency, verdict.cost.currency)
  }
}

/**
 * Findings as outputs and log lines may show them: addresses redacted inside their instance keys, as
 * the reports show them (a plan that marks an address's text sensitive must not blank it here), also
 * where the message and remedy quote them; the rule's own words stay as written, whatever the plan marked.
 */
export function scrubFindings<T extends PolicyFinding>(
  findings: T[],
  analysis: PlanAnalysis | undefined
): T[] {
  if (!analysis || analysis.sensitiveValues.size === 0) return findings
  const secrets = planSecrets(analysis.sensitiveValues)
  return findings.map(finding => scrubFinding(finding, secrets))
}

function scrubFinding<T extends PolicyFinding>(finding: T, secrets: PlanSecrets): T {
  const scrubbed: T = {
    ...finding,
    addresses: finding.addresses.map(address => redactInstanceKeys(address, secrets.scrub)),
    message: redactQuotedAddresses(finding.message, finding.addresses, secrets.scrub)
  }
  if (finding.remedy !== undefined)
    scrubbed.remedy = redactQuotedAddresses(finding.remedy, finding.addresses, secrets.scrub)
  return scrubbed
}

/**
 * Installs the plan's scrubber in the log funnel, and registers the plan's secrets with the runner's
 * masking, a backstop should some future code path print one: each line of a multi-line secret and the whole (the runner masks line by line). Only
 * values that cannot be the action's own words are registered (see PlanSecrets.maskable): a plan
 * that marks "deployment" or an address sensitive must not blank the gate's messages. `avoid`:
 * further texts the action prints itself (environment, directory).
 */
export function registerSensitiveValues(analysis: PlanAnalysis, avoid: string[] = []): void {
  const printed = [
    ...avoid,
    ...analysis.destructiveAddresses,
    ...analysis.changes.map(change => change.address),
    ...analysis.drift.map(change => change.address)
  ]
  const secrets = planSecrets(analysis.sensitiveValues)
  for (const value of secrets.maskable(printed)) core.setSecret(value)
  // From now on every log line quoting text the action did not write is scrubbed (src/action/log.ts).
  log.setLogScrubber(secrets.scrub)
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
 * unmarked `output`), one line of a multi-line secret at a time. All of it is plan text, so all of
 * it is scrubbed.
 */
export async function logPlanOutput(planOutput: string | undefined, analysis: PlanAnalysis): Promise<void> {
  if (!planOutput) return
  const secrets = planSecrets(analysis.sensitiveValues)
  await log.group('terraform plan output', async () => log.info(secrets.scrub(planOutput)))
}
