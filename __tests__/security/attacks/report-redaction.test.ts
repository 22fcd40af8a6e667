/**
 * Issue 14, class 2: reports redacted by the plan. The scrubber runs over the finished Markdown, so a
 * pull request that marks the report's own words sensitive (`sensitive(["HIGH", "would deny", …])`)
 * or marks an address sensitive turns the risk level, the verdict and the destroyed address into
 * "(sensitive)" in the very comment reviewers approve from.
 *
 * Secure behaviour: redaction applies to plan values where they are rendered; the action's own words
 * (risk level, counts, verdict, headings) and the destroyed addresses are never replaced by
 * plan-chosen text. Only a sensitive part inside an address (an instance key) may be replaced.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startFakeGitHub, type FakeGitHub } from '../../helpers/fake-github.js'
import {
  commentsOn,
  decodeReferences,
  OWNER,
  REPO,
  reportSection,
  runStep,
  type AttackRun
} from './helpers/attack-run.js'
import { hcl, makePlan, type RealPlan } from './helpers/terraform.js'

/** What the report says in its own words about this plan (one delete, one create, prod preview denies). */
const OWN_WORDS = [
  'HIGH',
  'High',
  'high',
  'CRITICAL',
  'MEDIUM',
  'LOW',
  'Risk',
  'would deny',
  'Gate preview',
  'denied',
  'to destroy',
  'to add',
  'Destroyed or replaced',
  'Safety gate',
  'prod-destroy-guard',
  'Plan: 1 to add, 0 to change, 1 to destroy.',
  'delete',
  'Production deployment with resource destruction requires force_recreate=true'
]

function stage1(): string {
  return `
resource "terraform_data" "prod_database" {
  input = "customer records"
}
resource "terraform_data" "keyed" {
  for_each = toset(["Pr0d-key-secret-991", "ordinary"])
  input    = each.key
}
`
}

/** Deletes prod_database and keyed["Pr0d-key-secret-991"]; marks `words` sensitive. */
function stage2(words: string[]): string {
  return `
variable "words" {
  type      = list(string)
  sensitive = true
  default   = [${words.map(hcl).join(', ')}]
}
resource "terraform_data" "words" {
  input = var.words
}
resource "terraform_data" "keyed" {
  for_each = toset(["ordinary"])
  input    = each.key
}
`
}

const root = mkdtempSync(join(tmpdir(), 'infra-guard-attacks-redact-'))
let github: FakeGitHub
let pr = 40

interface Reported {
  run: AttackRun
  comment: string
  summary: string
}

/** plan mode in prod on a PR; returns the run, the comment and the summary (both decoded for reading). */
async function report(plan: RealPlan): Promise<Reported> {
  const number = ++pr
  github.repo(OWNER, REPO).addPullRequest({ number })
  const run = await runStep({
    workspace: root,
    github,
    pr: number,
    inputs: { mode: 'plan', plan_json: plan.planJson, environment: 'prod' }
  })
  const comment = commentsOn(github, number).at(-1)?.body ?? ''
  return { run, comment: decodeReferences(comment), summary: decodeReferences(run.summary) }
}

let vocabulary: Reported
let wholeAddress: Reported
let plain: Reported

beforeAll(async () => {
  github = await startFakeGitHub()
  const plans = {
    vocabulary: makePlan(root, { name: 'vocabulary', stage1: stage1(), stage2: stage2(OWN_WORDS) }),
    wholeAddress: makePlan(root, {
      name: 'whole-address',
      stage1: stage1(),
      stage2: stage2([
        'terraform_data.prod_database',
        'prod_database',
        'terraform_data.keyed["Pr0d-key-secret-991"]',
        'Pr0d-key-secret-991'
      ])
    }),
    plain: makePlan(root, { name: 'plain', stage1: stage1(), stage2: stage2(['an unrelated secret value']) })
  }
  vocabulary = await report(plans.vocabulary)
  wholeAddress = await report(plans.wholeAddress)
  plain = await report(plans.plain)
}, 120_000)

afterAll(async () => {
  await github?.stop()
  rmSync(root, { recursive: true, force: true })
})

/** The facts the header, counts and gate sections state in the action's own words. */
function expectOwnWords(text: string, run: AttackRun): void {
  const risk = run.outputs.risk
  expect(['low', 'medium', 'high', 'critical']).toContain(risk)
  expect(text).toContain(`**Risk: ${risk.toUpperCase()}**`)
  expect(text).toContain(`Risk: ${risk}`)
  expect(text).toContain('**Plan: 1 to add, 0 to change, 2 to destroy.**')
  expect(text).toContain('Gate preview: would deny')
  expect(text).toContain('### 🔥 Destroyed or replaced (2)')
  expect(text).toContain('prod-destroy-guard')
  expect(text).toContain('Production deployment with resource destruction requires force_recreate=true')
}

/** The items of the destroyed-or-replaced section. */
function destroyedItems(text: string): string[] {
  return reportSection(text, /Destroyed or replaced/).filter(line => line.startsWith('- '))
}

describe('guards', () => {
  it('without hostile words the report states its facts and names both destroyed addresses', () => {
    for (const text of [plain.comment, plain.summary]) {
      expectOwnWords(text, plain.run)
      const items = destroyedItems(text)
      expect(items.some(item => item.includes('terraform_data.prod_database'))).toBe(true)
      expect(items.some(item => item.includes('terraform_data.keyed["'))).toBe(true)
    }
  })
})

describe("plan-chosen sensitive words cannot redact the report's own words", () => {
  /** Lines of `text` that differ from the same line of `reference` (the plain plan's report). */
  function changedLines(text: string, reference: string): string[] {
    const lines = text.split('\n')
    const expected = reference.split('\n')
    const changed: string[] = []
    for (let i = 0; i < Math.max(lines.length, expected.length); i++) {
      if (lines[i] !== expected[i]) changed.push(`${i + 1}: ${lines[i] ?? '(missing)'}`)
    }
    return changed
  }

  it('PR comment: risk level, plan line, verdict, headings and rule text survive', () => {
    expectOwnWords(vocabulary.comment, vocabulary.run)
    // The words occur in the report only as the action's own: it must read exactly as without them.
    expect(changedLines(vocabulary.comment, plain.comment)).toEqual([])
  })

  it('job summary: risk level, plan line, verdict, headings and rule text survive', () => {
    expectOwnWords(vocabulary.summary, vocabulary.run)
    expect(changedLines(vocabulary.summary, plain.summary)).toEqual([])
  })

  it('outputs keep the action words (risk, counts) (regression guard)', () => {
    expect(vocabulary.run.outputs.risk).toBe(plain.run.outputs.risk)
    expect(vocabulary.run.outputs.resources_to_destroy).toBe('2')
    expect(JSON.parse(vocabulary.run.outputs.risk_reasons)).toEqual(
      JSON.parse(plain.run.outputs.risk_reasons)
    )
  })
})

describe('sensitive addresses', () => {
  it('a destroyed address is named even when its text is a sensitive value', () => {
    for (const text of [wholeAddress.comment, wholeAddress.summary]) {
      const items = destroyedItems(text)
      expect(items).toHaveLength(2)
      // Resource type and name are identifiers from the configuration, never values: always shown.
      expect(items.some(item => item.includes('terraform_data.prod_database'))).toBe(true)
      expect(items.some(item => item.includes('terraform_data.keyed['))).toBe(true)
    }
  })

  it('only the sensitive instance key inside an address is replaced, and the key never shows', () => {
    for (const text of [wholeAddress.comment, wholeAddress.summary]) {
      expect(text).not.toContain('Pr0d-key-secret-991')
    }
  })
})
