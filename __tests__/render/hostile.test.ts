/**
 * Hostile plans: real fixture entries whose addresses, for_each keys, attribute values and output
 * names were replaced by attack strings, analysed by the real analyzer. Every rendered form must
 * stay inert (no HTML beyond the renderer's own tags, no closed <details>, no HTML comment, no
 * mention, no workflow-command line, tables intact) while still showing the attack text to a reader.
 */
import { beforeAll, describe, expect, it } from '@jest/globals'
import { MARKER } from '../../src/constants.js'
import type { PlanAnalysis } from '../../src/analysis/types.js'
import { checkDestroyGuard } from '../../src/policy/checks/destroy-guard.js'
import type { PlanChange, PlanResourceChange } from '../../src/plan/model.js'
import {
  renderGateLog,
  renderGateReport,
  renderPlanComment,
  renderPlanReport,
  type ReportContext
} from '../../src/render/index.js'
import { analyseDocument, readFixture, renameEntry } from './fixtures.js'
import { decodeEntities, documentHazards } from './markdown-checks.js'
import { diffLeaves } from '../helpers/diff-leaves.js'

const ATTACKS = [
  '</details></summary><!-- x',
  '@octocat @acme/admins',
  'a|b\n| c | d |\n::set-output name=allowed::true',
  '`tick`` [link](https://evil.example) <img src=x onerror=alert(1)>',
  '\r\n::error::forged\n##[warning]legacy',
  '**b** _i_ ~~s~~ $m$ #12'
]

const CONTEXT: ReportContext = {
  environment: 'prod\n::error::env',
  workingDirectory: 'infra/<!--dir-->@team',
  policyNote: 'note </details> @someone',
  approvals: {
    required: 1,
    checklist: ['check </summary> @reviewer'],
    reasons: ['reason | with pipe\nnewline']
  }
}
const MARK = MARKER.planComment(CONTEXT.workingDirectory, CONTEXT.environment)

let plan: PlanAnalysis

/** Puts an attack string into every string leaf of a value, keeping its shape. */
function poison(value: unknown, attack: string): unknown {
  if (typeof value === 'string') return `${value}${attack}`
  if (Array.isArray(value)) return value.map(item => poison(item, attack))
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [`${key}${attack}`, poison(item, attack)])
    )
  }
  return value
}

beforeAll(async () => {
  const mixed = readFixture('mixed')
  const entries = (mixed.resource_changes ?? []) as PlanResourceChange[]
  const hostile: PlanResourceChange[] = []
  ATTACKS.forEach((attack, i) => {
    for (const entry of entries) {
      const copy = renameEntry(entry, `${entry.name}_${i}`, attack)
      const change = copy.change as PlanChange
      // Values change, and so do the keys of the update's maps; sensitivity marks keep their shape.
      if (change.actions.join() === 'update') change.after = poison(change.after, attack)
      hostile.push(copy)
    }
    // An address that is not even well-formed: raw line breaks and markup in the address itself.
    const raw = structuredClone(entries[0])
    raw.address = `terraform_data.raw${i}${attack}`
    hostile.push(raw)
  })
  const outputs: Record<string, PlanChange> = {}
  ATTACKS.forEach((attack, i) => {
    outputs[`out${i}${attack}`] = {
      actions: ['create'],
      before: null,
      after: attack,
      after_unknown: false,
      before_sensitive: false,
      after_sensitive: false
    }
  })
  plan = await analyseDocument('hostile', { ...mixed, resource_changes: hostile, output_changes: outputs })
})

describe('hostile plans render inert', () => {
  it('the analysis kept the attack strings (so the test exercises them)', () => {
    expect(plan.changes.some(change => change.address.includes('</details>'))).toBe(true)
    expect(
      plan.changes.some(change =>
        diffLeaves(change.diff).some(attribute => attribute.after?.includes('@octocat'))
      )
    ).toBe(true)
    expect(plan.outputs.length).toBe(ATTACKS.length)
  })

  it('job summary, PR comment and gate summary have no hazards and still show the text', () => {
    const finding = checkDestroyGuard(plan, {
      environment: 'prod',
      protectedEnvironment: true,
      forceRecreate: false
    })
    const verdict = { allowed: false, environment: 'prod', protectedEnvironment: true, findings: [finding] }
    const rendered = {
      summary: renderPlanReport(plan, CONTEXT),
      comment: renderPlanComment(plan, CONTEXT, MARK),
      gate: renderGateReport(verdict, plan, CONTEXT)
    }
    for (const [name, text] of Object.entries(rendered)) {
      expect({ name, hazards: documentHazards(text, MARK) }).toEqual({ name, hazards: [] })
      const decoded = decodeEntities(text)
      expect(decoded).toContain('</details></summary><!-- x')
      expect(decoded).toContain('<img src=x onerror=alert(1)>')
      expect(decoded).toContain('a|b\\n| c | d |\\n::set-output name=allowed::true')
    }
    expect(rendered.comment.startsWith(`${MARK}\n`)).toBe(true)
    expect(MARK).not.toMatch(/<!--.*(-->|<!--).*-->/)
  })

  it('log lines stay single lines with no workflow command', () => {
    const finding = checkDestroyGuard(plan, {
      environment: 'prod',
      protectedEnvironment: true,
      forceRecreate: false
    })
    const lines = renderGateLog({
      allowed: false,
      environment: 'prod',
      protectedEnvironment: true,
      findings: [finding]
    })
    expect(lines.length).toBeGreaterThan(ATTACKS.length)
    for (const line of lines) {
      expect(line).not.toMatch(/[\r\n]/)
      expect(line).not.toMatch(/^\s*::/)
      expect(line).not.toContain('::')
      expect(line).not.toContain('##[')
    }
    expect(lines.some(line => line.includes('\\n:\u200b:set-output'))).toBe(true)
  })
})
