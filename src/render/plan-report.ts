/**
 * The plan report in its two forms: the job summary (up to GitHub's 1 MiB step-summary limit) and
 * the PR comment (up to 65,536 characters, found again by its hidden marker). Both carry the most
 * important facts first; when a form does not fit, essential sections are kept and the rest is cut
 * with a visible note pointing to where the whole report is.
 */
import { LIMIT } from '../constants.js'
import { derivePulumiRollbackPlan } from '../analysis/pulumi-rollback.js'
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
import { charLength, cutBetweenBlocks, fitSections, type Section, utf8Bytes } from './document.js'
import { buildChangeDetails, buildDestructive, buildDrift, buildStateChanges } from './sections-changes.js'
import {
  buildApprovals,
  buildCost,
  buildFooter,
  buildOutputs,
  buildRollback,
  safeUrl
} from './sections-extra.js'
import { buildCounts, buildGate, buildHeader, buildIntegrity, buildRisk } from './sections-overview.js'

/**
 * Every section of a plan report, in reading order, with the order in which they get space when the
 * report must be cut (`priority`): the risk reasons and the gate's findings (their address lists are
 * short), then every destroyed address, then the rollback warnings; the optional lists give way first.
 * A refresh-only plan (drift, no changes) shows its drift first.
 */
export function buildPlanSections(
  analysis: PlanAnalysis,
  context: ReportContext,
  kit: Kit,
  kind = 'plan'
): Section[] {
  const c = analysis.counts
  const driftOnly =
    analysis.driftCount > 0 && c.add + c.change + c.destroy + c.import + c.move + c.forget === 0
  const prioritised: [Section | undefined, number][] = [
    [buildHeader(kind, analysis, context, kit), 0],
    [buildIntegrity(analysis, kit), 1],
    [driftOnly ? buildDrift(analysis, kit, true) : undefined, 5],
    [buildRisk(analysis, kit), 2],
    [buildCounts(analysis.counts), 6],
    [context.verdict ? buildGate(context.verdict, context, kit) : undefined, 3],
    [buildDestructive(analysis, kit), 4],
    [buildApprovals(context, kit), 10],
    [buildCost(context), 11],
    [buildStateChanges(analysis, kit), 12],
    [buildRollback(deriveRollback(analysis, context.commitSha), kit), 7],
    [buildChangeDetails(analysis, kit), 13],
    [driftOnly ? undefined : buildDrift(analysis, kit, false), 14],
    [buildOutputs(analysis, kit), 15],
    [buildFooter(analysis, context, kit), 8]
  ]
  return prioritised
    .filter((entry): entry is [Section, number] => entry[0] !== undefined)
    .map(([section, priority]) => ({ ...section, priority }))
}

/** The rollback plan in the plan's own tool: Pulumi commands for a Pulumi preview, Terraform's otherwise. */
function deriveRollback(analysis: PlanAnalysis, commitSha: string | undefined) {
  return analysis.pulumi
    ? derivePulumiRollbackPlan(analysis, commitSha)
    : deriveRollbackPlan(analysis, commitSha)
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
      `> This report was shortened to fit ${limit}. Cut or left out: ${cut.map(title => kit.own(title)).join(', ')}.`,
      `> The full report is in ${where.join(' and ')}.`
    ].join('\n')
  }
}

/**
 * Fits the sections into `budget` (the prefix, the comment marker, included). Nothing is scrubbed
 * here: plan values were redacted where they were rendered, and the action's own words never are.
 */
export function fitReport(
  sections: Section[],
  budget: number,
  measure: (text: string) => number,
  note: (cut: string[]) => string,
  prefix = ''
): string {
  // The prefix (the comment marker) is the action's own text and must stay byte-exact to be found again.
  const target = budget - measure(prefix) - 1
  let text = prefix + fitSections(sections, { budget: target, measure, note })
  // Only when even the essential skeletons do not fit: cut between blocks and say so.
  if (measure(text) + 1 > budget)
    text = cutBetweenBlocks(text, budget - 64, measure) + '\n\n_… report cut at the size limit._'
  return text.endsWith('\n') ? text : `${text}\n`
}

function render(analysis: PlanAnalysis, context: ReportContext, profile: RenderProfile) {
  const kit = createKit(analysis.sensitiveValues, profile)
  return { kit, sections: buildPlanSections(analysis, context, kit) }
}

/** The job summary for `plan` mode: Markdown, at most LIMIT.summaryBytes bytes of UTF-8. */
export function renderPlanReport(analysis: PlanAnalysis, context: ReportContext): string {
  const { kit, sections } = render(analysis, context, SUMMARY_PROFILE)
  return fitReport(sections, LIMIT.summaryBytes, utf8Bytes, describeCut(context, 'summary', kit))
}

/**
 * The PR comment: the hidden `marker` on the first line, then the report, never longer than
 * LIMIT.commentChars - LIMIT.commentReserve characters.
 */
export function renderPlanComment(analysis: PlanAnalysis, context: ReportContext, marker: string): string {
  const { kit, sections } = render(analysis, context, COMMENT_PROFILE)
  const budget = LIMIT.commentChars - LIMIT.commentReserve
  return fitReport(sections, budget, charLength, describeCut(context, 'comment', kit), `${marker}\n`)
}
