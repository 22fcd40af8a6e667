/**
 * The sections a reviewer must see first: title with the verdict at a glance, plan integrity
 * warnings, risk with its reasons, the counts table and the safety gate's findings.
 */
import type { RiskLevel } from '../constants.js'
import type { PlanAnalysis, PlanCounts } from '../analysis/types.js'
import type { GateVerdict, PolicyFinding, Severity } from '../policy/types.js'
import type { Kit, ReportContext } from './context.js'
import type { Section } from './document.js'

const RISK_ICON: Record<RiskLevel, string> = {
  none: '⚪',
  low: '🟢',
  medium: '🟡',
  high: '🟠',
  critical: '🔴'
}

const SEVERITY_ICON: Record<Severity, string> = { deny: '❌', warn: '⚠️', pass: '✅' }

/** "Plan: 1 to add, 2 to change, 3 to destroy." exactly as Terraform words it. */
function describePlanLine(counts: PlanCounts): string {
  return `Plan: ${counts.add} to add, ${counts.change} to change, ${counts.destroy} to destroy.`
}

/** One line for the gate's decision, honest about dry runs. */
function describeVerdict(verdict: GateVerdict, dryRun: boolean | undefined, preview = false): string {
  if (preview) return verdict.allowed ? '✅ **Gate preview: would allow**' : '❌ **Gate preview: would deny**'
  if (verdict.allowed) return '✅ **Gate: allowed**'
  const suffix = dryRun
    ? ' (dry run: the step does not fail; apply must be skipped on `allowed == false`)'
    : ''
  return `❌ **Gate: denied**${suffix}`
}

/** Title plus the one-line verdict: risk, Terraform's plan line, gate decision. */
export function buildHeader(
  kind: string,
  analysis: PlanAnalysis | undefined,
  context: ReportContext,
  kit: Kit
): Section {
  const head = [
    `## infra-guard ${kind}: ${kit.code(context.workingDirectory)} → ${kit.code(context.environment)}`,
    ''
  ]
  const facts: string[] = []
  if (analysis) {
    const level = analysis.risk.level
    facts.push(
      `${RISK_ICON[level]} **Risk: ${level.toUpperCase()}**`,
      `**${describePlanLine(analysis.counts)}**`
    )
  } else {
    // No analysis: the plan, the policy or an input stopped the gate before it could decide.
    facts.push('🛑 **The gate could not evaluate this plan**')
  }
  if (context.verdict) facts.push(describeVerdict(context.verdict, context.dryRun, context.gatePreview))
  head.push(facts.join(' · '))
  // Run notes say when a check was relaxed on purpose (allow_stale_plan, overrides): reviewers must see it.
  for (const note of context.notes ?? []) head.push('', `> [!NOTE]\n> ${kit.text(note)}`)
  return { title: 'Header', essential: true, head, items: [], tail: [] }
}

/** Anything that makes the plan itself doubtful; the gate fails closed on all of it. */
export function buildIntegrity(analysis: PlanAnalysis, kit: Kit): Section | undefined {
  const lines: string[] = []
  if (analysis.errored)
    lines.push('> [!CAUTION]\n> Terraform reports that planning **errored**; this plan must not be applied.')
  else if (!analysis.complete)
    lines.push('> [!WARNING]\n> Terraform reports this plan as **incomplete** (not every change is known).')
  if (lines.length === 0 && analysis.unreadable.length === 0) return undefined
  const items = analysis.unreadable.map(entry => `- ${kit.code(entry.address)}: ${kit.text(entry.problem)}`)
  const head = [...lines]
  if (items.length > 0) {
    head.push(
      '',
      `**${items.length} entr${items.length === 1 ? 'y' : 'ies'} could not be understood** (the gate refuses the plan):`
    )
  }
  return { title: 'Plan integrity', essential: true, head, items, tail: [] }
}

/** Risk level first, then every reason with the addresses that caused it. */
export function buildRisk(analysis: PlanAnalysis, kit: Kit): Section {
  const { level, reasons } = analysis.risk
  const head = [`### ${RISK_ICON[level]} Risk: ${level}`]
  if (reasons.length === 0) head.push('', 'No risk rule matched.')
  else head.push('')
  const items = reasons.map(reason => {
    const omitted = reason.omittedAddresses ?? 0
    const where =
      reason.addresses.length + omitted > 0
        ? `: ${kit.addresses(reason.addresses, kit.profile.addressesPerReason, omitted)}`
        : ''
    return `- ${RISK_ICON[reason.level]} **${reason.level}** ${kit.text(reason.description)} (${kit.code(reason.rule)})${where}`
  })
  return {
    title: 'Risk reasons',
    essential: true,
    head,
    items,
    tail: [],
    more: n => `- … ${n} more reason(s)`
  }
}

/** The counts table: Terraform's three numbers, then what makes them up, and data reads apart. */
export function buildCounts(counts: PlanCounts): Section {
  return {
    title: 'Counts',
    essential: true,
    head: [
      '| To add | To change | To destroy | Replace | Import | Move | Forget | No-op | Data reads |',
      '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
      `| ${counts.add} | ${counts.change} | ${counts.destroy} | ${counts.replace} | ${counts.import} | ${counts.move} | ${counts.forget} | ${counts.noop} | ${counts.read} |`,
      '',
      '_To add_ counts creates and replacements, _to destroy_ deletes and replacements, as Terraform does; data-source reads are never changes.'
    ],
    items: [],
    tail: []
  }
}

/** The non-empty lines of a finding's message; never an empty list. */
export function messageLines(message: string): string[] {
  const lines = message.split(/\r?\n/).filter(line => line.trim() !== '')
  return lines.length > 0 ? lines : [message]
}

function renderFinding(finding: PolicyFinding, kit: Kit): string {
  const [first, ...more] = messageLines(finding.message)
  const lines = [
    `- ${SEVERITY_ICON[finding.severity]} **${finding.severity}** ${kit.code(finding.rule)}: ${kit.text(first)}`,
    ...more.map(line => `  - ${kit.text(line.trim().replace(/^[-*]\s+/, ''))}`)
  ]
  if (finding.addresses.length > 0) {
    lines.push(`  - Addresses: ${kit.addresses(finding.addresses, kit.profile.addressesPerFinding)}`)
  }
  if (finding.remedy) lines.push(`  - How to proceed: ${kit.text(finding.remedy)}`)
  return lines.join('\n')
}

/** The gate's decision with denials first, then warnings, then passes. */
export function buildGate(verdict: GateVerdict, context: ReportContext, kit: Kit): Section {
  const order: Severity[] = ['deny', 'warn', 'pass']
  const findings = [...verdict.findings].sort((a, b) => order.indexOf(a.severity) - order.indexOf(b.severity))
  const protection = verdict.protectedEnvironment ? 'protected' : 'not protected'
  const head = [
    context.gatePreview
      ? `### Safety gate preview: ${verdict.allowed ? '✅ would allow' : '❌ would deny'} in this environment`
      : `### Safety gate: ${verdict.allowed ? '✅ allowed' : '❌ denied'}`,
    '',
    `Environment ${kit.code(verdict.environment)} (${protection}).`
  ]
  if (!verdict.allowed && context.dryRun) {
    head.push(
      '',
      '**Dry run**: the verdict is _denied_ but this step does not fail. The workflow must skip apply when `allowed` is `false`.'
    )
  }
  if (findings.length > 0) head.push('')
  // Passed checks that found nothing need no paragraph each: one line lists them, so denials and
  // warnings stay what a reviewer reads.
  const quiet = findings.filter(finding => finding.severity === 'pass' && finding.addresses.length === 0)
  const items = findings
    .filter(finding => !quiet.includes(finding))
    .map(finding => renderFinding(finding, kit))
  if (quiet.length > 0) {
    items.push(`- ${SEVERITY_ICON.pass} Passed: ${quiet.map(finding => kit.code(finding.rule)).join(', ')}`)
  }
  return {
    title: 'Safety gate findings',
    essential: true,
    head,
    items,
    tail: [],
    more: n => `- … ${n} more finding(s); see the job summary`
  }
}
