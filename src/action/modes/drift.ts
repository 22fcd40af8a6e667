/**
 * `drift` mode: plan against the real infrastructure without taking the state lock, report what
 * changed outside Terraform and what differs from the code, and keep one GitHub issue per root
 * module and environment in step with it. A failed plan is a failure, never "no drift".
 */
import * as core from '@actions/core'
import * as log from '../log.js'
import { resolve } from 'node:path'
import { analysePlan } from '../../analysis/analyse-plan.js'
import { summarizeDrift } from '../../analysis/drift.js'
import { MARKER, OUTPUT } from '../../constants.js'
import { InfraGuardError } from '../../errors.js'
import { relativeToWorkspace } from '../../parse/workspace-path.js'
import { driftIssueTitle, renderDriftReport, type DriftContext } from '../../render/index.js'
import { withPlanFile } from '../adapters/files.js'
import type { ActionInputs } from '../inputs.js'
import { obtainPlan } from '../adapters/terraform/obtain-plan.js'
import { describeCounts, logPlanOutput, registerSensitiveValues, setPlanOutputs } from './plan-outputs.js'
import { prepareRun } from './run-setup.js'
import { writeJobSummary } from './job-summary.js'

/** Runs the drift check; fails only on errors, or on drift when fail_on_drift is true. */
export async function runDrift(inputs: ActionInputs): Promise<void> {
  // The policy's environments (aliases, branches) name the environment, as in plan and safety-gate.
  const setup = await prepareRun(inputs)
  const { environment, outputDir } = setup
  const moduleDir = resolve(inputs.context.workspace, inputs.workingDirectory)
  const directory = relativeToWorkspace(inputs.workingDirectory, inputs.context.workspace)
  if (inputs.planFile || inputs.planJson) {
    log.warning('drift ignores plan_file and plan_json: it always plans against the current infrastructure')
  }
  const plan = await log.group('terraform plan -detailed-exitcode -lock=false', () =>
    obtainPlan({
      workingDirectory: moduleDir,
      terraformBinary: inputs.terraformBinary,
      outputDir,
      planArgs: ['-lock=false']
    })
  )
  const analysis = await log.group('Analyse the drift plan', async () =>
    withPlanFile(plan.planJson, source => analysePlan(source))
  )
  registerSensitiveValues(analysis)
  await logPlanOutput(plan.planOutput, analysis)
  if (analysis.errored) {
    throw new InfraGuardError(
      `terraform reported the drift plan for '${directory}' as errored; drift cannot be judged from it. Fix the errors in the plan log and run again`
    )
  }
  const report = summarizeDrift(analysis, plan.planExitCode)
  setPlanOutputs(analysis, plan.planJson)
  core.setOutput(OUTPUT.driftDetected, String(report.detected))
  core.setOutput(OUTPUT.driftedResources, String(report.driftedCount))
  core.setOutput(OUTPUT.driftJson, plan.planJson)
  log.info(
    log.own`${describeCounts(analysis)} Drift: ${report.detected ? `${report.driftedCount} resource(s)` : 'none'}`
  )

  const context: DriftContext = {
    directory,
    environment: environment.name,
    commit: inputs.context.sha,
    runUrl: inputs.context.runUrl
  }
  const body = renderDriftReport(report, analysis, context)
  await writeJobSummary(body)
  const issueNumber = await log.group('Drift issue', () => syncIssue(inputs, context, body, report.detected))
  if (issueNumber !== undefined) core.setOutput(OUTPUT.driftIssueNumber, String(issueNumber))

  if (report.detected) {
    const message = `Drift detected in '${directory}' (${environment.name}): ${report.driftedCount} resource(s) differ from the code`
    if (inputs.failOnDrift)
      throw new InfraGuardError(
        `${message}; see the job summary${issueNumber ? ` and issue #${issueNumber}` : ''}`
      )
    log.warning(message)
  }
}

/** Creates, updates or closes the drift issue; outside GitHub (no token or repository) it says why it skipped. */
async function syncIssue(
  inputs: ActionInputs,
  context: DriftContext,
  body: string,
  drifted: boolean
): Promise<number | undefined> {
  const repository = inputs.context.repository
  if (!inputs.githubToken || !repository) {
    log.notice(
      log.own`Drift issue skipped: ${!repository ? 'not running on GitHub (no GITHUB_REPOSITORY)' : 'no github_token'}`
    )
    return undefined
  }
  // Loaded here so that runs without GitHub never load Octokit.
  const { createGitHubClient } = await import('../adapters/github/client.js')
  const { syncDriftIssue } = await import('../adapters/github/drift-issue.js')
  const client = createGitHubClient({ token: inputs.githubToken, apiUrl: inputs.context.apiUrl })
  const result = await syncDriftIssue(client, {
    owner: repository.owner,
    repo: repository.repo,
    marker: MARKER.driftIssue(context.directory, context.environment),
    title: driftIssueTitle(context),
    body,
    label: inputs.driftLabel,
    drifted,
    closeComment: `No drift any more: the check${context.runUrl ? ` in ${context.runUrl}` : ''} found '${context.directory}' (${context.environment}) matching the code. Closing.`
  })
  log.info(
    log.own`Drift issue: ${result.action}${result.number ? ` #${result.number}` : ''}${result.url ? ` ${result.url}` : ''}`
  )
  return result.number
}
