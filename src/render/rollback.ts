/**
 * A minimal rollback plan derived from the analysis alone, used when the analysis does not supply
 * its own `RollbackPlan`: what reverting the change does to each group of resources, which
 * replacements lose data and need a restore, and the exact terraform commands where one exists.
 */
import { LIMIT } from '../constants.js'
import type { ClassifiedChange, PlanAnalysis, RollbackPlan, RollbackStep } from '../analysis/types.js'

/** Commands written out per step; a step about more addresses says how many it left out. */
const COMMANDS_PER_STEP = 20

/** Quotes an address for a POSIX shell so `["key"]` indexes survive copy-paste. */
export function quoteForShell(text: string): string {
  return `'${text.replace(/'/g, `'\\''`)}'`
}

/** Addresses the risk rules flagged as destroying stored data (critical reasons about data-bearing types). */
function dataBearingAddresses(analysis: PlanAnalysis): Set<string> {
  const addresses = new Set<string>()
  for (const reason of analysis.risk.reasons) {
    if (reason.rule === 'data-bearing-destroy') for (const address of reason.addresses) addresses.add(address)
  }
  return addresses
}

function bounded(addresses: string[]): Pick<RollbackStep, 'addresses' | 'omittedAddresses'> {
  const limit = LIMIT.reasonAddresses
  return { addresses: addresses.slice(0, limit), omittedAddresses: Math.max(0, addresses.length - limit) }
}

function step(
  kind: RollbackStep['kind'],
  description: string,
  addresses: string[],
  command?: (address: string) => string
): RollbackStep {
  const commands = command ? addresses.slice(0, COMMANDS_PER_STEP).map(command) : []
  return { kind, description, ...bounded(addresses), commands }
}

const pick = (changes: ClassifiedChange[], test: (change: ClassifiedChange) => boolean): string[] =>
  changes.filter(test).map(change => change.address)

/** Derives the rollback plan; pure, so the lead can also put it in the artifact manifest. */
export function deriveRollbackPlan(analysis: PlanAnalysis, commitSha?: string): RollbackPlan {
  if (!analysis.hasChanges) return { needed: false, dataLoss: false, steps: [], notes: [] }
  const changes = analysis.changes
  const dataBearing = dataBearingAddresses(analysis)
  const destructive = analysis.destructiveAddresses
  const lossy = destructive.filter(address => dataBearing.has(address))
  const recreatable = destructive.filter(address => !dataBearing.has(address))
  const created = pick(changes, change => change.kind === 'create')
  const steps: RollbackStep[] = []

  steps.push({
    kind: 'revert-commit',
    description:
      'Revert the configuration change and apply the resulting plan: updated resources get their previous values back, created resources are destroyed, destroyed ones are created again (empty, with new IDs).',
    ...bounded(created),
    commands: [
      `git revert ${commitSha ?? '<COMMIT_SHA>'}`,
      'terraform plan -input=false -out=rollback.tfplan',
      'terraform apply rollback.tfplan'
    ]
  })
  if (lossy.length > 0) {
    steps.push(
      step(
        'restore-data',
        'These data-bearing resources are destroyed or replaced: reverting recreates them empty. Take a backup or snapshot before applying, and restore it after a rollback.',
        lossy
      )
    )
  }
  if (recreatable.length > 0) {
    steps.push(
      step(
        'recreate',
        'Destroyed or replaced resources come back only as new objects: anything that refers to their old IDs must be updated.',
        recreatable
      )
    )
  }
  const imported = pick(changes, change => change.importing)
  if (imported.length > 0) {
    steps.push(
      step(
        'state-rm',
        'Undo an import without destroying the real object: remove it from state.',
        imported,
        a => `terraform state rm ${quoteForShell(a)}`
      )
    )
  }
  const moved = changes.filter(change => change.previousAddress !== undefined)
  if (moved.length > 0) {
    steps.push({
      kind: 'move-back',
      description: 'Moves are undone by a reverse moved block, or directly in state:',
      ...bounded(moved.map(change => change.address)),
      commands: moved
        .slice(0, COMMANDS_PER_STEP)
        .map(
          change =>
            `terraform state mv ${quoteForShell(change.address)} ${quoteForShell(change.previousAddress ?? '')}`
        )
    })
  }
  const forgotten = pick(changes, change => change.kind === 'forget' || change.kind === 'create-forget')
  if (forgotten.length > 0) {
    steps.push(
      step(
        're-import',
        'Forgotten objects still exist but are no longer managed; import them again to take them back.',
        forgotten,
        a => `terraform import ${quoteForShell(a)} <ID>`
      )
    )
  }
  const notes = [
    'Derived from the plan alone: check provider documentation for resources whose deletion cannot be undone.'
  ]
  if (analysis.omittedChanges > 0)
    notes.push(`${analysis.omittedChanges} change(s) were not kept in detail; review the full plan.`)
  return { needed: true, dataLoss: lossy.length > 0, steps, notes }
}
