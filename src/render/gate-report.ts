/**
 * The safety gate's outputs for humans: the job summary (verdict first, then the plan report) and
 * the plain log lines (deny message first, then the addresses, then how to proceed).
 */
import { LIMIT } from '../constants.js'
import { planSecrets, type PlanSecrets } from '../analysis/plan-secrets.js'
import type { PlanAnalysis } from '../analysis/types.js'
import type { GateVerdict, PolicyFinding } from '../policy/types.js'
import { createKit, type ReportContext, SUMMARY_PROFILE } from './context.js'
import { utf8Bytes } from './document.js'
import { escapeLogLine } from './escape.js'
import { redactInstanceKeys, redactQuotedAddresses } from '../analysis/instance-keys.js'
import { buildPlanSections, describeCut, fitReport } from './plan-report.js'
import { buildFooter } from './sections-extra.js'
import { buildGate, buildHeader, messageLines } from './sections-overview.js'

/**
 * The safety-gate job summary. `analysis` is undefined when the plan could not be read: the report
 * then shows the verdict and its findings (which say why) and nothing that would need the plan.
 */
export function renderGateReport(
  verdict: GateVerdict,
  analysis: PlanAnalysis | undefined,
  context: ReportContext
): string {
  const withVerdict: ReportContext = { ...context, verdict }
  const sensitive = analysis?.sensitiveValues ?? new Set<string>()
  const kit = createKit(sensitive, SUMMARY_PROFILE)
  const sections = analysis
    ? buildPlanSections(analysis, withVerdict, kit, 'safety gate')
    : [
        buildHeader('safety gate', undefined, withVerdict, kit),
        buildGate(verdict, withVerdict, kit),
        buildFooter(undefined, withVerdict, kit)
      ]
  return fitReport(sections, LIMIT.summaryBytes, utf8Bytes, describeCut(withVerdict, 'summary', kit))
}

/**
 * An address as the log shows it: secrets redacted inside its instance keys only. Resource types and
 * names are identifiers from the configuration, so a destroyed address is always named, even when a
 * plan marks its text sensitive.
 */
function redactAddress(address: string, secrets: PlanSecrets): string {
  return redactInstanceKeys(address, secrets.scrub)
}

/**
 * Log lines for one finding: its message, its addresses one per line, and the remedy. Only what the
 * plan wrote is redacted (the instance keys of addresses, also where the message quotes them); the
 * rule's own words never are, whatever the plan marked sensitive.
 */
function describeFinding(finding: PolicyFinding, label: string, secrets: PlanSecrets): string[] {
  // A message may carry several lines (a policy file with several problems): each becomes its own
  // log line, so escaping cannot fold them into one line full of literal "\n".
  const lines = messageLines(redactQuotedAddresses(finding.message, finding.addresses, secrets.scrub))
  if (finding.addresses.length > 0) {
    const shown = finding.addresses.slice(0, LIMIT.destructiveAddresses)
    lines.push(
      `${label} (${finding.addresses.length}):`,
      ...shown.map(address => `  - ${redactAddress(address, secrets)}`)
    )
    if (finding.addresses.length > shown.length)
      lines.push(`  - … ${finding.addresses.length - shown.length} more`)
  }
  if (finding.remedy)
    lines.push(`How to proceed: ${redactQuotedAddresses(finding.remedy, finding.addresses, secrets.scrub)}`)
  return lines
}

/**
 * Plain lines for the step log. When denied the first line is the first denial's message (for the
 * destroy guard it starts with PROD_DESTROY_MESSAGE, so `::error::` + line 1 is the familiar error),
 * followed by its addresses and how to proceed, then any further denials and warnings. Every line
 * is inert for the runner (no line breaks, no workflow commands). Sensitive values are redacted only
 * where the plan put them, inside the instance keys of addresses: the gate's own words never change.
 */
export function renderGateLog(verdict: GateVerdict, sensitiveValues: Iterable<string> = []): string[] {
  const secrets = planSecrets(sensitiveValues)
  const denials = verdict.findings.filter(finding => finding.severity === 'deny')
  const warnings = verdict.findings.filter(finding => finding.severity === 'warn')
  const lines: string[] = []
  if (denials.length === 0 && !verdict.allowed) {
    // A denied verdict without a deny finding would be a bug upstream; say it rather than print nothing.
    lines.push(
      `Safety gate denied the plan for '${verdict.environment}' without a stated reason; treating it as a denial.`
    )
  }
  denials.forEach((finding, index) => {
    lines.push(...describeFinding(finding, 'Addresses', secrets))
    if (index < denials.length - 1 || warnings.length > 0) lines.push('')
  })
  if (verdict.allowed) {
    const protection = verdict.protectedEnvironment ? 'protected' : 'not protected'
    lines.push(`Safety gate: allowed for environment '${verdict.environment}' (${protection}).`)
  }
  for (const finding of warnings) {
    const [message, ...rest] = describeFinding(finding, 'Addresses', secrets)
    lines.push(`Warning: ${message}`, ...rest)
  }
  return lines.map(escapeLogLine)
}
