/**
 * Checks the schema cannot express: valid time zones and window specs, unique rule ids, values that
 * fit their operator, rule and environment names that exist, no name claimed by two environments.
 * Each problem names its key path.
 */
import { BUILTIN_RULE_IDS } from './defaults.js'
import type { PolicyFile } from './parse-policy.js'
import type { EffectivePolicy } from '../types.js'
import { environmentNameProblem, normaliseEnvironmentName, refPatternsOverlap } from '../environment.js'
import { parseWindowSpec } from '../window-spec.js'
import { assertTimeZone } from '../checks/windows.js'

/** Returns one message per problem; empty when the merged policy is consistent. */
export function checkPolicySemantics(policy: EffectivePolicy, file: PolicyFile): string[] {
  return [
    ...checkEnvironmentNames(policy),
    ...checkRefClaims(policy, 'branches'),
    ...checkRefClaims(policy, 'tags'),
    ...checkWindows(file),
    ...checkRules(policy, file),
    ...checkSeverities(policy, file)
  ]
}

function checkEnvironmentNames(policy: EffectivePolicy): string[] {
  const owner = new Map<string, string>()
  const problems: string[] = []
  for (const [name, environment] of Object.entries(policy.environments)) {
    for (const [index, alias] of environment.aliases.entries()) {
      const problem = environmentNameProblem(alias)
      if (problem) problems.push(`'environments.${name}.aliases[${index}]' cannot be a name: ${problem}`)
    }
    for (const label of [name, ...environment.aliases]) {
      const key = normaliseEnvironmentName(label).toLowerCase()
      const previous = owner.get(key)
      if (previous !== undefined && previous !== name) {
        problems.push(
          `'environments.${name}' claims the name '${label}', which already belongs to environment '${previous}' (built-in aliases: dev → development; staging → stage, stg; prod → production, prd). Configure '${previous}' instead, or give it other aliases`
        )
      }
      owner.set(key, name)
    }
  }
  return problems
}

/**
 * A branch (or tag) claimed by two environments would be resolved by the order the environments are
 * listed in; that is how `dev: {branches: ['*']}` used to take main away from prod. Every pair of
 * patterns that some ref matches both of is a problem, the built-in claims (main, staging, develop)
 * included.
 */
function checkRefClaims(policy: EffectivePolicy, kind: 'branches' | 'tags'): string[] {
  const problems: string[] = []
  const claims = Object.entries(policy.environments).flatMap(([name, environment]) =>
    environment[kind].map(pattern => ({ name, pattern }))
  )
  for (let i = 0; i < claims.length; i++) {
    for (let j = i + 1; j < claims.length; j++) {
      const [a, b] = [claims[i], claims[j]]
      if (a.name === b.name || !refPatternsOverlap(a.pattern, b.pattern)) continue
      problems.push(
        `'environments.${b.name}.${kind}' claims '${b.pattern}', which overlaps '${a.pattern}' of environment '${a.name}' (built-in branches: main → prod, staging → staging, develop → dev). A ${kind === 'branches' ? 'branch' : 'tag'} must belong to one environment: remove one of the two, or set '${kind}' of '${a.name}' too${kind === 'branches' ? "; branches no environment claims already go to dev, so '*' is never needed" : ''}`
      )
    }
  }
  return problems
}

function checkWindows(file: PolicyFile): string[] {
  const problems: string[] = []
  for (const [name, environment] of Object.entries(file.environments ?? {})) {
    const windows = environment?.deployment_windows
    if (!windows) continue
    const base = `environments.${name}.deployment_windows`
    try {
      assertTimeZone(windows.timezone)
    } catch (error) {
      problems.push(`'${base}.timezone': ${(error as Error).message}`)
    }
    for (const list of ['allow', 'block'] as const) {
      ;(windows[list] ?? []).forEach((spec, index) => {
        try {
          parseWindowSpec(spec)
        } catch (error) {
          problems.push(`'${base}.${list}[${index}]': ${(error as Error).message}`)
        }
      })
    }
  }
  return problems
}

function checkRules(policy: EffectivePolicy, file: PolicyFile): string[] {
  const problems: string[] = []
  const seen = new Set<string>(BUILTIN_RULE_IDS)
  const names = environmentLabels(policy)
  ;(file.rules ?? []).forEach((rule, index) => {
    const at = `rules[${index}]`
    if (seen.has(rule.id)) {
      const builtin = (BUILTIN_RULE_IDS as readonly string[]).includes(rule.id)
      problems.push(
        `'${at}.id' '${rule.id}' is ${builtin ? 'the id of a built-in rule (change its severity with rule_severity instead)' : 'used by an earlier rule'}; rule ids must be unique`
      )
    }
    seen.add(rule.id)
    if ((rule.op === 'in' || rule.op === 'not_in') && !Array.isArray(rule.value)) {
      problems.push(`'${at}.value' must be a list for op '${rule.op}'`)
    }
    if ((rule.op === 'exists' || rule.op === 'absent') && rule.value !== undefined) {
      problems.push(`'${at}.value' must be left out for op '${rule.op}'`)
    }
    if (rule.op === 'matches') {
      if (typeof rule.value !== 'string')
        problems.push(`'${at}.value' must be a regular expression string for op 'matches'`)
      else {
        try {
          new RegExp(rule.value)
        } catch (error) {
          problems.push(`'${at}.value' is not a valid regular expression: ${(error as Error).message}`)
        }
      }
    }
    ;(rule.environments ?? []).forEach((name, position) => {
      if (!names.has(name.toLowerCase())) {
        problems.push(
          `'${at}.environments[${position}]' '${name}' is not an environment; known: ${Object.keys(policy.environments).join(', ')}`
        )
      }
    })
  })
  return problems
}

function checkSeverities(policy: EffectivePolicy, file: PolicyFile): string[] {
  const known = [...BUILTIN_RULE_IDS, ...policy.rules.map(rule => rule.id)]
  const problems: string[] = []
  const check = (overrides: Record<string, unknown> | undefined, at: string): void => {
    for (const id of Object.keys(overrides ?? {})) {
      if (!known.includes(id))
        problems.push(`'${at}.${id}' names no rule; known rule ids: ${known.join(', ')}`)
    }
  }
  check(file.rule_severity, 'rule_severity')
  for (const [name, environment] of Object.entries(file.environments ?? {})) {
    check(environment?.rule_severity, `environments.${name}.rule_severity`)
  }
  return problems
}

function environmentLabels(policy: EffectivePolicy): Set<string> {
  const labels = new Set<string>()
  for (const [name, environment] of Object.entries(policy.environments)) {
    labels.add(name.toLowerCase())
    environment.aliases.forEach(alias => labels.add(normaliseEnvironmentName(alias).toLowerCase()))
  }
  return labels
}
