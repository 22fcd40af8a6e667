/**
 * Reads Infracost's JSON (`infracost breakdown --format json` or `infracost diff --format json`):
 * money is decimal text or null; the root has totalMonthlyCost, pastTotalMonthlyCost,
 * diffTotalMonthlyCost and currency; each project has pastBreakdown, breakdown and diff, each with
 * resources[] (name = address, monthlyCost). Anything else is a PolicyError naming the file.
 */
import { PolicyError } from '../errors.js'

/** Monthly cost of one resource before and after, and the difference (null where Infracost has no price). */
export interface ResourceCost {
  project: string
  address: string
  monthlyBefore: number | null
  monthlyAfter: number | null
  monthlyChange: number
}

/** The plan's monthly cost effect. */
export interface CostEstimate {
  file: string
  currency: string
  /** Null when the file has no baseline (plain breakdown without past costs): the whole total is treated as new. */
  monthlyBefore: number | null
  monthlyAfter: number
  monthlyChange: number
  /** Resources whose monthly cost changes, largest change first, capped at RESOURCE_CAP. */
  resources: ResourceCost[]
  omittedResources: number
}

const RESOURCE_CAP = 200

/** Parses Infracost JSON text; pure. */
export function parseCostEstimate(text: string, file: string): CostEstimate {
  const fail = (detail: string): never => {
    throw new PolicyError(
      `Infracost file '${file}' is not usable: ${detail}. Expected the output of 'infracost breakdown --format json' or 'infracost diff --format json'`
    )
  }
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch (error) {
    return fail(`it is not JSON (${(error as Error).message})`)
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data))
    return fail('the document is not a JSON object')
  const root = data as Record<string, unknown>
  if (typeof root.currency !== 'string' || root.currency.trim() === '') return fail("'currency' is missing")
  if (!('totalMonthlyCost' in root)) return fail("'totalMonthlyCost' is missing")
  if (!Array.isArray(root.projects)) return fail("'projects' is missing or not a list")
  const money = (value: unknown, where: string): number | null => {
    if (value === null || value === undefined) return null
    const number =
      typeof value === 'number'
        ? value
        : typeof value === 'string' && value.trim() !== ''
          ? Number(value)
          : NaN
    return Number.isFinite(number)
      ? number
      : fail(`'${where}' is not an amount of money (got ${JSON.stringify(value)})`)
  }
  const monthlyAfter = money(root.totalMonthlyCost, 'totalMonthlyCost') ?? 0
  const monthlyBefore = money(root.pastTotalMonthlyCost, 'pastTotalMonthlyCost')
  const diff = money(root.diffTotalMonthlyCost, 'diffTotalMonthlyCost')
  const monthlyChange = diff ?? monthlyAfter - (monthlyBefore ?? 0)
  const resources = root.projects.flatMap((project, index) => projectResources(project, index, money, fail))
  resources.sort((a, b) => Math.abs(b.monthlyChange) - Math.abs(a.monthlyChange))
  return {
    file,
    currency: root.currency,
    monthlyBefore,
    monthlyAfter,
    monthlyChange: round(monthlyChange),
    resources: resources.slice(0, RESOURCE_CAP),
    omittedResources: Math.max(0, resources.length - RESOURCE_CAP)
  }
}

type Money = (value: unknown, where: string) => number | null

function projectResources(
  project: unknown,
  index: number,
  money: Money,
  fail: (detail: string) => never
): ResourceCost[] {
  if (project === null || typeof project !== 'object') return fail(`'projects[${index}]' is not an object`)
  const record = project as Record<string, unknown>
  const name = typeof record.name === 'string' ? record.name : `project ${index + 1}`
  const costs = (section: string): Map<string, number | null> => {
    const map = new Map<string, number | null>()
    const breakdown = record[section]
    if (breakdown === undefined || breakdown === null) return map
    const resources = (breakdown as Record<string, unknown>).resources
    if (resources === undefined || resources === null) return map
    if (!Array.isArray(resources)) return fail(`'projects[${index}].${section}.resources' is not a list`)
    resources.forEach((resource, position) => {
      const where = `projects[${index}].${section}.resources[${position}]`
      const item = resource as Record<string, unknown> | null
      if (!item || typeof item.name !== 'string') return fail(`'${where}.name' is missing`)
      map.set(item.name, money(item.monthlyCost, `${where}.monthlyCost`))
    })
    return map
  }
  const before = costs('pastBreakdown')
  const after = costs('breakdown')
  const diff = costs('diff')
  const addresses = new Set([...diff.keys(), ...before.keys(), ...after.keys()])
  const out: ResourceCost[] = []
  for (const address of addresses) {
    const change = diff.has(address)
      ? (diff.get(address) ?? 0)
      : (after.get(address) ?? 0) - (before.get(address) ?? 0)
    if (change === 0 && diff.size > 0 && !diff.has(address)) continue
    if (change === 0 && before.get(address) === after.get(address)) continue
    out.push({
      project: name,
      address,
      monthlyBefore: before.get(address) ?? null,
      monthlyAfter: after.get(address) ?? null,
      monthlyChange: round(change)
    })
  }
  return out
}

/** Cents are enough; avoids 0.1 + 0.2 noise in outputs. */
function round(value: number): number {
  return Math.round(value * 100) / 100
}
