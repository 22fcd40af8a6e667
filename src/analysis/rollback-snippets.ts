/**
 * The configuration blocks and commands of the state-only rollback steps, as snippets whose plan
 * parts (addresses, IDs) renderers redact: a reverse `moved` block, a `removed` block with
 * `destroy = false` (or `terraform state rm`), an `import` block with the ID from the plan.
 */
import { LIMIT } from '../constants.js'
import type { ClassifiedChange, RollbackStep, Snippet } from './types.js'

/** Blocks and commands listed per step; beyond this the addresses are listed without them. */
export const COMMANDS_PER_STEP = 20

/** The text of a snippet as it would be pasted: plan parts as they are (renderers redact them). */
export function snippetText(snippet: Snippet): string {
  return snippet
    .map(part =>
      typeof part === 'string'
        ? part
        : 'value' in part
          ? part.value
          : part.shell
            ? shellQuote(part.address)
            : part.address
    )
    .join('')
}

export function moveBack(moved: ClassifiedChange[]): RollbackStep {
  const shown = moved.slice(0, COMMANDS_PER_STEP)
  return {
    kind: 'move-back',
    description:
      'These resources move to a new address. Reverting the `moved` blocks alone plans to destroy them and create new ones; to move them back, add a reverse `moved` block to the revert, or move the state entries by hand:',
    ...bounded(moved.map(change => change.address)),
    blocks: shown.map(change => [
      'moved {\n  from = ',
      { address: change.address },
      '\n  to   = ',
      { address: change.previousAddress ?? '' },
      '\n}'
    ]),
    commands: shown.map(change => [
      'terraform state mv ',
      { address: change.address, shell: true },
      ' ',
      { address: change.previousAddress ?? '', shell: true }
    ])
  }
}

export function undoImport(imported: ClassifiedChange[]): RollbackStep {
  const shown = imported.slice(0, COMMANDS_PER_STEP)
  return {
    kind: 'undo-import',
    description:
      'These existing objects are imported. Reverting the import plans to destroy them. To let go of an object without destroying it, replace its resource block with a `removed` block (`destroy = false`, Terraform 1.7 or later; it takes a resource without instance keys), or drop it from the state:',
    ...bounded(imported.map(change => change.address)),
    // A removed block names a whole resource: instance keys are not allowed in `from`.
    blocks: shown
      .filter(change => !change.address.includes('['))
      .map(change => [
        'removed {\n  from = ',
        { address: change.address },
        '\n  lifecycle {\n    destroy = false\n  }\n}'
      ]),
    commands: shown.map(change => ['terraform state rm ', { address: change.address, shell: true }])
  }
}

export function reImport(forgotten: ClassifiedChange[]): RollbackStep {
  const shown = forgotten.slice(0, COMMANDS_PER_STEP)
  const id = (change: ClassifiedChange): Snippet[number] =>
    change.objectId !== undefined ? { value: hclString(change.objectId) } : '"<ID>"'
  return {
    kind: 're-import',
    description:
      "Terraform stops managing these objects but does not destroy them. Reverting the `removed` block alone plans to create duplicates. To manage them again, restore their resource blocks and add an `import` block for each, with the ID from this plan (check it against the resource type's import documentation):",
    ...bounded(forgotten.map(change => change.address)),
    blocks: shown.map(change => [
      'import {\n  to = ',
      { address: change.address },
      '\n  id = ',
      id(change),
      '\n}'
    ]),
    commands: []
  }
}

/** The first LIMIT.reasonAddresses addresses and how many more. */
export function bounded(addresses: string[]): { addresses: string[]; omittedAddresses?: number } {
  const kept = addresses.slice(0, LIMIT.reasonAddresses)
  return addresses.length > kept.length
    ? { addresses: kept, omittedAddresses: addresses.length - kept.length }
    : { addresses: kept }
}

/** Single-quotes an address for POSIX shells (addresses hold `"` and `[]`, e.g. `aws_s3_bucket.b["logs"]`). */
export function shellQuote(address: string): string {
  return `'${address.replace(/'/g, `'\\''`)}'`
}

/** An HCL string literal: JSON escapes are HCL escapes; template sequences are doubled. */
function hclString(text: string): string {
  return JSON.stringify(text).replace(/\$\{/g, '$${').replace(/%\{/g, '%%{')
}
