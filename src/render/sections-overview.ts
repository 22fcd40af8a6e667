/**
 * The sections a reviewer must see first: title with the verdict at a glance, plan integrity
 * warnings, risk with its reasons, the counts table and the safety gate's findings.
 */
import type { RiskLevel } from '../constants.js'
import type { PulumiPlanFacts } from '../analysis/pulumi-facts.js'
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

/** "Plan: 1 to import, 1 to add, 2 to change, 3 to destroy." exactly as Terraform words it. */
export function describePlanLine(counts: PlanCounts): string {
  const imports = counts.import > 0 ? `${counts.import} to import, ` : ''
  return `Plan: ${imports}${counts.add} to add, ${counts.change} to change, ${counts.destroy} to destroy.`
}

/** The tool that made the plan, for sentences that name it. */
export function toolName(analysis: PlanAnalysis): string {
  return analysis.pulumi ? 'Pulumi' : 'Terraform'
}

/** What the plan does besides Terraform's three numbers, for the headline: only what is there. */
function describeExtras(analysis: PlanAnalysis, kit: Kit): string[] {
  const extras: string[] = analysis.pulumi ? describePulumi(analysis.pulumi, kit) : []
  const failing = analysis.checks.length + analysis.omittedChecks
  if (failing > 0) extras.push(`⚠️ **${failing} check${failing === 1 ? '' : 's'} failing**`)
  if (analysis.counts.move > 0) extras.push(`${analysis.counts.move} moved`)
  if (analysis.counts.forget > 0) extras.push(`${analysis.counts.forget} forgotten (not destroyed)`)
  const reads = analysis.reads.filter(read => read.actionReason !== undefined).length
  if (reads > 0) extras.push(`${reads} data source${reads === 1 ? '' : 's'} read during apply`)
  if (analysis.driftCount > 0) extras.push(`🌪️ ${analysis.driftCount} changed outside ${toolName(analysis)}`)
  return extras
}

/** A Pulumi plan says which stack it is of, and what Pulumi itself will refuse or reported as errors. */
function describePulumi(pulumi: PulumiPlanFacts, kit: Kit): string[] {
  const what = pulumi.isPreview === false ? 'Pulumi operation (not a preview)' : 'Pulumi preview'
  const stacks = pulumi.stacks.length > 0 ? pulumi.stacks.map(stack => kit.code(stack)).join(', ') : 'unknown'
  const facts = [`${what} of stack ${stacks}`]
  if (pulumi.errorCount > 0)
    facts.push(`🛑 **${pulumi.errorCount} Pulumi error${pulumi.errorCount === 1 ? '' : 's'}**`)
  const protectedDestroys = pulumi.protectedDestroys.length + pulumi.omittedProtectedDestroys
  if (protectedDestroys > 0)
    facts.push(
      `🔒 **${protectedDestroys} protected resource${protectedDestroys === 1 ? '' : 's'} deleted or replaced** (Pulumi refuses this at apply)`
    )
  return facts
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
  if (analysis) facts.push(...describeExtras(analysis, kit))
  head.push(facts.join(' · '))
  // Run notes say when a check was relaxed on purpose (allow_stale_plan, overrides): reviewers must see it.
  for (const note of context.notes ?? []) head.push('', `> [!NOTE]\n> ${kit.text(note)}`)
  return { title: 'Header', essential: true, head, items: [], tail: [] }
}

/** Anything that makes the plan itself doubtful; the gate fails closed on all of it. */
export function buildIntegrity(analysis: PlanAnalysis, kit: Kit): Section | undefined {
  const lines: string[] = []
  if (analysis.errored)
    lines.push(
      `> [!CAUTION]\n> ${toolName(analysis)} reports that planning **errored**; this plan must not be applied.`
    )
  else if (!analysis.complete)
    lines.push(
      `> [!WARNING]\n> ${toolName(analysis)} reports this plan as **incomplete** (not every change is known).`
    )
  if (lines.length === 0 && analysis.unreadable.length === 0) return undefined
  const items = analysis.unreadable.map(
    entry => `- ${kit.address(entry.address)}: ${kit.text(entry.problem)}`
  )
  const head = [...lines]
  if (items.length > 0) {
    head.push(
      '',
      `**${items.length} entr${items.length === 1 ? 'y' : 'ies'} could not be understood** (the gate refuses the plan):`
    )
  }
  return { title: 'Plan integrity', essential: true, head, items, tail: [] }
}

/** Risk level first, then every reason with the addresses that caused it and what fired it. */
export function buildRisk(analysis: PlanAnalysis, kit: Kit): Section {
  const { level, reasons } = analysis.risk
  const head = [`### ${RISK_ICON[level]} Risk: ${level}`]
  if (reasons.length === 0) head.push('', 'No risk rule matched.')
  else head.push('')
  const items = reasons.map(reason => {
    const omitted = reason.omittedAddresses ?? 0
    const details = reason.details ?? []
    // Where the details name each address with what fired, the address list would only repeat them.
    const where =
      details.length === 0 && reason.addresses.length + omitted > 0
        ? `: ${kit.addresses(reason.addresses, kit.profile.addressesPerReason, omitted)}`
        : ''
    const lines = [
      `- ${RISK_ICON[reason.level]} **${reason.level}** ${kit.own(reason.description)} (${kit.code(reason.rule)})${where}`
    ]
    const limit = kit.profile.detailsPerReason
    for (const detail of details.slice(0, limit))
      lines.push(`  - ${kit.address(detail.address)}: ${kit.parts(detail.text)}`)
    const more = details.length - Math.min(limit, details.length) + (details.length > 0 ? omitted : 0)
    if (more > 0) lines.push(`  - … ${more} more`)
    return lines.join('\n')
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

/** Column titles of the counts table, in Terraform's order, then what makes the numbers up. */
const COUNT_COLUMNS: [keyof PlanCounts, string][] = [
  ['add', 'To add'],
  ['change', 'To change'],
  ['destroy', 'To destroy'],
  ['replace', 'Replace'],
  ['import', 'Import'],
  ['move', 'Move'],
  ['forget', 'Forget'],
  ['read', 'Data reads']
]

/**
 * The counts table, only when it says more than the headline (replacements, imports, moves, forgets,
 * reads), and only with the columns that are not zero, so it fits a phone.
 */
export function buildCounts(counts: PlanCounts): Section | undefined {
  const columns = COUNT_COLUMNS.filter(([key]) => counts[key] > 0)
  if (!columns.some(([key]) => key !== 'add' && key !== 'change' && key !== 'destroy')) return undefined
  return {
    title: 'Counts',
    essential: true,
    head: [
      `| ${columns.map(([, title]) => title).join(' | ')} |`,
      `| ${columns.map(() => '---:').join(' | ')} |`,
      `| ${columns.map(([key]) => counts[key]).join(' | ')} |`,
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
  // A rule that also warned or denied did not pass: it is listed with that finding only.
  const flagged = new Set(
    findings.filter(finding => finding.severity !== 'pass').map(finding => finding.rule)
  )
  const shown = findings.filter(finding => finding.severity !== 'pass' || !flagged.has(finding.rule))
  const quiet = shown.filter(finding => finding.severity === 'pass' && finding.addresses.length === 0)
  const items = shown.filter(finding => !quiet.includes(finding)).map(finding => renderFinding(finding, kit))
  const passed = [...new Set(quiet.map(finding => finding.rule))]
  if (passed.length > 0) {
    items.push(`- ${SEVERITY_ICON.pass} Passed: ${passed.map(rule => kit.code(rule)).join(', ')}`)
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
