/**
 * Secrets known only once the whole plan is read: a secret marked in a later entry (or in a sensitive
 * variable) that an earlier, already kept diff shows unmarked. Runs in the analyzer's finish step.
 */
import { scrubDiffTree, scrubShown, secretPieceFinder } from './diff/index.js'
import { createSecretScrubber } from './scrub-secrets.js'
import type { ClassifiedChange, FailedCheck } from './types.js'

/**
 * Values were masked entry by entry, but a secret marked in a later entry may already have been
 * kept, unmarked and perhaps cut, from an earlier one. Once the whole plan is read, every kept value
 * (diffs, key attributes, IDs, check messages) is checked again against every secret the plan revealed.
 */
export function rescrubKeptValues(
  changes: ClassifiedChange[],
  checks: FailedCheck[],
  sensitiveValues: Set<string>
): void {
  if (sensitiveValues.size === 0) return
  const scrub = createSecretScrubber(sensitiveValues)
  const holdsSecret = secretPieceFinder(sensitiveValues)
  for (const change of changes) {
    if (change.diff) scrubDiffTree(change.diff, scrub, holdsSecret)
    for (const attribute of change.keyAttributes?.attributes ?? []) {
      scrubShown(attribute.value, scrub)
      attribute.path = attribute.path.map(step => (typeof step === 'string' ? scrub(step) : step))
    }
    // An ID that holds a secret is not worth showing in part: drop it. Quoted too, so an ID that is a
    // weak secret whole (`id = "Q9"`, found only as a whole value) is dropped as well.
    if (change.objectId !== undefined && holdsAny(change.objectId, scrub)) delete change.objectId
    if (change.importId !== undefined && holdsAny(change.importId, scrub)) delete change.importId
  }
  for (const check of checks) check.messages = check.messages.map(scrub)
}

/** True when `id` holds a secret, or is a weak one whole. */
function holdsAny(id: string, scrub: (text: string) => string): boolean {
  const quoted = JSON.stringify(id)
  return scrub(id) !== id || scrub(quoted) !== quoted
}
