/**
 * Where the mapper's resource-change entries go on their way to the visitor. It keeps one URN from
 * reaching the analysis twice when Pulumi legitimately lists it twice: an entry that changes
 * nothing (`same`, an import without changes, …) is held back until the end, and dropped when a
 * later step on the same URN does something (a `destroy --run-program` lists every resource as
 * `same`, then deletes it; an imported resource that must be replaced has an `import` step, then
 * the replacement, which then carries the import). Held entries keep no values (they are never
 * shown, and Pulumi's JSON holds no plain secrets to learn from them), so holding costs one small
 * object per unchanged resource. Everything else goes out at once; a second entry that does
 * something on the same URN is passed on, and the analysis refuses the duplicate address.
 */
import type { PlanVisitor } from '../model.js'
import type { PulumiResourceChange } from './types.js'

export class ChangeSink {
  private index = 0
  private readonly held = new Map<string, PulumiResourceChange>()
  /** Managed URNs already passed on with a change. */
  private readonly changed = new Set<string>()
  /** Held entries dropped because another step on their URN said more. */
  superseded = 0

  constructor(private readonly visitor: PlanVisitor) {}

  emit(entry: PulumiResourceChange): void {
    if (entry.mode !== 'managed' || entry.deposed !== undefined || entry.pulumi.problem !== undefined) {
      this.pass(entry)
      return
    }
    const address = entry.address
    const held = this.held.get(address)
    if (isUnchanged(entry)) {
      const importing = entry.change.importing !== undefined
      if (this.changed.has(address)) {
        // Nothing to fold an import into any more: pass it on (a duplicate the analysis refuses).
        if (importing) this.pass(entry)
        else this.superseded++
        return
      }
      if (held && (held.change.importing !== undefined || !importing)) {
        this.superseded++
        return
      }
      if (held) this.superseded++
      this.held.set(address, withoutValues(entry))
      return
    }
    if (held) {
      this.held.delete(address)
      this.superseded++
      if (held.change.importing !== undefined && entry.change.importing === undefined) {
        entry.change.importing = held.change.importing
        entry.pulumi.ops = [...held.pulumi.ops, ...entry.pulumi.ops]
        entry.pulumi.sources = [...held.pulumi.sources, ...entry.pulumi.sources]
      }
    }
    this.changed.add(address)
    this.pass(entry)
  }

  /** Passes on every entry still held (at the end of the document). */
  flush(): void {
    for (const entry of this.held.values()) this.pass(entry)
    this.held.clear()
  }

  private pass(entry: PulumiResourceChange): void {
    this.visitor.onResourceChange(entry, this.index++)
  }
}

function isUnchanged(entry: PulumiResourceChange): boolean {
  const actions = entry.change.actions
  return actions.length === 1 && actions[0] === 'no-op'
}

function withoutValues(entry: PulumiResourceChange): PulumiResourceChange {
  return {
    ...entry,
    change: {
      ...entry.change,
      before: null,
      after: null,
      after_unknown: {},
      before_sensitive: false,
      after_sensitive: false
    }
  }
}
