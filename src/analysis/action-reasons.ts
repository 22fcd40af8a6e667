/**
 * Terraform's `action_reason` values in plain words, so a report says why a resource is replaced,
 * deleted or read instead of printing `delete_because_no_resource_config`. Reasons this table does not
 * know are shown as they are (they are plan text then, and rendered as such).
 */
import type { ChangeKind } from './types.js'

const REASONS: Readonly<Record<string, string>> = {
  replace_because_tainted:
    'the object is tainted (a failed apply or `terraform taint`), so Terraform replaces it',
  replace_because_cannot_update: 'an attribute that cannot be changed in place changed',
  replace_by_request: 'replacement was requested on the command line (`-replace`)',
  replace_by_triggers: 'something listed in `replace_triggered_by` changed',
  delete_because_no_resource_config: 'its resource block was removed from the configuration',
  delete_because_no_module: 'the module that held it was removed',
  delete_because_wrong_repetition: '`count` or `for_each` was added to or removed from its block',
  delete_because_count_index: 'its `count` index is beyond the new count',
  delete_because_each_key: 'its `for_each` key is no longer in the collection',
  delete_because_no_move_target: 'a `moved` block points away from it and nothing is at the new address',
  read_because_config_unknown: 'its configuration refers to values known only after apply',
  read_because_dependency_pending: 'a resource it depends on has changes pending',
  read_because_check_nested: 'it sits in a `check` block, which reads it on every run'
}

/** Reasons that mean no configuration change caused the action: nothing in a commit to revert. */
const NOT_FROM_CONFIG: ReadonlySet<string> = new Set(['replace_because_tainted', 'replace_by_request'])

/** Why the change happens, in plain words; undefined when the plan gives no reason or one this table does not know. */
export function describeActionReason(reason: string | undefined, kind?: ChangeKind): string | undefined {
  if (reason === undefined) return undefined
  // Terraform gives a forget the same reason as a delete; what reviewers need is that nothing is destroyed.
  if (kind === 'forget' && reason === 'delete_because_no_resource_config')
    return 'a `removed` block with `destroy = false` stops managing it; the object is not destroyed'
  return Object.hasOwn(REASONS, reason) ? REASONS[reason] : undefined
}

/** True when the action comes from the command line or the state (taint, `-replace`), not from the code. */
export function isReasonOutsideConfig(reason: string | undefined): boolean {
  return reason !== undefined && NOT_FROM_CONFIG.has(reason)
}
