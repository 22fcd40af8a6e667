/**
 * The rollback plan of a Pulumi preview, in the shape deriveRollbackPlan (rollback.ts) gives a
 * Terraform plan and after the procedure the IaC standards set (select the stack, undo by URN,
 * verify): revert the commit and preview the way back; for data-bearing or protected resources the
 * change deletes or replaces, the backup, state export and import that bring the data back; then
 * the targeted command that undoes each kind of change (`pulumi destroy --target` for what it
 * creates, `pulumi up --target` for what it deletes or updates, `pulumi import` for what it only
 * forgets, `pulumi state delete` for what it imports). Derived from the analysis alone; it advises,
 * it never promises a rollback is safe. URNs are single-quoted for POSIX shells (`$` in nested
 * types), and an address with control characters gets no command at all.
 */
import { LIMIT } from '../constants.js'
import { parseUrn } from '../plan/pulumi/urn.js'
import type {
  ChangeKind,
  ClassifiedChange,
  PlanAnalysis,
  RollbackPlan,
  RollbackStep,
  Snippet
} from './types.js'

/** A step while it is built: commands as shell lines (made into snippets at the end). */
type PulumiStep = Omit<RollbackStep, 'commands' | 'blocks'> & { commands: string[] }

/** Commands listed per step, as in rollback.ts; the addresses beyond are listed without one. */
const COMMANDS_PER_STEP = 20

/** Commit SHAs are hex; anything else stays a placeholder rather than being pasted into a command. */
const COMMIT_SHA = /^[0-9a-f]{7,64}$/i

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/

/** Derives the rollback plan of an analysed Pulumi plan; `commitSha` replaces <COMMIT_SHA> when it is one. */
export function derivePulumiRollbackPlan(analysis: PlanAnalysis, commitSha?: string): RollbackPlan {
  const { steps, ...plan } = deriveSteps(analysis)
  const sha = commitSha && COMMIT_SHA.test(commitSha) ? commitSha : undefined
  return {
    ...plan,
    steps: steps.map(step => ({
      ...step,
      blocks: [],
      commands: step.commands.map(command => snippetOf(sha ? command.replace('<COMMIT_SHA>', sha) : command))
    }))
  }
}

/**
 * A command line as a snippet: its single-quoted words (URNs, types, names, the stack: taken from the
 * preview) are plan values the report redacts; the rest is the action's own words.
 */
function snippetOf(command: string): Snippet {
  const parts: Snippet = []
  let last = 0
  for (const match of command.matchAll(/'(?:[^']|'\\'')*'/g)) {
    if (match.index > last) parts.push(command.slice(last, match.index))
    parts.push({ value: match[0] })
    last = match.index + match[0].length
  }
  if (last < command.length) parts.push(command.slice(last))
  return parts
}

function deriveSteps(analysis: PlanAnalysis): Omit<RollbackPlan, 'steps'> & { steps: PulumiStep[] } {
  const facts = analysis.pulumi
  const stacks = facts?.stacks ?? []
  const notes = planNotes(analysis, stacks)
  if (!analysis.hasChanges) {
    return {
      needed: false,
      dataLoss: false,
      steps: [],
      notes: ['Nothing to undo: the preview changes no resource.', ...notes]
    }
  }
  const stack = stacks.length === 1 && !CONTROL.test(stacks[0]) ? stacks[0] : undefined
  const select = `pulumi stack select ${stack === undefined ? '<STACK>' : shellQuote(stack)}`
  const exportFile = `${(stack ?? 'stack').replace(/[^A-Za-z0-9._-]/g, '_')}-before-change.json`
  const dataReason = analysis.risk.reasons.find(reason => reason.rule === 'data-bearing-destroy')
  const restored = new Set([...(dataReason?.addresses ?? []), ...(facts?.protectedDestroys ?? [])])
  const byKind = (kinds: ChangeKind[], predicate: (change: ClassifiedChange) => boolean = () => true) =>
    analysis.changes.filter(change => kinds.includes(change.kind) && predicate(change))
  const notRestored = (change: ClassifiedChange) => !restored.has(change.address)
  const steps: PulumiStep[] = [
    {
      kind: 'revert-commit',
      description:
        'Revert the commit that introduced this change and run the pipeline again (preview, review, up) on the same stack. Pulumi then previews the way back; review that preview as carefully as this one.',
      addresses: [],
      commands: ['git revert <COMMIT_SHA>', select, 'pulumi preview --diff', 'pulumi up']
    }
  ]
  const restoredChanges = byKind(['delete', 'replace', 'forget', 'create-forget'], change =>
    restored.has(change.address)
  )
  // The risk reason's addresses may include changes not kept in `changes`: list them all.
  const restoreAddresses = [...restored]
  if (restoreAddresses.length > 0) {
    steps.push({
      kind: 'restore-data',
      description:
        'These resources hold data or are protected, and the change deletes or replaces them: once applied, the old object and its data are gone, and reverting creates an empty one. ' +
        'Before applying, back each one up (snapshot, export) and export the stack, whose checkpoint records every object’s ID and settings. ' +
        'To roll back, restore the backup into a new object, drop the empty replacement from the stack’s state (`pulumi state delete`, `--force` if it is protected) and import the restored object in its place (`pulumi import` protects it; add `--parent <name>=<parent URN>` for a resource with a parent):',
      ...bounded(restoreAddresses, dataReason?.omittedAddresses ?? 0),
      commands: [
        select,
        `pulumi stack export --file ${shellQuote(exportFile)}`,
        ...perAddress(restoreAddresses, urn => {
          const change = restoredChanges.find(candidate => candidate.address === urn)
          const parsed = parseUrn(urn)
          if (!parsed) return []
          const importing = `pulumi import ${shellQuote(parsed.type)} ${shellQuote(parsed.name)} '<RESTORED_ID>'`
          // A deleted resource is gone from the state already; a replaced one left an empty successor there.
          return change?.kind === 'delete' || change?.kind === 'forget'
            ? [importing]
            : [`pulumi state delete ${shellQuote(urn)}`, importing]
        })
      ]
    })
  }
  const deleted = byKind(['delete'], notRestored)
  if (deleted.length > 0) {
    steps.push(
      targeted(
        'recreate',
        'These resources are deleted. After the revert, `pulumi up` recreates them as new objects with new IDs (or only them, with --target); anything outside the stack that used the old IDs must be updated.',
        deleted,
        select,
        urn => [`pulumi up --target ${shellQuote(urn)}`]
      )
    )
  }
  const replaced = byKind(['replace'], notRestored)
  if (replaced.length > 0) {
    steps.push(
      targeted(
        'recreate',
        'These resources are replaced (deleted and created again). The old objects cannot be brought back; reverting replaces them once more. If a new object comes up unhealthy, replace it again:',
        replaced,
        select,
        urn => [`pulumi up --target ${shellQuote(urn)} --replace ${shellQuote(urn)}`]
      )
    )
  }
  const created = byKind(['create', 'create-forget'], change => !change.importing)
  if (created.length > 0) {
    steps.push(
      targeted(
        'destroy-created',
        'These resources are created. To take back only them, without a full revert, destroy each by URN (add --target-dependents when others depend on it), then remove it from the program, or the next `pulumi up` creates it again:',
        created,
        select,
        urn => [`pulumi destroy --target ${shellQuote(urn)}`]
      )
    )
  }
  const forgotten = byKind(['forget', 'create-forget'], notRestored)
  if (forgotten.length > 0) {
    steps.push(
      targeted(
        're-import',
        'Pulumi drops these resources from the stack (retainOnDelete) but leaves the objects in the cloud. To manage them again, restore their code and import them (note their IDs before applying):',
        forgotten,
        select,
        urn => {
          const parsed = parseUrn(urn)
          return parsed ? [`pulumi import ${shellQuote(parsed.type)} ${shellQuote(parsed.name)} '<ID>'`] : []
        }
      )
    )
  }
  const imported = analysis.changes.filter(change => change.importing)
  if (imported.length > 0) {
    steps.push(
      targeted(
        'state-rm',
        'These existing objects are imported into the stack. To undo an import without deleting the object, remove it from the program and drop it from the stack’s state:',
        imported,
        select,
        urn => [`pulumi state delete ${shellQuote(urn)}`]
      )
    )
  }
  const moved = analysis.changes.filter(change => change.previousAddress !== undefined)
  if (moved.length > 0) {
    steps.push({
      kind: 'move-back',
      description:
        'These resources take a new URN, matched to the old one by an alias. Reverting moves them back; keep the alias until the revert is applied, or Pulumi deletes the object and creates a new one.',
      ...bounded(moved.map(change => change.address)),
      commands: []
    })
  }
  const updated = byKind(['update'])
  if (updated.length > 0) {
    steps.push(
      targeted(
        'review',
        'These resources are updated in place; reverting restores the earlier values (after the revert, `pulumi up --target` restores one alone). Values shown as (sensitive) or (known after apply) cannot be checked here: compare them by hand.',
        updated,
        select,
        urn => [`pulumi up --target ${shellQuote(urn)}`]
      )
    )
  }
  return { needed: true, dataLoss: dataReason !== undefined, steps, notes }
}

/** Caveats for every step. */
function planNotes(analysis: PlanAnalysis, stacks: string[]): string[] {
  const notes: string[] = []
  const facts = analysis.pulumi
  if (analysis.unreadable.length > 0) {
    notes.push('The preview holds steps infra-guard could not read; this rollback plan may be incomplete.')
  }
  if (analysis.omittedChanges > 0) {
    notes.push(
      `Only ${analysis.changes.length} of the preview's changes are listed here; check the full preview for the rest.`
    )
  }
  if (stacks.length !== 1) {
    notes.push(
      stacks.length === 0
        ? 'The preview names no stack: replace <STACK> with the stack it was made for.'
        : `The preview names ${stacks.length} stacks; roll back each on its own (replace <STACK>).`
    )
  }
  if ((facts?.protectedDestroys.length ?? 0) + (facts?.omittedProtectedDestroys ?? 0) > 0) {
    notes.push(
      'Pulumi refuses to apply this change as it stands: it deletes or replaces protected resources. Unprotect them deliberately first (`protect: false`, or `pulumi state unprotect`), in a change of its own.'
    )
  }
  if ((facts?.assumedReplacements ?? 0) > 0) {
    notes.push(
      `${facts?.assumedReplacements} replacement(s) were read without their create and delete steps (a preview without --show-replacement-steps): each is assumed to delete the old object first.`
    )
  }
  const unquotable = analysis.changes.filter(change => CONTROL.test(change.address)).length
  if (unquotable > 0) {
    notes.push(`${unquotable} URN(s) hold control characters; no command is written for them.`)
  }
  return notes
}

/** A step with `pulumi stack select` and one command (or a few) per URN. */
function targeted(
  kind: RollbackStep['kind'],
  description: string,
  changes: ClassifiedChange[],
  select: string,
  commands: (urn: string) => string[]
): PulumiStep {
  const addresses = changes.map(change => change.address)
  return { kind, description, ...bounded(addresses), commands: [select, ...perAddress(addresses, commands)] }
}

/** The commands for the first COMMANDS_PER_STEP addresses that can be quoted safely. */
function perAddress(addresses: string[], commands: (urn: string) => string[]): string[] {
  return addresses
    .filter(address => !CONTROL.test(address))
    .slice(0, COMMANDS_PER_STEP)
    .flatMap(commands)
}

function bounded(
  addresses: string[],
  alreadyOmitted = 0
): { addresses: string[]; omittedAddresses?: number } {
  const kept = addresses.slice(0, LIMIT.reasonAddresses)
  const omitted = addresses.length - kept.length + alreadyOmitted
  return omitted > 0 ? { addresses: kept, omittedAddresses: omitted } : { addresses: kept }
}

/** Single-quotes text for POSIX shells (URNs hold `$` and `::`; names may hold quotes). */
function shellQuote(text: string): string {
  return `'${text.replace(/'/g, `'\\''`)}'`
}
