/**
 * Replacing known secrets in plan-derived text: attribute values, addresses, Terraform's own plan
 * text, messages quoting them. Never run it over the action's own words (headings, verdicts,
 * counts, rule messages): a plan chooses its secrets, and it must not be able to blank those.
 *
 * Two kinds of secret, because a plan chooses them:
 * - strong (at least 4 characters and not made of words only, such as `Adm1n-pass-31`, `918273645`,
 *   a PEM line): replaced wherever it occurs, also JSON-escaped, percent-encoded, line by line when
 *   it spans lines, and as the cut-off beginning of a value that ends in `…`, however short;
 * - weak (1–3 characters, or words only, such as `Q9`, `deployment`, `Safety gate`): searching for
 *   it anywhere would blank ordinary text, so it is replaced only where it stands as a whole value:
 *   quoted (`"Q9"`, `\"Q9\"`, `&quot;Q9&quot;`), as a bare number after `=`, `:`, `->`, `[` or `,`, or as
 *   a bare map key at the start of a line of Terraform's text (`Q9 = …`) or after `{` or `,` in a
 *   one-line map (`{ Q9 = … }`, as the report shows a value copied unmarked), or as the object id
 *   of Terraform's progress lines (`[id=Q9]`).
 * Big plans carry many secrets and many values, so strong ones are matched through an index.
 */

/** What a scrubbed value is replaced with; the same word the analysis uses for masked values. */
export const SENSITIVE_PLACEHOLDER = '(sensitive)'

/** The mark every cut value ends with (the analysis and the renderers both cut with it). */
export const CUT_MARK = '…'

/** Strong secrets are at least this long. */
export const MIN_STRONG_CHARS = 4

/** Forms at least this long are indexed by their first KEY characters. */
const KEY = 8

/** A cut-off beginning is looked for this far before a cut mark (values are cut to a few hundred characters). */
const CUT_WINDOW = 1000

/** Replaces secrets in one string of plan-derived text. */
export type SecretScrubber = (text: string) => string

export interface ScrubberOptions {
  /** Further forms a secret takes where the text comes from (Markdown-escaped, inside `<code>`, …). */
  extraForms?: (secret: string) => Iterable<string>
}

/** One word as prose writes it: `deployment`, `Production`, `HIGH` (not `MIIEowIBAAKC`, not 25 letters in a row). */
const WORD = String.raw`(?:\p{Lu}?\p{Ll}{1,19}|\p{Lu}{1,20})`
const WORDS = new RegExp(`^${WORD}(?:[ _.'’-]${WORD})*$`, 'u')

/** Words only, with single spaces, `_`, `-`, `.` or apostrophes between them: reads as ordinary text. */
export function isWordLike(value: string): boolean {
  return WORDS.test(value)
}

/**
 * True when a secret is searched for everywhere (strong): at least MIN_STRONG_CHARS characters
 * besides surrounding white space, a letter or digit among them, and not words only. Otherwise it is
 * weak and found only as a whole value.
 */
export function isStrongSecret(value: string): boolean {
  const trimmed = value.trim()
  return trimmed.length >= MIN_STRONG_CHARS && /[\p{L}\p{N}]/u.test(trimmed) && !isWordLike(trimmed)
}

/**
 * Builds a scrubber for these secrets (the raw values; the forms they take are worked out here).
 * Secrets contained in the placeholder itself are ignored: they cannot be hidden by it.
 */
export function createSecretScrubber(
  secrets: Iterable<string>,
  options: ScrubberOptions = {}
): SecretScrubber {
  const strong = new Set<string>()
  const weak = new Set<string>()
  for (const secret of new Set(secrets)) {
    if (typeof secret !== 'string' || secret === '') continue
    if (isStrongSecret(secret)) {
      for (const form of strongForms(secret, options)) strong.add(form)
    } else if (secret.trim() !== '' && !SENSITIVE_PLACEHOLDER.includes(secret)) weak.add(secret)
  }
  const full = strong.size > 0 ? new StrongMatcher(strong) : undefined
  const whole = weak.size > 0 ? weakPatterns(weak, options) : []
  if (!full && whole.length === 0) return text => text
  return text => {
    let out = full ? full.scrub(text) : text
    for (const { pattern, keep } of whole)
      out = keep
        ? out.replace(pattern, (_match, before: string) => before + SENSITIVE_PLACEHOLDER)
        : out.replace(pattern, SENSITIVE_PLACEHOLDER)
    return out
  }
}

/** Every form of a strong secret that is itself long enough to search for. */
function strongForms(secret: string, options: ScrubberOptions): string[] {
  const forms = new Set<string>()
  const add = (form: string): void => {
    if (form.trim().length >= MIN_STRONG_CHARS && !SENSITIVE_PLACEHOLDER.includes(form)) forms.add(form)
  }
  const variants = [secret, secret.trim()]
  if (/[\r\n]/.test(secret)) {
    for (const line of secret.split(/\r?\n|\r/)) if (isStrongSecret(line.trim())) variants.push(line.trim())
  }
  for (const variant of variants) {
    add(variant)
    add(JSON.stringify(variant).slice(1, -1))
    add(percentEncoded(variant))
    for (const extra of options.extraForms?.(variant) ?? []) add(extra)
  }
  return [...forms]
}

function percentEncoded(value: string): string {
  try {
    return encodeURIComponent(value)
  } catch {
    // A lone surrogate cannot be percent-encoded, so it cannot appear percent-encoded either.
    return value
  }
}

/**
 * Full occurrences and cut-off beginnings before `…`. Forms are found through rolling hashes of
 * their first characters (KEY, or the whole form when shorter), one pass per width, so a text is
 * scanned a few times whatever the number of secrets, without a substring per position.
 */
/** The forms whose first characters hash alike at one width, and a bit filter over those hashes. */
interface WidthIndex {
  width: number
  /** BASE to the power width - 1, to roll the hash. */
  top: number
  forms: Map<number, string[]>
  bits: Uint32Array
  mask: number
}

class StrongMatcher {
  /** One entry per width: hash of a form's first `width` characters → forms, longest first. */
  private readonly widths: WidthIndex[] = []
  /** prefixes[k]: every beginning of k characters (k < KEY) of a form longer than k. */
  private readonly prefixes: Set<string>[] = []
  private readonly longest: number

  constructor(forms: Set<string>) {
    let longest = 0
    for (let k = 1; k < KEY; k++) this.prefixes[k] = new Set()
    const byWidth = new Map<number, Map<number, string[]>>()
    for (const form of forms) {
      longest = Math.max(longest, form.length)
      for (let k = 1; k < Math.min(KEY, form.length); k++) this.prefixes[k].add(form.slice(0, k))
      const width = Math.min(KEY, form.length)
      const byHash = byWidth.get(width) ?? new Map<number, string[]>()
      byWidth.set(width, byHash)
      const hash = hashOf(form, 0, width)
      const bucket = byHash.get(hash)
      if (bucket) bucket.push(form)
      else byHash.set(hash, [form])
    }
    for (const [width, byHash] of byWidth) {
      // A bit per hash bucket: most positions of most texts start no form and are passed over on one read.
      // About 32 bits per bucket, so a miss is nearly always a zero bit.
      let words = 32
      while (words < byHash.size && words < MAX_BLOOM_WORDS) words *= 2
      const bits = new Uint32Array(words)
      const mask = words - 1
      for (const [hash, bucket] of byHash) {
        bits[(hash >>> 5) & mask] |= 1 << (hash & 31)
        bucket.sort((a, b) => b.length - a.length)
      }
      this.widths.push({ width, top: power(width - 1), forms: byHash, bits, mask })
    }
    this.longest = longest
  }

  scrub(text: string): string {
    // Cut beginnings first: a shorter secret that is also a beginning of the cut one must not split it.
    const out = text.includes(CUT_MARK) ? this.replaceCutBeginnings(text) : text
    return this.replaceFull(out)
  }

  /** Every occurrence of every form, leftmost first and longest at each start. */
  private replaceFull(text: string): string {
    const found = new Map<number, number>()
    for (const { width, top, forms, bits, mask } of this.widths) {
      if (text.length < width) continue
      let hash = hashOf(text, 0, width)
      for (let i = 0; ; i++) {
        if ((bits[(hash >>> 5) & mask] >>> (hash & 31)) & 1) {
          const form = forms.get(hash)?.find(candidate => text.startsWith(candidate, i))
          if (form && i + form.length > (found.get(i) ?? 0)) found.set(i, i + form.length)
        }
        if (i + width >= text.length) break
        hash = (Math.imul(hash - Math.imul(text.charCodeAt(i), top), BASE) + text.charCodeAt(i + width)) | 0
      }
    }
    if (found.size === 0) return text
    let out = ''
    let copied = 0
    for (const start of [...found.keys()].sort((a, b) => a - b)) {
      if (start < copied) continue
      out += text.slice(copied, start) + SENSITIVE_PLACEHOLDER
      copied = found.get(start) as number
    }
    return out + text.slice(copied)
  }

  /** `Kz8Wq…` where a secret starts `Kz8Wq`: the beginning becomes the placeholder, the cut mark stays. */
  private replaceCutBeginnings(text: string): string {
    let out = ''
    let copied = 0
    for (let cut = text.indexOf(CUT_MARK); cut >= 0; cut = text.indexOf(CUT_MARK, cut + 1)) {
      const start = this.beginningBefore(text, cut, copied)
      if (start < 0) continue
      out += text.slice(copied, start) + SENSITIVE_PLACEHOLDER
      copied = cut
    }
    return copied === 0 ? text : out + text.slice(copied)
  }

  /** The earliest start (>= floor) from which text up to `end` begins some form without completing it; -1 if none. */
  private beginningBefore(text: string, end: number, floor: number): number {
    const from = Math.max(floor, end - Math.min(this.longest - 1, CUT_WINDOW))
    for (let start = from; start < end; start++) {
      const length = end - start
      if (length < KEY) {
        if (this.prefixes[length].has(text.slice(start, end))) return start
        continue
      }
      const bucket = this.widths.find(entry => entry.width === KEY)?.forms.get(hashOf(text, start, KEY))
      if (!bucket) continue
      const seen = text.slice(start, end)
      if (bucket.some(form => form.length > length && form.startsWith(seen))) return start
    }
    return -1
  }
}

const BASE = 0x01000193
/** Largest per-width bit filter, in 32-bit words (2^20 bits). */
const MAX_BLOOM_WORDS = 1 << 15

/** The rolling hash of text[from, from + width). */
function hashOf(text: string, from: number, width: number): number {
  let hash = 0
  for (let i = from; i < from + width; i++) hash = (Math.imul(hash, BASE) + text.charCodeAt(i)) | 0
  return hash
}

/** BASE to the power n, as the rolling hash computes it. */
function power(n: number): number {
  let result = 1
  for (let i = 0; i < n; i++) result = Math.imul(result, BASE)
  return result
}

const NUMBER = /^-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?$/
const MAP_KEY = /^[\w.-]+$/

/** Regexes that find weak secrets where they stand as a whole value. */
function weakPatterns(weak: Set<string>, options: ScrubberOptions): WeakPattern[] {
  const quoted = new Set<string>()
  const numbers: string[] = []
  const keys: string[] = []
  for (const secret of weak) {
    const json = JSON.stringify(secret).slice(1, -1)
    for (const form of [
      `"${json}"`,
      `\\"${JSON.stringify(json).slice(1, -1)}\\"`,
      `&quot;${secret}&quot;`,
      `&#34;${secret}&#34;`
    ])
      quoted.add(form)
    for (const extra of options.extraForms?.(secret) ?? []) quoted.add(`"${extra}"`)
    if (NUMBER.test(secret)) numbers.push(secret)
    else if (MAP_KEY.test(secret)) keys.push(secret)
  }
  const patterns: WeakPattern[] = [
    { pattern: new RegExp(alternation(quoted), 'g'), keep: false },
    // Terraform's progress lines name an object bare: `Refreshing state... [id=Q9]`, `Importing... [id=Q9]`.
    { pattern: new RegExp(`(\\[id=)(?:${alternation(weak)})(?=\\])`, 'g'), keep: true }
  ]
  // Written with the text before the value captured (kept) rather than a lookbehind, which would be
  // tried at every position of the text.
  if (numbers.length > 0) {
    patterns.push({
      pattern: new RegExp(
        `((?:^|[=:>\\[,{])[ \\t]*)(?:${alternation(numbers)})(?=[ \\t]*(?:$|[,\\]}]|->))`,
        'gm'
      ),
      keep: true
    })
  }
  if (keys.length > 0) {
    patterns.push({
      pattern: new RegExp(
        `((?:^[ \\t]*(?:[-+~][ \\t]+)?|[{,][ \\t]*))(?:${alternation(keys)})(?=[ \\t]+=[ \\t])`,
        'gm'
      ),
      keep: true
    })
  }
  return patterns
}

/** A weak secret's pattern; `keep`: its first group is text before the value, written back. */
interface WeakPattern {
  pattern: RegExp
  keep: boolean
}

/** A regex alternation of literal texts, longest first. */
function alternation(texts: Iterable<string>): string {
  return [...texts]
    .sort((a, b) => b.length - a.length)
    .map(text => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|')
}
