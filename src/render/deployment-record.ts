/**
 * The deployment record (job summary) and the Slack-compatible notification of `post-deploy`.
 * Pure: data in, Markdown or JSON out. Nothing here sees a sensitive value: checks carry display
 * URLs and assertion messages are already masked.
 */
import type { PlanCounts, RollbackPlan } from '../analysis/types.js'
import { createKit, SUMMARY_PROFILE } from './context.js'
import { escapeMarkdown, escapeTableCell, inlineCode } from './escape.js'
import { renderRollbackStep } from './sections-extra.js'
import type { AssertionResult } from '../parse/output-assertions.js'
import type { CheckResult } from '../parse/post-deploy-config.js'

/** What the plan artifact tells about the deployment, when it was available. */
export interface DeployedPlan {
  counts: PlanCounts
  risk: string
  rollback?: RollbackPlan
  /** The plan's sensitive values, to redact instance keys and IDs in the rollback steps. */
  sensitiveValues?: Set<string>
}

export interface DeploymentRecord {
  environment: string
  commit: string
  directory: string
  repository?: string
  runUrl?: string
  skipped: boolean
  healthy: boolean
  rollbackRecommended: boolean
  checks: CheckResult[]
  assertions: AssertionResult[]
  plan?: DeployedPlan
  /** Why plan details are missing, when they are. */
  planNote?: string
  totalTimeoutSeconds: number
}

/** Renders the job summary section. */
export function renderDeploymentRecord(record: DeploymentRecord): string {
  const verdict = record.skipped ? '⏭️ checks skipped' : record.healthy ? '✅ healthy' : '❌ unhealthy'
  const lines = [
    `## infra-guard post-deploy: ${verdict}`,
    '',
    '| | |',
    '| --- | --- |',
    `| Environment | ${inlineCode(record.environment)} |`,
    `| Commit | ${record.commit ? inlineCode(record.commit) : '–'} |`,
    `| Root module | ${inlineCode(record.directory)} |`,
    `| Plan | ${record.plan ? escapeTableCell(formatCounts(record.plan.counts, record.plan.risk)) : escapeTableCell(record.planNote ?? 'not available')} |`,
    ''
  ]
  if (record.runUrl) lines.push(`Run: ${escapeMarkdown(record.runUrl)}`, '')
  if (record.skipped) {
    lines.push('Health checks and output assertions were **skipped** because `skip_tests` is true.', '')
  } else {
    lines.push(...renderChecks(record), ...renderAssertions(record.assertions))
  }
  if (record.rollbackRecommended)
    lines.push(...renderRollbackHint(record.plan?.rollback, record.plan?.sensitiveValues))
  return lines.join('\n')
}

/** Terraform's own wording: "Plan: 1 to add, 2 to change, 0 to destroy." plus the risk. */
function formatCounts(counts: PlanCounts, risk: string): string {
  return `${counts.add} to add, ${counts.change} to change, ${counts.destroy} to destroy (risk: ${risk})`
}

function renderChecks(record: DeploymentRecord): string[] {
  if (record.checks.length === 0) return ['No health checks configured.', '']
  const lines = [
    `### Health checks (overall limit ${record.totalTimeoutSeconds}s)`,
    '',
    '| Check | Result | Attempts | Time | Detail |',
    '| --- | --- | --- | --- | --- |'
  ]
  for (const check of record.checks) {
    const detail = check.ok
      ? `${check.method} ${check.url}`
      : `${check.method} ${check.url}: ${check.error ?? ''}`
    lines.push(
      `| ${escapeTableCell(check.name)} | ${check.ok ? '✅ pass' : '❌ fail'} | ${check.attempts.length} | ${seconds(check.durationMs)} | ${escapeTableCell(detail)} |`
    )
  }
  lines.push(
    '',
    '<details><summary>Every attempt</summary>',
    '',
    '| Check | # | Started | Took | Status | Error |',
    '| --- | --- | --- | --- | --- | --- |'
  )
  for (const check of record.checks) {
    for (const attempt of check.attempts) {
      lines.push(
        `| ${escapeTableCell(check.name)} | ${attempt.attempt} | ${attempt.startedAt} | ${attempt.durationMs} ms | ${attempt.status ?? '–'} | ${escapeTableCell(attempt.error ?? '')} |`
      )
    }
  }
  lines.push('', '</details>', '')
  return lines
}

function renderAssertions(assertions: AssertionResult[]): string[] {
  if (assertions.length === 0) return []
  const lines = ['### Output assertions', '', '| Output | Result | Detail |', '| --- | --- | --- |']
  for (const result of assertions) {
    const name = `${result.output}${result.sensitive ? ' (sensitive)' : ''}`
    lines.push(
      `| ${inlineCode(name)} | ${result.ok ? '✅ pass' : '❌ fail'} | ${escapeTableCell(result.message)} |`
    )
  }
  lines.push('')
  return lines
}

function renderRollbackHint(rollback: RollbackPlan | undefined, sensitive = new Set<string>()): string[] {
  const lines = ['### ↩️ Rollback recommended', '']
  if (!rollback) {
    lines.push(
      'A check failed after its retries. The plan artifact was not available, so no rollback steps are listed: revert the commit and run the pipeline again.',
      ''
    )
    return lines
  }
  if (rollback.dataLoss)
    lines.push(
      '> [!WARNING]',
      '> The deployed plan destroyed stored data; reverting does not bring it back. Restore from a backup.',
      ''
    )
  const kit = createKit(sensitive, SUMMARY_PROFILE)
  for (const step of rollback.steps) lines.push(renderRollbackStep(step, kit))
  for (const note of rollback.notes) lines.push('', `_${escapeMarkdown(note)}_`)
  lines.push('')
  return lines
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)}s`
}

/** A Slack incoming-webhook payload (`text` plus one mrkdwn block); other chat tools read `text`. */
export function buildWebhookPayload(record: DeploymentRecord): { text: string; blocks: unknown[] } {
  const where = `${record.repository ? `${record.repository} ` : ''}${record.environment}`
  const head = record.skipped
    ? `Deployment to ${where}: checks skipped (skip_tests)`
    : record.healthy
      ? `Deployment to ${where} is healthy`
      : `Deployment to ${where} FAILED its checks; rollback recommended`
  const failed = [
    ...record.checks.filter(c => !c.ok).map(c => `• ${c.name}: ${c.error ?? 'failed'}`),
    ...record.assertions.filter(a => !a.ok).map(a => `• output ${a.output}: ${a.message}`)
  ]
  const details = [
    `commit ${record.commit ? record.commit.slice(0, 12) : 'unknown'}`,
    record.plan ? formatCounts(record.plan.counts, record.plan.risk) : undefined,
    `${record.checks.filter(c => c.ok).length}/${record.checks.length} checks passed`,
    record.runUrl
  ].filter(Boolean)
  const text = [head, details.join(' · '), ...failed].join('\n')
  return { text, blocks: [{ type: 'section', text: { type: 'mrkdwn', text: slackEscape(text) } }] }
}

/** Slack's mrkdwn needs &, < and > escaped, or they start links and mentions. */
function slackEscape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}
