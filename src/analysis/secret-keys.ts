/**
 * Which attribute names hold secrets, answered two ways that agree: `isSecretKey` on a decoded key,
 * and a byte automaton the plan reader runs over raw key bytes while it validates a value, so that
 * it can tell the analysis which values need not be built at all to look for secrets.
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

/** A key is matched on its letters only: these bytes are dropped first (isSecretKey's `[_\-\s.]`, ASCII part). */
const DROPPED_BYTES = [0x5f, 0x2d, 0x2e, 0x20, 0x09, 0x0a, 0x0b, 0x0c, 0x0d]

/**
 * A DFA over ASCII key bytes: `next[state * 128 + byte]` is the following state, and `accepting[state]`
 * is 1 once a fragment was seen (accepting states are absorbing, so the state after the last byte decides). For a key of ASCII bytes without escapes it says exactly what
 * isSecretKey says; callers must treat any other key (a byte >= 0x80, a backslash) as possibly secret.
 */
export interface SecretKeyAutomaton {
  next: Uint16Array
  accepting: Uint8Array
}

let automaton: SecretKeyAutomaton | undefined

/** The automaton for SECRET_KEY_FRAGMENTS (Aho–Corasick, built on first use). */
export function secretKeyAutomaton(): SecretKeyAutomaton {
  if (automaton) return automaton
  // Trie of the fragments; goto[state][letter] with -1 for no edge.
  const edges: Int16Array[] = [new Int16Array(26).fill(-1)]
  const ends: boolean[] = [false]
  for (const fragment of SECRET_KEY_FRAGMENTS) {
    let state = 0
    for (const ch of fragment) {
      const letter = ch.charCodeAt(0) - 0x61
      if (edges[state][letter] === -1) {
        edges[state][letter] = edges.length
        edges.push(new Int16Array(26).fill(-1))
        ends.push(false)
      }
      state = edges[state][letter]
    }
    ends[state] = true
  }
  // Breadth-first: complete every state's letter transitions through its failure state.
  const delta = edges.map(() => new Int16Array(26))
  const fail = new Int16Array(edges.length)
  const queue: number[] = []
  for (let letter = 0; letter < 26; letter++) {
    const child = edges[0][letter]
    delta[0][letter] = child === -1 ? 0 : child
    if (child !== -1) queue.push(child)
  }
  for (let head = 0; head < queue.length; head++) {
    const state = queue[head]
    ends[state] = ends[state] || ends[fail[state]]
    for (let letter = 0; letter < 26; letter++) {
      const child = edges[state][letter]
      if (child === -1) delta[state][letter] = delta[fail[state]][letter]
      else {
        fail[child] = delta[fail[state]][letter]
        delta[state][letter] = child
        queue.push(child)
      }
    }
  }
  const next = new Uint16Array(edges.length * 128)
  const accepting = new Uint8Array(edges.length)
  for (let state = 0; state < edges.length; state++) {
    accepting[state] = ends[state] ? 1 : 0
    // Any other byte (a digit, other punctuation) stays in the lower-cased key and breaks a match: state 0.
    for (let byte = 0x61; byte <= 0x7a; byte++) next[state * 128 + byte] = delta[state][byte - 0x61]
    for (let byte = 0x41; byte <= 0x5a; byte++) next[state * 128 + byte] = delta[state][byte - 0x41]
    for (const byte of DROPPED_BYTES) next[state * 128 + byte] = state
    // Once a fragment was seen the key is secret whatever follows: accepting states never leave.
    if (ends[state]) next.fill(state, state * 128, state * 128 + 128)
  }
  automaton = { next, accepting }
  return automaton
}
