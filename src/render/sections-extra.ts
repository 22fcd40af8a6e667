/**
 * Sections after the changes: required approvals, cost, rollback, output changes and the footer
 * with the run link, commit and plan artifact.
 */
import type { PlanAnalysis, RollbackPlan, RollbackStep } from '../analysis/types.js'
import { formatMoney } from '../policy/checks/cost-ceiling.js'
import type { Kit, ReportContext } from './context.js'
import { escapeMarkdown } from './escape.js'
import type { Section } from './document.js'

/** The reviewer checklist the policy requires, as task-list items the approver can tick. */
export function buildApprovals(context: ReportContext, kit: Kit): Section | undefined {
  const approvals = context.approvals
  if (!approvals) return undefined
  const head = [`### ✋ Required approvals: ${approvals.required}`]
  if (approvals.reasons.length > 0) head.push('', ...approvals.reasons.map(reason => `- ${kit.text(reason)}`))
  head.push('')
  return {
    title: 'Required approvals',
    essential: false,
    head,
    items: approvals.checklist.map(item => `- [ ] ${kit.text(item)}`),
    tail: []
  }
}

/** Monthly cost before, after and the change. */
export function buildCost(context: ReportContext): Section | undefined {
  const cost = context.cost
  if (!cost) return undefined
  const cell = (amount: number | undefined): string =>
    amount === undefined ? '–' : formatMoney(amount, escapeMarkdown(cost.currency))
  return {
    title: 'Cost',
    essential: false,
    head: [
      '### 💰 Monthly cost',
      '',
      '| Before | After | Change |',
      '| ---: | ---: | ---: |',
      `| ${cell(cost.monthlyBefore)} | ${cell(cost.monthlyAfter)} | **${formatMoney(cost.monthlyChange, escapeMarkdown(cost.currency), true)}** |`
    ],
    items: [],
    tail: []
  }
}

const STEP_TITLE: Record<RollbackStep['kind'], string> = {
  'revert-commit': 'Revert the change',
  'restore-data': '⚠️ Data loss: restore from backup',
  recreate: 'Replaced objects',
  're-import': 'Re-import forgotten objects',
  'state-rm': 'Undo imports',
  'move-back': 'Undo moves',
  review: 'Review',
  'destroy-created': 'Destroy what was created'
}

function renderStep(rollbackStep: RollbackStep, kit: Kit): string {
  const lines = [
    `- **${STEP_TITLE[rollbackStep.kind] ?? kit.text(rollbackStep.kind)}**: ${kit.text(rollbackStep.description)}`
  ]
  const omitted = rollbackStep.omittedAddresses ?? 0
  if (rollbackStep.addresses.length + omitted > 0) {
    lines.push(
      `  - Addresses: ${kit.addresses(rollbackStep.addresses, kit.profile.addressesPerReason, omitted)}`
    )
  }
  for (const command of rollbackStep.commands) lines.push(`  - ${kit.code(command, 1000)}`)
  return lines.join('\n')
}

/** The rollback plan: steps in the order they would be taken, data-loss warning first. */
export function buildRollback(rollback: RollbackPlan, kit: Kit): Section | undefined {
  if (!rollback.needed) return undefined
  const head = ['### ↩️ Rollback plan', '']
  if (rollback.dataLoss) {
    head.push(
      '> [!WARNING]',
      '> Applying this plan destroys stored data that only a backup or snapshot can bring back.',
      ''
    )
  }
  const steps = [...rollback.steps].sort(
    (a, b) => Number(b.kind === 'restore-data') - Number(a.kind === 'restore-data')
  )
  const items = steps.map(rollbackStep => renderStep(rollbackStep, kit))
  const tail = rollback.notes.length > 0 ? ['', ...rollback.notes.map(note => `_${kit.text(note)}_`)] : []
  return { title: 'Rollback plan', essential: false, head, items, tail }
}

/** Root output changes; sensitive ones show as (sensitive), never their value. */
export function buildOutputs(analysis: PlanAnalysis, kit: Kit): Section | undefined {
  const outputs = analysis.outputs.filter(output => output.kind !== 'no-op')
  if (outputs.length === 0) return undefined
  const rows = outputs.map(output => {
    const before = output.sensitive ? '_(sensitive)_' : kit.value(output.before)
    const after = output.sensitive ? '_(sensitive)_' : kit.value(output.after)
    return `| ${kit.code(output.name)} | ${output.kind} | ${before} | ${after} |`
  })
  return {
    title: 'Output changes',
    essential: false,
    head: [
      `### Output changes (${outputs.length})`,
      '',
      '| Output | Action | Before | After |',
      '| --- | --- | --- | --- |'
    ],
    items: rows,
    tail: [],
    more: n => `| … | ${n} more | | |`
  }
}

/** An http(s) URL percent-encoded so it cannot leave the link target; anything else is dropped. */
export function safeUrl(url: string | undefined): string | undefined {
  if (!url || !/^https?:\/\/[^\s]+$/i.test(url)) return undefined
  try {
    return encodeURI(url).replace(/[()<>'"`\\]/g, char => `%${char.charCodeAt(0).toString(16).toUpperCase()}`)
  } catch {
    return undefined
  }
}

/** Where everything else is: run, commit, plan artifact, plan source and versions. */
export function buildFooter(analysis: PlanAnalysis | undefined, context: ReportContext, kit: Kit): Section {
  const facts: string[] = []
  const url = safeUrl(context.runUrl)
  if (url) facts.push(`[Workflow run](${url})`)
  if (context.commitSha) facts.push(`commit ${kit.code(context.commitSha.slice(0, 40))}`)
  if (context.artifactName) facts.push(`plan artifact ${kit.code(context.artifactName)}`)
  if (analysis?.terraformVersion) facts.push(`terraform ${kit.code(analysis.terraformVersion)}`)
  if (analysis) facts.push(`plan format ${kit.code(analysis.formatVersion)}`)
  const head = ['---', '', facts.join(' · ')]
  if (context.policyNote) head.push('', `_${kit.text(context.policyNote)}_`)
  return { title: 'Footer', essential: true, head, items: [], tail: [] }
}
