/**
 * The test's own, independent reading of a plan: a recount of Terraform's summary numbers, a
 * "could infra-guard fully read this?" check, and a small gate harness. Written from Terraform's
 * JSON output documentation, not from src/analysis, so a shared mistake cannot hide.
 */
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { PlanAnalysis, PlanCounts } from '../../src/analysis/types.js'
import { InfraGuardError } from '../../src/errors.js'
import type { ByteSource } from '../../src/plan/byte-source.js'
import type { PlanDocument } from '../helpers/plan-document.js'
import { defaultPolicy } from '../../src/policy/config/defaults.js'
import { resolveEnvironment } from '../../src/policy/environment.js'
import { evaluateGate, type GateContext, type GateEvaluation } from '../../src/policy/evaluate-gate.js'
import { evaluatePlan } from '../../src/policy/evaluate-plan.js'
import { memorySource } from '../helpers/plan-source.js'

type Json = Record<string, unknown>

const KNOWN_COMBINATIONS = new Set([
  'no-op',
  'create',
  'update',
  'delete',
  'delete,create',
  'create,delete',
  'forget',
  'create,forget',
  'forget,create'
])

/**
 * Keys Terraform writes (from its JSON output format documentation), by object: a key that equals one
 * of them only when compared the way Go's encoding/json does (ASCII case-insensitively, K KELVIN SIGN
 * as k, LONG S as s) makes Go readers see another plan.
 */
const TERRAFORM_KEYS = {
  document: [
    'format_version',
    'terraform_version',
    'variables',
    'planned_values',
    'resource_drift',
    'resource_changes',
    'output_changes',
    'prior_state',
    'configuration',
    'relevant_attributes',
    'checks',
    'timestamp',
    'applyable',
    'complete',
    'errored'
  ],
  entry: [
    'address',
    'previous_address',
    'module_address',
    'mode',
    'type',
    'name',
    'index',
    'provider_name',
    'deposed',
    'action_reason',
    'change'
  ],
  change: [
    'actions',
    'before',
    'after',
    'after_unknown',
    'before_sensitive',
    'after_sensitive',
    'replace_paths',
    'importing',
    'generated_config'
  ]
}

/** Go's encoding/json key comparison, as the oracle's own code. */
function goFold(key: string): string {
  let out = ''
  for (const char of key) {
    if (char === '\u212a') out += 'k'
    else if (char === '\u017f') out += 's'
    else if (/^[A-Z]$/.test(char)) out += char.toLowerCase()
    else out += char
  }
  return out
}

/** Keys of `object` that only Go would take for one of `known`. */
function caseVariants(object: Json, known: string[]): string[] {
  return Object.keys(object).filter(
    key => !known.includes(key) && known.some(candidate => goFold(candidate) === goFold(key))
  )
}

/** The marker mutations.ts puts before a key to write that key a second time (see serialiseMutated). */
export const REPEAT_TOKEN = '__infra_guard_fuzz_repeat_'

/** True when `object` has a key written twice in the file (the key and its REPEAT_TOKEN copy). */
function repeatsKey(object: Json): boolean {
  return Object.keys(object).some(
    key => key.startsWith(REPEAT_TOKEN) && Object.hasOwn(object, key.slice(REPEAT_TOKEN.length))
  )
}

/** True when a key anywhere in `value` is written twice in the file. */
function hasRepeatedKey(value: unknown): boolean {
  const stack = [value]
  while (stack.length > 0) {
    const node = stack.pop()
    if (node === null || typeof node !== 'object') continue
    if (!Array.isArray(node) && repeatsKey(node as Json)) return true
    stack.push(...Object.values(node))
  }
  return false
}

/** Terraform's summary numbers, recounted from the raw entries. */
export function recount(document: PlanDocument): PlanCounts {
  const counts: PlanCounts = {
    add: 0,
    change: 0,
    destroy: 0,
    replace: 0,
    import: 0,
    move: 0,
    forget: 0,
    create: 0,
    delete: 0,
    noop: 0,
    read: 0,
    total: 0
  }
  for (const raw of (document.resource_changes ?? []) as unknown[]) {
    const entry = raw as Json
    const change = entry.change as Json
    const verbs = (change.actions as string[]).join(',')
    if (entry.mode === 'data') {
      if (verbs === 'read') counts.read++
      continue
    }
    counts.total++
    if (verbs === 'create') counts.create++
    if (verbs === 'delete') counts.delete++
    if (verbs === 'no-op') counts.noop++
    if (verbs === 'update') counts.change++
    if (verbs === 'delete,create' || verbs === 'create,delete') counts.replace++
    if (verbs === 'forget' || verbs === 'create,forget' || verbs === 'forget,create') counts.forget++
    if (
      verbs === 'create' ||
      verbs === 'delete,create' ||
      verbs === 'create,delete' ||
      verbs === 'create,forget' ||
      verbs === 'forget,create'
    )
      counts.add++
    if (verbs === 'delete' || verbs === 'delete,create' || verbs === 'create,delete') counts.destroy++
    if (change.importing !== undefined && change.importing !== null) counts.import++
    if (typeof entry.previous_address === 'string' && entry.previous_address !== entry.address) counts.move++
  }
  return counts
}

/** Addresses that are deleted or replaced, in file order. */
export function destroyedAddresses(document: PlanDocument): string[] {
  return (document.resource_changes ?? [])
    .filter(
      entry =>
        entry.mode === 'managed' &&
        ['delete', 'delete,create', 'create,delete'].includes(entry.change.actions.join(','))
    )
    .map(entry => entry.address)
}

const isObject = (value: unknown): value is Json =>
  value !== null && typeof value === 'object' && !Array.isArray(value)

/**
 * Problems that make a plan not fully understood: anything here must end in a denial (or a read
 * error). Empty means every entry is one Terraform could have written with verbs this version knows.
 */
export function unreadableProblems(document: unknown): string[] {
  const problems: string[] = []
  if (!isObject(document)) return ['document is not an object']
  const format = document.format_version
  if (typeof format !== 'string' || !/^[01]\.\d+/.test(format)) problems.push('format_version')
  if (document.errored === true) problems.push('errored')
  if (document.complete === false) problems.push('incomplete')
  for (const key of ['applyable', 'complete', 'errored']) {
    if (document[key] !== undefined && typeof document[key] !== 'boolean') problems.push(`${key} type`)
  }
  if (document.terraform_version !== undefined && typeof document.terraform_version !== 'string')
    problems.push('terraform_version type')
  if (document.variables !== undefined && !isObject(document.variables)) problems.push('variables type')
  if (
    ![
      'planned_values',
      'resource_changes',
      'resource_drift',
      'prior_state',
      'configuration',
      'output_changes'
    ].some(key => key in document)
  )
    problems.push('no plan keys')
  for (const key of caseVariants(document, TERRAFORM_KEYS.document)) problems.push(`case variant ${key}`)
  if (repeatsKey(document)) problems.push('repeated top-level key')
  for (const key of ['resource_changes', 'resource_drift', 'output_changes', 'variables'])
    if (hasRepeatedKey(document[key])) problems.push(`repeated key in ${key}`)
  const seen = new Set<string>()
  for (const section of ['resource_changes', 'resource_drift']) {
    const list = document[section]
    if (list === undefined) continue
    if (!Array.isArray(list)) {
      problems.push(`${section} not an array`)
      continue
    }
    list.forEach((raw, index) => {
      const where = `${section}[${index}]`
      if (!isObject(raw)) return problems.push(`${where} not an object`)
      for (const key of caseVariants(raw, TERRAFORM_KEYS.entry)) problems.push(`${where} case variant ${key}`)
      if (isObject(raw.change))
        for (const key of caseVariants(raw.change, TERRAFORM_KEYS.change))
          problems.push(`${where} change case variant ${key}`)
      // Terraform 1.0.0 wrote drift entries without an address: informational, named from their parts.
      const driftWithoutAddress = section === 'resource_drift' && raw.address === undefined
      if (!driftWithoutAddress && (typeof raw.address !== 'string' || raw.address === ''))
        problems.push(`${where} address`)
      if (typeof raw.type !== 'string' || raw.type === '') problems.push(`${where} type`)
      if (raw.mode !== 'managed' && raw.mode !== 'data') problems.push(`${where} mode`)
      const change = raw.change
      if (!isObject(change)) return problems.push(`${where} change`)
      const actions = change.actions
      if (!Array.isArray(actions) || !actions.every(verb => typeof verb === 'string'))
        return problems.push(`${where} actions`)
      const verbs = actions.join(',')
      if (raw.mode === 'data') {
        if (section === 'resource_changes' && verbs !== 'read' && verbs !== 'no-op')
          problems.push(`${where} data verbs ${verbs}`)
        if (section === 'resource_drift' && !KNOWN_COMBINATIONS.has(verbs) && verbs !== 'read')
          problems.push(`${where} verbs ${verbs}`)
        return
      }
      if (!KNOWN_COMBINATIONS.has(verbs)) problems.push(`${where} verbs ${verbs}`)
      if (section === 'resource_changes' && raw.mode === 'managed') {
        const key = `${String(raw.address)}\u0000${typeof raw.deposed === 'string' ? raw.deposed : ''}`
        if (seen.has(key)) problems.push(`${where} duplicate address`)
        seen.add(key)
      }
    })
  }
  const outputs = document.output_changes
  if (outputs !== undefined) {
    if (!isObject(outputs)) problems.push('output_changes type')
    else {
      for (const [name, change] of Object.entries(outputs)) {
        if (isObject(change))
          for (const key of caseVariants(change, TERRAFORM_KEYS.change))
            problems.push(`output ${name} case variant ${key}`)
        const actions = isObject(change) ? change.actions : undefined
        if (
          !Array.isArray(actions) ||
          !KNOWN_COMBINATIONS.has(actions.join(',')) ||
          !actions.every(v => typeof v === 'string')
        )
          problems.push(`output ${name}`)
      }
    }
  }
  return problems
}

/** The run as the fuzz tests gate it: built-in policy, `environment`, no overrides, a fixed instant. */
export function fuzzContext(environment = 'dev', forceRecreate = false): GateContext {
  return {
    environment: resolveEnvironment({ explicit: environment }, defaultPolicy().environments),
    forceRecreate,
    allowDestroy: [],
    costOverride: false,
    emergencyOverride: false,
    overrideReason: '',
    now: new Date('2026-03-10T10:00:00Z')
  }
}

/** A plan through the core's entry, as the modes run it: one read feeds the analysis and the rules, then the gate. */
export function evaluateSource(
  source: ByteSource,
  environment = 'dev',
  forceRecreate = false
): { analysis: PlanAnalysis; gate: GateEvaluation } {
  const { analysis, verdict } = evaluatePlan(source, defaultPolicy(), fuzzContext(environment, forceRecreate))
  return { analysis, gate: verdict }
}

/** An in-memory document through the core's entry (its JSON text read as a plan file would be). */
export function analyseInMemory(
  document: PlanDocument,
  environment = 'dev',
  forceRecreate = false
): { analysis: PlanAnalysis; gate: GateEvaluation } {
  return evaluateSource(memorySource(JSON.stringify(document)), environment, forceRecreate)
}

/** The gate alone over an existing analysis (built-in policy, the given rule findings). */
export function gateOf(
  analysis: PlanAnalysis,
  environment = 'dev',
  ruleFindings = [] as GateEvaluation['findings'],
  forceRecreate = false
): GateEvaluation {
  return evaluateGate({
    ...fuzzContext(environment, forceRecreate),
    analysis,
    policy: defaultPolicy(),
    ruleFindings
  })
}

/** Re-throws anything that is not one of the project's typed errors, so fast-check reports it. */
export function onlyTypedErrors(error: unknown): InfraGuardError {
  if (error instanceof InfraGuardError) return error
  throw new Error(
    `threw a value that is not an InfraGuardError: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`
  )
}

/** Writes text to a fresh file under `dir` and returns its path. */
let written = 0
export function writePlan(dir: string, text: string | Buffer): string {
  const path = join(dir, `plan-${process.pid}-${++written}.json`)
  writeFileSync(path, text)
  return path
}
