/**
 * The gate: combines every check into one verdict. `allowed` is true only when the plan was fully
 * read and no deny remains. Order of findings: plan trust, destroy guard, protected resources,
 * windows, cost, rules and limits, approvals.
 */
import type { PlanAnalysis } from '../analysis/types.js'
import {
  computeRequiredApprovals,
  checkApprovals,
  type ApprovalRequirement,
  type ApprovalsData
} from './checks/approvals.js'
import { checkCostCeiling } from './checks/cost-ceiling.js'
import type { CostEstimate } from './cost-estimate.js'
import { checkDestroyGuard } from './checks/destroy-guard.js'
import type { ResolvedEnvironment } from './environment.js'
import { checkProtectedResources } from './checks/protected-resources.js'
import { environmentPolicy } from './checks/rules.js'
import type { EffectivePolicy, EnvironmentPolicy, GateVerdict, PolicyFinding, Severity } from './types.js'
import { checkDeploymentWindow } from './checks/windows.js'

export interface GateInput {
  analysis: PlanAnalysis
  policy: EffectivePolicy
  environment: ResolvedEnvironment
  forceRecreate: boolean
  /** Exact addresses from the allow_destroy input. */
  allowDestroy: string[]
  costOverride: boolean
  emergencyOverride: boolean
  overrideReason: string
  cost?: CostEstimate
  /** From createRuleEvaluator(...).findings() after the plan was read with the evaluator as a visitor. */
  ruleFindings: PolicyFinding[]
  /** Only when enforce_approvals is true: the reviews (undefined = no pull request found → deny). */
  enforceApprovals?: boolean
  approvalsData?: ApprovalsData
  now: Date
}

/** The verdict plus what the report and outputs need. */
export interface GateEvaluation extends GateVerdict {
  approvals: ApprovalRequirement
  cost?: CostEstimate
  /** Overrides that changed a deny into a warning (`emergency_override`, `cost_override`), with the reason. */
  overridesUsed: string[]
  overrideReason: string
}

/** Evaluates every check. Pure: the clock and all data are parameters. */
export function evaluateGate(input: GateInput): GateEvaluation {
  const { analysis, policy, environment } = input
  const settings = environmentPolicy(policy, environment)
  const findings: PolicyFinding[] = [...checkPlanTrust(analysis)]
  findings.push(
    checkDestroyGuard(analysis, {
      environment: environment.name,
      protectedEnvironment: environment.protected,
      forceRecreate: input.forceRecreate
    })
  )
  findings.push(
    checkProtectedResources(analysis, {
      globs: policy.protectedResources,
      protectedEnvironment: environment.protected,
      environment: environment.name,
      allowDestroy: input.allowDestroy
    })
  )
  const overridesUsed: string[] = []
  const windowFinding = checkWindows(settings, input)
  if (windowFinding.severity === 'warn' && input.emergencyOverride) overridesUsed.push('emergency_override')
  findings.push(windowFinding)
  const costFinding = checkCostCeiling({
    environment: environment.name,
    settings,
    cost: input.cost,
    costOverride: input.costOverride,
    overrideReason: input.overrideReason,
    hasChanges: analysis.hasChanges,
    missingCostEstimate: policy.missingCostEstimate
  })
  if (costFinding.severity === 'warn' && input.costOverride) overridesUsed.push('cost_override')
  findings.push(costFinding, ...input.ruleFindings)
  const approvals = computeRequiredApprovals({
    policy,
    environment: environment.name,
    settings,
    monthlyChange: input.cost?.monthlyChange,
    currency: input.cost?.currency,
    risk: analysis.risk.level
  })
  if (input.enforceApprovals) findings.push(checkApprovals(approvals, input.approvalsData))
  return {
    allowed: !findings.some(finding => finding.severity === 'deny'),
    environment: environment.name,
    protectedEnvironment: environment.protected,
    findings,
    approvals,
    cost: input.cost,
    overridesUsed,
    overrideReason: input.overrideReason.trim()
  }
}

/** Fail closed: a plan the analysis could not fully read or that Terraform marked errored is denied. */
function checkPlanTrust(analysis: PlanAnalysis): PolicyFinding[] {
  const findings: PolicyFinding[] = []
  if (analysis.unreadable.length > 0) {
    findings.push({
      rule: 'plan-unreadable',
      severity: 'deny',
      addresses: analysis.unreadable.map(entry => entry.address).slice(0, 100),
      message: `${analysis.unreadable.length} plan entr(ies) could not be understood: ${analysis.unreadable
        .slice(0, 5)
        .map(entry => `${entry.address}: ${entry.problem}`)
        .join('; ')}. The gate refuses what it cannot read.`,
      remedy:
        'Use a terraform/tofu version whose plan format infra-guard supports, or report the entry to infra-guard.'
    })
  }
  if (analysis.errored) {
    findings.push({
      rule: 'plan-errored',
      severity: 'deny',
      addresses: [],
      message: `Terraform marked the plan in '${analysis.source}' as errored; it is not safe to apply.`,
      remedy: 'Fix the errors shown by terraform plan and create a new plan.'
    })
  }
  if (!analysis.complete) {
    findings.push({
      rule: 'plan-incomplete',
      severity: 'deny',
      addresses: [],
      message: `The plan in '${analysis.source}' is incomplete (Terraform deferred some changes), so the gate cannot see everything that apply would do.`,
      remedy: 'Apply in stages so that each plan is complete, then run the gate on each.'
    })
  }
  return findings
}

function checkWindows(settings: EnvironmentPolicy, input: GateInput): PolicyFinding {
  const rule = 'deployment-window'
  const windows = settings.deploymentWindows
  if (!windows)
    return {
      rule,
      severity: 'pass',
      addresses: [],
      message: `No deployment windows for '${input.environment.name}'.`
    }
  const status = checkDeploymentWindow(windows, input.now)
  if (status.open) return { rule, severity: 'pass', addresses: [], message: status.reason }
  const reason = input.overrideReason.trim()
  if (input.emergencyOverride && reason !== '') {
    return {
      rule,
      severity: 'warn',
      addresses: [],
      message: `${status.reason} Allowed by emergency_override; reason: ${reason}`
    }
  }
  const next = status.nextOpen ? ` The next window opens ${status.nextOpen}.` : ''
  const severity: Severity = 'deny'
  return {
    rule,
    severity,
    addresses: [],
    message: `Outside the deployment window for '${input.environment.name}': ${status.reason}${next}${
      input.emergencyOverride
        ? ' emergency_override was set without an override_reason, so it does not apply.'
        : ''
    }`,
    remedy:
      'Deploy inside the window, or re-run with emergency_override=true and a non-empty override_reason (recorded in the summary and outputs).'
  }
}

/** The `policy_violations` output: every warn and deny finding as {rule, severity, addresses, message}. */
export function listViolations(
  findings: PolicyFinding[]
): { rule: string; severity: Severity; addresses: string[]; message: string }[] {
  return findings
    .filter(finding => finding.severity !== 'pass')
    .map(({ rule, severity, addresses, message }) => ({ rule, severity, addresses, message }))
}
