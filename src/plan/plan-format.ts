/**
 * The one way every mode reads a plan, whichever tool wrote it: the format is chosen once (the
 * `plan_format` input, or the document's first bytes when it is `auto`), then readPlanEntries hands
 * the source to that format's reader. Both readers emit the same entries and header (model.ts), so
 * the analysis, the policy's rules and the gate run unchanged on either. A choice made from the
 * first bytes only picks a reader: each reader still refuses the other tool's documents itself, with
 * a message that says which tool wrote the file and to set plan_format.
 */
import type { ByteSource } from './byte-source.js'
import type { PlanHeader, PlanVisitor } from './model.js'
import { readPlan } from './plan-reader.js'
import { readPulumiSource } from './pulumi/read-pulumi.js'
import {
  resolvePlanFormat,
  sniffPlanFormat,
  type FormatGuess,
  type PlanFormatSetting
} from './sniff-format.js'

/** The readers infra-guard has. */
export type PlanFormat = 'terraform' | 'pulumi'

/** Reads the plan in `source` with the reader of `format`; see readPlan and readPulumiSource. */
export function readPlanEntries(
  source: ByteSource,
  visitor: PlanVisitor,
  format: PlanFormat = 'terraform'
): PlanHeader {
  return format === 'pulumi' ? readPulumiSource(source, visitor) : readPlan(source, visitor)
}

/** Which reader a plan goes to, and why (for the log). */
export interface ChosenFormat {
  format: PlanFormat
  /** `plan_format: pulumi`, or `auto: top-level key 'steps'`. */
  reason: string
}

/** Heads read while the first bytes do not decide yet; the last one is the reader's own limit. */
const HEAD_SIZES = [4096, 64 << 10, 1 << 20]

/**
 * Applies the `plan_format` setting: an explicit format wins; `auto` reads the first bytes of the
 * source (at most 1 MiB) and follows what they show, Terraform when they show nothing decisive (its
 * reader's errors then say what the file is).
 */
export function choosePlanFormat(source: ByteSource, setting: PlanFormatSetting): ChosenFormat {
  if (setting !== 'auto') return { format: setting, reason: `plan_format: ${setting}` }
  let guessed: FormatGuess = { format: 'unknown', evidence: 'no content', needMore: false }
  for (const size of HEAD_SIZES) {
    const head = Buffer.alloc(Math.min(size, source.size))
    const length = readHead(source, head)
    const whole = length >= source.size
    guessed = sniffPlanFormat(head.subarray(0, length), whole)
    if (!guessed.needMore || whole) break
  }
  return { format: resolvePlanFormat('auto', guessed), reason: `auto: ${guessed.evidence}` }
}

/** Fills `head` from the start of the source as far as it goes; returns the bytes read. */
function readHead(source: ByteSource, head: Buffer): number {
  let filled = 0
  while (filled < head.length) {
    const bytesRead = source.read(head.subarray(filled), filled)
    if (bytesRead === 0) break
    filled += bytesRead
  }
  return filled
}
