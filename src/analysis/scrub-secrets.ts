/**
 * Replacing known secret strings in text, shared by the analysis (which re-checks the attribute
 * values it kept once the whole plan is read) and the renderers (which also scrub escaped forms).
 * Big plans carry many secrets and many values, so matching goes through an index, not a loop over
 * every secret for every string.
 */

/** What a scrubbed value is replaced with; the same word the analysis uses for masked values. */
const SENSITIVE_PLACEHOLDER = '(sensitive)'

/** The mark every cut value ends with (the analysis and the renderers both cut with it). */
const CUT_MARK = '…'

/** Forms at least this long are indexed by their first KEY characters; a cut-off beginning must be this long. */
const KEY = 8

/** Replaces secrets in one string. */
export type SecretScrubber = (text: string) => string

/**
 * Builds a scrubber for these forms. It replaces every occurrence of each form, longest first (so a
 * secret containing another goes whole), and every cut-off beginning of a form followed by `…`.
 *
 * Why beginnings: a long value may be cut (to fit a table cell) before anyone knows it is secret —
 * an unmarked copy of a sensitive value in one resource is rendered before the marked copy in
 * another is seen — so only its first characters and `…` remain, which whole-value matching misses.
 */
export function createSecretScrubber(forms: Iterable<string>): SecretScrubber {
  const index = new Map<string, string[]>()
  const short: string[] = []
  for (const form of new Set(forms)) {
    if (form.length === 0) continue
    if (form.length < KEY) {
      short.push(form)
      continue
    }
    const key = form.slice(0, KEY)
    const bucket = index.get(key)
    if (bucket) bucket.push(form)
    else index.set(key, [form])
  }
  for (const bucket of index.values()) bucket.sort((a, b) => b.length - a.length)
  short.sort((a, b) => b.length - a.length)
  return text => {
    let out = index.size > 0 ? replaceIndexed(text, index) : text
    for (const form of short) if (out.includes(form)) out = out.split(form).join(SENSITIVE_PLACEHOLDER)
    return out
  }
}

function replaceIndexed(text: string, index: Map<string, string[]>): string {
  let out = ''
  let copied = 0
  for (let i = 0; i + KEY <= text.length;) {
    const bucket = index.get(text.slice(i, i + KEY))
    const end = bucket ? matchAt(text, i, bucket) : -1
    if (end < 0) {
      i++
      continue
    }
    out += text.slice(copied, i) + SENSITIVE_PLACEHOLDER
    copied = i = end
  }
  return copied === 0 ? text : out + text.slice(copied)
}

/** Where the secret starting at `i` ends (past its `…` when cut), or -1; the longest span wins. */
function matchAt(text: string, i: number, bucket: string[]): number {
  let end = -1
  for (const form of bucket) {
    if (text.startsWith(form, i)) {
      end = i + form.length
      break
    }
  }
  const cut = text.indexOf(CUT_MARK, i + KEY)
  if (cut >= 0 && cut + CUT_MARK.length > end) {
    const seen = text.slice(i, cut)
    if (bucket.some(form => form.length > seen.length && form.startsWith(seen))) end = cut + CUT_MARK.length
  }
  return end
}

/** The forms a raw secret takes inside rendered attribute values: as is and JSON-escaped. */
export function plainSecretForms(values: Iterable<string>, minLength: number): string[] {
  const forms: string[] = []
  for (const value of values) {
    if (typeof value !== 'string' || value.length < minLength) continue
    forms.push(value, JSON.stringify(value).slice(1, -1))
  }
  return forms
}
