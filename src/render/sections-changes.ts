/**
 * Resources by what happens to them: every destroyed or replaced address first (essential), then
 * the state-only operations and reads (imports with their IDs, moves, forgets, data sources read
 * during apply), then what changes in each resource: changes shared by many resources once
 * ("498 × tags.Release: r1 → r2"), the rest per resource, grouped by module.
 */
import { describeActionReason } from '../analysis/action-reasons.js'
import { leafChanges, replacementCauses, withoutLeaves, type LeafChange } from '../analysis/diff/index.js'
import type { ChangeKind, ClassifiedChange, PlanAnalysis } from '../analysis/types.js'
import type { Kit } from './context.js'
import { formatPath, renderLeaf } from './diff/render-diff.js'
import type { Section } from './document.js'
import { resourceBlock } from './resource-block.js'
import { toolName } from './sections-overview.js'

/** A change shared by at least this many resources is shown once for all of them. */
const GROUP_MIN = 3

/** Identity values shown next to a destroyed address, and their longest value. */
const IDENTITY_SHOWN = 2
const IDENTITY_CHARS = 80

function isDestructive(change: ClassifiedChange): boolean {
  return change.kind === 'delete' || change.kind === 'replace'
}

/** Why a change happens, in plain words; an unknown reason as plan text. */
export function reasonText(change: ClassifiedChange, kit: Kit): string | undefined {
  if (change.actionReason === undefined) return undefined
  const words = describeActionReason(change.actionReason, change.kind)
  return words !== undefined ? kit.own(words) : `reason ${kit.value(change.actionReason)}`
}

/** Facts a reviewer needs next to a destroyed address: ordering, cause, reason, identity. */
function describeDestroyed(change: ClassifiedChange, dataBearing: boolean, kit: Kit): string {
  const facts: string[] = []
  if (change.kind === 'replace')
    facts.push(change.createBeforeDestroy ? 'create before destroy' : 'destroy before create')
  const causes = change.diff ? replacementCauses(change.diff) : []
  if (causes.length > 0) facts.push(`forced by ${causes.map(path => kit.value(formatPath(path))).join(', ')}`)
  const reason = reasonText(change, kit)
  if (reason) facts.push(reason)
  if (dataBearing) facts.push('🗄️ holds data: only a backup brings it back')
  if (change.deposed) facts.push(`deposed object ${kit.value(change.deposed)}`)
  if (change.previousAddress) facts.push(`moved from ${kit.address(change.previousAddress)}`)
  const identity = (change.keyAttributes?.attributes ?? [])
    .filter(attribute => attribute.concern === 'identity' && attribute.value.kind === 'value')
    .slice(0, IDENTITY_SHOWN)
    .map(attribute => {
      const value = attribute.value.kind === 'value' ? attribute.value.text : ''
      return `${kit.value(formatPath(attribute.path))} = ${kit.value(value, IDENTITY_CHARS)}`
    })
  if (identity.length > 0) facts.push(identity.join(', '))
  return facts.length > 0 ? ` — ${facts.join('; ')}` : ''
}

/** Every destroyed or replaced address; essential and filled first, so a cut comment still names all it can. */
export function buildDestructive(analysis: PlanAnalysis, kit: Kit): Section | undefined {
  const total = analysis.destructiveAddresses.length + analysis.omittedDestructiveAddresses
  if (total === 0) return undefined
  const detail = new Map<string, ClassifiedChange>()
  for (const change of analysis.changes) if (isDestructive(change)) detail.set(change.address, change)
  const dataBearing = new Set(
    analysis.risk.reasons.find(reason => reason.rule === 'data-bearing-destroy')?.addresses ?? []
  )
  const items = analysis.destructiveAddresses.map(address => {
    const change = detail.get(address)
    if (!change) return `- ${kit.address(address)}`
    return `- **${change.kind}** ${kit.address(address)}${describeDestroyed(change, dataBearing.has(address), kit)}`
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

/** Imports (with the ID each is imported by), moves, forgets and data sources read during apply. */
export function buildStateChanges(analysis: PlanAnalysis, kit: Kit): Section | undefined {
  const items: string[] = []
  const imports = analysis.changes.filter(change => change.importing)
  if (imports.length > 0) {
    items.push(`#### 📥 Import (${analysis.counts.import})`)
    for (const change of imports) {
      const id = change.importId !== undefined ? ` by ID ${kit.value(change.importId)}` : ''
      const also = change.kind === 'no-op' ? '' : `, then ${KIND_WORDS[change.kind]}`
      items.push(`- ${kit.address(change.address)}${id}${also}`)
    }
  }
  const moves = analysis.changes.filter(change => change.previousAddress !== undefined)
  if (moves.length > 0) {
    items.push(`#### 🚚 Move (${analysis.counts.move})`)
    for (const change of moves) {
      const also = change.kind === 'no-op' ? '' : `, then ${KIND_WORDS[change.kind]}`
      items.push(`- ${kit.address(change.previousAddress ?? '')} → ${kit.address(change.address)}${also}`)
    }
  }
  const forgets = analysis.changes.filter(
    change => change.kind === 'forget' || change.kind === 'create-forget'
  )
  if (forgets.length > 0) {
    items.push(`#### 📤 Forget: removed from state, not destroyed (${analysis.counts.forget})`)
    for (const change of forgets) {
      const reason = reasonText(change, kit)
      const id = change.objectId !== undefined ? `; object ID ${kit.value(change.objectId)}` : ''
      items.push(`- ${kit.address(change.address)}${reason ? ` — ${reason}` : ''}${id}`)
    }
  }
  const reads = analysis.reads.filter(read => read.actionReason !== undefined)
  if (reads.length > 0) {
    items.push(`#### 📖 Data sources read during apply (${reads.length})`)
    for (const read of reads) items.push(`- ${kit.address(read.address)} — ${reasonText(read, kit)}`)
  }
  if (items.length === 0) return undefined
  return {
    title: 'Imports, moves, forgets and reads',
    essential: false,
    head: ['### State changes and reads', ''],
    items,
    tail: [],
    more: n => `- … ${n} more line(s) not shown here`
  }
}

/** What happens to a resource, for "then …" and block summaries. */
export const KIND_WORDS: Record<ChangeKind, string> = {
  delete: 'delete',
  replace: 'replace',
  'create-forget': 'replace, old object forgotten (not destroyed)',
  forget: 'forget (removed from state, not destroyed)',
  create: 'create',
  update: 'update in place',
  read: 'read',
  'no-op': 'no change'
}

/** Order of the per-resource blocks inside a module. */
const BLOCK_ORDER: ChangeKind[] = ['replace', 'delete', 'create-forget', 'forget', 'update', 'create']

/** Leaves shared by at least GROUP_MIN resources, grouped by the set of resources that share them. */
interface Group {
  leaves: LeafChange[]
  addresses: string[]
}

function sharedChanges(changes: ClassifiedChange[]): { groups: Group[]; grouped: Set<string> } {
  const byKey = new Map<string, { leaf: LeafChange; addresses: string[] }>()
  for (const change of changes) {
    if (!change.diff || change.diff.omitted > 0) continue
    const seen = new Set<string>()
    for (const leaf of leafChanges(change.diff)) {
      if (seen.has(leaf.key)) continue
      seen.add(leaf.key)
      const entry = byKey.get(leaf.key)
      if (entry) entry.addresses.push(change.address)
      else byKey.set(leaf.key, { leaf, addresses: [change.address] })
    }
  }
  const bySet = new Map<string, Group>()
  const grouped = new Set<string>()
  for (const [key, entry] of byKey) {
    if (entry.addresses.length < GROUP_MIN) continue
    grouped.add(key)
    const setKey = JSON.stringify(entry.addresses)
    const group = bySet.get(setKey)
    if (group) group.leaves.push(entry.leaf)
    else bySet.set(setKey, { leaves: [entry.leaf], addresses: entry.addresses })
  }
  const groups = [...bySet.values()].sort((a, b) => b.addresses.length - a.addresses.length)
  return { groups, grouped }
}

function renderGroup(group: Group, kit: Kit): string {
  const lines: string[] = []
  group.leaves.forEach((leaf, index) => {
    const leafLines = renderLeaf(leaf, { scrub: kit.scrub, maxLines: kit.profile.linesPerResource })
    if (leafLines.length === 0) return
    const prefix = index === 0 ? `- **${group.addresses.length} ×** ` : '  - and '
    lines.push(
      `${prefix}${leafLines[0].slice(2)}`,
      ...leafLines.slice(1).map(line => (index === 0 ? line : `  ${line}`))
    )
  })
  lines.push(`  - on ${kit.addresses(group.addresses, kit.profile.addressesPerGroup)}`)
  return lines.join('\n')
}

/** Module path of a change, for grouping; the root module is ''. */
function moduleOf(change: ClassifiedChange): string {
  return change.moduleAddress ?? ''
}

/**
 * What changes in each resource: identical changes across resources once, then one collapsed block
 * per resource (its diff, or the key attributes of a create, or what identifies a delete), by module.
 */
export function buildChangeDetails(analysis: PlanAnalysis, kit: Kit): Section | undefined {
  const changes = analysis.changes.filter(change => BLOCK_ORDER.includes(change.kind))
  const { groups, grouped } = sharedChanges(changes)
  const items: string[] = []
  if (groups.length > 0) {
    items.push(`#### Identical changes in many resources (${groups.length})`)
    for (const group of groups) items.push(renderGroup(group, kit))
  }
  const modules = [...new Set(changes.map(moduleOf))].sort()
  const headed = modules.length > 1 || modules[0] !== ''
  for (const module of modules) {
    const inModule = changes
      .filter(change => moduleOf(change) === module)
      .sort((a, b) => BLOCK_ORDER.indexOf(a.kind) - BLOCK_ORDER.indexOf(b.kind))
    const blocks = inModule
      .map(change => resourceBlock(change, kit, { diff: change.diff && withoutLeaves(change.diff, grouped) }))
      .filter((block): block is string => block !== undefined)
    if (blocks.length === 0) continue
    if (headed)
      items.push(`#### ${module === '' ? 'Root module' : `Module ${kit.address(module)}`} (${blocks.length})`)
    items.push(...blocks)
  }
  if (analysis.omittedChanges > 0) {
    items.push(
      `- … ${analysis.omittedChanges} further change(s) were counted but not kept in detail (plan too large)`
    )
  }
  if (items.length === 0) return undefined
  return {
    title: 'Changes in detail',
    essential: false,
    head: ['### What changes', ''],
    items,
    tail: [],
    more: n => `\n… ${n} more block(s) not shown here.`
  }
}

/** Changes made outside Terraform since the last apply (`resource_drift`). */
export function buildDrift(analysis: PlanAnalysis, kit: Kit, first: boolean): Section | undefined {
  if (analysis.driftCount === 0 && analysis.drift.length === 0) return undefined
  const items = analysis.drift
    .map(change => resourceBlock(change, kit, { diff: change.diff, outside: true }))
    .filter((block): block is string => block !== undefined)
  const omitted = analysis.driftCount - analysis.drift.length
  return {
    title: 'Drift',
    essential: first,
    head: [`### 🌪️ Drift: ${analysis.driftCount} resource(s) changed outside ${toolName(analysis)}`, ''],
    items,
    tail: [],
    alsoOmitted: omitted,
    more: n => `- … ${n} more drifted resource(s) not shown here`
  }
}
