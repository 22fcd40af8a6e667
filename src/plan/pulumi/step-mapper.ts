/**
 * Maps Pulumi steps (either format, already shape-checked) to plan entries for a PlanVisitor:
 *   create → ["create"]; update → ["update"]; delete → ["delete"] (["forget"] with retainOnDelete);
 *   same, remove-pending-replace, extend-parameterize → ["no-op"]; import → ["no-op"] + importing;
 *   read → a data source ["read"]; discard → a data source ["no-op"] (a read resource leaves the
 *   stack, nothing is deleted); refresh → a drift entry (a refresh changes the stack's record of
 *   the world, not the world: Terraform's resource_drift), with the result op of the event log's
 *   resOutputsEvent; a `refresh` left in a preview document found no change (Pulumi rewrites those
 *   that did into update/delete steps, which are then counted as changes: an over-count, never an
 *   under-count);
 *   a replacement → one entry (replacements.ts); any other op → an entry the analysis cannot read.
 * The root `pulumi:pulumi:Stack` and default providers are never emitted (they are counted in
 * `skipped`). A second step with the same URN and op is folded into the first unless it says more
 * (raises protection, or really deletes what the first only retained), in which case both go out
 * and the analysis refuses the duplicate address; an entry that changes nothing gives way to a
 * later step on its URN (change-sink.ts).
 */
import { PlanReadError } from '../../errors.js'
import type { PlanVisitor } from '../model.js'
import { ChangeSink } from './change-sink.js'
import { buildEntry, buildProblemEntry, specForStep, stepFacts, type NormalStep } from './entries.js'
import { ReplacementGroups } from './replacements.js'
import { checkSummary } from './summary-check.js'
import type { PulumiPlanInfo, PulumiResourceChange } from './types.js'
import { PULUMI_LIMITS } from './types.js'
import { isDefaultProvider, isRootStack } from './urn.js'

/** Every op this version maps (pkg/resource/deploy/step.go), except `diff`, whose effect it does not know. */
export const KNOWN_OPS: ReadonlySet<string> = new Set([
  'same',
  'create',
  'update',
  'delete',
  'replace',
  'create-replacement',
  'delete-replaced',
  'read',
  'read-replacement',
  'refresh',
  'discard',
  'discard-replaced',
  'remove-pending-replace',
  'import',
  'import-replacement',
  'extend-parameterize'
])

/** What the mapper remembers per URN: the ops already emitted and whether any was protected. */
interface UrnRecord {
  ops: string[]
  protect: boolean
  /** Every step emitted so far only retained the old object (retainOnDelete); undefined before the first. */
  retained?: boolean
  deposed: number
}

export class StepMapper {
  private driftIndex = 0
  private readonly changes: ChangeSink
  private readonly urns = new Map<string, UrnRecord>()
  private readonly stepOps = new Map<string, number>()
  private readonly replacements: ReplacementGroups
  private readonly stacks = new Set<string>()
  private readonly projects = new Set<string>()
  /** Event log: refresh steps waiting for the resOutputsEvent that carries their result. */
  private readonly refreshes = new Map<string, NormalStep>()
  readonly skipped = { stack: 0, defaultProviders: 0 }
  repeatedSteps = 0

  /** True for the event log: refresh results arrive later, through refreshResult. */
  deferRefresh = false

  constructor(
    private readonly file: string,
    private readonly visitor: PlanVisitor
  ) {
    this.changes = new ChangeSink(visitor)
    this.replacements = new ReplacementGroups(file, {
      change: entry => this.emitChange(entry),
      deposed: (urn, base) => this.nextDeposed(urn, base)
    })
  }

  /** Maps one resource step (a digest step or a resourcePreEvent). */
  step(step: NormalStep): void {
    const { op, parsed } = step
    if (KNOWN_OPS.has(op)) this.stepOps.set(op, (this.stepOps.get(op) ?? 0) + 1)
    if (this.stacks.size < PULUMI_LIMITS.names) this.stacks.add(parsed.stack)
    if (this.projects.size < PULUMI_LIMITS.names) this.projects.add(parsed.project)
    if (!KNOWN_OPS.has(op)) {
      const problem = `op '${op.slice(0, 80)}' is not one this infra-guard version knows, so the preview is refused; upgrade infra-guard`
      this.emitChange(buildProblemEntry(step, `unknown op ${op}`, problem))
      return
    }
    if (isRootStack(parsed)) return void this.skipped.stack++
    if (isDefaultProvider(parsed)) return void this.skipped.defaultProviders++
    if (op === 'refresh') return this.refresh(step)
    if (this.replacements.accepts(op)) {
      if (op === 'replace' && this.isRepeat(step)) return
      this.replacements.add(step)
      return
    }
    if (this.isRepeat(step)) return
    this.emitChange(
      buildEntry(
        step,
        specForStep(step, base => this.nextDeposed(step.urn, base))
      )
    )
  }

  /** Emits an entry for a problem with the document itself (see buildDocumentProblem). */
  emitProblem(entry: PulumiResourceChange): void {
    this.emitChange(entry)
  }

  /**
   * Event log: a resOutputsEvent. When it ends a refresh step, its op is the refresh's result
   * (same, update or delete) and a drift entry goes out; returns whether it did.
   */
  refreshResult(result: NormalStep): boolean {
    const step = this.refreshes.get(result.urn)
    if (!step) return false
    this.refreshes.delete(result.urn)
    const verbs: Record<string, string> = { same: 'no-op', update: 'update', delete: 'delete' }
    const verb = Object.hasOwn(verbs, result.op) ? verbs[result.op] : undefined
    if (verb === undefined) {
      const problem = `the refresh of this resource ended with op '${result.op.slice(0, 80)}', which infra-guard does not know`
      this.drift(buildProblemEntry(step, `refresh result ${result.op}`, problem))
      return true
    }
    this.drift(
      buildEntry(step, {
        actions: [verb],
        mode: 'managed',
        before: step.old,
        after: result.new,
        outputs: true,
        ops: ['refresh', result.op],
        sources: [step.source, result.source],
        protect: step.old?.protect === true,
        protectAfter: result.new?.protect === true,
        retainOnDelete: step.old?.retainOnDelete === true
      })
    )
    return true
  }

  /** After the last step: halves that never met their replace step, then the changeSummary cross-check. */
  finish(changeSummary: Record<string, number> | undefined): void {
    this.replacements.finish()
    for (const step of this.refreshes.values()) {
      const problem = 'the event log has this refresh step but not its result (no resOutputsEvent)'
      this.drift(buildProblemEntry(step, 'refresh without result', problem))
    }
    this.refreshes.clear()
    if (changeSummary) {
      for (const problem of checkSummary(changeSummary, this.stepOps, KNOWN_OPS)) this.emitChange(problem)
    }
    this.changes.flush()
  }

  /** Header facts the mapper collected. */
  describe(): Pick<PulumiPlanInfo, 'stacks' | 'projects' | 'skipped' | 'repeatedSteps' | 'supersededSteps'> {
    return {
      stacks: [...this.stacks],
      projects: [...this.projects],
      skipped: { ...this.skipped },
      repeatedSteps: this.repeatedSteps,
      supersededSteps: this.changes.superseded
    }
  }

  private refresh(step: NormalStep): void {
    if (this.deferRefresh) {
      if (this.refreshes.size >= PULUMI_LIMITS.pendingHalves) {
        throw new PlanReadError(
          this.file,
          `more than ${PULUMI_LIMITS.pendingHalves} refresh steps wait for their result; the event log is not one infra-guard can check`
        )
      }
      this.refreshes.set(step.urn, step)
      return
    }
    this.drift(
      buildEntry(step, {
        ...stepFacts(step),
        actions: ['no-op'],
        mode: 'managed',
        before: step.old,
        after: step.new
      })
    )
  }

  private drift(entry: PulumiResourceChange): void {
    this.visitor.onResourceDrift?.(entry, this.driftIndex++)
  }

  /**
   * True when the URN already had a step with this op and this one says nothing more: folded. A
   * repeat that raises protection or really deletes what an earlier step only retained goes out.
   */
  private isRepeat(step: NormalStep): boolean {
    const record = this.record(step.urn)
    const protect = step.old?.protect === true
    const retain = step.old?.retainOnDelete === true
    const repeat = record.ops.includes(step.op)
    const escalates = (protect && !record.protect) || (!retain && record.retained === true)
    if (repeat && !escalates) {
      this.repeatedSteps++
      return true
    }
    if (record.ops.length < 16) record.ops.push(step.op)
    record.protect ||= protect
    record.retained = (record.retained ?? true) && retain
    return false
  }

  private record(urn: string): UrnRecord {
    let record = this.urns.get(urn)
    if (!record) {
      record = { ops: [], protect: false, deposed: 0 }
      this.urns.set(urn, record)
    }
    return record
  }

  private nextDeposed(urn: string, base: string): string {
    const record = this.record(urn)
    record.deposed++
    return record.deposed === 1 ? base : `${base}-${record.deposed}`
  }

  private emitChange(entry: PulumiResourceChange): void {
    this.changes.emit(entry)
  }
}
