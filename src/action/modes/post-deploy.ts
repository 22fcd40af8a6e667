/**
 * `post-deploy` mode: after apply, run the HTTP health checks and output assertions, write the
 * deployment record, tell the webhook, and recommend a rollback when anything failed.
 */
import * as core from '@actions/core'
import * as log from '../log.js'
import { resolve } from 'node:path'
import { OUTPUT } from '../../constants.js'
import { InfraGuardError } from '../../errors.js'
import {
  evaluateOutputAssertions,
  type AssertionResult,
  type TerraformOutput
} from '../../parse/output-assertions.js'
import {
  parseHealthChecks,
  parseOutputAssertions,
  type CheckResult,
  type HealthCheck
} from '../../parse/post-deploy-config.js'
import { relativeToWorkspace } from '../../parse/workspace-path.js'
import { resolveEnvironment } from '../../policy/environment.js'
import { buildWebhookPayload, renderDeploymentRecord, type DeploymentRecord } from '../../render/index.js'
import { loadDeployedPlan } from '../adapters/artifact/deployed-plan.js'
import { runHealthChecks, type ResolvedCheck } from '../adapters/http/health-checks.js'
import { sendWebhook } from '../adapters/http/webhook.js'
import { resolveTerraformBinary } from '../adapters/terraform/cli.js'
import { readTerraformOutputs } from '../adapters/terraform/outputs.js'
import type { ActionInputs } from '../inputs.js'
import { writeJobSummary } from './job-summary.js'

/** All health checks together may take at most this long (retries and waits included). */
export const TOTAL_CHECK_SECONDS = 900

/** Runs post-deploy; fails the step when a check or assertion fails (outputs are set first). */
export async function runPostDeploy(inputs: ActionInputs): Promise<void> {
  const environment = resolveEnvironment(inputs.environmentRequest)
  core.setOutput(OUTPUT.environment, environment.name)
  // Parse both inputs before anything runs: a typo must fail fast, not after a deploy's checks.
  const checks = parseHealthChecks(inputs.healthChecks)
  const assertions = parseOutputAssertions(inputs.outputAssertions)
  if (inputs.notifyWebhook) core.setSecret(inputs.notifyWebhook)
  const moduleDir = resolve(inputs.context.workspace, inputs.workingDirectory)

  let checkResults: CheckResult[] = []
  let assertionResults: AssertionResult[] = []
  if (inputs.skipTests) {
    log.notice('skip_tests is true: health checks and output assertions were skipped', {
      title: 'infra-guard post-deploy'
    })
  } else {
    const needsOutputs = assertions.length > 0 || checks.some(check => check.urlFromOutput)
    const outputs = needsOutputs
      ? await log.group('terraform output -json', () =>
          readTerraformOutputs(resolveTerraformBinary(inputs.terraformBinary), moduleDir)
        )
      : {}
    const { resolved, unresolved } = resolveChecks(checks, outputs)
    checkResults = await log.group(`Health checks (${checks.length})`, async () => {
      const ran = await runHealthChecks(resolved, {
        totalTimeoutMs: TOTAL_CHECK_SECONDS * 1000,
        onAttempt: logAttempt
      })
      return checks.map(
        check => ran.find(r => r.name === check.name) ?? (unresolved.get(check.name) as CheckResult)
      )
    })
    assertionResults = await log.group(`Output assertions (${assertions.length})`, async () => {
      const results = evaluateOutputAssertions(assertions, outputs)
      for (const r of results) log.info(`${r.ok ? 'pass' : 'FAIL'} ${r.output}: ${r.message}`)
      return results
    })
  }

  const failed = [
    ...checkResults
      .filter(r => !r.ok)
      .map(r => ({ kind: 'http', name: r.name, url: r.url, error: r.error, attempts: r.attempts.length })),
    ...assertionResults.filter(r => !r.ok).map(r => ({ kind: 'output', name: r.output, error: r.message }))
  ]
  const healthy = failed.length === 0
  core.setOutput(OUTPUT.healthy, String(healthy))
  core.setOutput(OUTPUT.failedChecks, JSON.stringify(failed))
  core.setOutput(OUTPUT.rollbackRecommended, String(!healthy))

  const deployed = await log.group('Plan artifact', () =>
    loadDeployedPlan({
      artifactName: inputs.artifactName,
      hasActionsRuntime: inputs.context.hasActionsRuntime,
      commitSha: inputs.context.sha,
      tempDir: inputs.context.tempDir
    })
  )
  if (deployed.note) log.notice(`Plan details for the deployment record are ${deployed.note}`)
  const record: DeploymentRecord = {
    environment: environment.name,
    commit: inputs.context.sha,
    directory: relativeToWorkspace(inputs.workingDirectory, inputs.context.workspace),
    repository: inputs.context.repository
      ? `${inputs.context.repository.owner}/${inputs.context.repository.repo}`
      : undefined,
    runUrl: inputs.context.runUrl,
    skipped: inputs.skipTests,
    healthy,
    rollbackRecommended: !healthy,
    checks: checkResults,
    assertions: assertionResults,
    plan: deployed.plan,
    planNote: deployed.note,
    totalTimeoutSeconds: TOTAL_CHECK_SECONDS
  }
  await writeJobSummary(renderDeploymentRecord(record))
  if (inputs.notifyWebhook) {
    const sent = await sendWebhook(inputs.notifyWebhook, buildWebhookPayload(record))
    if (sent.ok) log.info('Deployment notification sent')
    else log.warning(`Deployment notification failed: ${sent.error}. The deployment result is unaffected.`)
  }
  if (!healthy) {
    const names = failed.map(f => `${f.kind === 'output' ? 'output ' : ''}${f.name}`).join(', ')
    throw new InfraGuardError(
      `Post-deploy checks failed in '${environment.name}': ${names}. Rollback recommended; see the deployment record in the job summary`
    )
  }
}

/** Fills in URLs from outputs; a missing or non-text output makes that check fail (never silently pass). */
function resolveChecks(
  checks: HealthCheck[],
  outputs: Record<string, TerraformOutput>
): { resolved: ResolvedCheck[]; unresolved: Map<string, CheckResult> } {
  const resolved: ResolvedCheck[] = []
  const unresolved = new Map<string, CheckResult>()
  for (const check of checks) {
    if (check.url) {
      resolved.push({ ...check, url: check.url, displayUrl: check.url })
      continue
    }
    const name = check.urlFromOutput as string
    const output = Object.hasOwn(outputs, name) ? outputs[name] : undefined
    const value = output?.value
    const displayUrl = output?.sensitive
      ? `(sensitive output ${name})`
      : typeof value === 'string'
        ? value
        : `(output ${name})`
    if (typeof value !== 'string' || !/^https?:\/\/\S+$/i.test(value)) {
      const problem = !output
        ? `output '${name}' does not exist`
        : `output '${name}' is not an http(s) URL${output.sensitive ? '' : ` (got ${JSON.stringify(value)?.slice(0, 100)})`}`
      unresolved.set(check.name, {
        name: check.name,
        url: displayUrl,
        method: check.method,
        ok: false,
        attempts: [],
        durationMs: 0,
        error: problem
      })
      continue
    }
    if (output?.sensitive) core.setSecret(value)
    resolved.push({ ...check, url: value, displayUrl })
  }
  return { resolved, unresolved }
}

function logAttempt(
  check: ResolvedCheck,
  attempt: { attempt: number; ok: boolean; status?: number; durationMs: number; error?: string }
): void {
  const outcome = attempt.ok ? `ok (${attempt.status})` : `failed: ${attempt.error}`
  log.info(
    `${check.name} attempt ${attempt.attempt}/${check.retries + 1}: ${check.method} ${check.displayUrl} ${outcome} in ${attempt.durationMs} ms`
  )
}
