/**
 * Which two commits a run compares, read from the event payload. The payload is data from outside:
 * commit ids are accepted only as 40 (SHA-1) or 64 (SHA-256) lowercase hex digits, so nothing from it
 * reaches git as an option or a revision expression.
 */
import { DiscoveryError } from '../../discovery/errors.js'
import { showPath } from '../../discovery/paths.js'
import type { CompareRange } from './git-changes.js'

/** What a run should do: compare two commits, list every root module, or list none. */
export type ChangePlan =
  | { kind: 'compare'; range: CompareRange }
  | { kind: 'everything'; reason: string }
  | { kind: 'nothing'; reason: string }

const COMMIT = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/
const ZERO = /^0+$/

/** The events discover can compare commits on. */
export const COMPARABLE_EVENTS = ['pull_request', 'pull_request_target', 'merge_group', 'push'] as const

/** Reads the commits to compare from the event name and payload. Throws DiscoveryError naming the fix. */
export function planFromEvent(eventName: string, event: Record<string, unknown> | undefined): ChangePlan {
  const payload = event ?? {}
  const pull = payload.pull_request as
    { number?: unknown; base?: { sha?: unknown }; head?: { sha?: unknown } } | undefined
  if (pull !== undefined && typeof pull === 'object' && pull !== null) {
    const label = typeof pull.number === 'number' ? `pull request #${pull.number}` : 'pull request'
    return compare(
      pull.base?.sha,
      pull.head?.sha,
      label,
      true,
      false,
      "the event's pull_request.base.sha / head.sha"
    )
  }
  if (eventName === 'merge_group') {
    const group = (payload.merge_group ?? {}) as { base_sha?: unknown; head_sha?: unknown }
    return compare(
      group.base_sha,
      group.head_sha,
      'merge group',
      true,
      false,
      "the event's merge_group.base_sha / head_sha"
    )
  }
  if (eventName === 'push') {
    const ref = typeof payload.ref === 'string' ? showPath(payload.ref) : 'the branch'
    const before = payload.before
    const after = payload.after
    if (typeof after === 'string' && ZERO.test(after)) {
      return { kind: 'nothing', reason: `the push deleted ${ref}; there is nothing to plan` }
    }
    if (typeof before === 'string' && ZERO.test(before)) {
      return {
        kind: 'everything',
        reason: `the push created ${ref}, so there is no previous commit to compare with; every root module is listed`
      }
    }
    return compare(before, after, `push to ${ref}`, false, true, "the event's before / after")
  }
  throw new DiscoveryError(
    `discover compares commits on ${COMPARABLE_EVENTS.join(', ')} events; this run is a '${eventName || 'unknown'}' event. Set all: true to list every root module (for scheduled drift checks), or run discover on a pull request or push`
  )
}

function compare(
  base: unknown,
  head: unknown,
  label: string,
  mergeBase: boolean,
  baseMayBeGone: boolean,
  where: string
): ChangePlan {
  if (typeof base !== 'string' || typeof head !== 'string' || !COMMIT.test(base) || !COMMIT.test(head)) {
    throw new DiscoveryError(
      `The event payload does not hold two commit ids for the ${label} (${where}); discover cannot tell what changed. Set all: true to list every root module`
    )
  }
  return { kind: 'compare', range: { base, head, mergeBase, label, baseMayBeGone } }
}
