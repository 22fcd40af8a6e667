/**
 * The one entry into secret handling for renderers, outputs and the log. Built from the set the
 * analysis collected (`PlanAnalysis.sensitiveValues`, see sensitive-values.ts):
 *
 *   const secrets = planSecrets(analysis.sensitiveValues)
 *   secrets.scrub(planText)                  // an address, a value, Terraform's plan text
 *   secrets.isSecretValue(value)             // render this plan value as (sensitive)?
 *   hideStringFor(secrets)(path, value)      // the differ's hideString option
 *   secrets.maskable(avoid)                  // what to pass to core.setSecret
 *
 * Rules: the action's own words are never scrubbed or masked; plan values are hidden where they are
 * rendered; text is scrubbed by scrub-secrets.ts's strong/weak rules; addresses the action's words
 * quote are redacted in their instance keys only (instance-keys.ts redactQuotedAddresses).
 */
import {
  createSecretScrubber,
  isStrongSecret,
  type ScrubberOptions,
  SENSITIVE_PLACEHOLDER
} from './scrub-secrets.js'
import { isSecretString } from './sensitive-values.js'

/** One step of a path into a plan value: an attribute or map key, or a list index. */
export type PathStep = string | number

/** The differ's hook: true when an unmarked string at `path` must be shown as (sensitive). */
export type HideString = (path: readonly PathStep[], value: string) => boolean

export interface PlanSecrets {
  /** Plan-derived text (an address, a value, Terraform's plan text) with every secret in it replaced. */
  scrub(text: string): string
  /** True when a plan value (a string or number, whole) is a collected secret: render it as (sensitive). */
  isSecretValue(value: unknown): boolean
  /**
   * Values to register with the runner's masking (core.setSecret): each line of a multi-line secret
   * and the whole. Only values that cannot be mistaken for the action's words: strong, at least
   * MIN_MASK_CHARS long, no white space, with a letter and a digit, and not part of any `avoid` text
   * (addresses, environment and directory names the action prints itself).
   */
  maskable(avoid?: Iterable<string>): string[]
  /** How many secrets the plan holds. */
  readonly size: number
}

/** Shortest value registered with the runner's masking. */
export const MIN_MASK_CHARS = 8

const cache = new WeakMap<object, Map<ScrubberOptions | undefined, { size: number; secrets: PlanSecrets }>>()

/**
 * The secrets of one plan. Built once per set (and options) and reused while the set does not grow:
 * a report scrubs thousands of strings against the same secrets.
 */
export function planSecrets(values: Iterable<string>, options?: ScrubberOptions): PlanSecrets {
  const set = values instanceof Set ? (values as Set<string>) : new Set(values)
  const byOptions = cache.get(set) ?? new Map()
  cache.set(set, byOptions)
  const cached = byOptions.get(options)
  if (cached && cached.size === set.size) return cached.secrets
  const secrets = buildSecrets(set, options)
  byOptions.set(options, { size: set.size, secrets })
  return secrets
}

function buildSecrets(set: ReadonlySet<string>, options: ScrubberOptions | undefined): PlanSecrets {
  const scrub = createSecretScrubber(set, options)
  return {
    size: set.size,
    scrub,
    isSecretValue: value =>
      typeof value === 'string'
        ? value !== '' && (set.has(value) || set.has(value.trim()))
        : typeof value === 'number' && set.has(String(value)),
    maskable: avoid => maskable(set, [...(avoid ?? [])])
  }
}

function maskable(set: ReadonlySet<string>, avoid: string[]): string[] {
  const out = new Set<string>()
  const fits = (candidate: string): boolean =>
    candidate.length >= MIN_MASK_CHARS &&
    isStrongSecret(candidate) &&
    !/\s/.test(candidate) &&
    /\p{L}/u.test(candidate) &&
    /\d/.test(candidate) &&
    !candidate.includes(SENSITIVE_PLACEHOLDER) &&
    !avoid.some(text => text.includes(candidate))
  for (const value of set) {
    const lines = value.split(/\r?\n|\r/).map(line => line.trim())
    if (lines.length === 1) {
      if (fits(lines[0])) out.add(lines[0])
      continue
    }
    const kept = lines.filter(fits)
    for (const line of kept) out.add(line)
    if (kept.length > 0) out.add(value)
  }
  return [...out]
}

/** The differ's `hideString` option: a collected secret of the plan, or a secret by name or shape. */
export function hideStringFor(secrets?: PlanSecrets): HideString {
  return (path, value) => (secrets?.isSecretValue(value) ?? false) || isSecretString(path, value)
}
