/**
 * What the renderers need besides the analysis, and the small toolkit every section uses to turn
 * plan-controlled strings into safe Markdown (redact plan values first, then cut, then escape).
 */
import { LIMIT } from '../constants.js'
import { pulumiDisplayName } from '../analysis/pulumi-facts.js'
import type { TextPart } from '../analysis/types.js'
import type { GateVerdict } from '../policy/types.js'
import { addressWarnings, redactInstanceKeys, shortenAddress } from './address.js'
import { escapeMarkdown, inlineCode, truncateText } from './escape.js'
import { valueScrubber } from './scrub.js'

/** Facts about the run that are not in the plan; every field but the first two is optional. */
export interface ReportContext {
  environment: string
  workingDirectory: string
  /** Link to the workflow run (where the full job summary is). */
  runUrl?: string
  commitSha?: string
  verdict?: GateVerdict
  /** The gate runs in dry-run mode: the step does not fail even when denied. */
  dryRun?: boolean
  /** Facts about how this run relaxed a check on purpose (e.g. allow_stale_plan), shown under the title. */
  notes?: string[]
  /** The verdict is a preview (plan mode): nothing is gated yet, the safety-gate step decides later. */
  gatePreview?: boolean
  approvals?: { required: number; checklist: string[]; reasons: string[] }
  cost?: { currency: string; monthlyBefore?: number; monthlyAfter?: number; monthlyChange: number }
  /** Name of the plan artifact that holds the full report. */
  artifactName?: string
  /** Free text from the policy (e.g. which policy file applied). */
  policyNote?: string
}

/** How much of each list a target shows; the comment is far tighter than the job summary. */
export interface RenderProfile {
  addressesPerReason: number
  addressesPerFinding: number
  /** Facts listed per risk reason (an open port, a wildcard statement). */
  detailsPerReason: number
  /** Addresses named per group of identical changes. */
  addressesPerGroup: number
  /** Longest address shown; longer ones keep their two ends. */
  addressChars: number
  /** Diff lines shown per resource. */
  linesPerResource: number
}

export const SUMMARY_PROFILE: RenderProfile = {
  addressesPerReason: 200,
  addressesPerFinding: 500,
  detailsPerReason: 100,
  addressesPerGroup: 200,
  addressChars: 400,
  linesPerResource: 400
}
export const COMMENT_PROFILE: RenderProfile = {
  addressesPerReason: 10,
  addressesPerFinding: 20,
  detailsPerReason: 10,
  addressesPerGroup: 10,
  addressChars: 120,
  linesPerResource: 60
}

/**
 * Safe string helpers bound to one plan's sensitive values. Plan values are redacted where they are
 * rendered (`value`, `planText`, `parts`); addresses only inside their instance keys (`address`); the
 * action's own words (`own`, `text`, `code`) never: a plan cannot turn them into "(sensitive)".
 */
export interface Kit {
  /** The action's own words; `backtick` spans become code. Never redacted. */
  own(text: string): string
  /** Prose the action composed that may name addresses (policy findings, notes): instance keys redacted. */
  text(value: string, max?: number): string
  /** An identifier of the action or the policy (a rule id, an environment) as code. Never redacted. */
  code(value: string, max?: number): string
  /** A plan value (raw text, e.g. `"abc"` or `42`) as code, redacted. */
  value(value: string, max?: number): string
  /** Plan-chosen prose (a check's error message), redacted and escaped. */
  planText(value: string, max?: number): string
  /** A resource address as code: instance keys redacted, shortened visibly, non-ASCII named. */
  address(address: string): string
  /** A comma-separated list of addresses, at most `limit`, then "and N more". */
  addresses(addresses: string[], limit: number, alsoOmitted?: number): string
  /** Text built from the action's words and plan parts. */
  parts(parts: readonly TextPart[]): string
  /** The raw redaction of plan values (for renderers that escape themselves, e.g. the diff). */
  scrub: (text: string) => string
  profile: RenderProfile
}

/** Renders the action's own words: plain text escaped, `code` spans as inline code. */
export function ownWords(text: string): string {
  return text
    .split('`')
    .map((part, index) => (index % 2 === 1 ? inlineCode(part) : escapeMarkdown(part)))
    .join('')
}

/** Builds the toolkit. */
export function createKit(sensitive: Set<string>, profile: RenderProfile): Kit {
  const scrub = valueScrubber(sensitive)
  const kit: Kit = {
    profile,
    scrub,
    own: ownWords,
    text: (value, max = 2000) => escapeMarkdown(truncateText(redactInstanceKeys(String(value), scrub), max)),
    code: (value, max = 400) => inlineCode(truncateText(String(value), max)),
    value: (value, max = LIMIT.attributeValueChars) => inlineCode(truncateText(scrub(String(value)), max)),
    planText: (value, max = 2000) => escapeMarkdown(truncateText(scrub(String(value)), max)),
    address: address => {
      const redacted = redactInstanceKeys(String(address), scrub)
      const shown = shortenAddress(redacted, profile.addressChars)
      const warnings = addressWarnings(redacted, shown !== redacted)
      const code = inlineCode(shown)
      // A Pulumi URN reads as `type::name`, with the full URN (what commands and policies take) alongside.
      const display = redacted.startsWith('urn:pulumi:') ? pulumiDisplayName(redacted) : undefined
      const named = display
        ? `${inlineCode(shortenAddress(display, profile.addressChars))} (URN ${code})`
        : code
      return warnings.length > 0 ? `${named} (⚠️ ${warnings.join('; ')})` : named
    },
    addresses: (addresses, limit, alsoOmitted = 0) => {
      const shown = addresses.slice(0, limit).map(address => kit.address(address))
      const omitted = addresses.length - shown.length + alsoOmitted
      if (shown.length === 0) return omitted > 0 ? `${omitted} address(es)` : '–'
      return omitted > 0 ? `${shown.join(', ')} and ${omitted} more` : shown.join(', ')
    },
    parts: parts =>
      parts
        .map(part =>
          typeof part === 'string'
            ? ownWords(part)
            : 'address' in part
              ? kit.address(part.address)
              : kit.value(part.value)
        )
        .join('')
  }
  return kit
}
