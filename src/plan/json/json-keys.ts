/**
 * Keys that make two JSON readers see two different plans. JSON.parse keeps the last of a repeated
 * key; Go's encoding/json (how Terraform, OPA and most plan tools read plans) matches struct fields
 * case-insensitively, so `"actions":["delete"],"ACTIONS":["no-op"]` is a deletion to one reader and a
 * no-op to another. Terraform never writes either, so the reader refuses both: a key repeated in any
 * object it reads, and a key that differs only in case (as Go folds it) from one Terraform writes.
 */

/** Which keys Terraform writes in an object, and the shapes of its members. */
export interface KeySchema {
  /** Keys Terraform writes here; a case variant of one is refused. */
  known?: ReadonlySet<string>
  /** Schemas of members by key. */
  members?: Readonly<Record<string, KeySchema>>
  /** Schema of every member (maps keyed by name, such as output_changes). */
  each?: KeySchema
}

/** The keys of a change object (resource_changes[].change, output_changes.*). */
const CHANGE: KeySchema = {
  known: new Set([
    'actions',
    'before',
    'after',
    'after_unknown',
    'before_sensitive',
    'after_sensitive',
    'replace_paths',
    'importing',
    'generated_config',
    'before_identity',
    'after_identity'
  ]),
  members: { importing: { known: new Set(['id', 'identity', 'unknown']) } }
}

/** One resource_changes / resource_drift entry. */
export const ENTRY_SCHEMA: KeySchema = {
  known: new Set([
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
  ]),
  members: { change: CHANGE }
}

/** The top-level `output_changes` map. */
export const OUTPUT_CHANGES_SCHEMA: KeySchema = { each: CHANGE }

/** Top-level keys Terraform and OpenTofu write. */
export const TOP_LEVEL_KEYS: ReadonlySet<string> = new Set([
  'format_version',
  'terraform_version',
  'variables',
  'planned_values',
  'resource_drift',
  'resource_changes',
  'deferred_changes',
  'deferred_action_invocations',
  'action_invocations',
  'output_changes',
  'prior_state',
  'configuration',
  'relevant_attributes',
  'checks',
  'timestamp',
  'applyable',
  'complete',
  'errored'
])

/**
 * A key as Go's encoding/json compares field names: ASCII letters upper-cased, and the two non-ASCII
 * letters whose case folding reaches ASCII (K KELVIN SIGN → K, ſ LONG S → S).
 */
export function foldKey(key: string): string {
  return key.replace(/[a-z\u212a\u017f]/g, char =>
    char === '\u212a' ? 'K' : char === '\u017f' ? 'S' : char.toUpperCase()
  )
}

/** The known key that `key` is a case variant of, or undefined. */
export function caseVariantOf(key: string, known: ReadonlySet<string> | undefined): string | undefined {
  if (!known || known.has(key)) return undefined
  const folded = foldKey(key)
  for (const candidate of known) if (foldKey(candidate) === folded) return candidate
  return undefined
}

/**
 * How many object keys a parsed value holds, counted without recursion (values may nest thousands of
 * levels deep). Fewer than its JSON text has means a key was repeated.
 */
export function countParsedKeys(root: unknown): number {
  let count = 0
  const stack: unknown[] = [root]
  while (stack.length > 0) {
    const value = stack.pop()
    if (value === null || typeof value !== 'object') continue
    if (Array.isArray(value)) {
      for (const item of value) if (item !== null && typeof item === 'object') stack.push(item)
      continue
    }
    for (const key in value) {
      count++
      const item = (value as Record<string, unknown>)[key]
      if (item !== null && typeof item === 'object') stack.push(item)
    }
  }
  return count
}

/** Case variants among the keys of a parsed value's structural objects (those the schema knows). */
export function findCaseVariant(value: unknown, schema: KeySchema, path = ''): string | undefined {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined
  for (const key of Object.keys(value)) {
    const variant = caseVariantOf(key, schema.known)
    if (variant !== undefined) return describeVariant(key, variant, path)
    const member = schema.members?.[key] ?? schema.each
    if (member) {
      const found = findCaseVariant((value as Record<string, unknown>)[key], member, join(path, key))
      if (found) return found
    }
  }
  return undefined
}

function describeVariant(key: string, known: string, path: string): string {
  return `the key '${printable(key)}'${path ? ` in ${path}` : ''} differs only in case from '${known}', which terraform writes; terraform never writes it, and readers that match keys case-insensitively (Go's encoding/json) would read another plan`
}

function join(path: string, key: string): string {
  return path === '' ? key : `${path}.${printable(key)}`
}

/** A key for a message: non-printable and non-ASCII characters as \u escapes, long keys cut. */
function printable(key: string): string {
  const escaped = key.replace(
    /[^\x20-\x7e]/g,
    char => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`
  )
  return escaped.length > 60 ? `${escaped.slice(0, 60)}…` : escaped
}

const QUOTE = 0x22
const BACKSLASH = 0x5c
const OPEN_BRACE = 0x7b
const CLOSE_BRACE = 0x7d
const OPEN_BRACKET = 0x5b
const CLOSE_BRACKET = 0x5d
const COLON = 0x3a

interface Frame {
  /** Keys seen so far; undefined for arrays. */
  keys?: Set<string>
  path: string
  /** The key whose value comes next (objects). */
  pending?: string
}

/**
 * The first key repeated in an object of valid JSON `bytes`, described with its path, or undefined.
 * Keys are compared after unescaping (`"act\u0069ons"` is `actions`). Slow path: called only when a
 * count says a key was repeated somewhere, to say where.
 */
export function findRepeatedKey(bytes: Buffer): string | undefined {
  const stack: Frame[] = []
  let i = 0
  const n = bytes.length
  while (i < n) {
    const c = bytes[i]
    if (c === QUOTE) {
      const start = i + 1
      let escaped = false
      i = start
      while (i < n && bytes[i] !== QUOTE) {
        if (bytes[i] === BACKSLASH) {
          escaped = true
          i++
        }
        i++
      }
      const raw = bytes.toString('utf8', start, i)
      i++
      let j = i
      while (j < n && (bytes[j] === 0x20 || bytes[j] === 0x09 || bytes[j] === 0x0a || bytes[j] === 0x0d)) j++
      const top = stack[stack.length - 1]
      if (j < n && bytes[j] === COLON && top?.keys) {
        const key = escaped ? (JSON.parse(`"${raw}"`) as string) : raw
        if (top.keys.has(key)) {
          return `the key '${printable(key)}' appears twice in ${top.path || 'the entry'}; terraform never writes a key twice, and JSON readers disagree on which one counts`
        }
        top.keys.add(key)
        top.pending = key
        i = j + 1
      }
      continue
    }
    if (c === OPEN_BRACE || c === OPEN_BRACKET) {
      const top = stack[stack.length - 1]
      const path = !top ? '' : top.keys ? join(top.path, top.pending ?? '') : `${top.path}[]`
      stack.push(c === OPEN_BRACE ? { keys: new Set(), path } : { path })
    } else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) {
      stack.pop()
    }
    i++
  }
  return undefined
}
