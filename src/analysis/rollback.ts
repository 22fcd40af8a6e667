/**
 * A rollback plan derived from the plan alone: what to revert, which deletions and replacements lose
 * data that only a backup can bring back, and the exact terraform commands where one exists. The
 * wording is deliberately conservative: it advises, it never promises that a rollback is safe.
 */
import { LIMIT } from '../constants.js'
import type { ChangeKind, ClassifiedChange, PlanAnalysis, RollbackPlan, RollbackStep } from './types.js'

/** Commands listed per step; beyond this the addresses are listed without one command each. */
const COMMANDS_PER_STEP = 20

/** Commit SHAs are hex; anything else stays a placeholder rather than being pasted into a command. */
const COMMIT_SHA = /^[0-9a-f]{7,64}$/i

/**
 * Derives the rollback plan for an analysed plan. When `commitSha` is a real SHA it replaces the
 * <COMMIT_SHA> placeholder in the revert command.
 */
export function deriveRollbackPlan(analysis: PlanAnalysis, commitSha?: string): RollbackPlan {
  const plan = deriveSteps(analysis)
  if (!commitSha || !COMMIT_SHA.test(commitSha)) return plan
  return {
    ...plan,
    steps: plan.steps.map(step => ({
      ...step,
      commands: step.commands.map(command => command.replace('<COMMIT_SHA>', commitSha))
    }))
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
  const dataReason = analysis.risk.reasons.find(reason => reason.rule === 'data-bearing-destroy')
  const dataBearing = new Set(dataReason?.addresses ?? [])
  const steps: RollbackStep[] = [
    {
      kind: 'revert-commit',
      description:
        'Revert the commit that introduced this change and run the pipeline again (plan, review, apply). Terraform then plans the way back; review that plan as carefully as this one.',
      addresses: [],
      commands: [
        'git revert <COMMIT_SHA>',
        'terraform plan -out=rollback.tfplan',
        'terraform apply rollback.tfplan'
      ]
    }
  ]
  const byKind = (
    kinds: ChangeKind[],
    predicate: (c: ClassifiedChange) => boolean = () => true
  ): ClassifiedChange[] => analysis.changes.filter(change => kinds.includes(change.kind) && predicate(change))

  if (dataReason) {
    steps.push(
      step(
        'restore-data',
        'These data-bearing resources are deleted or replaced. Once applied, their data is gone: reverting the code recreates them empty. Take a backup or snapshot before applying, and restore from it if you roll back. Record their current settings first:',
        dataReason.addresses,
        address => `terraform state show ${quote(address)}`,
        dataReason.omittedAddresses
      )
    )
  }
  const deleted = byKind(['delete'], change => !dataBearing.has(change.address))
  if (deleted.length > 0) {
    steps.push(
      step(
        'recreate',
        'These resources are deleted. Reverting recreates them as new objects with new IDs; anything that referred to the old IDs outside this configuration must be updated.',
        deleted.map(change => change.address)
      )
    )
  }
  const replaced = byKind(['replace'], change => !dataBearing.has(change.address))
  if (replaced.length > 0) {
    steps.push(
      step(
        'recreate',
        'These resources are replaced (destroyed and created again). The old objects cannot be brought back; reverting replaces them once more. If a new object comes up unhealthy, replace it again:',
        replaced.map(change => change.address),
        address => `terraform apply -replace=${quote(address)}`
      )
    )
  }
  const forgotten = byKind(['forget', 'create-forget'])
  if (forgotten.length > 0) {
    steps.push(
      step(
        're-import',
        'Terraform stops managing these resources but does not destroy them. To manage them again, restore their configuration and import them (note their IDs before applying):',
        forgotten.map(change => change.address),
        address => `terraform import ${quote(address)} <ID>`
      )
    )
  }
  const imported = analysis.changes.filter(change => change.importing && change.kind !== 'create')
  if (imported.length > 0) {
    steps.push(
      step(
        'state-rm',
        'These existing objects are imported. To undo an import without destroying the object, remove the import block and drop it from state:',
        imported.map(change => change.address),
        address => `terraform state rm ${quote(address)}`
      )
    )
  }
  const moved = analysis.changes.filter(change => change.previousAddress !== undefined)
  if (moved.length > 0) {
    steps.push({
      kind: 'move-back',
      description:
        'These resources move to a new address. Reverting the moved blocks moves them back; without a revert, add a reverse moved block or move the state entry back:',
      ...bounded(moved.map(change => change.address)),
      commands: moved
        .slice(0, COMMANDS_PER_STEP)
        .map(change => `terraform state mv ${quote(change.address)} ${quote(change.previousAddress ?? '')}`)
    })
  }
  const updated = byKind(['update'])
  if (updated.length > 0) {
    steps.push(
      step(
        'review',
        'These resources are updated in place; reverting restores the earlier values. Values shown as (sensitive) or (known after apply) cannot be checked here: compare them by hand.',
        updated.map(change => change.address)
      )
    )
  }
  return { needed: true, dataLoss: dataReason !== undefined, steps, notes }
}

function step(
  kind: RollbackStep['kind'],
  description: string,
  addresses: string[],
  command?: (address: string) => string,
  alreadyOmitted = 0
): RollbackStep {
  const list = bounded(addresses)
  if (alreadyOmitted > 0) list.omittedAddresses = (list.omittedAddresses ?? 0) + alreadyOmitted
  return {
    kind,
    description,
    ...list,
    commands: command ? list.addresses.slice(0, COMMANDS_PER_STEP).map(command) : []
  }
}

function bounded(addresses: string[]): { addresses: string[]; omittedAddresses?: number } {
  const kept = addresses.slice(0, LIMIT.reasonAddresses)
  return addresses.length > kept.length
    ? { addresses: kept, omittedAddresses: addresses.length - kept.length }
    : { addresses: kept }
}

/** Single-quotes an address for POSIX shells (addresses hold `"` and `[]`, e.g. `aws_s3_bucket.b["logs"]`). */
function quote(address: string): string {
  return `'${address.replace(/'/g, `'\\''`)}'`
}
