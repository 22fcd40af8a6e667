/**
 * The plan report in its two forms: the job summary (up to GitHub's 1 MiB step-summary limit) and
 * the PR comment (up to 65,536 characters, found again by its hidden marker). Both carry the most
 * important facts first; when a form does not fit, essential sections are kept and the rest is cut
 * with a visible note pointing to where the whole report is.
 */
import { LIMIT } from '../constants.js'
import { deriveRollbackPlan } from '../analysis/rollback.js'
import type { PlanAnalysis } from '../analysis/types.js'
import {
  COMMENT_PROFILE,
  createKit,
  type Kit,
  type RenderProfile,
  type ReportContext,
  SUMMARY_PROFILE
} from './context.js'
import { charLength, fitSections, type Section, utf8Bytes } from './document.js'
import { scrubSensitive } from './scrub.js'
import { buildAttributes, buildDestructive, buildDrift, buildOtherChanges } from './sections-changes.js'
import {
  buildApprovals,
  buildCost,
  buildFooter,
  buildOutputs,
  buildRollback,
  safeUrl
} from './sections-extra.js'
import { buildCounts, buildGate, buildHeader, buildIntegrity, buildRisk } from './sections-overview.js'

/** Every section of a plan report, in reading order. */
export function buildPlanSections(
  analysis: PlanAnalysis,
  context: ReportContext,
  kit: Kit,
  kind = 'plan'
): Section[] {
  const sections: (Section | undefined)[] = [
    buildHeader(kind, analysis, context, kit),
    buildIntegrity(analysis, kit),
    buildRisk(analysis, kit),
    buildCounts(analysis.counts),
    context.verdict ? buildGate(context.verdict, context, kit) : undefined,
    buildDestructive(analysis, kit),
    buildApprovals(context, kit),
    buildCost(context),
    buildOtherChanges(analysis, kit),
    buildAttributes(analysis, kit),
    buildRollback(deriveRollbackPlan(analysis, context.commitSha), kit),
    buildDrift(analysis, kit),
    buildOutputs(analysis, kit),
    buildFooter(analysis, context, kit)
  ]
  return sections.filter((section): section is Section => section !== undefined)
}

/** The visible note for a cut report: what was cut and where the whole report is. */
export function describeCut(
  context: ReportContext,
  place: 'comment' | 'summary',
  kit: Kit
): (cut: string[]) => string {
  return cut => {
    const where: string[] = []
    const url = safeUrl(context.runUrl)
    if (place === 'comment') where.push(url ? `the [job summary](${url})` : 'the job summary of this run')
    where.push(
      context.artifactName ? `the plan artifact ${kit.code(context.artifactName)}` : 'the plan artifact'
    )
    const limit =
      place === 'comment' ? "GitHub's 65,536-character comment limit" : "GitHub's 1 MiB job summary limit"
    return [
      '> [!NOTE]',
      `> This report was shortened to fit ${limit}. Cut or left out: ${cut.map(title => kit.text(title)).join(', ')}.`,
      `> The full report is in ${where.join(' and ')}.`
    ].join('\n')
  }
}

/**
 * Fits, scrubs, and checks the result. Scrubbing can lengthen text (a short secret becomes
 * "(sensitive)"), so an overflow after scrubbing refits with a smaller budget.
 */
export function fitAndScrub(
  sections: Section[],
  budget: number,
  measure: (text: string) => number,
  note: (cut: string[]) => string,
  sensitive: Set<string>,
  prefix = ''
): string {
  let target = budget - measure(prefix)
  for (let attempt = 0; attempt < 4; attempt++) {
    // The prefix (the comment marker) is the action's own text and must stay byte-exact to be found again.
    const text = prefix + scrubSensitive(fitSections(sections, { budget: target, measure, note }), sensitive)
    const overflow = measure(text) - budget
    if (overflow <= 0) return text.endsWith('\n') ? text : `${text}\n`
    target -= overflow + 256
  }
  // Unreachable in practice; still never exceed the limit: cut at a line boundary and say so.
  const text = prefix + scrubSensitive(fitSections(sections, { budget: target, measure, note }), sensitive)
  const lines: string[] = []
  let size = 0
  for (const line of text.split('\n')) {
    size += measure(line) + 1
    if (size > budget - 200) break
    lines.push(line)
  }
  return `${lines.join('\n')}\n\n_… report cut at the size limit._\n`
}

function render(analysis: PlanAnalysis, context: ReportContext, profile: RenderProfile) {
  const kit = createKit(analysis.sensitiveValues, profile)
  return { kit, sections: buildPlanSections(analysis, context, kit) }
}

/** The job summary for `plan` mode: Markdown, at most LIMIT.summaryBytes bytes of UTF-8. */
export function renderPlanReport(analysis: PlanAnalysis, context: ReportContext): string {
  const { kit, sections } = render(analysis, context, SUMMARY_PROFILE)
  return fitAndScrub(
    sections,
    LIMIT.summaryBytes,
    utf8Bytes,
    describeCut(context, 'summary', kit),
    analysis.sensitiveValues
  )
}

/**
 * The PR comment: the hidden `marker` on the first line, then the report, never longer than
 * LIMIT.commentChars - LIMIT.commentReserve characters.
 */
export function renderPlanComment(analysis: PlanAnalysis, context: ReportContext, marker: string): string {
  const { kit, sections } = render(analysis, context, COMMENT_PROFILE)
  const budget = LIMIT.commentChars - LIMIT.commentReserve
  return fitAndScrub(
    sections,
    budget,
    charLength,
    describeCut(context, 'comment', kit),
    analysis.sensitiveValues,
    `${marker}\n`
  )
}
