/**
 * Sections after the changes: required approvals, cost, rollback, output changes and the footer
 * with the run link, commit and plan artifact.
 */
import type { DiffNode } from '../analysis/diff/index.js'
import { shellQuote } from '../analysis/rollback.js'
import type { OutputChange, PlanAnalysis, RollbackPlan, RollbackStep, Snippet } from '../analysis/types.js'
import { formatMoney } from '../policy/checks/cost-ceiling.js'
import { redactInstanceKeys } from './address.js'
import type { Kit, ReportContext } from './context.js'
import { renderResourceDiff } from './diff/render-diff.js'
import { codeFence, escapeMarkdown, showInvisible } from './escape.js'
import type { Section } from './document.js'

/**
 * The approvals the policy requires and the reviewer checklist, as task-list items the approver can
 * tick; nothing at all when no approval is required and there is nothing to check.
 */
export function buildApprovals(context: ReportContext, kit: Kit): Section | undefined {
  const approvals = context.approvals
  if (!approvals || (approvals.required === 0 && approvals.checklist.length === 0)) return undefined
  const head =
    approvals.required > 0
      ? [`### ✋ Required approvals: ${approvals.required}`]
      : ['### ✋ Review checklist']
  if (approvals.required > 0 && approvals.reasons.length > 0)
    head.push('', ...approvals.reasons.map(reason => `- ${kit.text(reason)}`))
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
  deleted: '🗑️ Deleted objects',
  replaced: '♻️ Replaced objects',
  'nothing-to-revert': '♻️ Replaced without a code change: nothing to revert',
  'move-back': '🚚 Undo moves',
  'undo-import': '📥 Undo imports',
  're-import': '📤 Bring forgotten objects back',
  review: '✏️ Updated in place',
  recreate: '♻️ Recreate',
  'state-rm': '📥 Undo imports',
  'destroy-created': '🗑️ Destroy what was created'
}

/** A snippet's text for a fenced block: addresses with sensitive keys redacted, values redacted, nothing invisible. */
function snippetText(snippet: Snippet, kit: Kit): string {
  return snippet
    .map(part => {
      if (typeof part === 'string') return part
      if ('value' in part) return showInvisible(kit.scrub(part.value))
      const address = showInvisible(redactInstanceKeys(part.address, kit.scrub))
      return part.shell ? shellQuote(address) : address
    })
    .join('')
}

/**
 * A fenced code block inside a list item (indented two spaces): copied exactly, never autolinked or
 * read as HTML. The fence is longer than any backtick run inside, and no plan part can break a line.
 */
function fenced(snippets: Snippet[], language: string, separator: string, kit: Kit): string[] {
  const text = snippets.map(snippet => snippetText(snippet, kit)).join(separator)
  const fence = codeFence(text)
  return [
    `  ${fence}${language}`,
    ...text.split('\n').map(line => (line === '' ? '' : `  ${line}`)),
    `  ${fence}`
  ]
}

/** One rollback step: title, what to do, its addresses, then the blocks and commands to copy. */
export function renderRollbackStep(rollbackStep: RollbackStep, kit: Kit): string {
  const lines = [`- **${STEP_TITLE[rollbackStep.kind]}**: ${kit.own(rollbackStep.description)}`]
  const omitted = rollbackStep.omittedAddresses ?? 0
  if (rollbackStep.addresses.length + omitted > 0) {
    lines.push(
      `  - Addresses: ${kit.addresses(rollbackStep.addresses, kit.profile.addressesPerReason, omitted)}`
    )
  }
  if (rollbackStep.blocks.length > 0) lines.push('', ...fenced(rollbackStep.blocks, 'hcl', '\n\n', kit))
  if (rollbackStep.commands.length > 0) lines.push('', ...fenced(rollbackStep.commands, 'sh', '\n', kit))
  return lines.join('\n')
}

/**
 * The rollback plan: the data-loss warning first, then the steps in the order they would be taken.
 * Essential, filled after the other essentials: in a cut PR comment, optional lists go before it.
 */
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
  const items = steps.map(rollbackStep => renderRollbackStep(rollbackStep, kit))
  const tail = rollback.notes.length > 0 ? ['', ...rollback.notes.map(note => `_${kit.own(note)}_`)] : []
  return {
    title: 'Rollback plan',
    essential: true,
    head,
    items,
    tail,
    more: n => `- … ${n} more step(s); see the job summary`
  }
}

/** A root output's diff under its own name (`~ name: "a" → "b"`, `~ name.key: …`). */
function outputLines(output: OutputChange, kit: Kit): string[] {
  const nodes: DiffNode[] = output.diff.nodes.map(node =>
    node.key === '' ? { ...node, key: output.name } : node
  )
  const named = nodes.every(node => node.key === output.name)
  const diff = named
    ? { ...output.diff, nodes }
    : {
        ...output.diff,
        nodes: [
          {
            kind: 'object' as const,
            key: output.name,
            action: 'changed' as const,
            children: nodes,
            omitted: 0
          }
        ]
      }
  return renderResourceDiff(diff, {
    scrub: kit.scrub,
    maxLines: kit.profile.linesPerResource,
    collapsePending: false
  })
}

/** Root output changes, diffed like resources; sensitive ones say only whether they changed. */
export function buildOutputs(analysis: PlanAnalysis, kit: Kit): Section | undefined {
  const outputs = analysis.outputs.filter(output => output.kind !== 'no-op')
  if (outputs.length === 0) return undefined
  return {
    title: 'Output changes',
    essential: false,
    head: [`### Output changes (${outputs.length})`, ''],
    items: outputs.map(output => {
      const lines = outputLines(output, kit)
      return lines.length > 0 ? lines.join('\n') : `- ${kit.code(output.name)}: ${output.kind}`
    }),
    tail: [],
    more: n => `- … ${n} more output(s)`
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
