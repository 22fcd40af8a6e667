/**
 * A rollback plan derived from the plan alone, chosen per resource by why it changes. Reverting the
 * commit is right for what the code caused (creates, updates, deletes, replacements), but wrong for
 * state-only operations, which the tests prove by applying, reverting and planning again: a reverted
 * `moved` block plans destroy + create (a reverse `moved` block moves back), a reverted import plans
 * a destroy (a `removed` block with `destroy = false` or `terraform state rm` lets go), a reverted
 * `removed` block plans a duplicate (an `import` block with the object's ID adopts it again), and a
 * taint or `-replace` leaves nothing to revert. Deletions of data-bearing resources need a backup.
 * The wording advises; it never promises that a rollback is safe.
 */
import { describeActionReason, isReasonOutsideConfig } from './action-reasons.js'
import { bounded, COMMANDS_PER_STEP, moveBack, reImport, undoImport } from './rollback-snippets.js'
import type { ClassifiedChange, PlanAnalysis, RollbackPlan, RollbackStep, Snippet } from './types.js'

export { shellQuote, snippetText } from './rollback-snippets.js'

/** Commit SHAs are hex; anything else stays a placeholder rather than being pasted into a command. */
const COMMIT_SHA = /^[0-9a-f]{7,64}$/i

/**
 * Derives the rollback plan for an analysed plan. When `commitSha` is a real SHA it replaces the
 * <COMMIT_SHA> placeholder in the revert command.
 */
export function deriveRollbackPlan(analysis: PlanAnalysis, commitSha?: string): RollbackPlan {
  const plan = deriveSteps(analysis)
  if (!commitSha || !COMMIT_SHA.test(commitSha)) return plan
  const fill = (snippet: Snippet): Snippet =>
    snippet.map(part => (typeof part === 'string' ? part.replace('<COMMIT_SHA>', commitSha) : part))
  return { ...plan, steps: plan.steps.map(step => ({ ...step, commands: step.commands.map(fill) })) }
}

/** What each change needs, by why it changes. */
interface Groups {
  dataLoss: string[]
  dataLossOmitted: number
  deleted: ClassifiedChange[]
  replaced: ClassifiedChange[]
  outsideConfig: ClassifiedChange[]
  moved: ClassifiedChange[]
  imported: ClassifiedChange[]
  forgotten: ClassifiedChange[]
  updated: ClassifiedChange[]
  fromConfig: boolean
}

function group(analysis: PlanAnalysis): Groups {
  const dataReason = analysis.risk.reasons.find(reason => reason.rule === 'data-bearing-destroy')
  const dataBearing = new Set(dataReason?.addresses ?? [])
  const changes = analysis.changes
  const outsideConfig = changes.filter(c => c.kind === 'replace' && isReasonOutsideConfig(c.actionReason))
  return {
    dataLoss: dataReason?.addresses ?? [],
    dataLossOmitted: dataReason?.omittedAddresses ?? 0,
    deleted: changes.filter(c => c.kind === 'delete' && !dataBearing.has(c.address)),
    replaced: changes.filter(
      c => c.kind === 'replace' && !dataBearing.has(c.address) && !outsideConfig.includes(c)
    ),
    outsideConfig: outsideConfig.filter(c => !dataBearing.has(c.address)),
    moved: changes.filter(c => c.previousAddress !== undefined),
    imported: changes.filter(c => c.importing),
    forgotten: changes.filter(c => c.kind === 'forget' || c.kind === 'create-forget'),
    updated: changes.filter(c => c.kind === 'update'),
    // Anything but a taint or -replace came from the code (or the plan was too big to tell).
    fromConfig:
      analysis.omittedChanges > 0 ||
      changes.some(c => !outsideConfig.includes(c)) ||
      analysis.outputs.some(output => output.kind !== 'no-op')
  }
}

function deriveSteps(analysis: PlanAnalysis): RollbackPlan {
  const notes: string[] = []
  if (analysis.unreadable.length > 0) {
    notes.push('The plan holds entries infra-guard could not read; this rollback plan may be incomplete.')
  }
  if (analysis.omittedChanges > 0) {
    notes.push(
      `Only ${analysis.changes.length} of the plan's changes are listed here; check the full plan for the rest.`
    )
  }
  if (!analysis.hasChanges) {
    return {
      needed: false,
      dataLoss: false,
      steps: [],
      notes: ['Nothing to undo: the plan changes no resource.', ...notes]
    }
  }
  const groups = group(analysis)
  const steps: RollbackStep[] = []
  if (groups.fromConfig) steps.push(revertStep(groups))
  if (groups.dataLoss.length > 0) {
    steps.push(
      step(
        'restore-data',
        'These data-bearing resources are deleted or replaced. Once applied, their data is gone: reverting the code creates them again, empty, as new objects. Take a backup or snapshot before applying, and restore from it to roll back. Record their current settings first:',
        groups.dataLoss,
        { commands: address => [['terraform state show ', { address, shell: true }]] },
        groups.dataLossOmitted
      )
    )
  }
  if (groups.deleted.length > 0) {
    steps.push(
      step(
        'deleted',
        'These resources are deleted. Reverting the code creates new objects with new IDs (it cannot bring the old ones back); anything outside this configuration that refers to the old IDs must be updated.',
        groups.deleted.map(change => change.address)
      )
    )
  }
  if (groups.replaced.length > 0) {
    steps.push(
      step(
        'replaced',
        'These resources are replaced (destroyed, then created) because the code changed. The old objects cannot be brought back; reverting the code replaces them once more. If a new object comes up unhealthy, replace it again:',
        groups.replaced.map(change => change.address),
        { commands: address => [['terraform apply -replace=', { address, shell: true }]] }
      )
    )
  }
  if (groups.outsideConfig.length > 0) {
    const reasons = [
      ...new Set(
        groups.outsideConfig.map(c => describeActionReason(c.actionReason, c.kind) ?? 'taint or `-replace`')
      )
    ]
    steps.push(
      step(
        'nothing-to-revert',
        `These resources are replaced without a code change: ${reasons.join('; ')}. After apply there is nothing to revert: reverting changes nothing, and the old objects are gone. If a new object misbehaves, replace it again:`,
        groups.outsideConfig.map(change => change.address),
        { commands: address => [['terraform apply -replace=', { address, shell: true }]] }
      )
    )
  }
  if (groups.moved.length > 0) steps.push(moveBack(groups.moved))
  if (groups.imported.length > 0) steps.push(undoImport(groups.imported))
  if (groups.forgotten.length > 0) steps.push(reImport(groups.forgotten))
  if (groups.updated.length > 0) {
    steps.push(
      step(
        'review',
        'These resources are updated in place; reverting the code restores the earlier values. Values shown as (sensitive) or (known after apply) cannot be checked here: compare them by hand.',
        groups.updated.map(change => change.address)
      )
    )
  }
  return { needed: true, dataLoss: groups.dataLoss.length > 0, steps, notes }
}

function revertStep(groups: Groups): RollbackStep {
  const wrong: [number, string, string][] = [
    [groups.moved.length, 'moves', 'destroy and recreate the moved objects'],
    [groups.imported.length, 'imports', 'destroy the imported objects'],
    [groups.forgotten.length, 'forgets', 'create duplicates of the forgotten objects']
  ]
  const present = wrong.filter(([count]) => count > 0)
  const caveat =
    present.length > 0
      ? ` A plain revert gets the ${present.map(([, what]) => what).join(' and ')} below wrong (it would ${present.map(([, , how]) => how).join(', ')}): add the blocks their steps give to the revert commit.`
      : ''
  return {
    kind: 'revert-commit',
    description: `Revert the commit that introduced this change and run the pipeline again (plan, review, apply). Terraform then plans the way back: it destroys what this plan creates and restores what it updates; review that plan as carefully as this one.${caveat}`,
    addresses: [],
    blocks: [],
    commands: [
      ['git revert <COMMIT_SHA>'],
      ['terraform plan -out=rollback.tfplan'],
      ['terraform apply rollback.tfplan']
    ]
  }
}

function step(
  kind: RollbackStep['kind'],
  description: string,
  addresses: string[],
  make: { commands?: (address: string) => Snippet[] } = {},
  alreadyOmitted = 0
): RollbackStep {
  const list = bounded(addresses)
  if (alreadyOmitted > 0) list.omittedAddresses = (list.omittedAddresses ?? 0) + alreadyOmitted
  return {
    kind,
    description,
    ...list,
    blocks: [],
    commands: make.commands ? list.addresses.slice(0, COMMANDS_PER_STEP).flatMap(make.commands) : []
  }
}
