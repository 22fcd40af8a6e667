/**
 * A digest of what a plan would do to resources, for telling whether two plan JSON documents describe
 * the same plan: each resource change's identity and actions (address, previous address, deposed key,
 * mode, type, actions, reason, import) in document order. Attribute values are
 * left out on purpose, so a copy whose values were redacted still matches its original, while a copy
 * that changes what apply would do to any object does not. `terraform show -json` writes entries in
 * the same order every time for the same binary plan.
 */
import { createHash, type Hash } from 'node:crypto'
import type { PlanResourceChange, PlanVisitor } from './model.js'

/** How many entries are kept in readable form to name the first difference. */
const KEPT_ENTRIES = 10_000

/** The digest of one plan. */
export interface PlanDigest {
  /** sha256 over every entry's canonical line. */
  sha256: string
  entries: number
  /** The first KEPT_ENTRIES canonical lines, to name where two plans part. */
  kept: string[]
}

/** A visitor that digests resource_changes as a plan is read. */
export function createPlanDigester(): { visitor: PlanVisitor; finish(): PlanDigest } {
  const hash: Hash = createHash('sha256')
  const kept: string[] = []
  let entries = 0
  const onResourceChange = (entry: PlanResourceChange): void => {
    const line = canonicalLine(entry)
    hash.update(line).update('\n')
    if (kept.length < KEPT_ENTRIES) kept.push(line)
    entries++
  }
  const finish = (): PlanDigest => ({ sha256: hash.digest('hex'), entries, kept })
  return { visitor: { onResourceChange }, finish }
}

/** One entry's identity and actions as a JSON array. */
function canonicalLine(entry: PlanResourceChange): string {
  const change = entry.change
  return JSON.stringify([
    entry.address,
    entry.previous_address ?? null,
    entry.deposed ?? null,
    entry.mode ?? null,
    entry.type,
    change.actions,
    entry.action_reason ?? null,
    change.importing !== undefined && change.importing !== null
  ])
}

/**
 * Where two digests part, in words, or undefined when they are the same plan: the first entry that
 * differs (by the canonical lines), or the entry counts.
 */
export function describeDigestDifference(
  a: PlanDigest,
  b: PlanDigest,
  names: [string, string]
): string | undefined {
  if (a.sha256 === b.sha256) return undefined
  const shared = Math.min(a.kept.length, b.kept.length)
  for (let i = 0; i < shared; i++) {
    if (a.kept[i] !== b.kept[i]) {
      return `resource change ${i + 1} differs: ${names[0]} has ${describeLine(a.kept[i])}, ${names[1]} has ${describeLine(b.kept[i])}`
    }
  }
  if (a.entries !== b.entries) {
    return `${names[0]} has ${a.entries} resource change(s), ${names[1]} has ${b.entries}`
  }
  return `they differ after the first ${shared} resource changes`
}

function describeLine(line: string | undefined): string {
  if (line === undefined) return 'no entry'
  const [address, previous, deposed, , , actions] = JSON.parse(line) as [
    string,
    string | null,
    string | null,
    unknown,
    unknown,
    unknown
  ]
  const moved = previous ? ` (moved from ${previous})` : ''
  const object = deposed ? ` deposed object ${deposed}` : ''
  return `${address}${moved}${object} with actions ${JSON.stringify(actions)}`
}
