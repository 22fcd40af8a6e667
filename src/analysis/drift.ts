/**
 * What a drift check found, from the analysis of a `plan -detailed-exitcode` run: resources whose
 * real state differs from the code (`resource_changes`) and changes made outside Terraform
 * (`resource_drift`).
 */
import type { ClassifiedChange, PlanAnalysis } from './types.js'

export interface DriftReport {
  detected: boolean
  /** Distinct drifted addresses (both kinds), plus changes the analysis counted but did not keep. */
  driftedCount: number
  /** Changed outside Terraform (resource_drift). */
  outsideTerraform: ClassifiedChange[]
  /** What apply would change to make the infrastructure match the code (resource_changes). */
  codeDiffers: ClassifiedChange[]
  /** Root outputs that would change. */
  outputChanges: number
  /** Entries the analysis could not read: reported, and counted as drift (a check that cannot read must not say "none"). */
  unreadable: number
}

/**
 * Decides whether there is drift. Exit code 2 means the plan has changes; drift found by refresh
 * alone (exit code 0 with resource_drift entries) counts too.
 */
export function summarizeDrift(analysis: PlanAnalysis, planExitCode: number | undefined): DriftReport {
  const addresses = new Set<string>()
  for (const change of [...analysis.changes, ...analysis.drift]) addresses.add(change.address)
  const outputChanges = analysis.outputs.filter(output => output.kind !== 'no-op').length
  const unreadable = analysis.unreadable.length
  const detected =
    planExitCode === 2 ||
    analysis.hasChanges ||
    analysis.driftCount > 0 ||
    outputChanges > 0 ||
    unreadable > 0
  return {
    detected,
    driftedCount:
      addresses.size + analysis.omittedChanges + Math.max(0, analysis.driftCount - analysis.drift.length),
    outsideTerraform: analysis.drift,
    codeDiffers: analysis.changes,
    outputChanges,
    unreadable
  }
}
