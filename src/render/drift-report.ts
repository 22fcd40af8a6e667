/**
 * The drift issue body and job summary: changes made outside Terraform (`resource_drift`) first,
 * then what applying the code would change now (`resource_changes`), each resource with its diff.
 * Built from sections like the plan report, so a cut falls between whole blocks (never inside an
 * open `<details>` or a character reference) and says what was left out.
 */
import type { DriftReport } from '../analysis/drift.js'
import type { ClassifiedChange, PlanAnalysis } from '../analysis/types.js'
import { LIMIT } from '../constants.js'
import { createKit, type Kit, SUMMARY_PROFILE } from './context.js'
import { charLength, type Section } from './document.js'
import { fitReport } from './plan-report.js'
import { resourceBlock } from './resource-block.js'
import { safeUrl } from './sections-extra.js'
import { describePlanLine } from './sections-overview.js'

/** Unreadable entries listed; the rest are counted. */
const UNREADABLE_LISTED = 20

export interface DriftContext {
  directory: string
  environment: string
  commit?: string
  runUrl?: string
}

/** Issue title: one issue per root module and environment. */
export function driftIssueTitle(context: DriftContext): string {
  return `Infrastructure drift: ${context.directory} (${context.environment})`
}

/**
 * The drift issue body (also the job summary), at most GitHub's comment limit minus the room kept for
 * the issue's marker. Plan values are redacted where they are rendered.
 */
export function renderDriftReport(
  report: DriftReport,
  analysis: PlanAnalysis,
  context: DriftContext
): string {
  const kit = createKit(analysis.sensitiveValues, SUMMARY_PROFILE)
  const sections: Section[] = [header(report, analysis, context, kit)]
  if (report.unreadable > 0) sections.push(unreadable(report, analysis, kit))
  if (report.outsideTerraform.length > 0 || analysis.driftCount > analysis.drift.length) {
    sections.push(
      changeList(
        'Changed outside Terraform',
        [
          '### Changed outside Terraform',
          '',
          'Terraform found these objects changed since the last apply (`resource_drift`):',
          ''
        ],
        report.outsideTerraform,
        analysis.driftCount - analysis.drift.length,
        true,
        kit
      )
    )
  }
  if (report.codeDiffers.length > 0 || analysis.omittedChanges > 0) {
    sections.push(
      changeList(
        'Differs from the code',
        [
          '### Differs from the code',
          '',
          'Applying the code now would make these changes (`resource_changes`):',
          ''
        ],
        report.codeDiffers,
        analysis.omittedChanges,
        false,
        kit
      )
    )
  }
  const what = advice(report)
  if (what.head.length > 0) sections.push(what)
  const limit = LIMIT.commentChars - LIMIT.commentReserve
  return fitReport(sections, limit, charLength, cut =>
    [
      '> [!NOTE]',
      `> This report was shortened to fit GitHub's 65,536-character limit. Cut: ${cut.map(title => kit.own(title)).join(', ')}. The full plan is in the drift run's log.`
    ].join('\n')
  )
}

function header(report: DriftReport, analysis: PlanAnalysis, context: DriftContext, kit: Kit): Section {
  const head = [
    `## ${report.detected ? '⚠️ Drift detected' : '✅ No drift'}: ${kit.code(context.directory)} (${kit.code(context.environment)})`,
    '',
    report.detected
      ? `${report.driftedCount} resource(s) differ from the code. ${describePlanLine(analysis.counts)}`
      : 'The infrastructure matches the code.'
  ]
  const url = safeUrl(context.runUrl)
  if (context.commit || url) {
    const parts = [
      context.commit ? `commit ${kit.code(context.commit.slice(0, 12))}` : '',
      url ? `[the drift run](${url})` : ''
    ].filter(Boolean)
    head.push('', `Checked at ${parts.join(', in ')}.`)
  }
  return { title: 'Header', essential: true, head, items: [], tail: [], priority: 0 }
}

function unreadable(report: DriftReport, analysis: PlanAnalysis, kit: Kit): Section {
  return {
    title: 'Unreadable entries',
    essential: true,
    head: [`**${report.unreadable} plan entr(ies) could not be read**; inspect the plan by hand:`, ''],
    items: analysis.unreadable
      .slice(0, UNREADABLE_LISTED)
      .map(entry => `- ${kit.address(entry.address)}: ${kit.text(entry.problem)}`),
    tail: [],
    alsoOmitted: Math.max(0, analysis.unreadable.length - UNREADABLE_LISTED),
    priority: 1
  }
}

function changeList(
  title: string,
  head: string[],
  changes: ClassifiedChange[],
  omitted: number,
  outside: boolean,
  kit: Kit
): Section {
  return {
    title,
    essential: true,
    head,
    items: changes.map(
      change =>
        resourceBlock(change, kit, { diff: change.diff, outside }) ?? `- ${kit.address(change.address)}`
    ),
    tail: [],
    alsoOmitted: omitted,
    more: n => `- … ${n} more resource(s) not shown here`,
    priority: outside ? 2 : 3
  }
}

function advice(report: DriftReport): Section {
  const head: string[] = []
  if (report.outputChanges > 0) head.push(`${report.outputChanges} root output(s) would change.`, '')
  if (report.detected) {
    head.push(
      '**What to do:** either apply the code to bring the infrastructure back (a reviewed `terraform plan` and `apply`), ' +
        'or change the code to accept the new reality (`terraform plan -refresh-only` shows what a refresh would record).'
    )
  }
  return { title: 'What to do', essential: true, head, items: [], tail: [], priority: 4 }
}
