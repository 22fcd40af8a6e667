/**
 * fast-check arbitraries for plan values shaped like Terraform's: objects of attributes, lists,
 * maps, primitive leaves, and mark trees mirroring them. Secrets start with SECRET_TAG and nothing
 * else contains it, so "no secret shown" is "the tag appears nowhere".
 */
import fc from 'fast-check'

export const SECRET_TAG = 'zQ7sEcReT'

/** Printable text without `Q` (so never the tag), never empty, never opening a JSON document. */
export const plainString = fc
  .string({
    unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz0123456789-_./:*@#<>|`~ äß✓'.split('')),
    minLength: 1,
    maxLength: 24
  })
  .filter(text => text.trim() !== '')

export const leaf: fc.Arbitrary<unknown> = fc.oneof(
  plainString,
  fc.integer({ min: -1000, max: 100000 }),
  fc.boolean()
)

const key = fc.constantFrom(
  'name',
  'port',
  'tags',
  'rules',
  'cidr',
  'a',
  'b',
  'c',
  'Release',
  'app.kubernetes.io/name'
)

/** A plan value: nested objects and lists with primitive leaves. */
export const planValue: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>(tie => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    leaf,
    fc.dictionary(key, tie('value'), { maxKeys: 4 }),
    fc.array(tie('value'), { maxLength: 4 })
  )
})).value

/** An object of attributes (what `before` / `after` hold). */
export const planObject = fc.dictionary(key, planValue, { minKeys: 1, maxKeys: 5 })

/** A random mark tree for `value`: `true` somewhere, mirrors below. */
export function markFor(value: unknown, chance: fc.Arbitrary<boolean>): fc.Arbitrary<unknown> {
  if (value === null || typeof value !== 'object')
    return fc.oneof(
      fc.constant(undefined),
      chance.map(mark => (mark ? true : undefined))
    )
  const entries = Array.isArray(value)
    ? value.map((child, index) => [index, child] as const)
    : Object.entries(value)
  return fc
    .tuple(chance, ...entries.map(([, child]) => markFor(child, chance)))
    .map(([whole, ...children]) => {
      if (whole) return true
      if (Array.isArray(value)) return children
      return Object.fromEntries(entries.map(([name], index) => [name, children[index]]))
    })
}

/** A secret: the tag and enough random letters to be unique. */
export const secret = fc
  .string({
    unit: fc.constantFrom(...'abcdefghjkmnpqrstuvwxyz23456789'.split('')),
    minLength: 6,
    maxLength: 12
  })
  .map(tail => `${SECRET_TAG}${tail}`)

/** Paths of every primitive leaf in a value. */
function leafPaths(value: unknown, path: Array<string | number> = []): Array<Array<string | number>> {
  if (value === null || typeof value !== 'object') return path.length > 0 ? [path] : []
  const entries = Array.isArray(value) ? value.map((child, i) => [i, child] as const) : Object.entries(value)
  return entries.flatMap(([key, child]) => leafPaths(child, [...path, key]))
}

/**
 * Changes some leaves at any depth, removes top-level keys and adds new ones (a plausible "after").
 * A leaf stays a leaf: a value that changes shape is shown whole on both sides and may be cut (walk.ts).
 */
export function mutated(value: Record<string, unknown>): fc.Arbitrary<Record<string, unknown>> {
  const keys = Object.keys(value)
  const paths = leafPaths(value)
  return fc
    .tuple(
      paths.length > 0
        ? fc.array(fc.tuple(fc.constantFrom(...paths), leaf), { maxLength: 3 })
        : fc.constant([]),
      fc.subarray(keys, { maxLength: Math.min(2, keys.length) }),
      fc.dictionary(fc.constantFrom('added_1', 'added_2'), planValue, { maxKeys: 2 })
    )
    .map(([changes, removed, added]) => {
      const after: Record<string, unknown> = { ...structuredClone(value), ...added }
      for (const [path, next] of changes) {
        let parent = after as Record<string | number, unknown>
        for (const step of path.slice(0, -1)) parent = parent[step] as Record<string | number, unknown>
        parent[path[path.length - 1]] = next
      }
      for (const name of removed) delete after[name]
      return after
    })
}
