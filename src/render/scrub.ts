/**
 * Removing secrets from text. Reports redact plan values where they are rendered (valueScrubber, on
 * the raw value before it is escaped), never the finished Markdown: the action's own words cannot be
 * replaced by a plan that marks them sensitive. scrubSensitive, which works on finished text in every
 * form a renderer could have written a secret (raw, JSON-quoted, Markdown-escaped, inside `<code>`,
 * as a log line), is for text the action does not compose, such as Terraform's own plan output.
 */
import { createSecretScrubber, plainSecretForms, type SecretScrubber } from '../analysis/scrub-secrets.js'
import { escapeLogLine, escapeMarkdown, inlineCode } from './escape.js'

/**
 * Values shorter than this are not scrubbed from finished text: a two-letter secret cannot be told
 * apart from ordinary words, and replacing every `on` would destroy the report. Such values are
 * still masked by the analysis, which knows where they are.
 */
const MIN_SCRUB_LENGTH = 3

/** Every form in which `value` could appear in rendered output. */
function renderedForms(value: string): string[] {
  const forms = new Set<string>([value])
  forms.add(JSON.stringify(value).slice(1, -1))
  forms.add(escapeMarkdown(value))
  forms.add(inlineCode(value).slice('<code>'.length, -'</code>'.length))
  forms.add(escapeLogLine(value))
  return [...forms].filter(form => form.length >= MIN_SCRUB_LENGTH)
}

/**
 * Scrubbers are built once per collection of secrets: a report scrubs thousands of strings against
 * the same set, and rebuilding the forms of every secret for each string would cost secrets × strings.
 */
const scrubbers = new WeakMap<object, { size: number; scrub: SecretScrubber }>()

function scrubberFor(sensitiveValues: Iterable<string>): SecretScrubber {
  const size =
    sensitiveValues instanceof Set
      ? sensitiveValues.size
      : Array.isArray(sensitiveValues)
        ? sensitiveValues.length
        : -1
  const cached = size >= 0 ? scrubbers.get(sensitiveValues as object) : undefined
  if (cached && cached.size === size) return cached.scrub
  const forms: string[] = []
  for (const value of sensitiveValues) {
    if (typeof value !== 'string' || value.length < MIN_SCRUB_LENGTH) continue
    forms.push(...renderedForms(value))
  }
  const scrub = createSecretScrubber(forms)
  if (size >= 0) scrubbers.set(sensitiveValues as object, { size, scrub })
  return scrub
}

const valueScrubbers = new WeakMap<Set<string>, { size: number; scrub: SecretScrubber }>()

/**
 * The scrubber for raw plan values (and JSON-quoted ones, as diffs show strings): every sensitive
 * string of at least MIN_SCRUB_LENGTH characters, and a cut-off beginning of one, becomes
 * `(sensitive)`. Built once per set of secrets.
 */
export function valueScrubber(sensitiveValues: Set<string>): SecretScrubber {
  const cached = valueScrubbers.get(sensitiveValues)
  if (cached && cached.size === sensitiveValues.size) return cached.scrub
  const scrub =
    sensitiveValues.size === 0
      ? (text: string) => text
      : createSecretScrubber(plainSecretForms(sensitiveValues, MIN_SCRUB_LENGTH))
  valueScrubbers.set(sensitiveValues, { size: sensitiveValues.size, scrub })
  return scrub
}

/**
 * Replaces every occurrence of every sensitive value (and its escaped forms) in `text` with
 * `(sensitive)`, including the beginning of a value that was cut and ends in `…`.
 */
export function scrubSensitive(text: string, sensitiveValues: Iterable<string>): string {
  return scrubberFor(sensitiveValues)(text)
}
