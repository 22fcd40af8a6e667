/**
 * The rollback plan a report shows: the analysis' own derivation (src/analysis/rollback.ts), with
 * the commit placeholder filled in when the run knows its commit. Kept as a render-side entry point
 * because callers (post-deploy) want the commit-specific form.
 */
import type { PlanAnalysis, RollbackPlan } from '../analysis/types.js'
import { deriveRollbackPlan as deriveFromAnalysis } from '../analysis/rollback.js'

/** Commit SHAs are hex; anything else stays a placeholder rather than being pasted into a command. */
const COMMIT_SHA = /^[0-9a-f]{7,64}$/i

/** Derives the rollback plan and, when `commitSha` is a real SHA, puts it into the revert command. */
export function deriveRollbackPlan(analysis: PlanAnalysis, commitSha?: string): RollbackPlan {
  const plan = deriveFromAnalysis(analysis)
  if (!commitSha || !COMMIT_SHA.test(commitSha)) return plan
  return {
    ...plan,
    steps: plan.steps.map(step => ({
      ...step,
      commands: step.commands.map(command => command.replace('<COMMIT_SHA>', commitSha))
    }))
  }
}
