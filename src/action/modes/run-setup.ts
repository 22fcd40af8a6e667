/**
 * What plan and safety-gate share in the shell: load the policy, resolve the environment, gather the
 * evidence the gate weighs (the Infracost file, the pull request's reviews, the clock), and hand the
 * plan file to the core's evaluatePlan.
 */
import * as core from '@actions/core'
import * as log from '../log.js'
import { createHash } from 'node:crypto'
import { mkdirSync } from 'node:fs'
import { isAbsolute, resolve } from 'node:path'
import { OUTPUT } from '../../constants.js'
import { InputError } from '../../errors.js'
import { relativeToWorkspace } from '../../parse/workspace-path.js'
import { summarizeReviews, type ApprovalsData } from '../../policy/checks/approvals.js'
import { describePolicy } from '../../policy/config/describe-policy.js'
import { resolveEnvironment, type ResolvedEnvironment } from '../../policy/environment.js'
import type { GateContext, GateEvaluation } from '../../policy/evaluate-gate.js'
import { evaluatePlan, type PlanEvaluation } from '../../policy/evaluate-plan.js'
import type { GateVerdict } from '../../policy/types.js'
import type { PlanVisitor } from '../../plan/model.js'
import type { ReportContext } from '../../render/index.js'
import {
  loadPolicyFile,
  readCostFile,
  resolveUserPath,
  withPlanFile,
  type LoadedPolicy
} from '../adapters/files.js'
import { requestWithPlanStacks } from '../adapters/plan-stacks.js'
import { choosePlanFormat } from '../../plan/plan-format.js'
import type { PlanFormatSetting } from '../../plan/sniff-format.js'
import type { ActionInputs } from '../inputs.js'

/** Policy, environment and scratch folder for one run. */
export interface RunSetup {
  loaded: LoadedPolicy
  environment: ResolvedEnvironment
  /** Where this run writes plan files and reports. */
  outputDir: string
  /** The plan_format input: which reader evaluatePlanFile uses. */
  planFormat: PlanFormatSetting
}

/** Loads the policy (printed in a collapsed group) and resolves the target environment. */
export async function prepareRun(inputs: ActionInputs): Promise<RunSetup> {
  const loaded = await log.group('Policy', async () => {
    const result = await loadPolicyFile(inputs.config)
    const shown = displayPath(result.path, inputs.context.workspace)
    log.info(
      result.source === 'file'
        ? log.own`Policy file: ${shown}`
        : log.own`No policy file at ${shown}: built-in defaults`
    )
    // On a pull_request run the policy file is the pull request's own: every string in it is foreign.
    log.info(describePolicy(result.policy))
    return result
  })
  // A Pulumi preview with no environment named: its stack names it.
  const environment = resolveEnvironment(requestWithPlanStacks(inputs), loaded.policy.environments)
  core.setOutput(OUTPUT.environment, environment.name)
  log.info(describeResolution(environment))
  const key = folderKey(`${resolve(inputs.workingDirectory)}\0${environment.name}`)
  const outputDir = resolve(inputs.context.tempDir, 'infra-guard', `${inputs.mode}-${key}`)
  mkdirSync(outputDir, { recursive: true })
  return { loaded, environment, outputDir, planFormat: inputs.planFormat }
}

/** A path as a reader of the log knows it: relative to the workspace when inside it. */
function displayPath(path: string, workspace: string): string {
  const inside = relativeToWorkspace(path, workspace)
  return inside.startsWith('../') || inside === '..' || isAbsolute(inside) ? path : inside
}

/** "Target environment: prod (from branch: 'master'; protected)". */
export function describeResolution(environment: ResolvedEnvironment): log.OwnText {
  const requested = environment.requested !== environment.name ? `: '${environment.requested}'` : ''
  return log.own`Target environment: ${environment.name} (from ${environment.source}${requested}; ${environment.protected ? 'protected' : 'not protected'})`
}

/**
 * A 12-hex-digit name for the run's scratch folder: the same directory and environment always give
 * the same folder, different ones practically never share one.
 */
function folderKey(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 12)
}

/**
 * Gathers what the gate weighs besides the plan: the inputs, the Infracost estimate, and (safety-gate
 * with enforce_approvals) the reviews of the pull request merged into this commit.
 */
export async function gateContext(
  inputs: ActionInputs,
  setup: RunSetup,
  options: { enforceApprovals?: boolean } = {}
): Promise<GateContext> {
  const cost = inputs.infracostJson
    ? readCostFile(
        resolveUserPath(
          inputs.infracostJson,
          [inputs.context.workspace, inputs.workingDirectory],
          'infracost_json'
        )
      )
    : undefined
  const enforceApprovals = Boolean(options.enforceApprovals && inputs.enforceApprovals)
  return {
    environment: setup.environment,
    forceRecreate: inputs.forceRecreate,
    allowDestroy: inputs.allowDestroy,
    costOverride: inputs.costOverride,
    emergencyOverride: inputs.emergencyOverride,
    overrideReason: inputs.overrideReason,
    cost,
    enforceApprovals,
    approvalsData: enforceApprovals ? await fetchApprovals(inputs) : undefined,
    now: new Date()
  }
}

/**
 * Reads the plan file once through the core: analysis, the policy's rules and the gate in one pass
 * (`visitors` read along).
 */
export function evaluatePlanFile(
  planJson: string,
  setup: RunSetup,
  context: GateContext,
  visitors: PlanVisitor[] = []
): PlanEvaluation {
  return withPlanFile(planJson, source => {
    const { format, reason } = choosePlanFormat(source, setup.planFormat)
    log.info(log.own`Plan format: ${format} (${reason})`)
    return evaluatePlan(source, setup.loaded.policy, context, { format, visitors })
  })
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
  const { listReviews, findPullRequestForCommit } = await import('../adapters/github/approvals.js')
  const client = createGitHubClient({ token: inputs.githubToken, apiUrl: context.apiUrl })
  const { owner, repo } = context.repository
  const pull = context.prNumber
    ? { number: context.prNumber }
    : await findPullRequestForCommit(client, owner, repo, context.sha)
  if (!pull) return undefined
  const { author, reviews } = await listReviews(client, owner, repo, pull.number)
  return summarizeReviews(reviews, author, pull.number)
}

/** The working directory as the manifest and markers record it: relative to the workspace. */
export function workspaceRelative(inputs: ActionInputs): string {
  return relativeToWorkspace(inputs.workingDirectory, inputs.context.workspace)
}

/** Report context from the run's facts and the gate's verdict. */
export function reportContextFor(inputs: ActionInputs, setup: RunSetup, verdict: GateVerdict): ReportContext {
  const evaluation = 'approvals' in verdict ? (verdict as GateEvaluation) : undefined
  const approvals = evaluation?.approvals
  const cost = evaluation?.cost
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
    policyNote:
      setup.loaded.source === 'file'
        ? `Policy: ${displayPath(setup.loaded.path, inputs.context.workspace)}`
        : 'Policy: built-in defaults'
  }
}
