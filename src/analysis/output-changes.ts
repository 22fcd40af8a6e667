/**
 * Root output changes (`output_changes`), diffed and masked like resource values: an output marked
 * sensitive, or named like a secret (`db_password`), shows `(sensitive)` and its strings join the
 * scrub list.
 */
import { LIMIT } from '../constants.js'
import type { PlanChange } from '../plan/model.js'
import { classifyActions, UnreadableChangeError } from './classify-change.js'
import { diffResourceChange } from './diff/index.js'
import {
  addAllStrings,
  collectChangeSecrets,
  hasTrueMark,
  isSecretName,
  isSecretString
} from './sensitive-values.js'
import type { OutputChange, UnreadableEntry } from './types.js'

export interface OutputAnalysis {
  /** Changed outputs (no-ops left out), bounded by LIMIT.detailedChanges. */
  changes: OutputChange[]
  unreadable: UnreadableEntry[]
}

/** Classifies and masks every output change; records unreadable ones instead of guessing. */
export function analyseOutputs(
  outputs: Record<string, PlanChange> | undefined,
  sink: Set<string>
): OutputAnalysis {
  const result: OutputAnalysis = { changes: [], unreadable: [] }
  if (outputs === undefined || outputs === null) return result
  if (typeof outputs !== 'object' || Array.isArray(outputs)) {
    result.unreadable.push({ address: 'output_changes', problem: 'output_changes is not an object' })
    return result
  }
  for (const [name, change] of Object.entries(outputs)) {
    const address = `output.${name}`
    if (change === null || typeof change !== 'object') {
      result.unreadable.push({ address, problem: 'the output change is not an object' })
      continue
    }
    const secretName = isSecretName(name)
    const sensitive =
      secretName || hasTrueMark(change.before_sensitive) || hasTrueMark(change.after_sensitive)
    // An output named like a secret is hidden whole, so everything in it joins the scrub list.
    if (secretName) {
      addAllStrings(change.before, sink)
      addAllStrings(change.after, sink)
    } else collectChangeSecrets(change, sink, name)
    let kind: OutputChange['kind']
    try {
      kind = classifyActions(change.actions, address).kind
    } catch (error) {
      if (!(error instanceof UnreadableChangeError)) throw error
      result.unreadable.push({ address, problem: error.problem })
      continue
    }
    if (kind === 'no-op' || result.changes.length >= LIMIT.detailedChanges) continue
    result.changes.push({
      name,
      kind,
      sensitive,
      diff: diffResourceChange(
        {
          before: change.before,
          after: change.after,
          before_sensitive: secretName ? true : change.before_sensitive,
          after_sensitive: secretName ? true : change.after_sensitive,
          after_unknown: change.after_unknown
        },
        { hideString: isSecretString }
      )
    })
  }
  return result
}
