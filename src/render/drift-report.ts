/**
 * The drift issue body and job summary: resources whose real state differs from the code
 * (`resource_changes`: what apply would do) and changes made outside Terraform (`resource_drift`).
 */
import type { DriftReport } from '../analysis/drift.js'
import type { ClassifiedChange, PlanAnalysis } from '../analysis/types.js'
import { LIMIT } from '../constants.js'
import { escapeMarkdown, escapeTableCell, inlineCode, truncateText } from './escape.js'
import { scrubSensitive } from './scrub.js'

/** Resources listed in full in an issue; the rest are counted. */
const RESOURCES_LISTED = 100
/** Attribute changes shown per resource. */
const ATTRIBUTES_LISTED = 10

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

/** The drift issue body (also the job summary). Sensitive strings are scrubbed as a last line of defence. */
export function renderDriftReport(
  report: DriftReport,
  analysis: PlanAnalysis,
  context: DriftContext
): string {
  const lines = [
    `## ${report.detected ? '⚠️ Drift detected' : '✅ No drift'}: ${inlineCode(context.directory)} (${inlineCode(context.environment)})`,
    '',
    report.detected
      ? `${report.driftedCount} resource(s) differ from the code. Plan: ${analysis.counts.add} to add, ${analysis.counts.change} to change, ${analysis.counts.destroy} to destroy.`
      : 'The infrastructure matches the code.',
    ''
  ]
  if (context.commit || context.runUrl) {
    const parts = [
      context.commit ? `commit ${inlineCode(context.commit.slice(0, 12))}` : '',
      context.runUrl ? escapeMarkdown(context.runUrl) : ''
    ]
    lines.push(`Checked at ${parts.filter(Boolean).join(', run ')}.`, '')
  }
  if (report.outsideTerraform.length > 0) {
    lines.push(
      '### Changed outside Terraform',
      '',
      'Terraform found these objects changed since the last apply (`resource_drift`):',
      ''
    )
    lines.push(...renderChanges(report.outsideTerraform))
  }
  if (report.codeDiffers.length > 0) {
    lines.push(
      '### Differs from the code',
      '',
      'Applying the code now would make these changes (`resource_changes`):',
      ''
    )
    lines.push(...renderChanges(report.codeDiffers))
  }
  if (analysis.omittedChanges > 0)
    lines.push(`…and ${analysis.omittedChanges} more change(s) counted but not listed.`, '')
  if (report.outputChanges > 0) lines.push(`${report.outputChanges} root output(s) would change.`, '')
  if (report.unreadable > 0) {
    lines.push(`**${report.unreadable} plan entr(ies) could not be read**; inspect the plan by hand:`, '')
    for (const entry of analysis.unreadable.slice(0, 20))
      lines.push(`- ${inlineCode(entry.address)}: ${escapeMarkdown(entry.problem)}`)
    lines.push('')
  }
  if (report.detected) {
    lines.push(
      '**What to do:** either apply the code to bring the infrastructure back (a reviewed `terraform plan` and `apply`), ' +
        'or change the code to accept the new reality (`terraform plan -refresh-only` shows what a refresh would record).',
      ''
    )
  }
  const text = scrubSensitive(lines.join('\n'), analysis.sensitiveValues)
  const limit = LIMIT.commentChars - LIMIT.commentReserve
  return text.length > limit
    ? `${text.slice(0, limit)}\n\n… (report cut to fit GitHub's limit; see the job summary)`
    : text
}

function renderChanges(changes: ClassifiedChange[]): string[] {
  const lines: string[] = []
  for (const change of changes.slice(0, RESOURCES_LISTED)) {
    lines.push(`<details><summary>${escapeMarkdown(`${change.kind}: ${change.address}`)}</summary>`, '')
    if (change.attributes.length === 0) {
      lines.push(change.kind === 'delete' ? 'The object no longer exists.' : 'The whole object changes.', '')
    } else {
      lines.push('| Attribute | Before | After |', '| --- | --- | --- |')
      for (const attribute of change.attributes.slice(0, ATTRIBUTES_LISTED)) {
        const path = `${attribute.path}${attribute.forcesReplacement ? ' (forces replacement)' : ''}`
        lines.push(
          `| ${inlineCode(path)} | ${escapeTableCell(truncateText(attribute.before, 200))} | ${escapeTableCell(truncateText(attribute.after, 200))} |`
        )
      }
      const more = change.attributes.length - ATTRIBUTES_LISTED + change.omittedAttributes
      if (more > 0) lines.push('', `…and ${more} more attribute(s).`)
      lines.push('')
    }
    lines.push('</details>', '')
  }
  if (changes.length > RESOURCES_LISTED)
    lines.push(`…and ${changes.length - RESOURCES_LISTED} more resource(s).`, '')
  return lines
}
