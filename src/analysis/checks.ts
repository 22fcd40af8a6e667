/**
 * Failed assertions from the plan's `checks` (Terraform ≥ 1.5): `check` blocks, resource pre- and
 * postconditions and output conditions. A failed `check` block is only a warning to Terraform (the
 * plan still applies), which is exactly why a reviewer must see it. Hostile input: every field is
 * checked, and lists and messages are bounded.
 */
import { LIMIT } from '../constants.js'
import type { FailedCheck } from './types.js'

/** Messages kept per check and characters per message. */
const MESSAGES_PER_CHECK = 10
const MESSAGE_CHARS = 1000

/** The failed checks of a plan (status `fail` or `error`), bounded by LIMIT.detailedChanges. */
export function readFailedChecks(checks: unknown): { checks: FailedCheck[]; omitted: number } {
  const result: FailedCheck[] = []
  let omitted = 0
  if (!Array.isArray(checks)) return { checks: result, omitted }
  const add = (check: FailedCheck): void => {
    if (result.length < LIMIT.detailedChanges) result.push(check)
    else omitted++
  }
  for (const check of checks) {
    if (!isRecord(check) || !isFailed(check.status)) continue
    const address = display(check.address) ?? 'check'
    const instances = Array.isArray(check.instances) ? check.instances.filter(isRecord) : []
    const failed = instances.filter(instance => isFailed(instance.status))
    if (failed.length === 0) {
      add({ address, status: check.status, messages: [] })
      continue
    }
    for (const instance of failed) {
      add({
        address: display(instance.address) ?? address,
        status: instance.status as FailedCheck['status'],
        messages: messages(instance.problems)
      })
    }
  }
  return { checks: result, omitted }
}

function isFailed(status: unknown): status is FailedCheck['status'] {
  return status === 'fail' || status === 'error'
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
}

/** `address.to_display`, the form Terraform prints. */
function display(address: unknown): string | undefined {
  if (!isRecord(address) || typeof address.to_display !== 'string' || address.to_display === '')
    return undefined
  return address.to_display.slice(0, MESSAGE_CHARS)
}

function messages(problems: unknown): string[] {
  if (!Array.isArray(problems)) return []
  return problems
    .filter(isRecord)
    .map(problem => problem.message)
    .filter((message): message is string => typeof message === 'string' && message !== '')
    .slice(0, MESSAGES_PER_CHECK)
    .map(message => (message.length > MESSAGE_CHARS ? `${message.slice(0, MESSAGE_CHARS)}…` : message))
}
