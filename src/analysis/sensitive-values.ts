/**
 * Finding secrets in plan values. Terraform marks sensitive values with `before_sensitive` /
 * `after_sensitive` trees that mirror the value; a `true` at any level covers everything below it.
 * Providers do not always mark what is secret (terraform_data's `output` mirrors a sensitive `input`
 * unmarked), so values under keys that look secret are treated as sensitive too.
 */

/** Fragments of attribute names that hold secrets; matched against the key lower-cased without `_`/`-`. */
const SECRET_KEY_FRAGMENTS = [
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

/**
 * Answers for key names already seen. Plans repeat the same few hundred attribute names across every
 * entry, and every key of every value is asked about, so the answer is looked up rather than worked
 * out again. Bounded: a hostile plan with millions of distinct keys only stops being cached.
 */
const secretKeyCache = new Map<string, boolean>()
const SECRET_KEY_CACHE_SIZE = 20_000

/** True when an attribute (or map key) name looks like it holds a secret, e.g. `db_password`, `Client-Secret`. */
export function isSecretKey(key: string | number): boolean {
  if (typeof key !== 'string') return false
  const cached = secretKeyCache.get(key)
  if (cached !== undefined) return cached
  const plain = key.toLowerCase().replace(/[_\-\s.]/g, '')
  const secret = SECRET_KEY_FRAGMENTS.some(fragment => plain.includes(fragment))
  if (secretKeyCache.size < SECRET_KEY_CACHE_SIZE) secretKeyCache.set(key, secret)
  return secret
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
  // Every value of every entry comes through here: plain loops, no per-object entry arrays.
  if (Array.isArray(value)) {
    const marks = mark !== null && typeof mark === 'object' ? (mark as unknown[]) : undefined
    for (let i = 0; i < value.length; i++) {
      const child: unknown = value[i]
      if (child !== null && typeof child === 'object') {
        collectSensitiveStrings(child, marks?.[i], sink, depth + 1)
      } else if (typeof child === 'string' && child !== '' && marks?.[i] === true && depth < MAX_WALK_DEPTH) {
        sink.add(child)
      }
    }
    return
  }
  const record = value as Record<string, unknown>
  const marks = mark !== null && typeof mark === 'object' ? (mark as Record<string, unknown>) : undefined
  // for-in walks JSON.parse's objects from V8's enum cache without building a key array per object
  // (they have only own data properties; Object.prototype has no enumerable ones).
  for (const key in record) {
    const child = record[key]
    // Below a name that is the secret (`password`, `secrets = [...]`), every string that looks like one is.
    if (isSecretName(key)) addSecretLeaves(child, sink, depth + 1)
    if (child !== null && typeof child === 'object') {
      collectSensitiveStrings(child, marks?.[key], sink, depth + 1)
    } else if (typeof child === 'string' && child !== '' && marks?.[key] === true && depth < MAX_WALK_DEPTH) {
      sink.add(child)
    }
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

// ---- Hiding unmarked values by name (the report, issue 13): one predicate for the diff and the scrub list ----

/**
 * Endings of names whose value IS the secret (`password`, `client_secret`, `api_token`), matched on the
 * name lower-cased without `_`, `-`, `.` and spaces. Names that merely mention a secret are not here:
 * `minimum_password_length`, `kms_master_key_id`, `secret_arn` end differently.
 */
const SECRET_NAME_ENDINGS = [
  'password',
  'passwords',
  'passwd',
  'passphrase',
  'secret',
  'secrets',
  'token',
  'tokens',
  'privatekey',
  'apikey',
  'accesskey',
  'secretkey',
  'masterkey',
  'primarykey',
  'secondarykey',
  'sharedkey',
  'signingkey',
  'authkey',
  'credential',
  'credentials',
  'connectionstring',
  'secretstring',
  'secretbinary'
] as const

/** `*_token` names that are idempotency or paging tokens, not secrets (EFS `creation_token` forces a replacement). */
const PUBLIC_TOKEN_ENDINGS = [
  'creationtoken',
  'clienttoken',
  'requesttoken',
  'idempotencytoken',
  'paginationtoken',
  'nexttoken',
  'continuationtoken'
] as const

/** True when a name is the secret itself (`db_password`, `client_secret`, `admin_token`), not when it only mentions one. */
export function isSecretName(name: string): boolean {
  const plain = name.toLowerCase().replace(/[_\-\s.]/g, '')
  if (PUBLIC_TOKEN_ENDINGS.some(ending => plain.endsWith(ending))) return false
  return SECRET_NAME_ENDINGS.some(ending => plain.endsWith(ending))
}

/**
 * True when an unmarked string in a plan value is treated as a secret: it sits under a name that is the
 * secret itself (any attribute or key on its path: `password`, or `password.name` inside a secret
 * block) and looks like one: not empty, not a number or boolean written as text, not an ARN, not a
 * JSON document (policies). Numbers, booleans, lengths and ids are never hidden by name. The diff
 * shows such strings as "(sensitive)" and the analysis puts them on the scrub list.
 */
export function isSecretString(path: readonly (string | number)[], value: string): boolean {
  return looksLikeSecret(value) && path.some(segment => typeof segment === 'string' && isSecretName(segment))
}

/** A string that can be a secret: not empty, not a number or boolean as text, not an ARN or a JSON document. */
function looksLikeSecret(value: string): boolean {
  const text = value.trim()
  if (text === '' || /^(true|false|null|-?\d+(\.\d+)?)$/i.test(text)) return false
  return !(text.startsWith('arn:') || text.startsWith('{') || text.startsWith('['))
}

/** Adds every string below a secret name that looks like a secret. */
function addSecretLeaves(value: unknown, sink: Set<string>, depth: number): void {
  if (depth > MAX_WALK_DEPTH) return
  if (typeof value === 'string') {
    if (looksLikeSecret(value)) sink.add(value)
    return
  }
  if (value === null || typeof value !== 'object') return
  for (const child of Object.values(value as Record<string, unknown>)) addSecretLeaves(child, sink, depth + 1)
}
