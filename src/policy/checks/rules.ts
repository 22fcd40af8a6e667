/**
 * The rule evaluator: a plan visitor that runs the built-in and user rules over every planned
 * (created, updated or replaced) resource, plus the resource limits, as the plan is read. Memory
 * stays bounded: per rule a capped list of addresses and counts for the rest.
 */
import type { PlanResourceChange, PlanVisitor } from '../../plan/model.js'
import { checkPath } from '../attribute-path.js'
import { builtinRules, typeMatches, type CompiledRule } from './builtin-rules.js'
import { emptyEnvironmentPolicy } from '../config/defaults.js'
import type { ResolvedEnvironment } from '../environment.js'
import { createLimitCounter } from './limits.js'
import type { EffectivePolicy, EnvironmentPolicy, PolicyFinding, UserRule } from '../types.js'

/** Addresses kept per rule and outcome; further ones are counted. */
const RULE_ADDRESS_CAP = 100
/** Per-address details ("missing Owner") kept per rule. */
const DETAIL_CAP = 5

interface Tally {
  count: number
  addresses: string[]
  details: string[]
}

/** Evaluates rules and limits while the plan is read. */
export type RuleEvaluator = PlanVisitor & {
  findings(): PolicyFinding[]
  /** Managed entries seen, for cross-checking against the analysis. */
  readonly entriesSeen: number
}

/** The settings of the resolved environment (an unknown environment gets none, but keeps its protection). */
export function environmentPolicy(
  policy: EffectivePolicy,
  environment: ResolvedEnvironment
): EnvironmentPolicy {
  return policy.environments[environment.name] ?? emptyEnvironmentPolicy(environment.protected)
}

/** Compiles the rules in effect in `environment` (severity overrides applied, `off` rules dropped). */
function compileRules(policy: EffectivePolicy, environment: ResolvedEnvironment): CompiledRule[] {
  const settings = environmentPolicy(policy, environment)
  const users = policy.rules
    .filter(rule => appliesInEnvironment(rule, policy, environment.name))
    .map(compileUserRule)
  const compiled: CompiledRule[] = []
  for (const rule of [...builtinRules(policy), ...users]) {
    const level = settings.ruleSeverity[rule.id] ?? policy.ruleSeverity[rule.id] ?? rule.severity
    if (level !== 'off') compiled.push({ ...rule, severity: level })
  }
  return compiled
}

function appliesInEnvironment(rule: UserRule, policy: EffectivePolicy, environment: string): boolean {
  if (rule.environments.length === 0) return true
  return rule.environments.some(name => {
    const wanted = name.toLowerCase()
    if (wanted === environment.toLowerCase()) return true
    return (policy.environments[environment]?.aliases ?? []).some(alias => alias.toLowerCase() === wanted)
  })
}

function compileUserRule(rule: UserRule): CompiledRule {
  return {
    id: rule.id,
    severity: rule.severity,
    message: rule.message,
    remedy: `Change the resource so that '${rule.path}' ${describeOp(rule)}, or adjust rule '${rule.id}' in the policy file.`,
    appliesTo: type => typeMatches(rule.types, type),
    check: (after, afterUnknown) => ({
      outcome: checkPath(after, afterUnknown, rule.path, rule.op, rule.value)
    })
  }
}

/** `equals true`, `is one of [a, b]`, … for messages (rule values come from the policy, never from the plan). */
function describeOp(rule: Pick<UserRule, 'op' | 'value'>): string {
  const value = JSON.stringify(rule.value)
  switch (rule.op) {
    case 'equals':
      return `equals ${value}`
    case 'not_equals':
      return `does not equal ${value}`
    case 'in':
      return `is one of ${value}`
    case 'not_in':
      return `is none of ${value}`
    case 'matches':
      return `matches /${String(rule.value)}/`
    case 'exists':
      return 'is set'
    case 'absent':
      return 'is not set'
  }
}

/** Creates the visitor the analysis feeds with every raw resource entry. */
export function createRuleEvaluator(
  policy: EffectivePolicy,
  environment: ResolvedEnvironment
): RuleEvaluator {
  const rules = compileRules(policy, environment)
  const limits = createLimitCounter(environmentPolicy(policy, environment).resourceLimits)
  const violations = new Map<string, Tally>(rules.map(rule => [rule.id, emptyTally()]))
  const unknowns = new Map<string, Tally>(rules.map(rule => [rule.id, emptyTally()]))
  const hidden = new Map<string, Tally>(rules.map(rule => [rule.id, emptyTally()]))
  let entriesSeen = 0

  function visit(entry: PlanResourceChange): void {
    if (entry.mode !== 'managed') return
    entriesSeen++
    limits.visit(entry)
    const actions = entry.change?.actions ?? []
    // Rules judge planned values: only entries that create or update an object have any.
    if (!actions.includes('create') && !actions.includes('update')) return
    const after = entry.change.after
    if (after === null || typeof after !== 'object') return
    for (const rule of rules) {
      if (!rule.appliesTo(entry.type)) continue
      const result = rule.check(after, entry.change.after_unknown, entry.type)
      if (result.outcome === 'pass') continue
      const tallies = { violation: violations, unknown: unknowns, hidden }[result.outcome]
      record(tallies.get(rule.id) as Tally, entry.address, result.detail)
    }
  }

  return {
    onResourceChange: visit,
    get entriesSeen() {
      return entriesSeen
    },
    findings() {
      const out: PolicyFinding[] = []
      for (const rule of rules) {
        out.push(violationFinding(rule, violations.get(rule.id) as Tally))
        const unknown = unknowns.get(rule.id) as Tally
        if (unknown.count > 0) out.push(unknownFinding(rule, unknown))
        const hid = hidden.get(rule.id) as Tally
        if (hid.count > 0) out.push(hiddenFinding(rule, hid))
      }
      return [...out, ...limits.findings()]
    }
  }
}

function emptyTally(): Tally {
  return { count: 0, addresses: [], details: [] }
}

function record(tally: Tally, address: string, detail?: string): void {
  tally.count++
  if (tally.addresses.length < RULE_ADDRESS_CAP) tally.addresses.push(address)
  if (detail && tally.details.length < DETAIL_CAP) tally.details.push(`${address}: ${detail}`)
}

function more(tally: Tally): string {
  return tally.count > tally.addresses.length
    ? ` (${tally.count - tally.addresses.length} more not listed)`
    : ''
}

function violationFinding(rule: CompiledRule, tally: Tally): PolicyFinding {
  if (tally.count === 0)
    return { rule: `rule:${rule.id}`, severity: 'pass', addresses: [], message: rule.message }
  const details = tally.details.length > 0 ? ` ${tally.details.join('; ')}.` : ''
  return {
    rule: `rule:${rule.id}`,
    severity: rule.severity,
    addresses: tally.addresses,
    message: `${rule.message} ${tally.count} resource(s) violate it${more(tally)}.${details}`,
    remedy: rule.remedy
  }
}

/** Known after apply: neither a violation nor a pass, so it is reported as a warning to re-check after apply. */
function unknownFinding(rule: CompiledRule, tally: Tally): PolicyFinding {
  return {
    rule: `rule:${rule.id}`,
    severity: 'warn',
    addresses: tally.addresses,
    message: `Rule '${rule.id}' cannot be decided for ${tally.count} resource(s): the value is known after apply${more(tally)}. Not counted as a violation or a pass.`,
    remedy:
      'Check these resources after apply, or make the value known at plan time (a literal instead of a computed reference).'
  }
}

/**
 * The value is hidden from the gate: `(sensitive)` in the plan artifact's plan.json, or a Pulumi
 * `[secret]`. The plan chose what is hidden, so the rule fails closed, at its own severity.
 */
function hiddenFinding(rule: CompiledRule, tally: Tally): PolicyFinding {
  return {
    rule: `rule:${rule.id}`,
    severity: rule.severity,
    addresses: tally.addresses,
    message: `Rule '${rule.id}' cannot be decided for ${tally.count} resource(s): the value is hidden from the gate (\`(sensitive)\` in the plan artifact's plan.json, or a Pulumi \`[secret]\`)${more(tally)}, and the plan chooses what is hidden, so it counts as a violation.`,
    remedy:
      'Gate the binary plan (give the plan job plan_file, or let it plan) so the gate reads the real value, or do not make the value sensitive or secret.'
  }
}
