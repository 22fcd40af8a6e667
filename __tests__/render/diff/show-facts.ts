/**
 * Checks of rendered diff lines against the facts of `terraform show` (see terraform-show.ts), shared
 * by the structural-diff golden test and the whole-report golden test: every change Terraform reports
 * is visible, nothing is paired that Terraform does not pair, no marked secret appears.
 */
import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { isPlaceholder, literalText, type ShowFact } from './terraform-show.js'
import { markerOf } from './visible-text.js'

export const GOLDEN = join(import.meta.dirname, '..', '..', '..', '__fixtures__', 'golden')

/** Every golden case (a folder with plan.json and show.txt), sorted. */
export const GOLDEN_CASES = readdirSync(GOLDEN, { withFileTypes: true })
  .filter(entry => entry.isDirectory())
  .map(entry => entry.name)
  .sort()

export interface Entry {
  address: string
  change: Record<string, unknown>
}

export interface Plan {
  resource_changes?: Entry[]
  resource_drift?: Entry[]
}

/** Every string under a `true` sensitive mark anywhere in the plan's changes. */
export function markedSecrets(plan: Plan): Set<string> {
  const secrets = new Set<string>()
  const collect = (value: unknown, mark: unknown): void => {
    if (mark === true) {
      if (typeof value === 'string' && value.length >= 3) secrets.add(value)
      else if (value && typeof value === 'object') Object.values(value).forEach(child => collect(child, true))
      return
    }
    if (!value || typeof value !== 'object' || !mark || typeof mark !== 'object') return
    for (const [key, child] of Object.entries(value)) collect(child, (mark as Record<string, unknown>)[key])
  }
  for (const entry of [...(plan.resource_changes ?? []), ...(plan.resource_drift ?? [])]) {
    collect(entry.change.before, entry.change.before_sensitive)
    collect(entry.change.after, entry.change.after_sensitive)
  }
  return secrets
}

/** The part of a visible line on one side of its arrow (`~ key: B → A`); the whole line when there is none. */
function side(line: string, marker: '+' | '-'): string {
  const arrow = line.indexOf(' → ')
  if (arrow < 0) return line
  return marker === '-' ? line.slice(0, arrow) : line.slice(arrow)
}

/** Lines that can show a fact with this marker: the same marker, or a `~` line on the matching side. */
export function candidates(lines: string[], marker: ShowFact['marker']): string[] {
  return lines.flatMap(line => {
    const own = markerOf(line)
    if (own === undefined) return []
    if (own === marker) return [line]
    if (own === '~' && marker !== '~') return [side(line, marker)]
    if (marker === '~') return [line]
    return []
  })
}

/** Forms of `key = literal` the renderer writes: attribute lines and object summaries. */
function keyed(key: string, literal: string): string[] {
  const bare = /^[A-Za-z_][A-Za-z0-9_-]*$/.test(key) ? key : JSON.stringify(key)
  return [`${bare} = ${literal}`, `${bare}: ${literal}`]
}

/** Checks one fact of `terraform show` against the rendered lines; returns a failure message or undefined. */
export function checkFact(fact: ShowFact, lines: string[], secrets: Set<string>): string | undefined {
  if (fact.open || fact.underUnknown) return undefined
  const pool = candidates(lines, fact.marker)
  const has = (...needles: string[]): boolean =>
    pool.some(line => needles.every(needle => line.includes(needle)))
  const keyNeedle = fact.key === undefined ? [] : [fact.key]
  if (fact.line !== undefined) {
    return has(fact.line.trim()) ? undefined : `heredoc line '${fact.raw.trim()}' not shown`
  }
  const literals = [fact.value, fact.before, fact.after].filter((l): l is string => l !== undefined)
  if (literals.some(literal => secrets.has(literalText(literal)))) {
    return has(...keyNeedle, 'sensitive')
      ? undefined
      : `'${fact.raw.trim()}' (a sensitive value) not shown as sensitive`
  }
  if (literals.includes('(known after apply)')) {
    return has(...keyNeedle, 'known after apply')
      ? undefined
      : `'${fact.raw.trim()}' not shown as known after apply`
  }
  if (literals.includes('(sensitive value)')) {
    return has(...keyNeedle, 'sensitive') ? undefined : `'${fact.raw.trim()}' not shown as sensitive`
  }
  if (fact.value !== undefined) {
    if (isPlaceholder(fact.value)) return undefined
    const forms = fact.key === undefined ? [fact.value] : keyed(fact.key, fact.value)
    return forms.some(form => has(form)) ? undefined : `'${fact.raw.trim()}' not shown`
  }
  const before = literalText(fact.before ?? '')
  const after = literalText(fact.after ?? '')
  if (before.length <= 160 && after.length <= 160) {
    const removedSide = candidates(lines, '-').some(line => line.includes(fact.before ?? ''))
    const addedSide = candidates(lines, '+').some(line => line.includes(fact.after ?? ''))
    return removedSide && addedSide ? undefined : `'${fact.raw.trim()}' not shown`
  }
  // A long value: the part that differs (just after the common prefix) must be in view on each side.
  let prefix = 0
  while (prefix < before.length && before[prefix] === after[prefix]) prefix++
  const ok = has(before.slice(prefix, prefix + 20)) && has(after.slice(prefix, prefix + 20))
  return ok ? undefined : `the difference of '${fact.key}' at character ${prefix + 1} not shown`
}

/** Every `~ path: B → A` the renderer prints must be a change Terraform prints for that key. */
export function checkPairs(lines: string[], facts: ShowFact[]): string[] {
  const problems: string[] = []
  for (const line of lines) {
    const match = /^\s*- ~ (.+?): (.+) → (.+?)(?: — .*)?$/.exec(line)
    if (!match) continue
    const [, path, before, after] = match
    if (after.includes('known after apply') || `${before}${after}`.includes('(sensitive')) continue
    const key = /([A-Za-z_][A-Za-z0-9_-]*|"[^"]*")$/.exec(path.replace(/\[\d+\]$/, ''))?.[1] ?? path
    const changed = facts.filter(
      fact => fact.marker === '~' && (fact.key === key || fact.key === literalText(key))
    )
    const primitive = (text: string): boolean => !/^[[{]/.test(text)
    const matched =
      primitive(before) && primitive(after)
        ? changed.some(fact => fact.before === before && fact.after === after)
        : changed.length > 0
    if (!matched) problems.push(`'${line.trim()}' pairs values Terraform does not pair`)
  }
  return problems
}
