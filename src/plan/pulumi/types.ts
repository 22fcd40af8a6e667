/**
 * What the Pulumi reader hands to the rest of infra-guard: the same entry and header model the
 * Terraform reader emits (plan-types.ts), each with a `pulumi` extension that carries what only
 * Pulumi has (URNs, protect, the ops behind an entry, diagnostics). Code that knows nothing of
 * Pulumi sees ordinary plan entries; code that does can read the extension.
 */
import type { PlanHeader, PlanResourceChange } from '../model.js'

/** The two Pulumi JSON formats the reader understands. */
export type PulumiFormat = 'preview-json' | 'event-log'

/** `format_version` of the header, so reports say which kind of document was read. */
export const PULUMI_FORMAT_VERSION: Readonly<Record<PulumiFormat, string>> = {
  'preview-json': 'pulumi-preview-json',
  'event-log': 'pulumi-event-log'
}

/** Pulumi-only facts about one entry. */
export interface PulumiEntryInfo {
  /** The full resource URN (also the entry's `address`). */
  urn: string
  /** Readable `type::name` (the resource's own type, without its parents' types) for rendering. */
  display: string
  /** `<stack>` and `<project>` from `urn:pulumi:<stack>::<project>::<type>::<name>`. */
  stack: string
  project: string
  /** The parent types of the URN's qualified type (`a$b$type` → [a, b]); empty for top-level resources. */
  parentTypes: string[]
  /**
   * The Pulumi ops folded into this entry, in the order they were read: one op for most entries,
   * `create-replacement`/`replace`/`delete-replaced` (any order, any subset) for a replacement.
   */
  ops: string[]
  /** `oldState.protect` of any step folded in: Pulumi refuses to delete or replace it. */
  protect: boolean
  /** `newState.protect`: what the program asks for. */
  protectAfter: boolean
  /** `oldState.retainOnDelete`: a deletion only removes it from the stack (mapped to Terraform's `forget`). */
  retainOnDelete: boolean
  /** A component resource (`custom: false`): it groups others and has no cloud object of its own. */
  component: boolean
  /** Where the step was read: `steps[3]` (preview JSON) or `line 7` (event log); several for a replacement. */
  sources: string[]
  /** Keys forcing a replacement (`replaceReasons` / `keys`), at most 50. */
  replaceReasons?: string[]
  /** Changed top-level keys (`diffReasons` / `diffs`), at most 50. */
  diffReasons?: string[]
  /**
   * Set when the entry stands for something the reader could not map (an op this version does not
   * know, a changeSummary count with no step behind it, …). Such entries carry an action verb the
   * analysis does not know, so it lists them as unreadable and the gate denies.
   */
  problem?: string
  /**
   * Set when a side of a replacement was not in the input and the most destructive reading was
   * assumed (the preview JSON lists only `replace` unless --show-replacement-steps is given).
   */
  assumed?: string
}

/** A plan entry read from Pulumi JSON. */
export interface PulumiResourceChange extends PlanResourceChange {
  pulumi: PulumiEntryInfo
}

/** One diagnostic Pulumi reported (errors and warnings; info and debug output are only counted). */
export interface PulumiDiagnostic {
  severity: string
  /** Colour codes removed; cut to PULUMI_LIMITS.messageChars. */
  message: string
  urn?: string
  /** `diagnostics[2]`, `line 9`, … */
  source: string
}

/** Pulumi-only facts about the whole document. */
export interface PulumiPlanInfo {
  format: PulumiFormat
  /** Stack names found in step URNs, in order of first appearance (more than one is suspicious). */
  stacks: string[]
  projects: string[]
  /** Errors (including failed steps and mandatory policy violations) and warnings, bounded. */
  diagnostics: PulumiDiagnostic[]
  errorCount: number
  warningCount: number
  /** Diagnostics counted but not kept in `diagnostics`. */
  omittedDiagnostics: number
  /** `changeSummary` / `summaryEvent.resourceChanges` as Pulumi wrote it (never used for counting). */
  changeSummary?: Record<string, number>
  /** Event log only: `summaryEvent.isPreview` / `result` (absent in older CLIs). */
  isPreview?: boolean
  result?: string
  maybeCorrupt: boolean
  /** Steps of the root `pulumi:pulumi:Stack` and of default providers: read, never counted. */
  skipped: { stack: number; defaultProviders: number }
  /** A second step with the same URN and op, folded into the first. */
  repeatedSteps: number
  /** Steps that change nothing (`same`, a plain import) given way to a later step on their URN. */
  supersededSteps: number
}

/** The header of a Pulumi document: PlanHeader fields as the analysis expects them, plus `pulumi`. */
export interface PulumiPlanHeader extends PlanHeader {
  pulumi: PulumiPlanInfo
}

/** Bounds on what the reader keeps; every cut is counted, never silent. */
export const PULUMI_LIMITS = {
  /** Diagnostics kept in the header. */
  diagnostics: 100,
  /** Characters kept of one diagnostic message. */
  messageChars: 2000,
  /** Stack / project names kept. */
  names: 20,
  /** Reasons kept per entry. */
  reasons: 50,
  /** Replacement halves waiting for their `replace` step; more is refused (see step-mapper.ts). */
  pendingHalves: 100_000,
  /** Longest event-log line (one event) read, in bytes. */
  lineBytes: 64 << 20
} as const
