/**
 * `safety-gate` mode: reads the plan (plan_json, plan_file or the plan artifact), applies the
 * environment's policy and fails the job when the verdict is deny. It fails closed: anything that
 * goes wrong before a verdict is reached is itself a denial with allowed=false.
 */
import * as core from '@actions/core'
import * as log from '../log.js'
import { OUTPUT } from '../../constants.js'
import { describeError, GateDeniedError, InputError } from '../../errors.js'
import type { ActionInputs } from '../inputs.js'
import type { PlanAnalysis } from '../../analysis/types.js'
import type { PlanVisitor } from '../../plan/model.js'
import type { GateVerdict, PolicyFinding } from '../../policy/types.js'
import { resolveEnvironment, type ResolvedEnvironment } from '../../policy/environment.js'
import { renderGateLog, renderGateReport } from '../../render/index.js'
import { obtainPlan } from '../adapters/terraform/obtain-plan.js'
import { obtainArtifactPlan } from './gate-artifact.js'
import {
  evaluatePlanFile,
  gateContext,
  prepareRun,
  reportContextFor,
  workspaceRelative,
  type RunSetup
} from './run-setup.js'
import {
  describeCounts,
  registerSensitiveValues,
  scrubFindings,
  setPlanOutputs,
  setPolicyOutputs
} from './plan-outputs.js'
import { writeJobSummary } from './job-summary.js'

/** Runs the gate. Sets `allowed` on every path, including failures. */
export async function runSafetyGate(inputs: ActionInputs): Promise<void> {
  let setup: RunSetup | undefined
  let analysis: PlanAnalysis | undefined
  let verdict: GateVerdict
  let planFile: string | undefined
  const notes: string[] = []
  try {
    setup = await prepareRun(inputs)
    const plan = await log.group('Obtain plan', () => locatePlan(inputs, setup as RunSetup, notes))
    const evaluation = await log.group('Analyse plan and apply policy', async () =>
      evaluatePlanFile(
        plan.planJson,
        setup as RunSetup,
        await gateContext(inputs, setup as RunSetup, { enforceApprovals: true }),
        plan.visitors
      )
    )
    plan.check(evaluation.analysis)
    analysis = evaluation.analysis
    verdict = evaluation.verdict
    registerSensitiveValues(analysis)
    setPlanOutputs(analysis, plan.planJson)
    setPolicyOutputs(evaluation.verdict, analysis)
    planFile = plan.planFile
    log.info(describeCounts(analysis))
  } catch (error) {
    analysis = undefined
    verdict = failClosedVerdict(error, setup?.environment ?? resolveEnvironment(inputs.environmentRequest))
  }

  core.setOutput(OUTPUT.allowed, String(verdict.allowed))
  // The binary plan the gate judged, for apply: only when it allowed that very plan.
  if (verdict.allowed && planFile) core.setOutput(OUTPUT.planFile, planFile)
  core.setOutput(
    OUTPUT.gateReasons,
    JSON.stringify(scrubFindings(verdict.findings, analysis).map(publicFinding))
  )
  if (!setup) core.setOutput(OUTPUT.environment, verdict.environment)
  const context = setup
    ? reportContextFor(inputs, setup, verdict)
    : {
        environment: verdict.environment,
        workingDirectory: workspaceRelative(inputs),
        dryRun: inputs.dryRun,
        verdict
      }
  await writeJobSummary(
    renderGateReport(verdict, analysis, { ...context, notes, verdict, dryRun: inputs.dryRun })
  )

  // Scrubbed where they quote the plan; the rest is the action's own words, never scrubbed again.
  for (const finding of scrubFindings(verdict.findings, analysis).filter(f => f.severity === 'warn')) {
    log.warning(new log.OwnText([`${finding.rule}: ${finding.message}`], []))
  }
  if (verdict.allowed) {
    log.info(log.own`Gate: allowed in '${verdict.environment}'.`)
    return
  }
  const lines = renderGateLog(verdict, analysis?.sensitiveValues)
  if (inputs.dryRun) {
    // The lines are the gate's own words with the plan's fragments already scrubbed (renderGateLog).
    log.warning(
      new log.OwnText(
        [
          `dry_run: the gate denied this plan, but the step does not fail. Skip apply when allowed == 'false'.\n${lines.join('\n')}`
        ],
        []
      )
    )
    return
  }
  throw new GateDeniedError(lines.join('\n'))
}

/** The plan to judge, the binary plan apply would use (when there is one), and what to check after. */
interface LocatedPlan {
  planJson: string
  planFile?: string
  visitors: PlanVisitor[]
  check(analysis: PlanAnalysis): void
}

/** plan_json or plan_file when given; otherwise the plan artifact of this run, verified. */
async function locatePlan(inputs: ActionInputs, setup: RunSetup, notes: string[]): Promise<LocatedPlan> {
  if (inputs.planJson || inputs.planFile) {
    const plan = await obtainPlan({
      ...inputs,
      workspace: inputs.context.workspace,
      outputDir: setup.outputDir
    })
    log.info(
      log.own`Plan JSON from ${plan.origin}${plan.binary ? ` (${plan.binary})` : ''}: ${plan.planJson}`
    )
    return { planJson: plan.planJson, planFile: plan.planFile, visitors: [], check: () => undefined }
  }
  if (!inputs.context.hasActionsRuntime) {
    throw new InputError(
      "safety-gate needs a plan: set 'plan_json' or 'plan_file', or run it in GitHub Actions after a plan step that uploaded the artifact '" +
        inputs.artifactName +
        "'"
    )
  }
  return obtainArtifactPlan(inputs, setup, notes)
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
