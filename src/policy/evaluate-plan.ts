/**
 * The core's entry: one read of the plan feeds the analysis and the policy's rule evaluator, then the
 * gate weighs the result with the run's context. Every mode that gates a plan, and the fuzz tests,
 * come through here. Pure: the plan arrives as bytes, and the clock, the cost estimate and the
 * reviews are in `context`.
 */
import { analysePlan } from '../analysis/analyse-plan.js'
import type { PlanAnalysis } from '../analysis/types.js'
import type { ByteSource } from '../plan/byte-source.js'
import type { PlanFormat } from '../plan/plan-format.js'
import type { PlanVisitor } from '../plan/model.js'
import { createMovedDestroyRecorder } from './checks/protected-resources.js'
import { createRuleEvaluator } from './checks/rules.js'
import { evaluateGate, type GateContext, type GateEvaluation } from './evaluate-gate.js'
import type { EffectivePolicy } from './types.js'

/** The analysed plan and the gate's verdict on it. */
export interface PlanEvaluation {
  analysis: PlanAnalysis
  verdict: GateEvaluation
}

/**
 * Reads, analyses and gates a plan; `format` picks the reader (plan-format.ts: choosePlanFormat),
 * Terraform by default; `visitors` see every raw entry of the same read (the action digests the plan
 * with one). Throws PlanReadError (naming `source.name`) when it cannot be read.
 */
export function evaluatePlan(
  source: ByteSource,
  policy: EffectivePolicy,
  context: GateContext,
  options: { format?: PlanFormat; visitors?: PlanVisitor[] } = {}
): PlanEvaluation {
  const rules = createRuleEvaluator(policy, context.environment)
  const moves = createMovedDestroyRecorder()
  const analysis = analysePlan(source, {
    dataBearingTypes: policy.risk.dataBearingTypes,
    deletionThreshold: policy.risk.deletionThreshold,
    visitors: [rules, moves.visitor, ...(options.visitors ?? [])],
    format: options.format
  })
  const verdict = evaluateGate({
    ...context,
    analysis,
    policy,
    ruleFindings: rules.findings(),
    movedDestroys: moves.moved
  })
  return { analysis, verdict }
}
