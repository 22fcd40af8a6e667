/**
 * Lists and sets, element by element. What counts as "the same element" follows Terraform's
 * renderer (internal/command/jsonformat): elements that are equal, with equal sensitivity and nothing
 * unknown, are the same and unchanged — aligned in order by longest common subsequence, as Terraform
 * does for lists; a set keeps its elements in one canonical order, so alignment finds its unchanged
 * elements too. What is left between two aligned elements is removed or added, except that a
 * removed and an added object are shown as one changed element (with the fields that changed) when:
 *
 * - both carry the same identity (see IDENTITY_FIELDS), found once in the whole before list and once
 *   in the whole after list; or
 * - inside a JSON document, where arrays are always lists: the gap removes as many objects as it adds,
 *   and they pair by position (Terraform pairs objects in a gap by position; requiring the counts to
 *   match keeps a removed statement from being paired with its neighbour's change).
 *
 * Plan JSON does not say whether an attribute is a list or a set (that is in the provider schema), so
 * plan values never pair by position: a security group's removed 443 rule and added 3389 rule stay
 * "removed" and "added", as Terraform shows them, never "443 → 3389".
 */
import { alignSequences, KeyTable } from './align.js'
import type { ElementNode, ListNode } from './types.js'
import { childMark, equalityKey, isRecord } from './values.js'
import { type Pair, walk, type WalkContext } from './walk.js'

/**
 * Fields that name an element (`name` of a setting or container, `key`, `id`, an IAM statement's
 * `Sid`). Two objects whose values for these fields are equal and non-empty are the same element.
 */
export const IDENTITY_FIELDS = ['name', 'key', 'id', 'Sid', 'sid'] as const

/** Longer values are not treated as names. */
const MAX_IDENTITY_CHARS = 1000

/** Diffs two arrays; undefined when every element is unchanged. */
export function diffList(
  context: WalkContext,
  pair: Pair,
  before: unknown[],
  after: unknown[]
): ListNode | undefined {
  const unknownList = Array.isArray(pair.unknown) ? pair.unknown : undefined
  const afterLength = Math.max(after.length, unknownList?.length ?? 0)
  const table = new KeyTable()
  const beforeKeys = before.map((value, i) =>
    table.id(equalityKey(value, childMark(pair.beforeSensitive, i), undefined))
  )
  const afterKeys: number[] = []
  for (let j = 0; j < afterLength; j++)
    afterKeys.push(
      table.id(equalityKey(after[j], childMark(pair.afterSensitive, j), childMark(pair.unknown, j)))
    )
  const alignment = alignSequences(beforeKeys, afterKeys, context.limits.maxLcsCells)
  const node: ListNode = {
    kind: 'list',
    key: pair.key,
    action: 'changed',
    children: [],
    unchanged: alignment.pairs.length,
    omitted: 0,
    alignment: alignment.method,
    beforeLength: before.length,
    afterLength
  }
  // Gaps between aligned elements: what each removes and adds.
  const gaps: Array<{ removed: number[]; added: number[] }> = []
  let i = 0
  let j = 0
  for (const [pi, pj] of [...alignment.pairs, [before.length, afterLength] as [number, number]]) {
    const gap = { removed: [] as number[], added: [] as number[] }
    while (i < pi) gap.removed.push(i++)
    while (j < pj) gap.added.push(j++)
    if (gap.removed.length > 0 || gap.added.length > 0) gaps.push(gap)
    i = pi + 1
    j = pj + 1
  }
  const partner = pairElements(pair, before, after, gaps)
  context.reserve()
  for (const gap of gaps) emitGap(context, pair, before, after, gap, partner, node)
  if (node.children.length === 0 && node.omitted === 0) {
    context.release()
    return undefined
  }
  if (pair.replace.exact()) node.forcesReplacement = true
  return node
}

/** Emits one gap: removed elements (with their partner, if paired, as changed), then unpaired added ones. */
function emitGap(
  context: WalkContext,
  pair: Pair,
  before: unknown[],
  after: unknown[],
  gap: { removed: number[]; added: number[] },
  partner: Map<number, number>,
  node: ListNode
): void {
  const pairedAfter = new Set(partner.values())
  const elements: Array<{ before?: number; after?: number }> = []
  for (const b of gap.removed)
    elements.push(partner.has(b) ? { before: b, after: partner.get(b) } : { before: b })
  for (const a of gap.added) if (!pairedAfter.has(a)) elements.push({ after: a })
  for (const element of elements) {
    const child = elementPair(pair, before, after, element.before, element.after)
    if (context.full()) {
      node.omitted++
      continue
    }
    const result = walk(context, child)
    if (!result) {
      node.unchanged++
      continue
    }
    const entry = result as ElementNode
    if (element.before !== undefined) entry.beforeIndex = element.before
    if (element.after !== undefined) entry.afterIndex = element.after
    node.children.push(entry)
  }
}

function elementPair(pair: Pair, before: unknown[], after: unknown[], b?: number, a?: number): Pair {
  const key = a ?? b ?? 0
  return {
    key,
    path: [...pair.path, key],
    before: b === undefined ? undefined : before[b],
    after: a === undefined ? undefined : after[a],
    beforeSensitive: b === undefined ? undefined : childMark(pair.beforeSensitive, b),
    afterSensitive: a === undefined ? undefined : childMark(pair.afterSensitive, a),
    unknown: a === undefined ? undefined : childMark(pair.unknown, a),
    // Terraform follows replace paths by the before index when there is one.
    replace: pair.replace.index(b ?? a ?? 0),
    mode: pair.mode,
    depth: pair.depth + 1
  }
}

/** Identities of every element of both sides, computed once per list (only lists with a gap to pair need them). */
interface Identities {
  before: Array<string | undefined>
  after: Array<string | undefined>
  /** Identities that occur exactly once on each side: only those can pair. */
  unique: Set<string>
}

function identities(pair: Pair, before: unknown[], after: unknown[]): Identities {
  const beforeIds = before.map((value, b) => identityOf(value, childMark(pair.beforeSensitive, b)))
  const afterIds = after.map((value, a) =>
    childMark(pair.unknown, a) === true ? undefined : identityOf(value, childMark(pair.afterSensitive, a))
  )
  const tally = (ids: Array<string | undefined>): Map<string, number> => {
    const counts = new Map<string, number>()
    for (const id of ids) if (id !== undefined) counts.set(id, (counts.get(id) ?? 0) + 1)
    return counts
  }
  const beforeCounts = tally(beforeIds)
  const unique = new Set<string>()
  for (const [id, count] of tally(afterIds)) if (count === 1 && beforeCounts.get(id) === 1) unique.add(id)
  return { before: beforeIds, after: afterIds, unique }
}

/**
 * Which removed element (before index) is shown as changed into which added one (after index): by
 * identity anywhere in the list (an identity found once in the whole before list and once in the whole
 * after list), then, in JSON documents, by position inside a gap that removes as many objects as it adds.
 */
function pairElements(
  pair: Pair,
  before: unknown[],
  after: unknown[],
  gaps: Array<{ removed: number[]; added: number[] }>
): Map<number, number> {
  const partner = new Map<number, number>()
  const anyRemoved = gaps.some(gap => gap.removed.length > 0)
  const anyAdded = gaps.some(gap => gap.added.length > 0)
  if (!anyRemoved || !anyAdded) return partner
  const { before: beforeIds, after: afterIds, unique } = identities(pair, before, after)
  const addedById = new Map<string, number>()
  for (const gap of gaps) {
    for (const a of gap.added) {
      const id = afterIds[a]
      if (id !== undefined && unique.has(id)) addedById.set(id, a)
    }
  }
  for (const gap of gaps) {
    for (const b of gap.removed) {
      const id = beforeIds[b]
      const a = id === undefined ? undefined : addedById.get(id)
      if (a !== undefined) partner.set(b, a)
    }
  }
  if (pair.mode !== 'json') return partner
  const taken = new Set(partner.values())
  for (const gap of gaps) {
    const leftBefore = gap.removed.filter(b => !partner.has(b))
    const leftAfter = gap.added.filter(a => !taken.has(a))
    if (leftBefore.length !== leftAfter.length) continue
    leftBefore.forEach((b, k) => {
      if (isRecord(before[b]) && isRecord(after[leftAfter[k]])) partner.set(b, leftAfter[k])
    })
  }
  return partner
}

/** The identity of an element: its identity fields' values, when it has any that are plain and visible. */
function identityOf(value: unknown, sensitive: unknown): string | undefined {
  if (!isRecord(value) || sensitive === true) return undefined
  const parts: string[] = []
  for (const field of IDENTITY_FIELDS) {
    const v = Object.hasOwn(value, field) ? value[field] : undefined
    if (childMark(sensitive, field) === true) continue
    if ((typeof v === 'string' && v !== '' && v.length <= MAX_IDENTITY_CHARS) || typeof v === 'number')
      parts.push(`${field}=${JSON.stringify(v)}`)
  }
  return parts.length > 0 ? parts.join('&') : undefined
}
