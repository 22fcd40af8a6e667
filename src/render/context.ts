/**
 * What the renderers need besides the analysis, and the small toolkit every section uses to turn
 * plan-controlled strings into safe Markdown (scrub first, then cut, then escape).
 */
import { LIMIT } from '../constants.js'
import type { GateVerdict } from '../policy/types.js'
import { escapeMarkdown, inlineCode, truncateText } from './escape.js'
import { scrubSensitive } from './scrub.js'

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
}

export const SUMMARY_PROFILE: RenderProfile = { addressesPerReason: 200, addressesPerFinding: 500 }
export const COMMENT_PROFILE: RenderProfile = { addressesPerReason: 15, addressesPerFinding: 50 }

/** Safe string helpers bound to one plan's sensitive values. */
export interface Kit {
  /** Plan text as prose. */
  text(value: string, max?: number): string
  /** Plan text as inline code (addresses, paths, values). */
  code(value: string, max?: number): string
  /** A masked-or-real attribute value: markers like `(sensitive)` in italics, everything else as code. */
  value(value: string): string
  /** A comma-separated list of addresses as code, at most `limit`, then "and N more". */
  addresses(addresses: string[], limit: number, alsoOmitted?: number): string
  sensitive: Set<string>
  profile: RenderProfile
}

/** Longest address shown; longer ones are hostile or generated and are cut (after scrubbing). */
const ADDRESS_CHARS = 400

const VALUE_MARKERS = new Set(['(sensitive)', '(known after apply)', '(sensitive value)'])

/** Builds the toolkit; scrubbing happens on the raw string so escaping cannot hide a secret from it. */
export function createKit(sensitive: Set<string>, profile: RenderProfile): Kit {
  const clean = (value: string, max: number): string =>
    truncateText(scrubSensitive(String(value), sensitive), max)
  const kit: Kit = {
    sensitive,
    profile,
    text: (value, max = 2000) => escapeMarkdown(clean(value, max)),
    code: (value, max = ADDRESS_CHARS) => inlineCode(clean(value, max)),
    value: value => (VALUE_MARKERS.has(value) ? `_${value}_` : kit.code(value, LIMIT.attributeValueChars)),
    addresses: (addresses, limit, alsoOmitted = 0) => {
      const shown = addresses.slice(0, limit).map(address => kit.code(address))
      const omitted = addresses.length - shown.length + alsoOmitted
      if (shown.length === 0) return omitted > 0 ? `${omitted} address(es)` : '–'
      return omitted > 0 ? `${shown.join(', ')} and ${omitted} more` : shown.join(', ')
    }
  }
  return kit
}
