/**
 * What post-deploy learns from the plan artifact: counts, risk and a rollback plan. Optional by
 * design: the record is complete without it, so every failure becomes a note instead of an error.
 * The artifact client is loaded only when there is an Actions runtime to talk to.
 */
import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { analysePlan } from '../../../analysis/analyse-plan.js'
import { deriveRollbackPlan } from '../../../analysis/rollback.js'
import { derivePulumiRollbackPlan } from '../../../analysis/pulumi-rollback.js'
import { choosePlanFormat } from '../../../plan/plan-format.js'
import { describeError } from '../../../errors.js'
import type { DeployedPlan } from '../../../render/index.js'
import { withPlanFile } from '../files.js'

export interface DeployedPlanLookup {
  artifactName: string
  hasActionsRuntime: boolean
  commitSha: string
  tempDir?: string
}

/** Returns the plan details, or a note saying why they are not available. */
export async function loadDeployedPlan(
  lookup: DeployedPlanLookup
): Promise<{ plan?: DeployedPlan; note?: string }> {
  if (!lookup.hasActionsRuntime) {
    return { note: 'not available: no Actions runtime (artifact service) in this process' }
  }
  try {
    const { downloadPlanArtifact } = await import('./plan-artifact.js')
    const { verifyManifestFiles, PLAN_ARTIFACT_FILES } = await import('./manifest.js')
    const destination = await mkdtemp(join(lookup.tempDir || tmpdir(), 'infra-guard-deployed-'))
    const { dir, manifest } = await downloadPlanArtifact({ name: lookup.artifactName, destination })
    verifyManifestFiles(manifest, dir)
    const plan: DeployedPlan = { counts: manifest.counts, risk: manifest.risk.level }
    if (manifest.files.some(file => file.name === PLAN_ARTIFACT_FILES.planJson)) {
      // The artifact holds what plan read: a Terraform plan or a Pulumi preview.
      const analysis = withPlanFile(join(dir, PLAN_ARTIFACT_FILES.planJson), source =>
        analysePlan(source, { format: choosePlanFormat(source, 'auto').format })
      )
      const derive = analysis.pulumi ? derivePulumiRollbackPlan : deriveRollbackPlan
      plan.rollback = derive(analysis, lookup.commitSha)
    }
    return { plan }
  } catch (error) {
    return { note: `not available: ${describeError(error)}` }
  }
}
