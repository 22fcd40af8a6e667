/**
 * The cost ceiling: over an environment's max_monthly_cost_increase the gate denies unless
 * cost_override is true. With a ceiling but no estimate, missing_cost_estimate decides (deny by default).
 */
import type { CostEstimate } from '../cost-estimate.js'
import type { EnvironmentPolicy, PolicyFinding } from '../types.js'

export interface CostCeilingContext {
  environment: string
  settings: EnvironmentPolicy
  cost?: CostEstimate
  costOverride: boolean
  overrideReason: string
  /** Without changes there is nothing to price. */
  hasChanges: boolean
  missingCostEstimate: 'deny' | 'warn'
}

/** One finding for the cost check. */
export function checkCostCeiling(context: CostCeilingContext): PolicyFinding {
  const rule = 'cost-ceiling'
  const ceiling = context.settings.maxMonthlyCostIncrease
  const cost = context.cost
  if (ceiling === undefined) {
    const change = cost ? ` Monthly change: ${formatMoney(cost.monthlyChange, cost.currency, true)}.` : ''
    return {
      rule,
      severity: 'pass',
      addresses: [],
      message: `No cost ceiling for '${context.environment}'.${change}`
    }
  }
  if (!cost) {
    if (!context.hasChanges)
      return {
        rule,
        severity: 'pass',
        addresses: [],
        message: 'The plan changes nothing, so its cost does not change.'
      }
    const overridden = context.costOverride
    return {
      rule,
      severity: overridden ? 'warn' : context.missingCostEstimate,
      addresses: [],
      message: `'${context.environment}' has a cost ceiling of ${ceiling}/month but no Infracost estimate was given (input infracost_json), so the cost cannot be checked${overridden ? '; allowed by cost_override' + reasonText(context.overrideReason) : ''}.`,
      remedy:
        'Run `infracost diff --format json --out-file infracost.json` (or breakdown) on the plan and pass the file as infracost_json.'
    }
  }
  const addresses = cost.resources
    .filter(resource => resource.monthlyChange > 0)
    .map(resource => resource.address)
    .slice(0, 20)
  const summary = `Monthly cost change ${formatMoney(cost.monthlyChange, cost.currency, true)} (before ${cost.monthlyBefore === null ? 'unknown' : formatMoney(cost.monthlyBefore, cost.currency)}, after ${formatMoney(cost.monthlyAfter, cost.currency)})`
  const baseline =
    cost.monthlyBefore === null && cost.monthlyChange === cost.monthlyAfter
      ? ' The file has no past costs, so the whole total counts as the increase.'
      : ''
  if (cost.monthlyChange <= ceiling) {
    return {
      rule,
      severity: 'pass',
      addresses,
      message: `${summary} is within the ceiling of ${formatMoney(ceiling, cost.currency)} for '${context.environment}'.`
    }
  }
  if (context.costOverride) {
    return {
      rule,
      severity: 'warn',
      addresses,
      message: `${summary} exceeds the ceiling of ${formatMoney(ceiling, cost.currency)} for '${context.environment}': allowed by cost_override${reasonText(context.overrideReason)}.${baseline}`
    }
  }
  return {
    rule,
    severity: 'deny',
    addresses,
    message: `${summary} exceeds the ceiling of ${formatMoney(ceiling, cost.currency)} per month for '${context.environment}'.${baseline}`,
    remedy:
      'Reduce the cost of the change, or re-run with cost_override=true (and override_reason) after the increase is approved.'
  }
}

function reasonText(reason: string): string {
  return reason.trim() ? ` (reason: ${reason.trim()})` : ''
}

/** `+123.45 USD`, `-5.00 EUR`. */
export function formatMoney(amount: number, currency: string, signed = false): string {
  const sign = signed && amount > 0 ? '+' : ''
  return `${sign}${amount.toFixed(2)} ${currency}`
}
