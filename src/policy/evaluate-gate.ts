/**
 * The gate: combines every check into one verdict. `allowed` is true only when the plan was fully
 * read and no deny remains. Order of findings: (Pulumi plans: protect, preview, stack), plan trust,
 * destroy guard, protected resources,
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
import { checkProtectedResources, type MovedDestroys } from './checks/protected-resources.js'
import { environmentPolicy } from './checks/rules.js'
import type { EffectivePolicy, GateVerdict, PolicyFinding, Severity } from './types.js'
import { checkPlanTrust } from './checks/plan-trust.js'
import { checkWindows } from './checks/windows.js'
import { checkPulumiPlan } from './checks/pulumi-plan.js'
import { checkPulumiProtect } from './checks/pulumi-protect.js'

/** Everything about the run the gate weighs besides the plan and the policy: inputs, evidence, the clock. */
export interface GateContext {
  environment: ResolvedEnvironment
  forceRecreate: boolean
  /** Exact addresses from the allow_destroy input. */
  allowDestroy: string[]
  costOverride: boolean
  emergencyOverride: boolean
  overrideReason: string
  /** The Infracost estimate, when one was given. */
  cost?: CostEstimate
  /** Only when enforce_approvals is true: the reviews (undefined = no pull request found → deny). */
  enforceApprovals?: boolean
  approvalsData?: ApprovalsData
  /** The instant deployment windows are judged at. */
  now: Date
}

/** What evaluateGate combines: the analysed plan, the policy, the rule findings and the run's context. */
export interface GateInput extends GateContext {
  analysis: PlanAnalysis
  policy: EffectivePolicy
  /** From createRuleEvaluator(...).findings() after the plan was read with the evaluator as a visitor. */
  ruleFindings: PolicyFinding[]
  /** From createMovedDestroyRecorder, read along with the plan: protected_resources matches previous addresses too. */
  movedDestroys?: MovedDestroys
}

/** The verdict plus what the report and outputs need. */
export interface GateEvaluation extends GateVerdict {
  approvals: ApprovalRequirement
  cost?: CostEstimate
  /** Overrides that changed a deny into a warning (`emergency_override`, `cost_override`), with the reason. */
  overridesUsed: string[]
  overrideReason: string
}

/** Combines every check into the verdict. Pure: the clock and all data are parameters. */
export function evaluateGate(input: GateInput): GateEvaluation {
  const { analysis, policy, environment } = input
  const settings = environmentPolicy(policy, environment)
  const findings: PolicyFinding[] = []
  // Pulumi plans: a protected delete (which `pulumi up` would fail on) is said first, then the preview's own checks.
  if (analysis.pulumi) {
    findings.push(
      checkPulumiProtect(analysis),
      ...checkPulumiPlan(analysis, { environment, environments: policy.environments })
    )
  }
  findings.push(...checkPlanTrust(analysis))
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
      allowDestroy: input.allowDestroy,
      moved: input.movedDestroys
    })
  )
  const overridesUsed: string[] = []
  const windowFinding = checkWindows({
    environment: environment.name,
    windows: settings.deploymentWindows,
    now: input.now,
    emergencyOverride: input.emergencyOverride,
    overrideReason: input.overrideReason
  })
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

/** The `policy_violations` output: every warn and deny finding as {rule, severity, addresses, message}. */
export function listViolations(
  findings: PolicyFinding[]
): { rule: string; severity: Severity; addresses: string[]; message: string }[] {
  return findings
    .filter(finding => finding.severity !== 'pass')
    .map(({ rule, severity, addresses, message }) => ({ rule, severity, addresses, message }))
}
