/**
 * `plan` mode: runs or reads a plan, analyses it, sets counts and risk, writes the job summary,
 * uploads the plan artifact and posts (or updates) the PR comment.
 */
import * as core from '@actions/core'
import * as log from '../log.js'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { MARKER, OUTPUT } from '../../constants.js'
import { describeError } from '../../errors.js'
import { planSecrets } from '../../analysis/plan-secrets.js'
import type { PlanAnalysis } from '../../analysis/types.js'
import type { ActionInputs } from '../inputs.js'
import { renderPlanComment, renderPlanReport } from '../../render/index.js'
import { obtainPlan } from '../adapters/terraform/obtain-plan.js'
import {
  evaluatePlanFile,
  gateContext,
  prepareRun,
  reportContextFor,
  workspaceRelative
} from './run-setup.js'
import {
  describeCounts,
  logPlanOutput,
  registerSensitiveValues,
  setPlanOutputs,
  setPolicyOutputs
} from './plan-outputs.js'
import { writeJobSummary } from './job-summary.js'

/** Runs plan mode. Throws (failing the step) only when the plan cannot be produced or read. */
export async function runPlan(inputs: ActionInputs): Promise<void> {
  const setup = await prepareRun(inputs)
  const obtained = await log.group('Obtain plan', async () => {
    const plan = await obtainPlan({
      ...inputs,
      workspace: inputs.context.workspace,
      outputDir: setup.outputDir
    })
    log.info(
      log.own`Plan JSON from ${plan.origin}${plan.binary ? ` (${plan.binary})` : ''}: ${plan.planJson}`
    )
    return plan
  })
  const { analysis, verdict } = await log.group('Analyse plan', async () => {
    const result = evaluatePlanFile(obtained.planJson, setup, await gateContext(inputs, setup))
    log.info(describeCounts(result.analysis))
    log.info(log.own`Risk: ${result.analysis.risk.level}`)
    return result
  })
  registerSensitiveValues(analysis)
  await logPlanOutput(obtained.planOutput, analysis)
  setPlanOutputs(analysis, obtained.planJson)
  setPolicyOutputs(verdict, analysis)

  const context = { ...reportContextFor(inputs, setup, verdict), gatePreview: true }
  const report = renderPlanReport(analysis, context)
  const reportPath = join(setup.outputDir, 'report.md')
  writeFileSync(reportPath, report)
  core.setOutput(OUTPUT.summaryMarkdown, reportPath)
  await writeJobSummary(report)
  if (!verdict.allowed) {
    log.warning(
      log.own`The safety gate would deny this plan in '${setup.environment.name}' (${verdict.findings.filter(f => f.severity === 'deny').length} denial(s)); see the report.`
    )
  }

  await log.group('Upload plan artifact', async () => {
    try {
      await uploadArtifact(inputs, setup, obtained, reportPath, analysis)
    } catch (error) {
      // The report and the comment are still worth having; a gate that needs the artifact fails closed without it.
      log.warning(
        log.own`The plan artifact was not uploaded, so a later safety-gate cannot download it: ${describeError(error)}`
      )
    }
  })
  await log.group('PR comment', async () => {
    const marker = MARKER.planComment(workspaceRelative(inputs), setup.environment.name)
    await postComment(inputs, renderPlanComment(analysis, context, marker), marker)
  })
}

async function uploadArtifact(
  inputs: ActionInputs,
  setup: Awaited<ReturnType<typeof prepareRun>>,
  obtained: Awaited<ReturnType<typeof obtainPlan>>,
  reportPath: string,
  analysis: PlanAnalysis
): Promise<void> {
  if (!inputs.context.hasActionsRuntime) {
    log.notice(
      'Not running inside GitHub Actions (no ACTIONS_RUNTIME_TOKEN): the plan artifact was not uploaded.'
    )
    return
  }
  const { buildManifest } = await import('../adapters/artifact/manifest.js')
  const { uploadPlanArtifact } = await import('../adapters/artifact/plan-artifact.js')
  const { writeRedactedPlan } = await import('../adapters/artifact/redacted-plan.js')
  // Anyone who can read the repository's runs can download the artifact: its plan JSON has every
  // secret the analysis found replaced (SECURITY.md). Only plan.tfplan, which apply needs, is raw.
  const redacted = join(setup.outputDir, 'plan.redacted.json')
  writeRedactedPlan(obtained.planJson, redacted, planSecrets(analysis.sensitiveValues))
  const files = [
    { name: 'plan.json', path: redacted },
    { name: 'report.md', path: reportPath },
    ...(obtained.planFile ? [{ name: 'plan.tfplan', path: obtained.planFile }] : [])
  ]
  const manifest = await buildManifest({
    files,
    commitSha: inputs.context.sha,
    workingDirectory: workspaceRelative(inputs),
    environment: setup.environment.name,
    terraformVersion: analysis.terraformVersion ?? 'unknown',
    counts: analysis.counts,
    risk: analysis.risk.level
  })
  const uploaded = await uploadPlanArtifact({
    name: inputs.artifactName,
    files,
    manifest,
    retentionDays: inputs.artifactRetentionDays
  })
  core.setOutput(OUTPUT.artifactId, String(uploaded.id))
  log.info(
    log.own`Uploaded plan artifact '${inputs.artifactName}' (id ${uploaded.id}, ${uploaded.size} bytes)`
  )
}

/** A comment that cannot be posted is a warning: it never changes what the gate decides. */
async function postComment(inputs: ActionInputs, body: string, marker: string): Promise<void> {
  const { context } = inputs
  if (inputs.comment === 'off') return log.info('comment: off; no PR comment written')
  if (!context.prNumber) return log.info('Not a pull request (and no pr_number): no PR comment written')
  if (!inputs.githubToken || !context.repository) {
    return log.notice('No github_token or repository: the PR comment was skipped.')
  }
  try {
    const { createGitHubClient } = await import('../adapters/github/client.js')
    const { upsertMarkedComment } = await import('../adapters/github/comments.js')
    const client = createGitHubClient({ token: inputs.githubToken, apiUrl: context.apiUrl })
    const result = await upsertMarkedComment(client, {
      ...context.repository,
      issueNumber: context.prNumber,
      marker,
      body,
      mode: inputs.comment === 'new' ? 'new' : 'update'
    })
    core.setOutput(OUTPUT.commentId, String(result.id))
    log.info(log.own`PR comment ${result.action}: ${result.url}`)
  } catch (error) {
    log.warning(log.own`Could not write the PR comment: ${describeError(error)}`)
  }
}
