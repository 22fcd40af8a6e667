/**
 * Builds the plan entries the Pulumi reader emits: one normalised step (either format) plus the
 * Terraform actions it maps to becomes a PulumiResourceChange whose `change` has Terraform's shape
 * (before/after with sensitive and unknown mark trees, `importing`, `replace_paths`).
 */
import type { PlanChange } from '../model.js'
import { PULUMI_LIMITS, type PulumiEntryInfo, type PulumiResourceChange } from './types.js'
import { displayName, type ParsedUrn } from './urn.js'
import { convertValue } from './values.js'

/** A resource state (`oldState`/`newState`, or `old`/`new` of an event), already shape-checked. */
export interface StepState {
  urn?: string
  type?: string
  custom?: boolean
  delete?: boolean
  protect?: boolean
  retainOnDelete?: boolean
  id?: unknown
  importID?: unknown
  inputs?: Record<string, unknown>
  outputs?: Record<string, unknown>
}

/** One step of either format, after its shape was checked. */
export interface NormalStep {
  op: string
  urn: string
  parsed: ParsedUrn
  old?: StepState
  new?: StepState
  replaceReasons: string[]
  diffReasons: string[]
  /** `steps[3]` or `line 7`. */
  source: string
}

/** What to build: Terraform actions and mode, the states to show, and Pulumi facts. */
export interface EntrySpec {
  actions: string[]
  mode: 'managed' | 'data'
  before?: StepState
  after?: StepState
  /** Compare outputs instead of inputs (refresh results: a refresh reads outputs). */
  outputs?: boolean
  importing?: boolean
  deposed?: string
  ops: string[]
  sources: string[]
  protect: boolean
  protectAfter: boolean
  retainOnDelete: boolean
  replaceReasons?: string[]
  diffReasons?: string[]
  problem?: string
  assumed?: string
}

/** What every entry of one step carries from it, whatever its actions. */
export function stepFacts(step: NormalStep) {
  return {
    ops: [step.op],
    sources: [step.source],
    protect: step.old?.protect === true,
    protectAfter: step.new?.protect === true,
    retainOnDelete: step.old?.retainOnDelete === true,
    replaceReasons: step.replaceReasons,
    diffReasons: step.diffReasons
  }
}

/** Ops that change nothing: `same`, and the engine's internal bookkeeping steps. */
const NO_OP_OPS = new Set(['same', 'remove-pending-replace', 'extend-parameterize'])

/**
 * The spec of a step that is not part of a replacement or a refresh (see step-mapper.ts for the
 * table). `deposed` names an old object left pending deletion by an earlier run.
 */
export function specForStep(step: NormalStep, deposed: (base: string) => string): EntrySpec {
  const { op, old, new: next } = step
  const base = stepFacts(step)
  if (NO_OP_OPS.has(op)) return { ...base, actions: ['no-op'], mode: 'managed', before: old, after: next }
  switch (op) {
    case 'create':
      return { ...base, actions: ['create'], mode: 'managed', after: next }
    case 'update':
      return { ...base, actions: ['update'], mode: 'managed', before: old, after: next }
    case 'delete': {
      const spec: EntrySpec = {
        ...base,
        actions: [base.retainOnDelete ? 'forget' : 'delete'],
        mode: 'managed',
        before: old
      }
      // Like Terraform's deposed object, it may share its URN with the live resource's own step.
      if (old?.delete === true) spec.deposed = deposed('pending-delete')
      return spec
    }
    case 'import':
      return { ...base, actions: ['no-op'], mode: 'managed', after: next, importing: true }
    case 'read':
      return { ...base, actions: ['read'], mode: 'data', after: next }
    default:
      // discard: a read resource leaves the stack; nothing is deleted.
      return { ...base, actions: ['no-op'], mode: 'data', before: old }
  }
}

/** Builds one entry for `step`'s resource from `spec`. */
export function buildEntry(step: NormalStep, spec: EntrySpec): PulumiResourceChange {
  const { parsed } = step
  const pick = (state: StepState | undefined) => (spec.outputs ? state?.outputs : state?.inputs)
  const before = spec.before ? convertValue(pick(spec.before) ?? {}, false) : undefined
  const after = spec.after ? convertValue(pick(spec.after) ?? {}, true) : undefined
  const change: PlanChange = {
    actions: spec.actions,
    before: before ? before.value : null,
    after: after ? after.value : null,
    after_unknown: after?.unknown ?? {},
    before_sensitive: before?.sensitive ?? false,
    after_sensitive: after?.sensitive ?? false
  }
  if (spec.importing) {
    const id = spec.after?.importID ?? spec.after?.id
    change.importing = typeof id === 'string' ? { id } : {}
  }
  if (spec.replaceReasons && spec.replaceReasons.length > 0) {
    change.replace_paths = spec.replaceReasons.map(splitPropertyPath)
  }
  const info: PulumiEntryInfo = {
    urn: step.urn,
    display: displayName(parsed),
    stack: parsed.stack,
    project: parsed.project,
    parentTypes: parsed.parentTypes,
    ops: spec.ops,
    protect: spec.protect,
    protectAfter: spec.protectAfter,
    retainOnDelete: spec.retainOnDelete,
    component: isComponent(spec.before ?? spec.after),
    sources: spec.sources
  }
  if (spec.replaceReasons && spec.replaceReasons.length > 0) info.replaceReasons = spec.replaceReasons
  if (spec.diffReasons && spec.diffReasons.length > 0) info.diffReasons = spec.diffReasons
  if (spec.problem !== undefined) info.problem = spec.problem
  if (spec.assumed !== undefined) info.assumed = spec.assumed
  const entry: PulumiResourceChange = {
    address: step.urn,
    mode: spec.mode,
    type: parsed.type,
    name: parsed.name,
    provider_name: parsed.type.split(':')[0],
    change,
    pulumi: info
  }
  const previous = spec.before?.urn
  if (typeof previous === 'string' && previous !== step.urn && spec.after) entry.previous_address = previous
  if (spec.deposed !== undefined) entry.deposed = spec.deposed
  return entry
}

/** The verb an entry carries when the reader cannot map it: never one of Terraform's, so the analysis denies. */
export function problemVerb(text: string): string {
  return `pulumi: ${text}`.slice(0, 80)
}

/** Builds an entry for something the reader could not map; the analysis lists it as unreadable. */
export function buildProblemEntry(step: NormalStep, verb: string, problem: string): PulumiResourceChange {
  return buildEntry(step, {
    actions: [problemVerb(verb)],
    mode: 'managed',
    before: step.old,
    after: step.new,
    ops: [step.op.slice(0, 80)],
    sources: [step.source],
    protect: step.old?.protect === true,
    protectAfter: step.new?.protect === true,
    retainOnDelete: step.old?.retainOnDelete === true,
    problem
  })
}

/**
 * A Pulumi property path (`tags.Owner`, `ingress[0].cidrBlocks`, `["a.b"].c`) as path segments, the
 * shape of Terraform's replace_paths. Anything it cannot split stays one segment.
 */
export function splitPropertyPath(path: string): (string | number)[] {
  const segments: (string | number)[] = []
  const pattern = /\[(\d+)\]|\["((?:[^"\\]|\\.)*)"\]|([^.[\]]+)/g
  for (const match of path.matchAll(pattern)) {
    if (match[1] !== undefined) segments.push(Number(match[1]))
    else if (match[2] !== undefined) segments.push(match[2].replace(/\\(.)/g, '$1'))
    else segments.push(match[3])
  }
  return segments.length > 0 ? segments : [path]
}

/**
 * An entry for a problem with the document rather than with one step (a changeSummary count no
 * step accounts for, an unknown event kind): its address names where the problem is.
 */
export function buildDocumentProblem(
  address: string,
  type: string,
  verb: string,
  problem: string,
  source: string
): PulumiResourceChange {
  return {
    address,
    mode: 'managed',
    type,
    name: address,
    change: { actions: [problemVerb(verb)], before: null, after: null },
    pulumi: {
      urn: address,
      display: address,
      stack: '',
      project: '',
      parentTypes: [],
      ops: [],
      protect: false,
      protectAfter: false,
      retainOnDelete: false,
      component: false,
      sources: [source],
      problem
    }
  }
}

/** A component resource (`custom: false`) groups others and has no cloud object of its own. */
function isComponent(state: StepState | undefined): boolean {
  return state?.custom === false
}

/** Keeps the first PULUMI_LIMITS.reasons strings of a reasons list. */
export function keepReasons(value: unknown): string[] {
  if (!Array.isArray(value)) return []
  return value
    .filter((reason): reason is string => typeof reason === 'string')
    .slice(0, PULUMI_LIMITS.reasons)
}
