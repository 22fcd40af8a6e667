/**
 * Finding secrets in plan values. Terraform marks sensitive values with `before_sensitive` /
 * `after_sensitive` trees that mirror the value; a `true` at any level covers everything below it.
 * Providers do not always mark what is secret (terraform_data's `output` mirrors a sensitive `input`
 * unmarked), so values under keys that look secret are treated as sensitive too.
 */

/** Fragments of attribute names that hold secrets; matched against the key lower-cased without `_`/`-`. */
export const SECRET_KEY_FRAGMENTS = [
  'password',
  'passwd',
  'passphrase',
  'secret',
  'token',
  'privatekey',
  'apikey',
  'accesskey',
  'secretkey',
  'clientsecret',
  'credential',
  'connectionstring',
  'sastoken',
  'masterkey',
  'primarykey',
  'secondarykey',
  'sharedkey',
  'signingkey',
  'encryptionkey',
  'authkey'
] as const

/** Deeper values are not walked: Terraform never nests this far, and a hostile plan must not overflow the stack. */
export const MAX_WALK_DEPTH = 100

/** True when an attribute (or map key) name looks like it holds a secret, e.g. `db_password`, `Client-Secret`. */
export function isSecretKey(key: string | number): boolean {
  if (typeof key !== 'string') return false
  const plain = key.toLowerCase().replace(/[_\-\s.]/g, '')
  return SECRET_KEY_FRAGMENTS.some(fragment => plain.includes(fragment))
}

/** The child of a sensitivity/unknown mark tree: `true` covers all children; otherwise index into it. */
export function childMark(mark: unknown, key: string | number): unknown {
  if (mark === true) return true
  if (mark === null || typeof mark !== 'object') return undefined
  return (mark as Record<string | number, unknown>)[key]
}

/** Adds every non-empty string in `value` to `sink` (numbers and booleans are too short to scrub safely). */
export function addAllStrings(value: unknown, sink: Set<string>, depth = 0): void {
  if (depth > MAX_WALK_DEPTH) return
  if (typeof value === 'string') {
    if (value !== '') sink.add(value)
    return
  }
  if (value === null || typeof value !== 'object') return
  for (const child of Object.values(value as Record<string, unknown>)) addAllStrings(child, sink, depth + 1)
}

/**
 * Walks `value` with its sensitivity mark tree and adds every string that is marked sensitive or sits
 * under a secret-looking key to `sink`.
 */
export function collectSensitiveStrings(value: unknown, mark: unknown, sink: Set<string>, depth = 0): void {
  if (depth > MAX_WALK_DEPTH) return
  if (mark === true) {
    addAllStrings(value, sink, depth)
    return
  }
  if (value === null || typeof value !== 'object') return
  for (const [key, child] of Object.entries(value as Record<string, unknown>)) {
    if (isSecretKey(key)) addAllStrings(child, sink, depth + 1)
    else collectSensitiveStrings(child, childMark(mark, key), sink, depth + 1)
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
