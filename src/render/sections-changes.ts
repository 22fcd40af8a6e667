/**
 * Resources by action: destructive changes first (every destroyed or replaced address, from the
 * analysis' bounded list), then the other actions, then attribute changes in collapsed blocks.
 */
import type { ChangeKind, ClassifiedChange, PlanAnalysis } from '../analysis/types.js'
import type { Kit } from './context.js'
import type { Section } from './document.js'

const KIND_LABEL: Record<ChangeKind, string> = {
  delete: '🗑️ Delete',
  replace: '♻️ Replace',
  'create-forget': '♻️ Replace, old object forgotten (not destroyed)',
  forget: '📤 Forget (removed from state, not destroyed)',
  create: '➕ Create',
  update: '✏️ Update in place',
  read: '📖 Read (data source)',
  'no-op': 'No change'
}

/** Order in which non-destructive actions are listed. */
const OTHER_KINDS: ChangeKind[] = ['create-forget', 'forget', 'update', 'create']

function isDestructive(change: ClassifiedChange): boolean {
  return change.kind === 'delete' || change.kind === 'replace'
}

/** Facts a reviewer needs next to an address: ordering, cause, flags. */
function describeFlags(change: ClassifiedChange, kit: Kit): string {
  const flags: string[] = []
  if (change.kind === 'replace')
    flags.push(change.createBeforeDestroy ? 'create before destroy' : 'destroy before create')
  const forcing = change.attributes
    .filter(attribute => attribute.forcesReplacement)
    .map(attribute => kit.code(attribute.path))
  if (forcing.length > 0) flags.push(`forced by ${forcing.join(', ')}`)
  if (change.actionReason) flags.push(`reason ${kit.code(change.actionReason)}`)
  if (change.deposed) flags.push(`deposed object ${kit.code(change.deposed)}`)
  if (change.importing) flags.push('imported')
  if (change.previousAddress) flags.push(`moved from ${kit.code(change.previousAddress)}`)
  return flags.length > 0 ? ` — ${flags.join('; ')}` : ''
}

/** Every destroyed or replaced address; essential, so a cut comment still shows what is lost. */
export function buildDestructive(analysis: PlanAnalysis, kit: Kit): Section | undefined {
  const total = analysis.destructiveAddresses.length + analysis.omittedDestructiveAddresses
  if (total === 0) return undefined
  const detail = new Map<string, ClassifiedChange>()
  for (const change of analysis.changes) if (isDestructive(change)) detail.set(change.address, change)
  const items = analysis.destructiveAddresses.map(address => {
    const change = detail.get(address)
    if (!change) return `- ${kit.code(address)}`
    return `- **${change.kind}** ${kit.code(address)}${describeFlags(change, kit)}`
  })
  return {
    title: 'Destructive changes',
    essential: true,
    head: [`### 🔥 Destroyed or replaced (${total})`, ''],
    items,
    tail: [],
    more: n => `- … ${n} more destroyed or replaced address(es) not shown here`,
    alsoOmitted: analysis.omittedDestructiveAddresses
  }
}

/** Creates, updates, forgets, imports and moves, each under its own heading. */
export function buildOtherChanges(analysis: PlanAnalysis, kit: Kit): Section | undefined {
  const items: string[] = []
  for (const kind of OTHER_KINDS) {
    const changes = analysis.changes.filter(change => change.kind === kind)
    if (changes.length === 0) continue
    items.push(`#### ${KIND_LABEL[kind]} (${changes.length})`)
    for (const change of changes) items.push(`- ${kit.code(change.address)}${describeFlags(change, kit)}`)
  }
  const imports = analysis.changes.filter(change => change.importing)
  if (imports.length > 0) {
    items.push(`#### 📥 Import (${imports.length})`)
    for (const change of imports) items.push(`- ${kit.code(change.address)} (${change.kind})`)
  }
  const moves = analysis.changes.filter(change => change.previousAddress !== undefined)
  if (moves.length > 0) {
    items.push(`#### 🚚 Move (${moves.length})`)
    for (const change of moves)
      items.push(`- ${kit.code(change.previousAddress ?? '')} → ${kit.code(change.address)}`)
  }
  if (analysis.omittedChanges > 0) {
    items.push(
      `- … ${analysis.omittedChanges} further change(s) were counted but not kept in detail (plan too large)`
    )
  }
  if (items.length === 0) return undefined
  return {
    title: 'Other changes',
    essential: false,
    head: ['### Other changes by action', ''],
    items,
    tail: [],
    more: n => `- … ${n} more line(s) not shown here`
  }
}

/** One collapsed block per resource with its attribute table. */
function renderAttributeBlock(change: ClassifiedChange, kit: Kit): string {
  const forcing = change.attributes.filter(attribute => attribute.forcesReplacement).length
  const summaryFacts = [
    `${change.kind}`,
    `${change.attributes.length + change.omittedAttributes} attribute(s)`
  ]
  if (forcing > 0) summaryFacts.push(`${forcing} force replacement`)
  const rows = change.attributes.map(attribute => {
    const flag = attribute.forcesReplacement ? '⚠️ forces replacement' : ''
    return `| ${kit.code(attribute.path)} | ${kit.value(attribute.before)} | ${kit.value(attribute.after)} | ${flag} |`
  })
  const lines = [
    `<details><summary>${kit.code(change.address)} — ${summaryFacts.join(', ')}</summary>`,
    '',
    '| Attribute | Before | After | |',
    '| --- | --- | --- | --- |',
    ...rows
  ]
  if (change.omittedAttributes > 0)
    lines.push('', `… ${change.omittedAttributes} more attribute change(s) not shown.`)
  lines.push('', '</details>')
  return lines.join('\n')
}

/** Attribute changes (before → after) for updates and replacements, each resource collapsed. */
export function buildAttributes(analysis: PlanAnalysis, kit: Kit): Section | undefined {
  const changes = analysis.changes.filter(change => change.attributes.length > 0)
  if (changes.length === 0) return undefined
  return {
    title: 'Attribute changes',
    essential: false,
    head: [`### Attribute changes (${changes.length} resource(s))`, ''],
    items: changes.map(change => renderAttributeBlock(change, kit)),
    tail: [],
    more: n => `\n… attribute changes of ${n} more resource(s) not shown here.`
  }
}

/** Changes made outside Terraform since the last apply (`resource_drift`). */
export function buildDrift(analysis: PlanAnalysis, kit: Kit): Section | undefined {
  if (analysis.driftCount === 0 && analysis.drift.length === 0) return undefined
  const items = analysis.drift.map(change => {
    const attributes = change.attributes.map(
      attribute =>
        `${kit.code(attribute.path)}: ${kit.value(attribute.before)} → ${kit.value(attribute.after)}`
    )
    const detail =
      attributes.length > 0
        ? ` (${attributes.slice(0, 10).join('; ')}${attributes.length > 10 ? '; …' : ''})`
        : ''
    return `- ${kit.code(change.address)}: ${KIND_LABEL[change.kind] ?? kit.text(change.kind)} outside Terraform${detail}`
  })
  const omitted = analysis.driftCount - analysis.drift.length
  if (omitted > 0) items.push(`- … ${omitted} more drifted resource(s) counted`)
  return {
    title: 'Drift',
    essential: false,
    head: [`### 🌪️ Drift: ${analysis.driftCount} resource(s) changed outside Terraform`, ''],
    items,
    tail: []
  }
}
