/**
 * Mutation fuzzing of plan documents: structural mutations of a parsed plan (fields removed, wrong
 * types, nulls, huge strings, deep nesting, unicode, unknown action combinations, duplicate
 * addresses, keys written twice, keys that differ from Terraform's only in case) and byte-level
 * mutations of the file text (truncation, flipped bytes, inserted JSON punctuation, wrapper lines).
 * Each mutation is plain data so fast-check can shrink and print it.
 */
import fc from 'fast-check'
import { HOSTILE_STRINGS } from './arbitraries.js'
import { REPEAT_TOKEN } from './oracle.js'

type Path = (string | number)[]

export const STRUCTURAL_OPS = [
  'delete',
  'null',
  'number',
  'string',
  'boolean',
  'array',
  'object',
  'huge-string',
  'deep-nesting',
  'unicode',
  'hostile',
  'unknown-actions',
  'shuffle-actions',
  'duplicate-entry',
  'repeat-key',
  'case-variant-key'
] as const
export type StructuralOp = (typeof STRUCTURAL_OPS)[number]

export interface StructuralMutation {
  op: StructuralOp
  /** Picks the target among the document's paths (modulo their number). */
  target: number
  /** Prefer a path inside resource_changes (where the gate looks hardest). */
  inEntries: boolean
  text: string
  verbs: string[]
}

/** Verbs old, current and imaginable; mixed into actions arrays in any order and number. */
export const VERB_POOL = [
  'no-op',
  'create',
  'read',
  'update',
  'delete',
  'forget',
  'import',
  'move',
  'replace',
  'destroy',
  'Create',
  'create ',
  'open',
  '',
  'delete\u0000'
]

export const structuralMutationArb: fc.Arbitrary<StructuralMutation> = fc.record({
  op: fc.constantFrom(...STRUCTURAL_OPS),
  target: fc.nat(),
  inEntries: fc.boolean(),
  text: fc.oneof(
    fc.string({ maxLength: 20 }),
    fc.string({ unit: 'grapheme', maxLength: 20 }),
    fc.string({ unit: 'binary', maxLength: 8 }),
    fc.constantFrom(...HOSTILE_STRINGS)
  ),
  verbs: fc.array(fc.constantFrom(...VERB_POOL), { minLength: 0, maxLength: 4 })
})

/** Every path into `value` (objects and arrays), at most `maxDepth` deep. */
export function listPaths(value: unknown, maxDepth = 7, prefix: Path = [], out: Path[] = []): Path[] {
  if (prefix.length >= maxDepth || value === null || typeof value !== 'object') return out
  for (const [key, child] of Object.entries(value as Record<string, unknown>)) {
    const path = [...prefix, Array.isArray(value) ? Number(key) : key]
    out.push(path)
    listPaths(child, maxDepth, path, out)
  }
  return out
}

function parentOf(root: unknown, path: Path): Record<string | number, unknown> | undefined {
  let node = root as Record<string | number, unknown>
  for (const segment of path.slice(0, -1)) {
    node = node?.[segment] as Record<string | number, unknown>
    if (node === null || typeof node !== 'object') return undefined
  }
  return node
}

/** Applies one mutation in place; returns a short description for failure messages. */
export function applyStructural(document: Record<string, unknown>, mutation: StructuralMutation): string {
  const entries = Array.isArray(document.resource_changes) ? document.resource_changes : []
  const all = listPaths(document)
  const inEntries = all.filter(path => path[0] === 'resource_changes' && path.length >= 2)
  const pool = mutation.inEntries && inEntries.length > 0 ? inEntries : all
  if (mutation.op === 'duplicate-entry') {
    if (entries.length === 0) return 'duplicate-entry (no entries)'
    const copy = structuredClone(entries[mutation.target % entries.length])
    entries.push(copy)
    return `duplicate-entry ${(copy as { address?: unknown })?.address}`
  }
  if (mutation.op === 'unknown-actions' || mutation.op === 'shuffle-actions') {
    if (entries.length === 0) return `${mutation.op} (no entries)`
    const entry = entries[mutation.target % entries.length] as { change?: { actions?: unknown } }
    if (!entry || typeof entry !== 'object' || !entry.change || typeof entry.change !== 'object')
      return `${mutation.op} (no change)`
    const current = Array.isArray(entry.change.actions) ? [...entry.change.actions] : []
    entry.change.actions =
      mutation.op === 'unknown-actions'
        ? mutation.verbs
        : [...current].reverse().concat(mutation.verbs.slice(0, 1))
    return `${mutation.op} -> ${JSON.stringify(entry.change.actions)}`
  }
  if (mutation.op === 'repeat-key') return repeatKey(document, all, mutation)
  if (mutation.op === 'case-variant-key') return addCaseVariant(document, mutation)
  if (pool.length === 0) return `${mutation.op} (no paths)`
  const path = pool[mutation.target % pool.length]
  const parent = parentOf(document, path)
  if (!parent) return `${mutation.op} (unreachable)`
  const key = path[path.length - 1]
  const where = JSON.stringify(path)
  switch (mutation.op) {
    case 'delete':
      if (Array.isArray(parent)) parent.splice(key as number, 1)
      else delete parent[key]
      break
    case 'null':
      parent[key] = null
      break
    case 'number':
      parent[key] = mutation.target % 2 === 0 ? mutation.target : -1.5e308
      break
    case 'string':
      parent[key] = mutation.text
      break
    case 'boolean':
      parent[key] = mutation.target % 2 === 0
      break
    case 'array':
      parent[key] = [parent[key], mutation.text]
      break
    case 'object':
      parent[key] = { [mutation.text]: parent[key] }
      break
    case 'huge-string':
      // 100 to 300 kB: past every size the renderers keep, small enough for thousands of runs (50 MB is in __tests__/security/sizes).
      parent[key] = `${mutation.text}${'A'.repeat(100_000 + (mutation.target % 200_000))}`
      break
    case 'deep-nesting':
      // A placeholder: serialiseMutated() writes it as nested arrays (too deep for JSON.stringify on jest's stack).
      // Up to 600 levels: far past every walk bound (100). 10,000 levels are in __tests__/security/deep-nesting.
      parent[key] = [
        `${DEEP_TOKEN}${mutation.target % 2 === 0 ? 2 + (mutation.target % 60) : 100 + (mutation.target % 500)}`
      ]
      break
    case 'unicode':
      parent[key] = `\u{1F469}\u200D\u{1F4BB}${mutation.text}\uD800\u202E\uFEFF\u0000`
      break
    case 'hostile':
      parent[key] = HOSTILE_STRINGS[mutation.target % HOSTILE_STRINGS.length]
      break
  }
  return `${mutation.op} at ${where}`
}

const DEEP_TOKEN = '__infra_guard_fuzz_deep_'

/** Sections whose every key the reader checks for repeats (and the top level itself). */
const REPEAT_SECTIONS = ['resource_changes', 'resource_drift', 'output_changes', 'variables']

/**
 * Writes a key of an object (at the top level or inside a section the gate reads) a second time:
 * the copy is stored under REPEAT_TOKEN + key, which serialiseMutated turns back into the key.
 */
function repeatKey(document: Record<string, unknown>, all: Path[], mutation: StructuralMutation): string {
  const objects: Path[] = [[], ...all.filter(path => REPEAT_SECTIONS.includes(String(path[0])))]
  const candidates = objects.filter(path => {
    const node = valueAt(document, path)
    return node !== null && typeof node === 'object' && !Array.isArray(node) && Object.keys(node).length > 0
  })
  if (candidates.length === 0) return 'repeat-key (no objects)'
  const path = candidates[mutation.target % candidates.length]
  const node = valueAt(document, path) as Record<string, unknown>
  const keys = Object.keys(node)
  const key = keys[Math.floor(mutation.target / candidates.length) % keys.length]
  node[`${REPEAT_TOKEN}${key}`] = mutation.target % 3 === 0 ? structuredClone(node[key]) : mutation.text
  return `repeat-key ${JSON.stringify(key)} at ${JSON.stringify(path)}`
}

/** Adds a key that equals one Terraform writes only case-insensitively (as Go compares): ACTIONS, Address, actionſ. */
function addCaseVariant(document: Record<string, unknown>, mutation: StructuralMutation): string {
  const entries = Array.isArray(document.resource_changes) ? document.resource_changes : []
  const entry =
    entries.length > 0 ? (entries[mutation.target % entries.length] as Record<string, unknown>) : undefined
  const change = entry?.change as Record<string, unknown> | undefined
  const targets = [document, entry, change].filter(
    (node): node is Record<string, unknown> =>
      node !== null && typeof node === 'object' && !Array.isArray(node)
  )
  const node = targets[mutation.target % targets.length]
  const keys = Object.keys(node)
  if (keys.length === 0) return 'case-variant-key (no keys)'
  const key = keys[Math.floor(mutation.target / targets.length) % keys.length]
  const spellings = [
    key.toUpperCase(),
    key.charAt(0).toUpperCase() + key.slice(1),
    key.replace('s', '\u017f'),
    key.replace('k', '\u212a')
  ].filter(spelling => spelling !== key)
  if (spellings.length === 0) return `case-variant-key (no variant of ${key})`
  const variant = spellings[mutation.target % spellings.length]
  node[variant] = mutation.target % 2 === 0 ? structuredClone(node[key]) : mutation.text
  return `case-variant-key ${JSON.stringify(variant)}`
}

function valueAt(root: unknown, path: Path): unknown {
  let node = root as Record<string | number, unknown> | undefined
  for (const segment of path) node = node?.[segment] as Record<string | number, unknown> | undefined
  return node
}

/**
 * JSON text of a mutated document, with every deep-nesting placeholder expanded to that many nested
 * arrays and every repeated-key placeholder written as the key it repeats.
 */
export function serialiseMutated(document: unknown): string {
  return JSON.stringify(document)
    .replace(
      new RegExp(`\\["${DEEP_TOKEN}(\\d+)"\\]`, 'g'),
      (_, depth: string) => `${'['.repeat(Number(depth))}"deep"${']'.repeat(Number(depth))}`
    )
    .split(`"${REPEAT_TOKEN}`)
    .join('"')
}

/** Byte-level damage to a plan file's text. */
export interface ByteMutation {
  op: 'truncate' | 'flip' | 'insert' | 'remove' | 'duplicate' | 'prefix' | 'suffix'
  at: number
  length: number
  insert: string
}

const INSERTS = [
  '{',
  '}',
  '[',
  ']',
  ',',
  ':',
  '"',
  '\\',
  '\\u12',
  'null',
  '1e999',
  '-',
  '\u0000',
  '\uFEFF',
  '\uFFFD',
  '\n[command]terraform show -json\n',
  '::debug::x',
  '\r\n',
  ' ',
  '{"a":1}'
]

export const byteMutationArb: fc.Arbitrary<ByteMutation> = fc.record({
  op: fc.constantFrom<ByteMutation['op']>(
    'truncate',
    'flip',
    'insert',
    'remove',
    'duplicate',
    'prefix',
    'suffix'
  ),
  at: fc.nat(),
  length: fc.integer({ min: 1, max: 64 }),
  insert: fc.oneof(fc.constantFrom(...INSERTS), fc.string({ unit: 'binary', maxLength: 6 }))
})

/** Applies byte mutations to the UTF-8 bytes of a document. */
export function applyBytes(bytes: Buffer, mutations: ByteMutation[]): Buffer {
  let out = bytes
  for (const m of mutations) {
    const at = out.length === 0 ? 0 : m.at % out.length
    const extra = Buffer.from(m.insert, 'utf8')
    switch (m.op) {
      case 'truncate':
        out = out.subarray(0, at)
        break
      case 'flip': {
        const copy = Buffer.from(out)
        if (copy.length > 0) copy[at] = (copy[at] ^ (m.length * 37)) & 0xff
        out = copy
        break
      }
      case 'insert':
        out = Buffer.concat([out.subarray(0, at), extra, out.subarray(at)])
        break
      case 'remove':
        out = Buffer.concat([out.subarray(0, at), out.subarray(at + m.length)])
        break
      case 'duplicate':
        out = Buffer.concat([out.subarray(0, at + m.length), out.subarray(at)])
        break
      case 'prefix':
        out = Buffer.concat([Buffer.from('[command]/usr/bin/terraform show -json tfplan\n'), out])
        break
      case 'suffix':
        out = Buffer.concat([out, extra])
        break
    }
  }
  return out
}
