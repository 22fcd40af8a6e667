/**
 * One resource's content as a collapsed block: the structural diff of an update or replacement, the
 * key attributes of a create (network exposure, IAM, encryption, public access, size) or what
 * identifies a deleted or forgotten object. Shared by the plan report and the drift report.
 */
import { leafChanges, type ResourceDiff } from '../analysis/diff/index.js'
import type { ClassifiedChange } from '../analysis/types.js'
import type { Kit } from './context.js'
import { renderKeyAttributes } from './diff/render-key-attributes.js'
import { renderResourceDiff } from './diff/render-diff.js'

const KIND: Record<ClassifiedChange['kind'], string> = {
  delete: 'delete',
  replace: 'replace',
  'create-forget': 'replace, old object forgotten',
  forget: 'forget (not destroyed)',
  create: 'create',
  update: 'update in place',
  read: 'read',
  'no-op': 'no change'
}

const OUTSIDE: Partial<Record<ClassifiedChange['kind'], string>> = {
  update: 'changed outside Terraform',
  delete: 'deleted outside Terraform'
}

export interface BlockOptions {
  /** The diff to show (the change's own, or what is left of it once shared changes are grouped). */
  diff?: ResourceDiff
  /** A drift entry: the change happened outside Terraform. */
  outside?: boolean
}

/**
 * `<details>` with the resource's lines, or undefined when there is nothing left to show (an update
 * whose every change is shown in a group).
 */
export function resourceBlock(
  change: ClassifiedChange,
  kit: Kit,
  options: BlockOptions = {}
): string | undefined {
  const lines: string[] = []
  let count = 0
  const diff = options.diff
  if (diff && (diff.nodes.length > 0 || diff.unmatchedReplacePaths.length > 0)) {
    lines.push(...renderResourceDiff(diff, { scrub: kit.scrub, maxLines: kit.profile.linesPerResource }))
    count += leafChanges(diff).length + diff.omitted
  }
  const keys = change.keyAttributes
  if (keys && keys.attributes.length + keys.omitted > 0) {
    if (lines.length > 0) lines.push('')
    lines.push(...renderKeyAttributes(keys.attributes, keys.omitted, kit.scrub))
  }
  const what = (options.outside ? OUTSIDE[change.kind] : undefined) ?? KIND[change.kind]
  if (lines.length === 0) {
    // Every change is shown in a group elsewhere; or nothing is known beyond the address.
    if (change.diff && diff !== change.diff) return undefined
    return `- ${kit.address(change.address)} — ${what}`
  }
  const facts = [what]
  if (count > 0) facts.push(`${count} change${count === 1 ? '' : 's'}`)
  else if (keys) facts.push(`${keys.attributes.length + keys.omitted} key attribute(s)`)
  if (change.diff && diff !== change.diff) facts.push('besides the shared changes above')
  return [
    `<details><summary>${kit.address(change.address)} — ${facts.join(' · ')}</summary>`,
    '',
    ...lines,
    '',
    '</details>'
  ].join('\n')
}
