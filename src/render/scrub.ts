/**
 * Removing secrets from text. Reports redact plan values where they are rendered (valueScrubber, on
 * the raw value before it is escaped), never the finished Markdown: the action's own words cannot be
 * replaced by a plan that marks them sensitive. scrubSensitive, which works on finished text in every
 * form a renderer could have written a secret (raw, JSON-quoted, Markdown-escaped, inside `<code>`,
 * as a log line), is for text the action does not compose, such as Terraform's own plan output.
 * What is searched for where (strong and weak secrets) is analysis/plan-secrets.ts's rule.
 */
import { planSecrets } from '../analysis/plan-secrets.js'
import type { ScrubberOptions, SecretScrubber } from '../analysis/scrub-secrets.js'
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
 * The scrubber for raw plan values (and JSON-quoted ones, as diffs show strings): every collected
 * secret, and a cut-off beginning of a strong one, becomes `(sensitive)`. Built once per set.
 */
export function valueScrubber(sensitiveValues: Set<string>): SecretScrubber {
  return planSecrets(sensitiveValues).scrub
}

/**
 * Replaces every secret in `text` with `(sensitive)`: strong secrets wherever they occur (also cut
 * off before `…`), weak ones (short, or words only) where they stand as a whole quoted value.
 */
export function scrubSensitive(text: string, sensitiveValues: Iterable<string>): string {
  return planSecrets(sensitiveValues, RENDERED).scrub(text)
}
