/**
 * The changeSummary cross-check. Counts come from the steps, never from `changeSummary`: a step
 * that fails (a protected delete) is listed but not counted there, and `same` is counted there even
 * when hidden. The reverse cannot happen in Pulumi's own output: every counted create, update,
 * delete, replace and import is a listed step (refreshes are counted under their result, update or
 * delete). So a summary that counts more of these than the steps list means steps are missing from
 * the document (edited, trimmed, or from another run), and an op this version does not know, counted
 * there, is a step it could not read. Either becomes an entry the analysis cannot read: a denial.
 */
import { buildDocumentProblem } from './entries.js'
import type { PulumiResourceChange } from './types.js'

/** Ops whose summary count cannot exceed the number of listed steps. */
const CHECKED_OPS = ['create', 'update', 'delete', 'replace', 'import'] as const

/** Problem entries for every count the steps do not account for (none for a consistent document). */
export function checkSummary(
  summary: Record<string, number>,
  stepOps: ReadonlyMap<string, number>,
  knownOps: ReadonlySet<string>
): PulumiResourceChange[] {
  const problems: PulumiResourceChange[] = []
  const listed = (op: string): number => stepOps.get(op) ?? 0
  let refreshes = listed('refresh')
  for (const op of CHECKED_OPS) {
    const counted = Object.hasOwn(summary, op) ? summary[op] : 0
    let missing = counted - listed(op)
    if ((op === 'update' || op === 'delete') && missing > 0) {
      const covered = Math.min(missing, refreshes)
      refreshes -= covered
      missing -= covered
    }
    if (missing > 0) {
      problems.push(
        problemEntry(
          op,
          `changeSummary counts ${counted} ${op} but ${counted - missing} ${op} step(s) are listed: ${missing} step(s) are missing from the document. Gate the unedited output of one preview.`
        )
      )
    }
  }
  for (const [op, count] of Object.entries(summary)) {
    if (knownOps.has(op) || count === 0) continue
    problems.push(
      problemEntry(
        op,
        `changeSummary counts ${count} step(s) with op '${op.slice(0, 80)}', which infra-guard does not know`
      )
    )
  }
  return problems
}

function problemEntry(op: string, problem: string): PulumiResourceChange {
  return buildDocumentProblem(
    `changeSummary.${op.slice(0, 80)}`,
    'pulumi:changeSummary',
    problem,
    problem,
    'changeSummary'
  )
}
