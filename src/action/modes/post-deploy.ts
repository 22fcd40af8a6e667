/**
 * `post-deploy` mode: after apply, run the HTTP health checks and output assertions, write the
 * deployment record, tell the webhook, and recommend a rollback when anything failed. The module's
 * outputs are secret-checked like a plan: an output Terraform marks sensitive or named like a secret
 * (`db_password`) is never shown, secrets inside others (a nested `password`, a password in a URL)
 * are shown as `(sensitive)`, and every log line, output, summary and webhook text is scrubbed.
 */
import * as core from '@actions/core'
import * as log from '../log.js'
import { resolve } from 'node:path'
import { OUTPUT } from '../../constants.js'
import { InfraGuardError } from '../../errors.js'
import { planSecrets, type PlanSecrets } from '../../analysis/plan-secrets.js'
import {
  evaluateOutputAssertions,
  isSensitiveOutput,
  outputSecrets,
  showValue,
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
  let secrets = planSecrets([])
  const directory = relativeToWorkspace(inputs.workingDirectory, inputs.context.workspace)
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
    secrets = planSecrets(outputSecrets(outputs))
    for (const value of secrets.maskable([environment.name, directory])) core.setSecret(value)
    // Every later log line that quotes text the action did not write is scrubbed of the outputs' secrets.
    log.setLogScrubber(secrets.scrub)
    const { resolved, unresolved } = resolveChecks(checks, outputs, secrets)
    checkResults = await log.group(`Health checks (${checks.length})`, async () => {
      const ran = await runHealthChecks(resolved, {
        totalTimeoutMs: TOTAL_CHECK_SECONDS * 1000,
        onAttempt: (check, attempt) => logAttempt(check, attempt, secrets)
      })
      return checks.map(check =>
        scrubCheck(
          ran.find(r => r.name === check.name) ?? (unresolved.get(check.name) as CheckResult),
          secrets
        )
      )
    })
    assertionResults = await log.group(`Output assertions (${assertions.length})`, async () => {
      const results = evaluateOutputAssertions(assertions, outputs, secrets).map(result => ({
        ...result,
        message: secrets.scrub(result.message)
      }))
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
    directory,
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
  outputs: Record<string, TerraformOutput>,
  secrets: PlanSecrets
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
    const sensitive = output !== undefined && isSensitiveOutput(name, output)
    const displayUrl = sensitive
      ? `(sensitive output ${name})`
      : typeof value === 'string'
        ? secrets.scrub(value)
        : `(output ${name})`
    if (typeof value !== 'string' || !/^https?:\/\/\S+$/i.test(value)) {
      const problem = !output
        ? `output '${name}' does not exist`
        : `output '${name}' is not an http(s) URL${sensitive ? '' : ` (got ${showValue(value, secrets)})`}`
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
    if (sensitive) core.setSecret(value)
    resolved.push({ ...check, url: value, displayUrl })
  }
  return { resolved, unresolved }
}

/** A check's result as the record, outputs and webhook show it: URL and errors scrubbed. */
function scrubCheck(result: CheckResult, secrets: PlanSecrets): CheckResult {
  const scrubbed: CheckResult = {
    ...result,
    url: secrets.scrub(result.url),
    attempts: result.attempts.map(attempt =>
      attempt.error === undefined ? attempt : { ...attempt, error: secrets.scrub(attempt.error) }
    )
  }
  if (result.error !== undefined) scrubbed.error = secrets.scrub(result.error)
  return scrubbed
}

function logAttempt(
  check: ResolvedCheck,
  attempt: { attempt: number; ok: boolean; status?: number; durationMs: number; error?: string },
  secrets: PlanSecrets
): void {
  const outcome = attempt.ok ? `ok (${attempt.status})` : `failed: ${secrets.scrub(attempt.error ?? '')}`
  log.info(
    `${check.name} attempt ${attempt.attempt}/${check.retries + 1}: ${check.method} ${check.displayUrl} ${outcome} in ${attempt.durationMs} ms`
  )
}
