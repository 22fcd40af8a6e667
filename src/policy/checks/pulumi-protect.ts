/**
 * Pulumi's `protect` option: a step that deletes or replaces a resource whose old state is protected
 * fails when `pulumi up` reaches it, part-way through the update. The gate denies such a plan first,
 * whatever force_recreate says (force_recreate accepts a destroy; it cannot make Pulumi perform one
 * it refuses) and in every environment, and says how to unprotect on purpose.
 */
import type { PlanAnalysis } from '../../analysis/types.js'
import type { PolicyFinding } from '../types.js'

/** Addresses named in the message; the finding lists them all (bounded by the analysis). */
const NAMED_IN_MESSAGE = 3

/** One finding for a Pulumi plan: deny when it deletes or replaces a protected resource, else pass. */
export function checkPulumiProtect(analysis: PlanAnalysis): PolicyFinding {
  const rule = 'pulumi-protect'
  const facts = analysis.pulumi
  const listed = facts?.protectedDestroys ?? []
  const count = listed.length + (facts?.omittedProtectedDestroys ?? 0)
  if (count === 0) {
    return { rule, severity: 'pass', addresses: [], message: 'No protected resource is deleted or replaced.' }
  }
  const names = analysis.changes
    .filter(change => change.pulumi && listed.slice(0, NAMED_IN_MESSAGE).includes(change.address))
    .map(change => change.pulumi?.display ?? change.address)
  const example = listed[0] ?? '<URN>'
  return {
    rule,
    severity: 'deny',
    addresses: listed,
    message:
      `${count} resource(s) marked \`protect\` would be deleted or replaced${names.length > 0 ? ` (${names.join(', ')})` : ''}. ` +
      'Pulumi refuses to delete a protected resource, so `pulumi up` would fail at that step, part-way through the update; ' +
      'force_recreate does not change that.',
    remedy:
      'If deleting them is intended, unprotect them deliberately in a change of their own: set `protect: false` on each in the ' +
      `program (or run \`pulumi state unprotect '${example.replace(/'/g, `'\\''`)}'\`), run \`pulumi up\`, then preview this change again. ` +
      'Otherwise change the program so the preview keeps them (an alias for a rename or a move, or avoid the property change that forces the replacement).'
  }
}
