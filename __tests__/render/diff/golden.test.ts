/**
 * Golden plans (real terraform, terraform_data and the AWS provider planned offline; see
 * scripts/make-golden-plans.mjs): for every resource `terraform show` prints, every change it
 * reports (+, -, ~ lines) is in the rendered structural diff, nothing is paired that Terraform does
 * not pair (no "443 → 3389"), and no value Terraform marks sensitive appears.
 */
import { describe, expect, it } from '@jest/globals'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { diffResourceChange } from '../../../src/analysis/diff/index.js'
import { renderResourceDiff } from '../../../src/render/diff/render-diff.js'
import { isPlaceholder, literalText, parseShow, type ShowFact } from './terraform-show.js'
import { markerOf, visibleLines } from './visible-text.js'

const GOLDEN = join(import.meta.dirname, '..', '..', '..', '__fixtures__', 'golden')

interface Entry {
  address: string
  change: Record<string, unknown>
}

interface Plan {
  resource_changes?: Entry[]
  resource_drift?: Entry[]
}

const cases = readdirSync(GOLDEN, { withFileTypes: true })
  .filter(entry => entry.isDirectory())
  .map(entry => entry.name)
  .sort()

/** Every string under a `true` sensitive mark anywhere in the plan's changes. */
function markedSecrets(plan: Plan): Set<string> {
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
function candidates(lines: string[], marker: ShowFact['marker']): string[] {
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
function checkFact(fact: ShowFact, lines: string[], secrets: Set<string>): string | undefined {
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
function checkPairs(lines: string[], facts: ShowFact[]): string[] {
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

/**
 * A positional differ (element i against element i), as the report had before: the control that
 * shows the golden check can fail. It prints `~ path: before → after` for every differing leaf.
 */
function positionalLines(before: unknown, after: unknown, path = ''): string[] {
  const container = (value: unknown): value is Record<string, unknown> =>
    value !== null && typeof value === 'object'
  if (container(before) && container(after)) {
    const keys = new Set([...Object.keys(before), ...Object.keys(after)])
    return [...keys].flatMap(key => {
      const step = Array.isArray(before) ? `[${key}]` : path === '' ? key : `.${key}`
      return positionalLines(before[key], after[key], `${path}${step}`)
    })
  }
  if (JSON.stringify(before) === JSON.stringify(after)) return []
  return [`- ~ ${path}: ${JSON.stringify(before) ?? 'null'} → ${JSON.stringify(after) ?? 'null'}`]
}

function load(name: string): { plan: Plan; facts: Map<string, ShowFact[]> } {
  const plan = JSON.parse(readFileSync(join(GOLDEN, name, 'plan.json'), 'utf8')) as Plan
  const show = parseShow(readFileSync(join(GOLDEN, name, 'show.txt'), 'utf8'))
  return { plan, facts: new Map(show.map(resource => [resource.address, resource.facts])) }
}

describe('golden plans: the structural diff against terraform show', () => {
  it('shows the security group as rule 443 removed and rule 3389 added', () => {
    const { plan } = load('aws-security-group')
    const lines = visibleLines(renderResourceDiff(diffResourceChange(plan.resource_changes![0].change)))
    expect(lines.filter(line => markerOf(line) === '-' && line.includes('from_port = 443'))).toHaveLength(1)
    expect(lines.filter(line => markerOf(line) === '+' && line.includes('from_port = 3389'))).toHaveLength(1)
    expect(lines.filter(line => line.includes('443') && line.includes('3389'))).toEqual([])
  })

  it('catches a positional diff: the check fails on the old way of pairing', () => {
    for (const [name, address] of [
      ['aws-security-group', 'aws_security_group.web'],
      ['list-remove-middle', 'terraform_data.colours']
    ]) {
      const { plan, facts } = load(name)
      const change = plan.resource_changes!.find(entry => entry.address === address)!.change
      const lines = positionalLines(change.before, change.after)
      expect(checkPairs(lines, facts.get(address)!).length).toBeGreaterThan(0)
    }
  })

  it('has the fixtures', () => {
    expect(cases).toEqual(
      expect.arrayContaining([
        'aws-security-group',
        'aws-iam-policy',
        'aws-rds-replace',
        'list-remove-middle',
        'sensitive'
      ])
    )
  })

  for (const name of cases) {
    it(`${name}: every change terraform show reports is in the diff, nothing mis-paired, no secret`, () => {
      const plan = JSON.parse(readFileSync(join(GOLDEN, name, 'plan.json'), 'utf8')) as Plan
      const show = parseShow(readFileSync(join(GOLDEN, name, 'show.txt'), 'utf8'))
      const secrets = markedSecrets(plan)
      const problems: string[] = []
      const rendered: string[] = []
      for (const resource of show) {
        const drift = resource.header.some(line => / has changed$| has been deleted$/.test(line))
        const entries = drift ? plan.resource_drift : plan.resource_changes
        const entry = entries?.find(candidate => candidate.address === resource.address)
        if (!entry) {
          problems.push(`${resource.address}: in terraform show but not in the plan JSON`)
          continue
        }
        const lines = visibleLines(renderResourceDiff(diffResourceChange(entry.change)))
        rendered.push(...lines)
        for (const fact of resource.facts) {
          const problem = checkFact(fact, lines, secrets)
          if (problem) problems.push(`${resource.address}: ${problem}`)
        }
        problems.push(...checkPairs(lines, resource.facts).map(problem => `${resource.address}: ${problem}`))
      }
      const text = rendered.join('\n')
      for (const secret of secrets) if (text.includes(secret)) problems.push(`secret '${secret}' shown`)
      expect(problems).toEqual([])
    })
  }
})
