/**
 * `safety-gate` mode: reads the plan (plan_json, plan_file or the plan artifact), applies the
 * environment's policy and fails the job when the verdict is deny. It fails closed: anything that
 * goes wrong before a verdict is reached is itself a denial with allowed=false.
 */
import * as core from '@actions/core'
import { join } from 'node:path'
import { OUTPUT } from '../../constants.js'
import { describeError, GateDeniedError, InputError } from '../../errors.js'
import type { ActionInputs } from '../inputs.js'
import type { PlanAnalysis } from '../../analysis/types.js'
import type { GateVerdict, PolicyFinding } from '../../policy/types.js'
import { resolveEnvironment, type ResolvedEnvironment } from '../../policy/environment.js'
import { renderGateLog, renderGateReport } from '../../render/index.js'
import { obtainPlan } from '../adapters/terraform/obtain-plan.js'
import {
  evaluatePlanFile,
  gateContext,
  prepareRun,
  reportContextFor,
  workspaceRelative,
  type RunSetup
} from './run-setup.js'
import { describeCounts, registerSensitiveValues, setPlanOutputs, setPolicyOutputs } from './plan-outputs.js'
import { writeJobSummary } from './job-summary.js'

/** Runs the gate. Sets `allowed` on every path, including failures. */
export async function runSafetyGate(inputs: ActionInputs): Promise<void> {
  let setup: RunSetup | undefined
  let analysis: PlanAnalysis | undefined
  let verdict: GateVerdict
  const notes: string[] = []
  try {
    setup = await prepareRun(inputs)
    const planJson = await core.group('Obtain plan', () => locatePlan(inputs, setup as RunSetup, notes))
    const evaluation = await core.group('Analyse plan and apply policy', async () =>
      evaluatePlanFile(
        planJson,
        setup as RunSetup,
        await gateContext(inputs, setup as RunSetup, { enforceApprovals: true })
      )
    )
    analysis = evaluation.analysis
    verdict = evaluation.verdict
    registerSensitiveValues(analysis)
    setPlanOutputs(analysis, planJson)
    setPolicyOutputs(evaluation.verdict)
    core.info(describeCounts(analysis))
  } catch (error) {
    verdict = failClosedVerdict(error, setup?.environment ?? resolveEnvironment(inputs.environmentRequest))
  }

  core.setOutput(OUTPUT.allowed, String(verdict.allowed))
  core.setOutput(OUTPUT.gateReasons, JSON.stringify(verdict.findings.map(publicFinding)))
  if (!setup) core.setOutput(OUTPUT.environment, verdict.environment)
  const context = setup
    ? reportContextFor(inputs, setup, verdict)
    : {
        environment: verdict.environment,
        workingDirectory: inputs.workingDirectory,
        dryRun: inputs.dryRun,
        verdict
      }
  await writeJobSummary(
    renderGateReport(verdict, analysis, { ...context, notes, verdict, dryRun: inputs.dryRun })
  )

  for (const finding of verdict.findings.filter(f => f.severity === 'warn')) {
    core.warning(`${finding.rule}: ${finding.message}`)
  }
  if (verdict.allowed) {
    core.info(`Gate: allowed in '${verdict.environment}'.`)
    return
  }
  const lines = renderGateLog(verdict, analysis?.sensitiveValues)
  if (inputs.dryRun) {
    core.warning(
      `dry_run: the gate denied this plan, but the step does not fail. Skip apply when allowed == 'false'.\n${lines.join('\n')}`
    )
    return
  }
  throw new GateDeniedError(lines.join('\n'))
}

/** plan_json or plan_file when given; otherwise the plan artifact of this run, verified. */
async function locatePlan(inputs: ActionInputs, setup: RunSetup, notes: string[]): Promise<string> {
  if (inputs.planJson || inputs.planFile) {
    const plan = await obtainPlan({ ...inputs, outputDir: setup.outputDir })
    core.info(`Plan JSON from ${plan.origin}${plan.binary ? ` (${plan.binary})` : ''}: ${plan.planJson}`)
    return plan.planJson
  }
  if (!inputs.context.hasActionsRuntime) {
    throw new InputError(
      "safety-gate needs a plan: set 'plan_json' or 'plan_file', or run it in GitHub Actions after a plan step that uploaded the artifact '" +
        inputs.artifactName +
        "'"
    )
  }
  const { downloadPlanArtifact } = await import('../adapters/artifact/plan-artifact.js')
  const { verifyManifest } = await import('../adapters/artifact/manifest.js')
  const downloaded = await downloadPlanArtifact({
    name: inputs.artifactName,
    destination: join(setup.outputDir, 'artifact')
  })
  const verification = await verifyManifest(
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
    core.warning(note)
  }
  core.info(
    `Plan artifact '${inputs.artifactName}' verified (sha256 of every file, commit, directory, environment)`
  )
  return join(downloaded.dir, 'plan.json')
}

/** Any error before a verdict is a denial that says what went wrong. */
function failClosedVerdict(error: unknown, environment: ResolvedEnvironment): GateVerdict {
  const finding: PolicyFinding = {
    rule: 'fail-closed',
    severity: 'deny',
    addresses: [],
    message: `The gate could not evaluate the plan, so it denies it: ${describeError(error)}`,
    remedy: 'Fix the problem above and re-run; the gate never allows a plan it could not fully read.'
  }
  // When the policy itself failed to load, the environment comes from the built-in rules: for the report only.
  return {
    allowed: false,
    environment: environment.name,
    protectedEnvironment: environment.protected,
    findings: [finding]
  }
}

function publicFinding(finding: PolicyFinding): Omit<PolicyFinding, 'remedy'> & { remedy?: string } {
  return {
    rule: finding.rule,
    severity: finding.severity,
    addresses: finding.addresses,
    message: finding.message,
    remedy: finding.remedy
  }
}
