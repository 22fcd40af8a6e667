/**
 * `replace_paths` followed down the tree the way Terraform's renderer follows them: a key step
 * matches a string segment, an index step a number (or a numeric string); a node is flagged when a
 * path ends on it. List elements follow their before index (the after index for added elements).
 */
import type { Segment } from './types.js'

/** Longest replace path and most paths read; real ones are a few segments and a handful of paths. */
const MAX_PATHS = 64
const MAX_PATH_LENGTH = 32
const MAX_SEGMENT_CHARS = 200

interface Entry {
  rest: readonly Segment[]
  origin: number
}

/** The paths still able to match below one node. */
export class ReplaceMatcher {
  private constructor(
    private readonly entries: readonly Entry[],
    private readonly hits: Set<number>,
    readonly paths: readonly Segment[][]
  ) {}

  /** Reads `replace_paths`; anything that is not a list of keys and indices matches nothing. */
  static fromPlan(replacePaths: unknown): ReplaceMatcher {
    const paths: Segment[][] = []
    if (Array.isArray(replacePaths)) {
      for (const path of replacePaths.slice(0, MAX_PATHS)) {
        if (!Array.isArray(path) || path.length > MAX_PATH_LENGTH) continue
        if (!path.every(step => typeof step === 'number' || typeof step === 'string')) continue
        paths.push(path.map(step => (typeof step === 'string' ? step.slice(0, MAX_SEGMENT_CHARS) : step)))
      }
    }
    return new ReplaceMatcher(
      paths.map((rest, origin) => ({ rest, origin })),
      new Set(),
      paths
    )
  }

  static none(): ReplaceMatcher {
    return new ReplaceMatcher([], new Set(), [])
  }

  /** The matcher for a child reached by an attribute or map key. */
  key(key: string): ReplaceMatcher {
    return this.child(step => typeof step === 'string' && step === key)
  }

  /** The matcher for a list element at `index`. */
  index(index: number): ReplaceMatcher {
    return this.child(step =>
      typeof step === 'number' ? step === index : step !== '' && Number(step) === index
    )
  }

  private child(matches: (step: Segment) => boolean): ReplaceMatcher {
    if (this.entries.length === 0) return this
    const entries = this.entries
      .filter(entry => entry.rest.length > 0 && matches(entry.rest[0]))
      .map(entry => ({ rest: entry.rest.slice(1), origin: entry.origin }))
    return new ReplaceMatcher(entries, this.hits, this.paths)
  }

  /** A path ends exactly here (records the hit). */
  exact(): boolean {
    let hit = false
    for (const entry of this.entries) {
      if (entry.rest.length === 0) {
        this.hits.add(entry.origin)
        hit = true
      }
    }
    return hit
  }

  /** A path ends here or below (for nodes shown whole; records the hits). */
  within(): boolean {
    for (const entry of this.entries) this.hits.add(entry.origin)
    return this.entries.length > 0
  }

  /** Paths that flagged no node. */
  unmatched(): Segment[][] {
    return this.paths.filter((_, origin) => !this.hits.has(origin))
  }
}
