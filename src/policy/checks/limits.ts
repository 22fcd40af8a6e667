/**
 * Resource limits per change: for each `resource_limits` key (a type glob), the number of resources
 * of matching types the plan creates. Only plain creates count; a replacement swaps one object for
 * another and adds nothing. Works as a plan visitor so no count depends on the analysis' detail cap.
 */
import type { PlanResourceChange } from '../../plan/model.js'
import { matchesGlob } from '../glob.js'
import type { PolicyFinding } from '../types.js'

/** Addresses listed per limit; further ones are counted. */
const LISTED_ADDRESSES = 100

/** Counts creates per limit key; `findings()` yields one finding per configured limit. */
export function createLimitCounter(limits: Record<string, number>): {
  visit(entry: PlanResourceChange): void
  findings(): PolicyFinding[]
} {
  const keys = Object.keys(limits)
  const counts = new Map<string, { count: number; addresses: string[] }>(
    keys.map(key => [key, { count: 0, addresses: [] }])
  )
  return {
    visit(entry) {
      if (keys.length === 0 || entry.mode !== 'managed') return
      const actions = entry.change?.actions ?? []
      if (actions.length !== 1 || actions[0] !== 'create') return
      for (const key of keys) {
        if (!matchesGlob(key, entry.type)) continue
        const tally = counts.get(key) as { count: number; addresses: string[] }
        tally.count++
        if (tally.addresses.length < LISTED_ADDRESSES) tally.addresses.push(entry.address)
      }
    },
    findings() {
      return keys.map(key => {
        const { count, addresses } = counts.get(key) as { count: number; addresses: string[] }
        const max = limits[key]
        const more = count > addresses.length ? ` (${count - addresses.length} more not listed)` : ''
        if (count <= max) {
          return {
            rule: `resource-limit:${key}`,
            severity: 'pass' as const,
            addresses,
            message: `Creates ${count} ${key} (limit ${max}).`
          }
        }
        return {
          rule: `resource-limit:${key}`,
          severity: 'deny' as const,
          addresses,
          message: `The plan creates ${count} resource(s) of type ${key}; this environment allows at most ${max} per change${more}.`,
          remedy: `Split the change into smaller pull requests, or raise resource_limits.${key} for this environment in the policy file.`
        }
      })
    }
  }
}
