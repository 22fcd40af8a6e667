/**
 * Attribute changes (before → after) for updates and replacements, masked as they are computed:
 * a sensitive mark (`true` at any level masks everything below) or a secret-looking key turns a value
 * into `(sensitive)`, an `after_unknown` mark into `(known after apply)`. Nothing unmasked leaves here.
 */
import { LIMIT } from '../constants.js'
import type { PlanChange } from '../plan/model.js'
import type { AttributeChange } from './types.js'
import { renderValue, SENSITIVE_TEXT, UNKNOWN_TEXT, unionKeys } from './render-value.js'
import { childMark, isSecretKey, MAX_WALK_DEPTH } from './sensitive-values.js'

type Segment = string | number

export interface AttributeDiff {
  attributes: AttributeChange[]
  /** Changed attributes beyond `maxAttributes`, counted but not kept. */
  omitted: number
}

export interface DiffLimits {
  maxAttributes?: number
  maxValueChars?: number
}

/** Lists the changed attributes of one change, at most `maxAttributes` (LIMIT.attributesPerResource). */
export function diffAttributes(change: PlanChange, limits: DiffLimits = {}): AttributeDiff {
  const walker = new DiffWalker(
    change,
    limits.maxAttributes ?? LIMIT.attributesPerResource,
    limits.maxValueChars ?? LIMIT.attributeValueChars
  )
  walker.walk(
    [],
    change.before,
    change.after,
    change.before_sensitive,
    change.after_sensitive,
    change.after_unknown,
    0
  )
  return { attributes: walker.attributes, omitted: walker.omitted }
}

class DiffWalker {
  readonly attributes: AttributeChange[] = []
  omitted = 0
  private readonly replacePaths: Segment[][]

  constructor(
    change: PlanChange,
    private readonly maxAttributes: number,
    private readonly maxValueChars: number
  ) {
    this.replacePaths = Array.isArray(change.replace_paths)
      ? change.replace_paths.filter((p): p is Segment[] => Array.isArray(p))
      : []
  }

  walk(
    path: Segment[],
    before: unknown,
    after: unknown,
    bs: unknown,
    as: unknown,
    unknown: unknown,
    depth: number
  ): void {
    const beforeSensitive = bs === true
    const afterSensitive = as === true
    if (unknown === true) {
      const beforeText = beforeSensitive
        ? SENSITIVE_TEXT
        : renderValue(before, bs, undefined, this.maxValueChars)
      return this.emit(path, beforeText, afterSensitive ? SENSITIVE_TEXT : UNKNOWN_TEXT)
    }
    if (beforeSensitive || afterSensitive) {
      if (isEqual(before, after, 0)) return
      return this.emit(
        path,
        beforeSensitive ? SENSITIVE_TEXT : renderValue(before, bs, undefined, this.maxValueChars),
        afterSensitive ? SENSITIVE_TEXT : renderValue(after, as, unknown, this.maxValueChars)
      )
    }
    if (depth < MAX_WALK_DEPTH && canRecurse(before, after)) {
      if (Array.isArray(before) || Array.isArray(after)) {
        const b = (before ?? []) as unknown[]
        const a = (after ?? []) as unknown[]
        const length = Math.max(b.length, a.length, Array.isArray(unknown) ? unknown.length : 0)
        for (let i = 0; i < length; i++) {
          this.walk(
            [...path, i],
            b[i],
            a[i],
            childMark(bs, i),
            childMark(as, i),
            childMark(unknown, i),
            depth + 1
          )
        }
        return
      }
      const b = (before ?? {}) as Record<string, unknown>
      const a = (after ?? {}) as Record<string, unknown>
      const keys = new Set([...unionKeys(b, undefined), ...unionKeys(a, unknown)])
      for (const key of [...keys].sort()) {
        // A secret-looking key masks both sides however the provider marked it.
        const secret = isSecretKey(key)
        this.walk(
          [...path, key],
          b[key],
          a[key],
          secret ? true : childMark(bs, key),
          secret ? true : childMark(as, key),
          childMark(unknown, key),
          depth + 1
        )
      }
      return
    }
    if (isEqual(before, after, 0)) return
    this.emit(
      path,
      renderValue(before, bs, undefined, this.maxValueChars),
      renderValue(after, as, unknown, this.maxValueChars)
    )
  }

  private emit(path: Segment[], before: string, after: string): void {
    if (this.attributes.length >= this.maxAttributes) {
      this.omitted++
      return
    }
    this.attributes.push({
      path: formatPath(path),
      before,
      after,
      forcesReplacement: this.forcesReplacement(path)
    })
  }

  private forcesReplacement(path: Segment[]): boolean {
    return this.replacePaths.some(replacePath => {
      const shared = Math.min(replacePath.length, path.length)
      for (let i = 0; i < shared; i++)
        if (!isSegment(replacePath[i]) || String(replacePath[i]) !== String(path[i])) return false
      return true
    })
  }
}

/** A replace_paths step is a key or an index; anything else (a hostile nested array) matches nothing. */
function isSegment(value: unknown): value is Segment {
  return typeof value === 'string' || typeof value === 'number'
}

/** Both sides are containers of the same kind, or one is a container and the other absent. */
function canRecurse(before: unknown, after: unknown): boolean {
  const kind = (v: unknown): string =>
    v === null || v === undefined ? 'none' : Array.isArray(v) ? 'list' : typeof v
  const b = kind(before)
  const a = kind(after)
  if (b === 'none' && a === 'none') return false
  const container = (k: string): boolean => k === 'list' || k === 'object'
  return (
    (container(b) || b === 'none') &&
    (container(a) || a === 'none') &&
    (b === a || b === 'none' || a === 'none')
  )
}

/** Structural equality, bounded in depth (too deep counts as different, so the change is shown). */
function isEqual(left: unknown, right: unknown, depth: number): boolean {
  if (left === right) return true
  if ((left === null || left === undefined) && (right === null || right === undefined)) return true
  if (depth > MAX_WALK_DEPTH || left === null || right === null) return false
  if (typeof left !== 'object' || typeof right !== 'object') return false
  if (Array.isArray(left) !== Array.isArray(right)) return false
  const l = left as Record<string, unknown>
  const r = right as Record<string, unknown>
  const keys = new Set([...Object.keys(l), ...Object.keys(r)])
  for (const key of keys) if (!isEqual(l[key], r[key], depth + 1)) return false
  return true
}

/** `tags.Owner`, `ingress[0].cidr_blocks`, `labels["app.kubernetes.io/name"]`. */
function formatPath(path: Segment[]): string {
  let text = ''
  for (const segment of path) {
    if (typeof segment === 'number') text += `[${segment}]`
    else if (/^[A-Za-z_][A-Za-z0-9_-]*$/.test(segment)) text += text === '' ? segment : `.${segment}`
    else text += `[${JSON.stringify(segment)}]`
  }
  return text === '' ? '(value)' : text
}
