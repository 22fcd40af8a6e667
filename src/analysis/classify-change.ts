/**
 * Classifies one `resource_changes` / `resource_drift` entry by its exact `actions` array.
 * Terraform's verbs may grow (forget arrived in 1.7); a verb or combination this table does not know
 * is never guessed at or skipped: it raises UnreadableChangeError and the gate fails closed on it.
 */
import { InfraGuardError } from '../errors.js'
import { KNOWN_ACTIONS, type PlanResourceChange } from '../plan/model.js'
import { diffResourceChange, keyAttributes, secretScrubber, type Segment } from './diff/index.js'
import { pulumiChangeFacts, pulumiProblem } from './pulumi-facts.js'
import type { ChangeKind, ClassifiedChange } from './types.js'

/** One entry the analysis cannot understand; the analyzer records it in `PlanAnalysis.unreadable`. */
export class UnreadableChangeError extends InfraGuardError {
  constructor(
    readonly address: string,
    readonly problem: string
  ) {
    super(`Cannot classify plan entry '${address}': ${problem}`)
  }
}

/** The exact action arrays Terraform writes, joined with commas, and what each means. */
const ACTION_TABLE: Readonly<Record<string, { kind: ChangeKind; createBeforeDestroy: boolean }>> = {
  'no-op': { kind: 'no-op', createBeforeDestroy: false },
  create: { kind: 'create', createBeforeDestroy: false },
  read: { kind: 'read', createBeforeDestroy: false },
  update: { kind: 'update', createBeforeDestroy: false },
  delete: { kind: 'delete', createBeforeDestroy: false },
  'delete,create': { kind: 'replace', createBeforeDestroy: false },
  'create,delete': { kind: 'replace', createBeforeDestroy: true },
  forget: { kind: 'forget', createBeforeDestroy: false },
  'create,forget': { kind: 'create-forget', createBeforeDestroy: false },
  // Terraform's ForgetThenCreate: replaced, the old object only forgotten (removed with destroy = false).
  'forget,create': { kind: 'create-forget', createBeforeDestroy: false }
}

/** Kinds whose attribute changes are worth listing (the object exists before and after). */
const DIFFED_KINDS: ReadonlySet<ChangeKind> = new Set(['update', 'replace', 'create-forget'])

/** Kinds whose old object goes away (or out of Terraform's hands): what identifies it is shown. */
const IDENTIFIED_KINDS: ReadonlySet<ChangeKind> = new Set(['delete', 'forget'])

/** Longest import ID or object ID kept (they are pasted into commands and blocks). */
const MAX_ID_CHARS = 1000

/** Longest actions array copied into a ClassifiedChange; real ones have at most two verbs. */
const MAX_ACTIONS_KEPT = 8

const KNOWN: ReadonlySet<string> = new Set(KNOWN_ACTIONS)

/** Maps an actions array to its kind; throws UnreadableChangeError naming an unknown verb or combination. */
export function classifyActions(
  actions: unknown,
  address: string
): { kind: ChangeKind; createBeforeDestroy: boolean } {
  if (!Array.isArray(actions) || actions.length === 0) {
    throw new UnreadableChangeError(
      address,
      `change.actions must be a non-empty list of verbs; got ${describe(actions)}`
    )
  }
  const verbs = actions.slice(0, MAX_ACTIONS_KEPT)
  for (const verb of actions) {
    if (typeof verb !== 'string') {
      throw new UnreadableChangeError(address, `change.actions holds ${describe(verb)}, not a verb string`)
    }
    if (!KNOWN.has(verb)) {
      throw new UnreadableChangeError(
        address,
        `unknown action verb '${verb.slice(0, 80)}' in ${describe(verbs)}; this infra-guard version does not know what it does, so the plan is refused. Upgrade infra-guard to one that understands it.`
      )
    }
  }
  const entry = Object.hasOwn(ACTION_TABLE, actions.join(',')) ? ACTION_TABLE[actions.join(',')] : undefined
  if (!entry) {
    throw new UnreadableChangeError(
      address,
      `unknown combination of actions ${describe(verbs)}; known ones are ${Object.keys(ACTION_TABLE)
        .map(k => `[${k}]`)
        .join(', ')}`
    )
  }
  return entry
}

/** How detail is worked out: the extra hiding of unmarked strings (secret detection). */
export interface DetailOptions {
  hideString?: (path: readonly Segment[], value: string) => boolean
}

/**
 * Classifies one entry the plan reader accepted (it checked the address, type, change object and
 * actions list): kind, flags (import, move, create_before_destroy) and, unless `detail` is false, the
 * masked detail (see addDetail). Throws UnreadableChangeError for a mode or an action it does not know.
 * The analyzer passes `detail: false` and adds detail only to the entries it keeps: on a big plan
 * almost all are only counted.
 */
export function classifyChange(
  entry: PlanResourceChange,
  options: DetailOptions & { detail?: boolean } = {}
): ClassifiedChange {
  const { address, change } = entry
  // The Pulumi reader says in its own words why it could not map a step.
  const problem = pulumiProblem(entry)
  if (problem !== undefined) throw new UnreadableChangeError(address, problem)
  if (entry.mode !== 'managed' && entry.mode !== 'data') {
    throw new UnreadableChangeError(address, `mode must be 'managed' or 'data'; got ${describe(entry.mode)}`)
  }
  const { kind, createBeforeDestroy } = classifyActions(change.actions, address)
  const classified: ClassifiedChange = {
    address,
    type: entry.type,
    name: typeof entry.name === 'string' ? entry.name : '',
    mode: entry.mode,
    kind,
    actions: change.actions.slice(0, MAX_ACTIONS_KEPT),
    createBeforeDestroy,
    importing: change.importing !== undefined && change.importing !== null
  }
  if (typeof entry.module_address === 'string' && entry.module_address !== '')
    classified.moduleAddress = entry.module_address
  const importId = change.importing?.id
  if (typeof importId === 'string' && importId !== '') classified.importId = importId.slice(0, MAX_ID_CHARS)
  if (typeof entry.provider_name === 'string') classified.providerName = entry.provider_name
  if (typeof entry.previous_address === 'string' && entry.previous_address !== address) {
    classified.previousAddress = entry.previous_address
  }
  if (typeof entry.action_reason === 'string') classified.actionReason = entry.action_reason
  if (typeof entry.deposed === 'string') classified.deposed = entry.deposed
  const pulumi = pulumiChangeFacts(entry)
  if (pulumi) classified.pulumi = pulumi
  if (options.detail !== false) addDetail(classified, entry, options)
  return classified
}

/**
 * Fills in the masked detail of an entry classifyChange accepted: the structural diff of updates and
 * replacements, the key attributes of creates (what a reviewer checks) and of deletes and forgets
 * (what identifies the object, and its `id` for an `import` block that brings it back).
 */
export function addDetail(
  classified: ClassifiedChange,
  entry: PlanResourceChange,
  options: DetailOptions = {}
): void {
  const { change } = entry
  const { kind, type } = classified
  if (DIFFED_KINDS.has(kind)) classified.diff = diffResourceChange(change, { hideString: options.hideString })
  if (kind === 'create') {
    classified.keyAttributes = keyAttributes(
      type,
      change.after,
      change.after_sensitive,
      change.after_unknown,
      {
        scrub: secretScrubber(change, options)
      }
    )
  } else if (IDENTIFIED_KINDS.has(kind)) {
    classified.keyAttributes = keyAttributes(type, change.before, change.before_sensitive, undefined, {
      concerns: ['identity', 'size', 'protection'],
      scrub: secretScrubber(change, options)
    })
    const id = objectId(change.before, change.before_sensitive, options)
    if (id !== undefined) classified.objectId = id
  }
}

/** The object's `id` before the change, when it is a plain string that is neither marked nor hidden. */
function objectId(before: unknown, sensitive: unknown, options: DetailOptions): string | undefined {
  if (before === null || typeof before !== 'object' || Array.isArray(before)) return undefined
  const id = (before as Record<string, unknown>).id
  if (typeof id !== 'string' || id === '' || id.length > MAX_ID_CHARS) return undefined
  if (
    sensitive === true ||
    (sensitive !== null &&
      typeof sensitive === 'object' &&
      (sensitive as Record<string, unknown>).id === true)
  )
    return undefined
  return options.hideString?.(['id'], id) ? undefined : id
}

/** True for kinds that destroy the existing object (Terraform's "to destroy"). */
export function isDestructive(kind: ChangeKind): boolean {
  return kind === 'delete' || kind === 'replace'
}

/** Short, bounded description of an unexpected value for error messages. */
function describe(value: unknown): string {
  if (value === undefined) return 'nothing'
  let text: string
  try {
    text = JSON.stringify(value) ?? String(value)
  } catch {
    // JSON.stringify failed (too deep): String() of a deep array recurses just the same, so do not call it.
    text = Array.isArray(value) ? '[…]' : String(value)
  }
  return text.length > 120 ? `${text.slice(0, 117)}...` : text
}
