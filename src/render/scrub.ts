/**
 * The renderers' last line of defence for secrets. The analysis masks every value Terraform marks
 * sensitive before a renderer sees it; this removes any sensitive string that still slipped through
 * from the finished text, in every form a renderer could have written it (raw, JSON-quoted,
 * Markdown-escaped, inside `<code>`, as a log line).
 */
import { createSecretScrubber, type SecretScrubber } from '../analysis/scrub-secrets.js'
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

/**
 * Replaces every occurrence of every sensitive value (and its escaped forms) in `text` with
 * `(sensitive)`, including the beginning of a value that was cut and ends in `…`.
 */
export function scrubSensitive(text: string, sensitiveValues: Iterable<string>): string {
  return scrubberFor(sensitiveValues)(text)
}

/** Scrubs each line of a log; a line never gains a line break from scrubbing. */
export function scrubLines(lines: string[], sensitiveValues: Iterable<string>): string[] {
  const values = [...sensitiveValues]
  return lines.map(line => scrubSensitive(line, values))
}
