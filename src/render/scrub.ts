/**
 * The renderers' secret scrubbing: plan-derived strings are scrubbed raw before they are escaped
 * (context.ts), and finished text once more as a last line of defence, in every form a renderer
 * could have written a secret (raw, JSON-quoted, Markdown-escaped, inside `<code>`, as a log line).
 * The rules (what is searched for where) are analysis/plan-secrets.ts's.
 */
import { planSecrets } from '../analysis/plan-secrets.js'
import type { ScrubberOptions } from '../analysis/scrub-secrets.js'
import { escapeLogLine, escapeMarkdown, inlineCode } from './escape.js'

/** The escaped forms a secret takes in rendered output, besides the raw and JSON-escaped ones. */
const RENDERED: ScrubberOptions = {
  extraForms: value => [
    escapeMarkdown(value),
    inlineCode(value).slice('<code>'.length, -'</code>'.length),
    escapeLogLine(value)
  ]
}

/**
 * Replaces every secret in `text` with `(sensitive)`: strong secrets wherever they occur (also cut
 * off before `…`), weak ones (short, or words only) where they stand as a whole quoted value.
 */
export function scrubSensitive(text: string, sensitiveValues: Iterable<string>): string {
  return planSecrets(sensitiveValues, RENDERED).scrub(text)
}
