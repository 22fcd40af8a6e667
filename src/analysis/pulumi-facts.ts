/**
 * What the analysis keeps from a Pulumi plan besides what every plan has: per change, the readable
 * `type::name`, the URN, the stack and the protect flag; per plan, the stacks, the diagnostics, whether
 * the document is a preview at all, and the protected resources it would delete or replace. The gate
 * (policy/checks/pulumi-plan.ts), the reports and the rollback plan (pulumi-rollback.ts) read these;
 * the counts, risk rules and attribute diffs are the ones every plan gets.
 */
import { LIMIT } from '../constants.js'
import type { PlanHeader, PlanResourceChange } from '../plan/model.js'
import type {
  PulumiDiagnostic,
  PulumiFormat,
  PulumiPlanHeader,
  PulumiResourceChange
} from '../plan/pulumi/types.js'
import { displayName, parseUrn } from '../plan/pulumi/urn.js'
import { createPulumiTypeCategoriser } from './pulumi-types.js'
import type { RiskOptions, TypeCategories } from './risk.js'
import type { ChangeKind, ClassifiedChange } from './types.js'

/** Pulumi facts of one change. */
export interface PulumiChangeFacts {
  /** `type::name` (the resource's own type token and name): what reports show, the URN alongside. */
  display: string
  /** The full URN (also the change's address). */
  urn: string
  /** The stack named in the URN. */
  stack: string
  /** `oldState.protect`: Pulumi refuses to delete or replace this resource. */
  protect: boolean
}

/** Pulumi facts of the whole plan. */
export interface PulumiPlanFacts {
  format: PulumiFormat
  /** Stacks named by the steps' URNs, in order of appearance (a preview has exactly one). */
  stacks: string[]
  projects: string[]
  /** Event logs: false for a `pulumi up` (or destroy, refresh) that ran, not a preview; absent when the log does not say. */
  isPreview?: boolean
  /** Event logs: the operation's result (`succeeded`, `failed`, …). */
  result?: string
  /** Pulumi's errors and warnings (colour codes removed), the first PULUMI_LIMITS.diagnostics of them. */
  diagnostics: PulumiDiagnostic[]
  errorCount: number
  warningCount: number
  omittedDiagnostics: number
  /** Pulumi said the stack's state may be corrupt. */
  maybeCorrupt: boolean
  /** URNs of protected resources the plan deletes or replaces (up to LIMIT.destructiveAddresses). */
  protectedDestroys: string[]
  omittedProtectedDestroys: number
  /** Replacements read without one of their halves: the most destructive reading was assumed. */
  assumedReplacements: number
}

/** Kinds that remove the old object from the stack; Pulumi fails any of them on a protected resource. */
const REMOVES_OLD: ReadonlySet<ChangeKind> = new Set(['delete', 'replace', 'forget', 'create-forget'])

/** The Pulumi facts of a plan entry, or undefined for a Terraform entry. */
export function pulumiChangeFacts(entry: PlanResourceChange): PulumiChangeFacts | undefined {
  const info = (entry as Partial<PulumiResourceChange>).pulumi
  if (!info || typeof info !== 'object') return undefined
  return { display: info.display, urn: info.urn, stack: info.stack, protect: info.protect === true }
}

/** Why the Pulumi reader could not map an entry (an op it does not know, a summary count without a step). */
export function pulumiProblem(entry: PlanResourceChange): string | undefined {
  return (entry as Partial<PulumiResourceChange>).pulumi?.problem
}

/** `type::name` of a URN, or undefined when the text is not one (reports show it with the URN). */
export function pulumiDisplayName(urn: string): string | undefined {
  const parsed = parseUrn(urn)
  return parsed ? displayName(parsed) : undefined
}

/** Collects the plan-level facts while changes are analysed; one per Pulumi plan. */
export interface PulumiFactCollector {
  /** The risk catalogue for Pulumi type tokens (the analysis judges Pulumi types with it). */
  categorise: (token: string) => Readonly<TypeCategories>
  /** Records one classified managed change. */
  add(change: ClassifiedChange, entry: PlanResourceChange): void
  /** The facts, once the whole plan was read. */
  finish(header: PlanHeader): PulumiPlanFacts
}

/** A collector for one Pulumi plan; `options` are the analysis' risk options (extra data-bearing types). */
export function createPulumiFactCollector(options: RiskOptions = {}): PulumiFactCollector {
  const protectedDestroys: string[] = []
  let omitted = 0
  let assumed = 0
  return {
    categorise: createPulumiTypeCategoriser(options),
    add(change, entry) {
      if ((entry as Partial<PulumiResourceChange>).pulumi?.assumed !== undefined) assumed++
      if (!change.pulumi?.protect || !REMOVES_OLD.has(change.kind)) return
      if (protectedDestroys.length < LIMIT.destructiveAddresses) protectedDestroys.push(change.address)
      else omitted++
    },
    finish(header) {
      const info = (header as Partial<PulumiPlanHeader>).pulumi
      const facts: PulumiPlanFacts = {
        format: info?.format ?? 'preview-json',
        stacks: [...(info?.stacks ?? [])],
        projects: [...(info?.projects ?? [])],
        diagnostics: [...(info?.diagnostics ?? [])],
        errorCount: info?.errorCount ?? 0,
        warningCount: info?.warningCount ?? 0,
        omittedDiagnostics: info?.omittedDiagnostics ?? 0,
        maybeCorrupt: info?.maybeCorrupt === true,
        protectedDestroys,
        omittedProtectedDestroys: omitted,
        assumedReplacements: assumed
      }
      if (info?.isPreview !== undefined) facts.isPreview = info.isPreview
      if (info?.result !== undefined) facts.result = info.result
      return facts
    }
  }
}
