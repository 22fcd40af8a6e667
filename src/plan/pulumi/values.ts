/**
 * Pulumi property values → Terraform's value + mark trees, so the analysis masks them unchanged:
 * - secrets: the string `"[secret]"` (how `preview --json` blinds them) and the secret signature
 *   object `{"4dabf…": "1b470…", "ciphertext"|"plaintext": …}` (event logs, exports) get a `true`
 *   sensitive mark. A `plaintext` is decoded and kept under that mark, as Terraform keeps sensitive
 *   values, so the analysis learns the secret and scrubs it wherever else it appears.
 * - unknowns: the string `04da6b54-80e4-46f7-96ec-b56ff0331ba9` and an output-value object without
 *   a `value` become `null` with a `true` unknown mark (Terraform's after_unknown).
 * - an output-value object marked `secret` is sensitive; one with a value is replaced by it.
 * - an object with the signature key and a signature this version does not know is treated as
 *   sensitive: what cannot be interpreted is hidden, never shown.
 * Deeper than MAX_DEPTH levels the rest is marked sensitive (the analysis walks no deeper either).
 */

/** `sig.Key`: the property that marks a special object. */
export const SIGNATURE_KEY = '4dabf18193072939515e22adb298388d'
/** `sig.Secret`. */
export const SECRET_SIGNATURE = '1b47061264138c4ac30d75fd1eb44270'
/** `sig.OutputValue`. */
export const OUTPUT_SIGNATURE = 'd0e6a833031e9bbcd3f4e8bde6ca49a4'
/** Signatures that mark plain, non-secret data: resource reference, asset, archive. */
const PLAIN_SIGNATURES = new Set([
  '5cf8f73096256a8f31e491e813e4eb8e',
  'c44067f5952c0a294b673a41bacd8c17',
  '0def7320c3a5731c473e5ecbe6d01bc7'
])
/** `plugin.UnknownStringValue`: a value not known until the update runs. */
export const UNKNOWN_VALUE = '04da6b54-80e4-46f7-96ec-b56ff0331ba9'
/** How `preview --json` writes every secret. */
export const SECRET_TEXT = '[secret]'

const MAX_DEPTH = 100

/** A converted value with its marks; a mark is `true`, a tree mirroring the value, or undefined (none). */
export interface MarkedValue {
  value: unknown
  sensitive: unknown
  unknown: unknown
}

/**
 * Converts one Pulumi value (inputs or outputs of a state). With `unknowns: false` (old state)
 * the unknown string is kept as it is: only planned values can be unknown.
 */
export function convertValue(value: unknown, unknowns: boolean, depth = 0): MarkedValue {
  if (typeof value === 'string') {
    if (value === SECRET_TEXT) return { value, sensitive: true, unknown: undefined }
    if (unknowns && value === UNKNOWN_VALUE) return { value: null, sensitive: undefined, unknown: true }
    return { value, sensitive: undefined, unknown: undefined }
  }
  if (value === null || typeof value !== 'object') return { value, sensitive: undefined, unknown: undefined }
  if (depth >= MAX_DEPTH) return { value, sensitive: true, unknown: undefined }
  if (Array.isArray(value)) return convertArray(value, unknowns, depth)
  const record = value as Record<string, unknown>
  if (Object.hasOwn(record, SIGNATURE_KEY)) return convertSpecial(record, unknowns, depth)
  const out: Record<string, unknown> = {}
  let sensitive: Record<string, unknown> | undefined
  let unknown: Record<string, unknown> | undefined
  for (const key of Object.keys(record)) {
    const child = convertValue(record[key], unknowns, depth + 1)
    setOwn(out, key, child.value)
    if (child.sensitive !== undefined) setOwn((sensitive ??= {}), key, child.sensitive)
    if (child.unknown !== undefined) setOwn((unknown ??= {}), key, child.unknown)
  }
  return { value: out, sensitive, unknown }
}

/**
 * Sets an own property, as JSON.parse does: a key `__proto__` from the document stays data and
 * never becomes the object's prototype.
 */
function setOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__') {
    Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true })
  } else target[key] = value
}

function convertArray(value: unknown[], unknowns: boolean, depth: number): MarkedValue {
  const out: unknown[] = new Array(value.length)
  let sensitive: unknown[] | undefined
  let unknown: unknown[] | undefined
  for (let i = 0; i < value.length; i++) {
    const child = convertValue(value[i], unknowns, depth + 1)
    out[i] = child.value
    if (child.sensitive !== undefined)
      (sensitive ??= new Array<unknown>(value.length).fill(false))[i] = child.sensitive
    if (child.unknown !== undefined)
      (unknown ??= new Array<unknown>(value.length).fill(false))[i] = child.unknown
  }
  return { value: out, sensitive, unknown }
}

/** An object carrying the signature key: a secret, an output value, a reference, asset or archive. */
function convertSpecial(record: Record<string, unknown>, unknowns: boolean, depth: number): MarkedValue {
  const signature = record[SIGNATURE_KEY]
  if (signature === SECRET_SIGNATURE) {
    const plaintext = record.plaintext
    return {
      value: typeof plaintext === 'string' ? decodePlaintext(plaintext) : SECRET_TEXT,
      sensitive: true,
      unknown: undefined
    }
  }
  if (signature === OUTPUT_SIGNATURE) {
    if (record.secret === true) {
      const inner = Object.hasOwn(record, 'value') ? record.value : SECRET_TEXT
      return { value: inner, sensitive: true, unknown: undefined }
    }
    if (!Object.hasOwn(record, 'value')) {
      return unknowns
        ? { value: null, sensitive: undefined, unknown: true }
        : { value: null, sensitive: undefined, unknown: undefined }
    }
    return convertValue(record.value, unknowns, depth + 1)
  }
  if (typeof signature === 'string' && PLAIN_SIGNATURES.has(signature)) {
    const plain: Record<string, unknown> = { ...record }
    delete plain[SIGNATURE_KEY]
    return convertValue(plain, unknowns, depth + 1)
  }
  return { value: record, sensitive: true, unknown: undefined }
}

/** A `plaintext` holds the secret JSON-encoded; a string that is not JSON is the secret itself. */
function decodePlaintext(plaintext: string): unknown {
  try {
    return JSON.parse(plaintext) as unknown
  } catch {
    return plaintext
  }
}
