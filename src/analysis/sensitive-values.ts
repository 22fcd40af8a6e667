/**
 * Collecting a plan's secrets: every value that must never be shown, gathered into one set while the
 * plan is read, so that copies of it elsewhere (terraform_data's unmarked `output`, Terraform's own
 * plan text, addresses built from it) can be hidden too. Collected:
 *
 * - everything under a `true` sensitivity mark (`before_sensitive`, `after_sensitive`, state
 *   `sensitive_values`): strings, numbers (as JSON writes them) and map keys. Booleans are not
 *   collected: `true` and `false` carry one bit, and hiding every equal value would let a plan hide
 *   every boolean of the report. They stay hidden where they are marked.
 * - values of root variables declared sensitive, whatever their type;
 * - strings Terraform did not mark that are secrets by name (secret-names.ts), by shape
 *   (secret-shapes.ts), or by name/value pair (`{ name = "DB_PASSWORD", value = … }`), also inside
 *   JSON documents held in strings (`container_definitions`, `jsonencode`).
 *
 * The set holds text; scrub-secrets.ts decides how each secret is searched for, and plan-secrets.ts
 * is the one entry the renderers and the action use.
 */
import type { PlanChange, PlanHeader } from '../plan/model.js'
import { isSecretName, looksLikeSecretText } from './secret-names.js'
import { findSecretShapes, isSecretShape } from './secret-shapes.js'

export { isSecretName } from './secret-names.js'

/** Deeper values are not walked: Terraform never nests this far, and a hostile plan must not overflow the stack. */
export const MAX_WALK_DEPTH = 100

/** JSON documents in strings are parsed for names and pairs up to this size. */
const MAX_JSON_CHARS = 1 << 20

/** A JSON document worth parsing mentions a secret-ish name (shapes were already searched in its text). */
const NAMES_IN_JSON = /pass|pwd|secret|token|key|credential|dsn|connection/i

/** The child of a sensitivity/unknown mark tree: `true` covers all children; otherwise index into it. */
export function childMark(mark: unknown, key: string | number): unknown {
  if (mark === true) return true
  if (mark === null || typeof mark !== 'object') return undefined
  return (mark as Record<string | number, unknown>)[key]
}

/**
 * Adds everything under a `true` mark to `sink`: every non-empty string, every number as JSON
 * writes it, and every map key (a map built from a sensitive value is sensitive as a whole, keys
 * included). Booleans and null are left out.
 */
export function addAllStrings(value: unknown, sink: Set<string>, depth = 0): void {
  if (depth > MAX_WALK_DEPTH) return
  if (typeof value === 'string') {
    if (value !== '') sink.add(value)
    return
  }
  if (typeof value === 'number') {
    if (Number.isFinite(value)) sink.add(String(value))
    return
  }
  if (value === null || typeof value !== 'object') return
  if (Array.isArray(value)) {
    for (const child of value) addAllStrings(child, sink, depth + 1)
    return
  }
  const record = value as Record<string, unknown>
  for (const key in record) {
    if (key !== '') sink.add(key)
    addAllStrings(record[key], sink, depth + 1)
  }
}

/**
 * Walks `value` with its sensitivity mark tree and adds to `sink` everything marked sensitive, and
 * every unmarked string that is a secret by name, shape or pair. `name` is the attribute (or output,
 * or variable) the value is stored under, when the caller knows it.
 */
export function collectSensitiveStrings(
  value: unknown,
  mark: unknown,
  sink: Set<string>,
  depth = 0,
  name?: string
): void {
  if (depth > MAX_WALK_DEPTH) return
  if (mark === true) {
    addAllStrings(value, sink, depth)
    return
  }
  if (typeof value === 'string') {
    inspectString(value, name, sink, depth)
    return
  }
  if (value === null || typeof value !== 'object') return
  const marks = mark !== null && typeof mark === 'object' ? (mark as Record<string, unknown>) : undefined
  // Every value of every entry comes through here: plain loops, no per-object entry arrays.
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++)
      collectSensitiveStrings(value[i], marks?.[i], sink, depth + 1, name)
    return
  }
  const record = value as Record<string, unknown>
  collectPair(record, sink)
  // for-in walks JSON.parse's objects from V8's enum cache without building a key array per object
  // (they have only own data properties; Object.prototype has no enumerable ones).
  for (const key in record) {
    const child = record[key]
    if (key.length >= 8) for (const secret of findSecretShapes(key)) sink.add(secret)
    // Below a name that is the secret (`password = { value = … }`, `secrets = [...]`), every string that looks like one is.
    if (child !== null && typeof child === 'object' && isSecretName(key))
      addSecretLeaves(child, sink, depth + 1)
    collectSensitiveStrings(child, marks?.[key], sink, depth + 1, key)
  }
}

/** Both sides of one change (a resource_changes, resource_drift or output_changes entry). */
export function collectChangeSecrets(
  change: Pick<PlanChange, 'before' | 'after' | 'before_sensitive' | 'after_sensitive'>,
  sink: Set<string>,
  name?: string
): void {
  collectSensitiveStrings(change.before, change.before_sensitive, sink, 0, name)
  collectSensitiveStrings(change.after, change.after_sensitive, sink, 0, name)
}

/**
 * One resource of `prior_state` or `planned_values` (`values` with its `sensitive_values` marks):
 * a value marked only there (a data source read while planning) is a secret too.
 */
export function collectStateResourceSecrets(resource: unknown, sink: Set<string>): void {
  if (resource === null || typeof resource !== 'object') return
  const { values, sensitive_values: marks } = resource as { values?: unknown; sensitive_values?: unknown }
  collectSensitiveStrings(values, marks, sink)
}

/**
 * Values of root variables: all of a variable declared sensitive (Terraform writes its value in clear
 * in `variables`), and secrets by name, shape or pair in the others.
 */
export function collectVariableSecrets(header: PlanHeader, sink: Set<string>): void {
  const variables = header.variables
  if (!variables || typeof variables !== 'object') return
  const sensitive = new Set(Array.isArray(header.sensitive_variables) ? header.sensitive_variables : [])
  for (const [name, variable] of Object.entries(variables)) {
    if (!variable || typeof variable !== 'object') continue
    collectSensitiveStrings(variable.value, sensitive.has(name) ? true : undefined, sink, 0, name)
  }
}

/** True when any leaf of a mark tree is `true` (the value is sensitive somewhere inside). */
export function hasTrueMark(mark: unknown, depth = 0): boolean {
  if (mark === true) return true
  // Too deep to inspect: assume sensitive, never the other way round.
  if (depth > MAX_WALK_DEPTH) return true
  if (mark === null || typeof mark !== 'object') return false
  return Object.values(mark as Record<string, unknown>).some(child => hasTrueMark(child, depth + 1))
}

/**
 * The differ's decision about an unmarked string Terraform did not mark: true when it sits under a
 * name that is the secret itself (any attribute or key on its path: `password`, or `password.value`
 * inside a secret block) and looks like one, or when the whole string is a secret by shape (a bare
 * token, key or JWT). Numbers, booleans, ids, ARNs, lengths and policies are never hidden by name.
 */
export function isSecretString(path: readonly (string | number)[], value: string): boolean {
  if (isSecretShape(value)) return true
  if (!looksLikeSecretText(value)) return false
  return path.some(step => typeof step === 'string' && step !== '{json}' && isSecretName(step))
}

/** Adds every string below a secret name that looks like a secret. */
function addSecretLeaves(value: unknown, sink: Set<string>, depth: number): void {
  if (depth > MAX_WALK_DEPTH) return
  if (typeof value === 'string') {
    if (looksLikeSecretText(value)) sink.add(value)
    return
  }
  if (value === null || typeof value !== 'object') return
  for (const child of Object.values(value as Record<string, unknown>)) addSecretLeaves(child, sink, depth + 1)
}

/** An unmarked string: a secret by its name, or holding secrets by shape, or a JSON document holding some. */
function inspectString(value: string, name: string | undefined, sink: Set<string>, depth: number): void {
  if (value === '') return
  if (name !== undefined && isSecretName(name) && looksLikeSecretText(value)) {
    sink.add(value)
    return
  }
  for (const secret of findSecretShapes(value)) sink.add(secret)
  const document = parseJsonDocument(value)
  if (document !== undefined) collectSensitiveStrings(document, undefined, sink, depth + 1)
}

/** `{ name = "DB_PASSWORD", value = "…" }`: Helm `set`, container `environment`, build environment variables. */
function collectPair(record: Record<string, unknown>, sink: Set<string>): void {
  const name = firstString(record.name, record.key, record.Name, record.Key)
  if (name === undefined) return
  const value = firstString(record.value, record.Value)
  if (value !== undefined && isSecretName(name) && looksLikeSecretText(value)) sink.add(value)
}

function firstString(...candidates: unknown[]): string | undefined {
  for (const candidate of candidates) if (typeof candidate === 'string') return candidate
  return undefined
}

/** The object or array a string holds as JSON, when it is one worth reading for names and pairs. */
function parseJsonDocument(text: string): unknown {
  if (text.length < 2 || text.length > MAX_JSON_CHARS) return undefined
  const first = text.trimStart()[0]
  if ((first !== '{' && first !== '[') || !NAMES_IN_JSON.test(text)) return undefined
  try {
    const parsed: unknown = JSON.parse(text)
    return parsed !== null && typeof parsed === 'object' ? parsed : undefined
  } catch {
    return undefined
  }
}
