/**
 * The renderers' last line of defence for secrets. The analysis masks every value Terraform marks
 * sensitive before a renderer sees it; this removes any sensitive string that still slipped through
 * from the finished text, in every form a renderer could have written it (raw, JSON-quoted,
 * Markdown-escaped, inside `<code>`, as a log line).
 */
import { escapeLogLine, escapeMarkdown, inlineCode } from './escape.js'

/** What a scrubbed value is replaced with; the same word the analysis uses for masked values. */
export const SENSITIVE_PLACEHOLDER = '(sensitive)'

/**
 * Values shorter than this are not scrubbed from finished text: a two-letter secret cannot be told
 * apart from ordinary words, and replacing every `on` would destroy the report. Such values are
 * still masked by the analysis, which knows where they are.
 */
export const MIN_SCRUB_LENGTH = 3

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
 * Replaces every occurrence of every sensitive value (and its escaped forms) in `text` with
 * `(sensitive)`. Longer values are replaced first so a secret that contains another is removed whole.
 */
export function scrubSensitive(text: string, sensitiveValues: Iterable<string>): string {
  const forms = new Set<string>()
  for (const value of sensitiveValues) {
    if (typeof value !== 'string' || value.length < MIN_SCRUB_LENGTH) continue
    for (const form of renderedForms(value)) forms.add(form)
  }
  if (forms.size === 0) return text
  let out = text
  for (const form of [...forms].sort((a, b) => b.length - a.length)) {
    if (out.includes(form)) out = out.split(form).join(SENSITIVE_PLACEHOLDER)
  }
  return out
}

/** Scrubs each line of a log; a line never gains a line break from scrubbing. */
export function scrubLines(lines: string[], sensitiveValues: Iterable<string>): string[] {
  const values = [...sensitiveValues]
  return lines.map(line => scrubSensitive(line, values))
}
