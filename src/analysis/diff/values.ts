/**
 * Value helpers for the differ: the mirrors' children, equality keys that respect Terraform's marks,
 * and bounded, masked renderings of whole values.
 */
import type { Segment, Shown } from './types.js'

/** Deeper values are not walked: Terraform never nests this far, and a hostile plan must not overflow the stack. */
export const MAX_DEPTH = 100

/** The child of a mark tree: `true` covers everything below; otherwise index into it. */
export function childMark(mark: unknown, key: Segment): unknown {
  if (mark === true) return true
  if (mark === null || typeof mark !== 'object') return undefined
  return (mark as Record<string | number, unknown>)[key]
}

/** True when any leaf of a mark tree is `true`. Too deep to inspect counts as marked (fail closed). */
export function anyMark(mark: unknown, depth = 0): boolean {
  if (mark === true) return true
  if (mark === null || typeof mark !== 'object') return false
  if (depth > MAX_DEPTH) return true
  for (const child of Object.values(mark as Record<string, unknown>))
    if (anyMark(child, depth + 1)) return true
  return false
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
}

/**
 * A string equal for two values exactly when Terraform would call them the same element: equal
 * content and equal sensitivity. Undefined (never equal to anything) when any part is unknown or
 * nesting is too deep. Raw values are in it: it never leaves the differ.
 */
export function equalityKey(
  value: unknown,
  sensitive: unknown,
  unknown: unknown,
  depth = 0
): string | undefined {
  if (unknown !== undefined && anyMark(unknown)) return undefined
  return keyOf(value, sensitive, depth)
}

function keyOf(value: unknown, sensitive: unknown, depth: number): string | undefined {
  if (depth > MAX_DEPTH) return undefined
  const mark = sensitive === true ? '!' : ''
  if (value === null || value === undefined) return `${mark}n`
  if (typeof value === 'string') return mark + JSON.stringify(value)
  if (typeof value === 'number' || typeof value === 'boolean') return mark + String(value)
  if (Array.isArray(value)) {
    let key = `${mark}[`
    for (let i = 0; i < value.length; i++) {
      const child = keyOf(value[i], childMark(sensitive, i), depth + 1)
      if (child === undefined) return undefined
      key += `${child},`
    }
    return `${key}]`
  }
  if (typeof value === 'object') {
    let key = `${mark}{`
    for (const name of Object.keys(value).sort()) {
      const child = keyOf((value as Record<string, unknown>)[name], childMark(sensitive, name), depth + 1)
      if (child === undefined) return undefined
      key += `${JSON.stringify(name)}:${child},`
    }
    return `${key}}`
  }
  return mark + JSON.stringify(String(value))
}

/** Keys of an object, plus keys that exist only as `true` in its unknown mark (computed attributes). */
export function objectKeys(before: unknown, after: unknown, unknown: unknown): string[] {
  const keys = new Set<string>()
  if (isRecord(before)) for (const key of Object.keys(before)) keys.add(key)
  if (isRecord(after)) for (const key of Object.keys(after)) keys.add(key)
  if (isRecord(unknown)) for (const [key, mark] of Object.entries(unknown)) if (mark !== false) keys.add(key)
  return [...keys].sort()
}

/** Renders a key as HCL would: bare when it is an identifier, quoted otherwise. */
export function formatKey(key: string): string {
  return /^[A-Za-z_][A-Za-z0-9_-]*$/.test(key) ? key : JSON.stringify(key)
}

/** Strings scrubbed of secrets found elsewhere in the change (identity when there are none). */
export type Scrub = (text: string) => string

/** Thrown by the writer when the output is full; only counting continues. */
class Full {}

/** Accumulates a rendering up to `max` characters, then only counts. */
class Writer {
  text = ''
  total = 0
  constructor(private readonly max: number) {}
  push(part: string): void {
    this.total += part.length
    if (this.text.length < this.max) this.text += part
  }
  /** Stops early once the text is full and counting the rest would cost more than it tells. */
  check(): void {
    if (this.text.length >= this.max && this.total > this.max * 64) throw new Full()
  }
}

/**
 * Shows a whole value: `(sensitive)` under a `true` sensitive mark, `(known after apply)` under a
 * `true` unknown mark, HCL-like text otherwise. Inside objects, null and empty values are left out
 * (they say nothing a reviewer needs); strings are scrubbed; the text stops at `max` characters and
 * `cut` counts what was left out (a lower bound when the value is enormous).
 */
export function showValue(
  value: unknown,
  sensitive: unknown,
  unknown: unknown,
  scrub: Scrub,
  max: number
): Shown {
  if (sensitive === true) return { kind: 'sensitive' }
  if (unknown === true) return { kind: 'unknown' }
  const writer = new Writer(max)
  try {
    write(writer, value, sensitive, unknown, scrub, 0)
  } catch (error) {
    if (!(error instanceof Full)) throw error
  }
  if (writer.total <= max && writer.text.length === writer.total) return { kind: 'value', text: writer.text }
  const text = writer.text.slice(0, max)
  return { kind: 'value', text, cut: Math.max(1, writer.total - text.length) }
}

function write(
  out: Writer,
  value: unknown,
  sensitive: unknown,
  unknown: unknown,
  scrub: Scrub,
  depth: number
): void {
  out.check()
  if (sensitive === true) return out.push('(sensitive)')
  if (unknown === true) return out.push('(known after apply)')
  if (value === null || value === undefined) return out.push('null')
  if (typeof value === 'string') return out.push(JSON.stringify(scrub(value)))
  if (typeof value === 'number' || typeof value === 'boolean') return out.push(String(value))
  if (typeof value !== 'object') return out.push(JSON.stringify(scrub(String(value))))
  if (depth >= MAX_DEPTH) return out.push('…')
  if (Array.isArray(value)) {
    const length = Math.max(value.length, Array.isArray(unknown) ? unknown.length : 0)
    out.push('[')
    for (let i = 0; i < length; i++) {
      if (i > 0) out.push(', ')
      write(out, value[i], childMark(sensitive, i), childMark(unknown, i), scrub, depth + 1)
    }
    return out.push(']')
  }
  const record = value as Record<string, unknown>
  const shown = objectKeys(record, undefined, unknown).filter(key => {
    const child = record[key]
    return childMark(unknown, key) === true || childMark(sensitive, key) === true || !isEmpty(child)
  })
  out.push('{')
  shown.forEach((key, index) => {
    out.push(index === 0 ? ' ' : ', ')
    out.push(`${formatKey(scrub(key))} = `)
    write(out, record[key], childMark(sensitive, key), childMark(unknown, key), scrub, depth + 1)
  })
  out.push(shown.length > 0 ? ' }' : '}')
}

/** Null, an empty list or an empty object: left out of object renderings. */
export function isEmpty(value: unknown): boolean {
  if (value === null || value === undefined) return true
  if (Array.isArray(value)) return value.length === 0
  return isRecord(value) && Object.keys(value).length === 0
}

/** Parses a string as a JSON document when Terraform would (it starts with `{` or `[`); undefined otherwise. */
export function parseJsonDocument(text: string, maxChars: number): { value: unknown } | undefined {
  if (text.length > maxChars || !(text.startsWith('{') || text.startsWith('['))) return undefined
  try {
    return { value: JSON.parse(text) as unknown }
  } catch {
    return undefined
  }
}
