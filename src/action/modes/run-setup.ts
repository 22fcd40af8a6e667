/**
 * What plan and safety-gate share: load the policy, resolve the environment, analyse the plan
 * with the policy's rule evaluator riding along, and evaluate the gate.
 */
import * as core from '@actions/core'
import { createHash } from 'node:crypto'
import { mkdirSync } from 'node:fs'
import { relative, resolve } from 'node:path'
import { OUTPUT } from '../../constants.js'
import { InputError } from '../../errors.js'
import type { ActionInputs } from '../inputs.js'
import { analysePlanFile } from '../../analysis/analyse-plan.js'
import type { PlanAnalysis } from '../../analysis/types.js'
import { readCostEstimate, type CostEstimate } from '../../policy/cost-estimate.js'
import type { ApprovalsData } from '../../policy/checks/approvals.js'
import { resolveEnvironment, type ResolvedEnvironment } from '../../policy/environment.js'
import { evaluateGate, listViolations, type GateEvaluation } from '../../policy/evaluate-gate.js'
import { describePolicy, loadPolicy, type LoadedPolicy } from '../../policy/load-policy.js'
import { createRuleEvaluator } from '../../policy/checks/rules.js'
import type { GateVerdict } from '../../policy/types.js'
import type { ReportContext } from '../../render/index.js'
import { resolveUserPath } from '../adapters/terraform/obtain-plan.js'

/** Policy, environment and scratch folder for one run. */
export interface RunSetup {
  loaded: LoadedPolicy
  environment: ResolvedEnvironment
  /** Where this run writes plan files and reports. */
  outputDir: string
}

/** Loads the policy (printed in a collapsed group) and resolves the target environment. */
export async function prepareRun(inputs: ActionInputs): Promise<RunSetup> {
  const loaded = await core.group('Policy', async () => {
    const result = await loadPolicy(inputs.config)
    core.info(
      result.source === 'file'
        ? `Policy file: ${result.path}`
        : `No policy file at ${result.path}: built-in defaults`
    )
    core.info(describePolicy(result.policy))
    return result
  })
  const environment = resolveEnvironment(inputs.environmentRequest, loaded.policy.environments)
  core.setOutput(OUTPUT.environment, environment.name)
  core.info(
    `Target environment: ${environment.name} (from ${environment.source}${environment.requested !== environment.name ? `: '${environment.requested}'` : ''}; ${environment.protected ? 'protected' : 'not protected'})`
  )
  const key = folderKey(`${resolve(inputs.workingDirectory)}\0${environment.name}`)
  const outputDir = resolve(inputs.context.tempDir, 'infra-guard', `${inputs.mode}-${key}`)
  mkdirSync(outputDir, { recursive: true })
  return { loaded, environment, outputDir }
}

/**
 * A 12-hex-digit name for the run's scratch folder: the same directory and environment always give
 * the same folder, different ones practically never share one.
 */
export function folderKey(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 12)
}

/** The analysis, the gate's evaluation and the outputs they imply. */
export interface Evaluated {
  analysis: PlanAnalysis
  verdict: GateEvaluation
  cost?: CostEstimate
  setPolicyOutputs(): void
}

/**
 * Reads the plan once: the analysis and the policy's rules see every entry in the same pass.
 * With `enforceApprovals` (safety-gate) and the input set, the merged pull request's reviews are fetched.
 */
export async function analyseWithPolicy(
  inputs: ActionInputs,
  setup: RunSetup,
  planJson: string,
  options: { enforceApprovals?: boolean } = {}
): Promise<Evaluated> {
  const { policy } = setup.loaded
  const rules = createRuleEvaluator(policy, setup.environment)
  const analysis = await analysePlanFile(planJson, {
    dataBearingTypes: policy.risk.dataBearingTypes,
    deletionThreshold: policy.risk.deletionThreshold,
    visitors: [rules]
  })
  const cost = inputs.infracostJson
    ? await readCostEstimate(resolveUserPath(inputs.infracostJson, inputs.workingDirectory, 'infracost_json'))
    : undefined
  const enforce = Boolean(options.enforceApprovals && inputs.enforceApprovals)
  const approvalsData = enforce ? await fetchApprovals(inputs) : undefined
  const verdict = evaluateGate({
    analysis,
    policy,
    environment: setup.environment,
    forceRecreate: inputs.forceRecreate,
    allowDestroy: inputs.allowDestroy,
    costOverride: inputs.costOverride,
    emergencyOverride: inputs.emergencyOverride,
    overrideReason: inputs.overrideReason,
    cost,
    ruleFindings: rules.findings(),
    enforceApprovals: enforce,
    approvalsData,
    now: new Date()
  })
  return {
    analysis,
    verdict,
    cost,
    setPolicyOutputs: () => {
      core.setOutput(OUTPUT.policyViolations, JSON.stringify(listViolations(verdict.findings)))
      core.setOutput(OUTPUT.requiredApprovals, String(verdict.approvals.required))
      if (cost) {
        core.setOutput(OUTPUT.monthlyCostChange, cost.monthlyChange.toFixed(2))
        core.setOutput(OUTPUT.costCurrency, cost.currency)
      }
    }
  }
}

/** Reviews of the pull request merged into this commit; undefined when there is none (the gate then denies). */
async function fetchApprovals(inputs: ActionInputs): Promise<ApprovalsData | undefined> {
  const { context } = inputs
  if (!inputs.githubToken || !context.repository) {
    throw new InputError(
      "enforce_approvals needs 'github_token' and a GitHub repository context to look up the pull request's reviews"
    )
  }
  const { createGitHubClient } = await import('../adapters/github/client.js')
  const { countApprovals, findPullRequestForCommit } = await import('../adapters/github/approvals.js')
  const client = createGitHubClient({ token: inputs.githubToken, apiUrl: context.apiUrl })
  const { owner, repo } = context.repository
  const pull = context.prNumber
    ? { number: context.prNumber }
    : await findPullRequestForCommit(client, owner, repo, context.sha)
  if (!pull) return undefined
  const count = await countApprovals(client, owner, repo, pull.number)
  return { ...count, pullRequest: pull.number }
}

/** The working directory as the manifest and markers record it: relative to the workspace. */
export function workspaceRelative(inputs: ActionInputs): string {
  const rel = relative(resolve(inputs.context.workspace), resolve(inputs.workingDirectory))
  return rel === '' ? '.' : rel
}

/** Report context from the run's facts and the gate's evaluation. */
export function reportContextFor(
  inputs: ActionInputs,
  setup: RunSetup,
  evaluated: { verdict: GateVerdict; cost?: CostEstimate }
): ReportContext {
  const verdict = evaluated.verdict
  const approvals = 'approvals' in verdict ? (verdict as GateEvaluation).approvals : undefined
  const cost = evaluated.cost
  return {
    environment: setup.environment.name,
    workingDirectory: workspaceRelative(inputs),
    runUrl: inputs.context.runUrl,
    commitSha: inputs.context.sha || undefined,
    verdict,
    dryRun: inputs.dryRun,
    approvals: approvals
      ? { required: approvals.required, checklist: approvals.checklist, reasons: approvals.reasons }
      : undefined,
    cost: cost
      ? {
          currency: cost.currency,
          monthlyBefore: cost.monthlyBefore ?? undefined,
          monthlyAfter: cost.monthlyAfter,
          monthlyChange: cost.monthlyChange
        }
      : undefined,
    artifactName: inputs.context.hasActionsRuntime ? inputs.artifactName : undefined,
    policyNote: setup.loaded.source === 'file' ? `Policy: ${setup.loaded.path}` : 'Policy: built-in defaults'
  }
}
