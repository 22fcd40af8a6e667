/**
 * The safety-gate's plan artifact: downloaded, checked against its manifest (sha256 of every file,
 * commit, working directory, environment), and tied to the plan apply will use. When the artifact
 * holds the binary plan (plan.tfplan), the gate judges `terraform show -json` of that very file, and
 * refuses an artifact whose plan.json describes other changes; an artifact of plan JSON alone is
 * judged on that JSON. Either way the manifest's counts and risk must be what the gate's own
 * analysis finds. Anything that does not hold is an ArtifactError, so the gate denies.
 */
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { planSecrets } from '../../analysis/plan-secrets.js'
import type { PlanAnalysis } from '../../analysis/types.js'
import { ArtifactError, describeError } from '../../errors.js'
import type { PlanManifest } from '../adapters/artifact/manifest.js'
import { writeRedactedPlan } from '../adapters/artifact/redacted-plan.js'
import { withPlanFile } from '../adapters/files.js'
import { resolveTerraformBinary } from '../adapters/terraform/cli.js'
import { showPlanJson } from '../adapters/terraform/obtain-plan.js'
import type { ActionInputs } from '../inputs.js'
import * as log from '../log.js'
import { createPlanDigester, describeDigestDifference, type PlanDigest } from '../../plan/plan-digest.js'
import { readPlan } from '../../plan/plan-reader.js'
import type { PlanVisitor } from '../../plan/model.js'
import { workspaceRelative, type RunSetup } from './run-setup.js'

const PLAN_JSON = 'plan.json'
const PLAN_BINARY = 'plan.tfplan'

/** The plan to judge from a verified artifact, and what to check once it has been analysed. */
export interface ArtifactPlan {
  /** The plan JSON the gate judges: show -json of the binary plan, or the artifact's plan.json. */
  planJson: string
  /** The verified binary plan apply must use (absolute), when the artifact has one. */
  planFile?: string
  /** Visitors to read along with the judged plan. */
  visitors: PlanVisitor[]
  /** After the judged plan was read with `visitors`: throws ArtifactError unless the artifact agrees. */
  check(analysis: PlanAnalysis): void
}

/** Downloads and verifies the artifact; returns the plan to judge. */
export async function obtainArtifactPlan(
  inputs: ActionInputs,
  setup: RunSetup,
  notes: string[]
): Promise<ArtifactPlan> {
  const { downloadPlanArtifact } = await import('../adapters/artifact/plan-artifact.js')
  const { verifyManifest } = await import('../adapters/artifact/manifest.js')
  const downloaded = await downloadPlanArtifact({
    name: inputs.artifactName,
    destination: join(setup.outputDir, 'artifact')
  })
  const verification = verifyManifest(
    downloaded.manifest,
    downloaded.dir,
    {
      commitSha: inputs.context.sha,
      workingDirectory: workspaceRelative(inputs),
      environment: setup.environment.name
    },
    { allowStalePlan: inputs.allowStalePlan }
  )
  if (verification.staleRelaxed) {
    const note = `allow_stale_plan: the commit check was relaxed. The plan artifact was made for commit ${downloaded.manifest.commitSha}, this run is ${inputs.context.sha}; every other integrity check still applied.`
    notes.push(note)
    log.warning(note)
  }
  log.info(
    log.own`Plan artifact '${inputs.artifactName}' verified (sha256 of every file, commit, directory, environment)`
  )
  const listed = new Set(downloaded.manifest.files.map(file => file.name))
  const artifactJson = listed.has(PLAN_JSON) ? join(downloaded.dir, PLAN_JSON) : undefined
  const manifest = downloaded.manifest
  if (!listed.has(PLAN_BINARY)) {
    if (!artifactJson) {
      throw new ArtifactError(
        `The plan artifact '${inputs.artifactName}' holds neither ${PLAN_BINARY} nor ${PLAN_JSON}, so there is no plan to judge. Re-run the plan job`
      )
    }
    log.info(
      log.own`The artifact holds plan JSON only (the plan job had no binary plan): judging ${PLAN_JSON}`
    )
    return {
      planJson: artifactJson,
      visitors: [],
      check: analysis => checkManifestClaims(manifest, analysis)
    }
  }
  const planFile = join(downloaded.dir, PLAN_BINARY)
  const shown = join(setup.outputDir, 'plan-from-binary.json')
  await showBinaryPlan(inputs, planFile, shown)
  log.info(log.own`Judging ${PLAN_BINARY}, the plan apply uses, through terraform show -json`)
  return {
    planJson: shown,
    planFile,
    visitors: [],
    check: analysis => {
      // The artifact's plan.json has the plan's secrets replaced (addresses built from one included):
      // it is compared with the judged plan redacted the same way, which only this analysis can do.
      if (artifactJson) {
        const redacted = join(setup.outputDir, 'plan-from-binary.redacted.json')
        writeRedactedPlan(shown, redacted, planSecrets(analysis.sensitiveValues))
        compareWithArtifactJson(artifactJson, digestOf(redacted))
      }
      checkManifestClaims(manifest, analysis)
    }
  }
}

/** `terraform show -json` on the downloaded binary plan; a plan terraform cannot read is not judged. */
async function showBinaryPlan(inputs: ActionInputs, planFile: string, out: string): Promise<void> {
  if (!existsSync(inputs.workingDirectory)) {
    throw new ArtifactError(
      `The plan artifact holds a binary plan, which the gate reads with terraform show in working_directory '${inputs.workingDirectory}'; that folder does not exist. Check out the repository before the gate`
    )
  }
  try {
    await showPlanJson(resolveTerraformBinary(inputs.terraformBinary), planFile, inputs.workingDirectory, out)
  } catch (error) {
    throw new ArtifactError(
      `The plan artifact holds ${PLAN_BINARY}, the plan apply would use, but terraform show could not read it, so the gate cannot see what it would do: ${describeError(error)}. Install the same Terraform version as the plan job and run terraform init in working_directory before the gate`
    )
  }
}

/** The artifact's plan.json must describe the same changes as the binary plan. */
function compareWithArtifactJson(artifactJson: string, judged: PlanDigest): void {
  const difference = describeDigestDifference(judged, digestOf(artifactJson), [PLAN_BINARY, PLAN_JSON])
  if (difference) {
    throw new ArtifactError(
      `The plan artifact's ${PLAN_JSON} does not describe the plan in ${PLAN_BINARY} (${difference}). The binary plan is what apply would use; an artifact whose parts disagree was not made by one plan job, so it is refused. Re-run the plan job`
    )
  }
}

/** The digest of a plan JSON file. */
function digestOf(path: string): PlanDigest {
  const digester = createPlanDigester()
  withPlanFile(path, source => readPlan(source, digester.visitor))
  return digester.finish()
}

/** The manifest's counts and risk must be what the gate's own analysis of the judged plan finds. */
function checkManifestClaims(manifest: PlanManifest, analysis: PlanAnalysis): void {
  const differences: string[] = []
  for (const [key, value] of Object.entries(analysis.counts) as [keyof PlanAnalysis['counts'], number][]) {
    if (manifest.counts[key] !== value)
      differences.push(`${key}: manifest ${manifest.counts[key]}, plan ${value}`)
  }
  if (manifest.risk.level !== analysis.risk.level) {
    differences.push(`risk: manifest ${manifest.risk.level}, plan ${analysis.risk.level}`)
  }
  if (differences.length > 0) {
    throw new ArtifactError(
      `The plan artifact's manifest.json does not match the plan it came with (${differences.join('; ')}). The manifest was not written for this plan, so the artifact is refused. Re-run the plan job (with allow_stale_plan, a policy that changed between the two commits can change the risk)`
    )
  }
}
