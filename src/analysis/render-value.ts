/**
 * Renders one plan value as short, masked JSON-like text for reports. Bounded on purpose: a 50 MB
 * string or a 10,000-level nesting costs no more than the characters that are kept.
 */
import { LIMIT } from '../constants.js'
import { childMark, isSecretKey, MAX_WALK_DEPTH } from './sensitive-values.js'

export const SENSITIVE_TEXT = '(sensitive)'
export const UNKNOWN_TEXT = '(known after apply)'
const ELLIPSIS = '…'

/** Thrown internally when the output budget is spent; never escapes this module. */
class BudgetSpent {}

class Builder {
  text = ''
  constructor(private readonly budget: number) {}
  push(part: string): void {
    this.text += part
    if (this.text.length > this.budget) throw new BudgetSpent()
  }
}

/**
 * Renders `value` with sensitive parts (`sensitiveMark` true, or under a secret-looking key) shown as
 * `(sensitive)` and unknown parts (`unknownMark` true) as `(known after apply)`. `undefined` and `null`
 * render as `null`. The text is cut to `maxChars` with a trailing `…`.
 */
export function renderValue(
  value: unknown,
  sensitiveMark: unknown,
  unknownMark?: unknown,
  maxChars: number = LIMIT.attributeValueChars
): string {
  const builder = new Builder(maxChars)
  try {
    write(builder, value, sensitiveMark, unknownMark, 0)
    return builder.text
  } catch (error) {
    if (!(error instanceof BudgetSpent)) throw error
    return builder.text.slice(0, Math.max(0, maxChars - ELLIPSIS.length)) + ELLIPSIS
  }
}

function write(out: Builder, value: unknown, sensitive: unknown, unknown: unknown, depth: number): void {
  if (sensitive === true) return out.push(SENSITIVE_TEXT)
  if (unknown === true) return out.push(UNKNOWN_TEXT)
  if (value === undefined || value === null) return out.push('null')
  if (typeof value === 'string')
    return out.push(JSON.stringify(value.slice(0, LIMIT.attributeValueChars + 1)))
  if (typeof value === 'number' || typeof value === 'boolean') return out.push(String(value))
  if (typeof value !== 'object') return out.push(JSON.stringify(String(value)))
  if (depth >= MAX_WALK_DEPTH) return out.push(ELLIPSIS)
  if (Array.isArray(value)) {
    out.push('[')
    const length = Math.max(value.length, Array.isArray(unknown) ? unknown.length : 0)
    for (let index = 0; index < length; index++) {
      if (index > 0) out.push(', ')
      write(out, value[index], childMark(sensitive, index), childMark(unknown, index), depth + 1)
    }
    return out.push(']')
  }
  const record = value as Record<string, unknown>
  const keys = unionKeys(record, unknown)
  out.push('{')
  keys.forEach((key, index) => {
    if (index > 0) out.push(', ')
    out.push(`${JSON.stringify(key)}: `)
    const mark = isSecretKey(key) ? true : childMark(sensitive, key)
    write(out, record[key], mark, childMark(unknown, key), depth + 1)
  })
  out.push('}')
}

/** Keys of an object plus keys that only exist as `true` in its unknown mark (computed attributes). */
export function unionKeys(record: Record<string, unknown> | null | undefined, unknown: unknown): string[] {
  const keys = new Set(Object.keys(record ?? {}))
  if (unknown !== null && typeof unknown === 'object' && !Array.isArray(unknown)) {
    for (const [key, mark] of Object.entries(unknown as Record<string, unknown>))
      if (mark === true) keys.add(key)
  }
  return [...keys].sort()
}
