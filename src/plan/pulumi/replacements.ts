/**
 * Replacements. The engine plans a replacement as three steps on one URN: the logical `replace`
 * and two halves, a new-side one (`create-replacement`, or `import-replacement` / `read-replacement`
 * when the new object is imported or read) and an old-side one (`delete-replaced`, or
 * `discard-replaced` when the old object was only read). Create-before-delete emits
 * new half, replace, …, old half (after all other creates and updates); delete-before-replace emits
 * old half, replace, new half. `preview --json` shows only `replace` unless --show-replacement-steps.
 *
 * Each replacement becomes one entry (two when the new object is only read: a delete and a data
 * read), emitted when its `replace` step arrives. Halves read before it are folded in; a side not
 * seen yet is assumed to be the most destructive one (a create and a delete, delete first), so a
 * later half can only show the entry over-counted, never under-counted. Halves that never meet a
 * `replace` (a failed or partial run) are emitted on their own at the end: an old half as a delete
 * of a deposed object, a new half as a create, import or read.
 *
 *   new side × old side   → entry
 *   create   × delete     → ["create","delete"] / ["delete","create"] in the order read ("forget" for retainOnDelete)
 *   import   × delete     → the same, with `importing`
 *   read     × delete     → ["delete"] (or ["forget"]) plus a data source ["read"]
 *   create   × discard    → ["create"]          import × discard → ["no-op"] + importing
 *   read     × discard    → a data source ["read"]
 */
import { PlanReadError } from '../../errors.js'
import { buildEntry, stepFacts, type EntrySpec, type NormalStep } from './entries.js'
import { PULUMI_LIMITS, type PulumiResourceChange } from './types.js'

type NewKind = 'create' | 'import' | 'read'
type OldKind = 'delete' | 'discard'

const NEW_HALVES: Readonly<Record<string, NewKind>> = {
  'create-replacement': 'create',
  'import-replacement': 'import',
  'read-replacement': 'read'
}
const OLD_HALVES: Readonly<Record<string, OldKind>> = {
  'delete-replaced': 'delete',
  'discard-replaced': 'discard'
}

interface Half {
  step: NormalStep
  seq: number
}

interface Group {
  /** Halves read before the replace step (or without one). */
  pending: Half[]
  /**
   * Set once the replace step was emitted: which sides real halves have filled, whether the entry
   * carried protection, and whether it only forgot the old object (retainOnDelete).
   */
  replaced?: { newSeen: boolean; oldSeen: boolean; protect: boolean; retained: boolean }
}

export interface ReplacementSink {
  change(entry: PulumiResourceChange): void
  /** The next deposed key for an old object of `urn` (`replaced`, `replaced-2`, …). */
  deposed(urn: string, base: string): string
}

export class ReplacementGroups {
  private readonly groups = new Map<string, Group>()
  private pendingCount = 0
  private seq = 0

  constructor(
    private readonly file: string,
    private readonly sink: ReplacementSink
  ) {}

  /** True for `replace` and the halves. */
  accepts(op: string): boolean {
    return op === 'replace' || Object.hasOwn(NEW_HALVES, op) || Object.hasOwn(OLD_HALVES, op)
  }

  add(step: NormalStep): void {
    const seq = this.seq++
    let group = this.groups.get(step.urn)
    if (!group) {
      group = { pending: [] }
      this.groups.set(step.urn, group)
    }
    if (step.op === 'replace') return this.replace(step, group)
    const isNew = Object.hasOwn(NEW_HALVES, step.op)
    const replaced = group.replaced
    if (replaced) {
      // A half after its replace step is folded in once per side, unless it says more than the
      // emitted entry did (protected where the entry was not, a real delete where the entry only
      // forgot the old object): then it goes out on its own, so nothing it says is lost.
      const seen = isNew ? replaced.newSeen : replaced.oldSeen
      const raises =
        (step.old?.protect === true && !replaced.protect) ||
        (!isNew && replaced.retained && step.op === 'delete-replaced' && step.old?.retainOnDelete !== true)
      if (!seen && !raises) {
        if (isNew) replaced.newSeen = true
        else replaced.oldSeen = true
        return
      }
      return this.emitHalf(step)
    }
    if (this.pendingCount >= PULUMI_LIMITS.pendingHalves) {
      throw new PlanReadError(
        this.file,
        `more than ${PULUMI_LIMITS.pendingHalves} replacement steps wait for their 'replace' step; the document is not one infra-guard can check`
      )
    }
    this.pendingCount++
    group.pending.push({ step, seq })
  }

  /** Emits every half that never met a replace step. */
  finish(): void {
    for (const group of this.groups.values()) {
      for (const half of group.pending) this.emitHalf(half.step)
      group.pending = []
    }
    this.pendingCount = 0
  }

  private replace(marker: NormalStep, group: Group): void {
    const newHalf = this.take(group, half => Object.hasOwn(NEW_HALVES, half.step.op))
    const oldHalf = this.take(group, half => Object.hasOwn(OLD_HALVES, half.step.op))
    const newKind: NewKind = newHalf ? NEW_HALVES[newHalf.step.op] : 'create'
    const oldKind: OldKind = oldHalf ? OLD_HALVES[oldHalf.step.op] : 'delete'
    const deleteFirst = oldHalf ? !newHalf || oldHalf.seq < newHalf.seq : !newHalf
    const halves = [newHalf, oldHalf]
      .filter((half): half is Half => half !== undefined)
      .sort((a, b) => a.seq - b.seq)
    const before = marker.old ?? oldHalf?.step.old
    const after = marker.new ?? newHalf?.step.new
    const protect = [marker, ...halves.map(half => half.step)].some(step => step.old?.protect === true)
    // Only forgotten when every old state read says so: doubt is a delete.
    const olds = [marker.old, oldHalf?.step.old].filter(old => old !== undefined)
    const retain = olds.length > 0 && olds.every(old => old.retainOnDelete === true)
    const base: Omit<EntrySpec, 'actions' | 'mode'> = {
      before,
      after,
      // Halves folded in here were read before the replace step.
      ops: [...halves.map(half => half.step.op), marker.op],
      sources: [...halves.map(half => half.step.source), marker.source],
      protect,
      protectAfter: marker.new?.protect === true || newHalf?.step.new?.protect === true,
      retainOnDelete: retain,
      replaceReasons:
        marker.replaceReasons.length > 0 ? marker.replaceReasons : (newHalf?.step.replaceReasons ?? []),
      diffReasons: marker.diffReasons.length > 0 ? marker.diffReasons : (newHalf?.step.diffReasons ?? [])
    }
    const assumed = describeAssumption(newHalf, oldHalf)
    if (assumed) base.assumed = assumed
    group.replaced = {
      newSeen: newHalf !== undefined,
      oldSeen: oldHalf !== undefined,
      protect,
      retained: retain
    }
    const destroy = retain ? 'forget' : 'delete'
    if (oldKind === 'delete') {
      if (newKind === 'read') {
        this.sink.change(
          buildEntry(marker, { ...base, after: undefined, actions: [destroy], mode: 'managed' })
        )
        this.sink.change(buildEntry(marker, { ...base, before: undefined, actions: ['read'], mode: 'data' }))
        return
      }
      const actions = retain
        ? ['create', 'forget']
        : deleteFirst
          ? ['delete', 'create']
          : ['create', 'delete']
      this.sink.change(
        buildEntry(marker, { ...base, actions, mode: 'managed', importing: newKind === 'import' })
      )
      return
    }
    // The old object was only read (discard-replaced): nothing is deleted.
    if (newKind === 'read') {
      this.sink.change(buildEntry(marker, { ...base, before: undefined, actions: ['read'], mode: 'data' }))
    } else {
      const actions = newKind === 'import' ? ['no-op'] : ['create']
      this.sink.change(
        buildEntry(marker, { ...base, actions, mode: 'managed', importing: newKind === 'import' })
      )
    }
  }

  /** Removes and returns the first pending half that matches. */
  private take(group: Group, match: (half: Half) => boolean): Half | undefined {
    const index = group.pending.findIndex(match)
    if (index === -1) return undefined
    this.pendingCount--
    return group.pending.splice(index, 1)[0]
  }

  /** A half on its own: the old side is a deposed object's delete, the new side a create/import/read. */
  private emitHalf(step: NormalStep): void {
    const common = stepFacts(step)
    const spec: EntrySpec = (() => {
      switch (step.op) {
        case 'create-replacement':
          return { ...common, actions: ['create'], mode: 'managed', after: step.new }
        case 'import-replacement':
          return { ...common, actions: ['no-op'], mode: 'managed', after: step.new, importing: true }
        case 'read-replacement':
          return { ...common, actions: ['read'], mode: 'data', after: step.new }
        case 'discard-replaced':
          return { ...common, actions: ['no-op'], mode: 'data', before: step.old }
        default:
          return {
            ...common,
            actions: [common.retainOnDelete ? 'forget' : 'delete'],
            mode: 'managed',
            before: step.old,
            deposed: this.sink.deposed(step.urn, 'replaced')
          }
      }
    })()
    this.sink.change(buildEntry(step, spec))
  }
}

function describeAssumption(newHalf: Half | undefined, oldHalf: Half | undefined): string | undefined {
  if (!newHalf && !oldHalf) {
    return 'only the replace step is listed: the old object is assumed deleted before the new one is created'
  }
  if (!newHalf) return 'the new object is assumed created (its step follows the replace step)'
  if (!oldHalf) return 'the old object is assumed deleted (its step follows the replace step)'
  return undefined
}
