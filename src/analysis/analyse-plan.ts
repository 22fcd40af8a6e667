/**
 * Turns a plan into a PlanAnalysis, one entry at a time: the reader streams entries to the analyzer's
 * visitor, which counts every entry, keeps bounded detail (destructive changes first) and feeds the
 * risk rules. Counts follow Terraform's own "Plan: X to add, Y to change, Z to destroy" line.
 */
import { LIMIT } from '../constants.js'
import type { ByteSource } from '../plan/byte-source.js'
import { readPlanEntries, type PlanFormat } from '../plan/plan-format.js'
import type { PlanHeader, PlanResourceChange, PlanVisitor } from '../plan/model.js'
import { addDetail, classifyChange, isDestructive, UnreadableChangeError } from './classify-change.js'
import { createAddressSet } from './address-set.js'
import { readFailedChecks } from './checks.js'
import { analyseOutputs } from './output-changes.js'
import { createPulumiFactCollector } from './pulumi-facts.js'
import { terraformTypeOf } from './pulumi-types.js'
import { RiskAccumulator } from './risk.js'
import { rescrubKeptValues } from './late-secrets.js'
import {
  collectChangeSecrets,
  collectStateResourceSecrets,
  collectVariableSecrets,
  isSecretString
} from './sensitive-values.js'
import type { ClassifiedChange, PlanAnalysis, PlanCounts, UnreadableEntry } from './types.js'

/** Unmarked strings the diff hides: the secret detection's one predicate (sensitive-values.ts). */
const DETAIL = { hideString: isSecretString }

export interface AnalyseOptions {
  /** Extra data-bearing resource types (globs such as `my_custom_*`). */
  dataBearingTypes?: string[]
  /** Deletions + replacements that make the risk critical (default LIMIT.deletionThreshold). */
  deletionThreshold?: number
  /** Further visitors (e.g. the policy engine's rule evaluator) that receive every raw entry too. */
  visitors?: PlanVisitor[]
  /** Which reader reads the plan (default terraform); see plan-format.ts. */
  format?: PlanFormat
}

/**
 * Reads and analyses a plan: the entry into the analysis for every mode. Throws PlanReadError (from
 * the reader, naming `source.name`) when the plan cannot be read.
 */
export function analysePlan(source: ByteSource, options: AnalyseOptions = {}): PlanAnalysis {
  const analyzer = createPlanAnalyzer(source.name, options)
  const header = readPlanEntries(source, analyzer.visitor, options.format)
  return analyzer.finish(header)
}

/** Counts of zero, the starting point of every analysis. */
function emptyCounts(): PlanCounts {
  return {
    add: 0,
    change: 0,
    destroy: 0,
    replace: 0,
    import: 0,
    move: 0,
    forget: 0,
    create: 0,
    delete: 0,
    noop: 0,
    read: 0,
    total: 0
  }
}

/**
 * An incremental analyzer: feed entries through `visitor` (in any order the reader likes), then call
 * `finish` once with the plan's header. `source` names the plan in the result.
 */
function createPlanAnalyzer(
  source: string,
  options: AnalyseOptions = {}
): { visitor: PlanVisitor; finish(header: PlanHeader): PlanAnalysis } {
  const counts = emptyCounts()
  const pulumi = options.format === 'pulumi' ? createPulumiFactCollector(options) : undefined
  const risk = new RiskAccumulator({
    ...options,
    categorise: pulumi?.categorise,
    pulumiTerraformType: pulumi ? terraformTypeOf : undefined
  })
  const sensitiveValues = new Set<string>()
  const unreadable: UnreadableEntry[] = []
  let omittedUnreadable = 0
  const destructiveKept: ClassifiedChange[] = []
  const otherKept: ClassifiedChange[] = []
  let detailedSeen = 0
  const destructiveAddresses: string[] = []
  let omittedDestructiveAddresses = 0
  const drift: ClassifiedChange[] = []
  let driftCount = 0
  const reads: ClassifiedChange[] = []
  const seen = createAddressSet()
  const extra = options.visitors ?? []

  const reportUnreadable = (address: string, problem: string): void => {
    if (unreadable.length < LIMIT.detailedChanges) unreadable.push({ address, problem })
    else omittedUnreadable++
  }

  /** Classifies or records why not; collects sensitive strings either way (an unreadable entry can still hold secrets). */
  const classify = (entry: PlanResourceChange): ClassifiedChange | undefined => {
    const { change } = entry
    collectChangeSecrets(change, sensitiveValues)
    try {
      // Detail is worked out later, only for the entries that are kept.
      return classifyChange(entry, { detail: false })
    } catch (error) {
      if (!(error instanceof UnreadableChangeError)) throw error
      reportUnreadable(error.address, error.problem)
      return undefined
    }
  }

  const onResourceChange = (entry: PlanResourceChange, index: number): void => {
    for (const visitor of extra) visitor.onResourceChange(entry, index)
    const classified = classify(entry)
    if (!classified) return
    if (classified.mode === 'data') {
      if (classified.kind === 'read') {
        counts.read++
        if (reads.length < LIMIT.detailedChanges) reads.push(classified)
      } else if (classified.kind !== 'no-op') {
        reportUnreadable(
          classified.address,
          `a data source cannot be planned with actions [${classified.actions.join(', ')}]`
        )
      }
      return
    }
    if (classified.kind === 'read') {
      reportUnreadable(classified.address, 'a managed resource cannot be planned with actions [read]')
      return
    }
    if (!seen.add(classified.address, classified.deposed)) {
      const problem = pulumi
        ? 'the URN has more than one change in the preview'
        : 'the address appears more than once in resource_changes'
      reportUnreadable(classified.address, problem)
    }
    count(counts, classified)
    risk.add(classified, entry.change)
    pulumi?.add(classified, entry)
    if (isDestructive(classified.kind)) {
      if (destructiveAddresses.length < LIMIT.destructiveAddresses)
        destructiveAddresses.push(classified.address)
      else omittedDestructiveAddresses++
    }
    if (classified.kind === 'no-op' && !classified.importing && !classified.previousAddress) return
    detailedSeen++
    keep(classified, entry)
  }

  /**
   * The report shows up to LIMIT.detailedChanges changes, destructive ones first, each group in plan
   * order. Only those get a diff (the costly part), so the choice is made here, before the
   * diff: a destructive change is kept while fewer than the limit are kept, evicting the last kept
   * other change when the list is full; another change is kept only while there is room. The kept
   * lists are then exactly what keeping every change and cutting the joined list at the end gives.
   */
  const keep = (classified: ClassifiedChange, entry: PlanResourceChange): void => {
    const room = destructiveKept.length + otherKept.length < LIMIT.detailedChanges
    if (isDestructive(classified.kind)) {
      if (destructiveKept.length >= LIMIT.detailedChanges) return
      if (!room) otherKept.pop()
      addDetail(classified, entry, DETAIL)
      destructiveKept.push(classified)
    } else if (room) {
      addDetail(classified, entry, DETAIL)
      otherKept.push(classified)
    }
  }

  const onResourceDrift = (entry: PlanResourceChange, index: number): void => {
    for (const visitor of extra) visitor.onResourceDrift?.(entry, index)
    const classified = classify(entry)
    if (!classified || classified.kind === 'no-op') return
    driftCount++
    if (drift.length >= LIMIT.detailedChanges) return
    addDetail(classified, entry, DETAIL)
    drift.push(classified)
  }

  const finish = (header: PlanHeader): PlanAnalysis => {
    collectVariableSecrets(header, sensitiveValues)
    const outputs = analyseOutputs(header.output_changes, sensitiveValues)
    for (const problem of outputs.unreadable) reportUnreadable(problem.address, problem.problem)
    if (omittedUnreadable > 0) {
      unreadable.push({
        address: '(more entries)',
        problem: `${omittedUnreadable} further unreadable entries not listed`
      })
    }
    const errored = header.errored === true
    const complete = header.complete !== false
    const changes = [...destructiveKept, ...otherKept]
    const checks = readFailedChecks(header.checks)
    rescrubKeptValues([...changes, ...drift], checks.checks, sensitiveValues)
    const resourceChanges =
      counts.add + counts.change + counts.destroy + counts.import + counts.move + counts.forget > 0
    const result: PlanAnalysis = {
      source,
      formatVersion: typeof header.format_version === 'string' ? header.format_version : '',
      errored,
      complete,
      deferred: header.deferred === true,
      counts,
      hasChanges: resourceChanges || outputs.changes.some(output => output.kind !== 'no-op'),
      changes,
      omittedChanges: detailedSeen - changes.length,
      destructiveAddresses,
      omittedDestructiveAddresses,
      reads,
      checks: checks.checks,
      omittedChecks: checks.omitted,
      drift,
      driftCount,
      outputs: outputs.changes,
      risk: risk.finish({
        unreadable,
        errored,
        complete,
        checks: checks.checks,
        omittedChecks: checks.omitted
      }),
      unreadable,
      sensitiveValues
    }
    if (typeof header.terraform_version === 'string') result.terraformVersion = header.terraform_version
    if (pulumi) result.pulumi = pulumi.finish(header)
    return result
  }

  const onStateResource = (resource: unknown): void => collectStateResourceSecrets(resource, sensitiveValues)

  return { visitor: { onResourceChange, onResourceDrift, onStateResource }, finish }
}

/** Adds one managed change to the counts, with the meaning of Terraform's summary line. */
function count(counts: PlanCounts, change: ClassifiedChange): void {
  counts.total++
  switch (change.kind) {
    case 'create':
      counts.create++
      counts.add++
      break
    case 'update':
      counts.change++
      break
    case 'delete':
      counts.delete++
      counts.destroy++
      break
    case 'replace':
      counts.replace++
      counts.add++
      counts.destroy++
      break
    case 'forget':
      counts.forget++
      break
    case 'create-forget':
      counts.add++
      counts.forget++
      break
    case 'no-op':
      counts.noop++
      break
    case 'read':
      counts.read++
      break
  }
  if (change.importing) counts.import++
  if (change.previousAddress !== undefined) counts.move++
}
