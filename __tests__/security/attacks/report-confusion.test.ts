/**
 * Issue 14, class 4: reports that can be confused or cut badly.
 *
 * - Invisible format characters (Unicode category Cf) in an instance key make a destroyed
 *   `db["prod<ZWSP>"]` read as the kept `db["prod"]`.
 * - Bare URLs, `www.` hosts, e-mail addresses and `GH-77` in plan text become live links.
 * - The sticky comment (and the drift issue) is found by its marker alone, so a participant who
 *   pastes the marker gets the report written into a comment they can edit afterwards.
 * - Long addresses crowd the other destroyed addresses out of the comment; the drift report is cut
 *   with a plain slice, inside an entity and an open `<details>`.
 *
 * Secure behaviour: invisible characters are shown as visible escapes; plan text never autolinks;
 * only comments and issues written by the token's own identity are ever updated; every destroyed
 * address is named in the comment (long ones shortened visibly); every report is cut between blocks.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startFakeGitHub, type FakeGitHub } from '../../helpers/fake-github.js'
import { documentHazards } from '../../render/markdown-checks.js'
import {
  commentsOn,
  decodeReferences,
  OWNER,
  REPO,
  reportSection,
  runStep,
  TOKEN
} from './helpers/attack-run.js'
import { hcl, makePlan, type RealPlan } from './helpers/terraform.js'

/** Invisible format characters an attacker can put in a for_each key (ZWJ excluded: the renderer uses it itself). */
const INVISIBLE: Record<string, string> = {
  'U+200B zero width space': '\u200b',
  'U+200C zero width non-joiner': '\u200c',
  'U+2060 word joiner': '\u2060',
  'U+2062 invisible times': '\u2062',
  'U+FEFF byte order mark': '\ufeff',
  'U+00AD soft hyphen': '\u00ad',
  'U+061C arabic letter mark': '\u061c',
  'U+180E mongolian vowel separator': '\u180e',
  'U+E0041 tag latin capital A': '\u{e0041}',
  'U+200F right-to-left mark': '\u200f'
}

const LINKS_VALUE =
  'docs at https://evil.example/login or www.evil.example, mail admin@evil.example, see GH-77'

const root = mkdtempSync(join(tmpdir(), 'infra-guard-attacks-confuse-'))
let github: FakeGitHub
let pr = 50
const plans: Record<string, RealPlan> = {}

beforeAll(async () => {
  github = await startFakeGitHub()
  const keys = Object.keys(INVISIBLE).map((_, i) => `k${i}`)
  plans.invisible = makePlan(root, {
    name: 'invisible',
    stage1: `resource "terraform_data" "tier" {
  for_each = toset([${keys.map(hcl).join(', ')}])
  input    = { tier = "prod" }
}
resource "terraform_data" "db" {
  for_each = toset(["prod", ${Object.values(INVISIBLE)
    .map(char => hcl(`prod${char}`))
    .join(', ')}])
  input    = "v1"
}`,
    stage2: `locals {
  tiers = { ${Object.values(INVISIBLE)
    .map((char, i) => `k${i} = ${hcl(`prod${char}`)}`)
    .join(', ')} }
}
resource "terraform_data" "tier" {
  for_each = local.tiers
  input    = { tier = each.value }
}
resource "terraform_data" "db" {
  for_each = toset(["prod"])
  input    = "v2"
}`
  })
  plans.links = makePlan(root, {
    name: 'links',
    stage1: `resource "terraform_data" "site" {
  for_each = toset(["https://evil.example/a"])
  input    = "plain"
}`,
    stage2: `resource "terraform_data" "site" {
  for_each = toset(["https://evil.example/a"])
  input    = ${hcl(LINKS_VALUE)}
}`
  })
  const pads = Array.from({ length: 40 }, (_, i) => `${String(i).padStart(2, '0')}-${'&'.repeat(500)}`)
  plans.crowd = makePlan(root, {
    name: 'crowd',
    stage1: `resource "terraform_data" "pad" {
  for_each = toset([${pads.map(hcl).join(', ')}])
  input    = "x"
}
resource "terraform_data" "prod_database" {
  input = "customer records"
}`,
    stage2: ''
  })
}, 120_000)

afterAll(async () => {
  await github?.stop()
  rmSync(root, { recursive: true, force: true })
})

/** Runs plan mode for a new PR and returns the comment (raw) and the job summary. */
async function planComment(
  plan: RealPlan,
  environment = 'prod'
): Promise<{ comment: string; summary: string }> {
  const number = ++pr
  github.repo(OWNER, REPO).addPullRequest({ number })
  const run = await runStep({
    workspace: root,
    github,
    pr: number,
    inputs: { mode: 'plan', plan_json: plan.planJson, environment }
  })
  expect(run.exitCode).toBe(0)
  return { comment: commentsOn(github, number).at(-1)?.body ?? '', summary: run.summary }
}

describe('invisible characters', () => {
  let texts: Record<string, string>
  beforeAll(async () => {
    const { comment, summary } = await planComment(plans.invisible)
    texts = { comment: decodeReferences(comment), summary: decodeReferences(summary) }
  })

  /** `\u200b`, `\u{e0041}` or `U+200B`: any visible spelling of the code point. */
  const visibleEscape = (char: string): RegExp => {
    const hex = char.codePointAt(0)!.toString(16)
    return new RegExp(`\\\\u\\{?0*${hex}\\}?|\\\\U0*${hex}|U\\+0*${hex}`, 'i')
  }

  it('terraform escapes invisible characters in instance keys itself, and the report keeps that (regression guard)', () => {
    for (const [where, text] of Object.entries(texts)) {
      const items = reportSection(text, /Destroyed or replaced/).filter(line => line.startsWith('- '))
      expect([where, items.length]).toEqual([where, Object.keys(INVISIBLE).length])
      for (const char of Object.values(INVISIBLE)) {
        expect([where, char, items.some(item => item.includes(char))]).toEqual([where, char, false])
        expect([where, char, items.some(item => visibleEscape(char).test(item))]).toEqual([where, char, true])
      }
    }
  })

  // Changes are list lines (`- ~ input.tier: "prod" → "prod\u200b"`), no longer table rows (issue 13).
  it.each(Object.keys(INVISIBLE))('%s in a changed value is shown as a visible escape', name => {
    const char = INVISIBLE[name]
    const index = Object.keys(INVISIBLE).indexOf(name)
    for (const [where, text] of Object.entries(texts)) {
      const lines = text.split('\n')
      const block = lines.findIndex(
        line => line.includes(`terraform_data.tier["k${index}"]`) && line.includes('<summary>')
      )
      expect([where, block >= 0]).toEqual([where, true])
      const row = lines.slice(block).find(line => line.startsWith('- <code>~ input.tier</code>')) ?? ''
      expect([where, row.includes(char)]).toEqual([where, false])
      expect([where, visibleEscape(char).test(row)]).toEqual([where, true])
    }
  })
})

describe('plan text never becomes a link', () => {
  /** Autolink triggers of the attack that remain after GitHub decodes character references. */
  function liveLinks(markdown: string): string[] {
    const text = decodeReferences(markdown)
    const patterns = [
      /https?:\/\/evil\.example[^\s<]*/g,
      /\bwww\.evil\.example\b/g,
      /[A-Za-z0-9._%+-]+@evil\.example\b/g,
      /\bGH-77\b/g
    ]
    return patterns.flatMap(pattern => text.match(pattern) ?? [])
  }

  it('URLs, www. hosts, e-mail addresses and GH-77 in values and keys are not autolinked', async () => {
    const { comment, summary } = await planComment(plans.links, 'staging')
    // Guard: the value reached the comment (ignoring any invisible characters a fix may insert).
    expect(decodeReferences(comment).replace(/\p{Cf}/gu, '')).toContain('https://evil.example/login')
    expect(liveLinks(comment)).toEqual([])
    expect(liveLinks(summary)).toEqual([])
  })
})

describe('the sticky comment belongs to the action', () => {
  it("a participant's comment carrying the marker is never edited; the action's own comment is", async () => {
    const number = ++pr
    github.repo(OWNER, REPO).addPullRequest({ number })
    const step = () =>
      runStep({
        workspace: root,
        github,
        pr: number,
        inputs: { mode: 'plan', plan_json: plans.links.planJson, environment: 'prod' }
      })
    expect((await step()).exitCode).toBe(0)
    const [own] = commentsOn(github, number)
    expect(own.author).toBe('github-actions[bot]')
    const marker = own.body.split('\n')[0]
    const pasted = `${marker}\nLooks good to me. Risk: none, nothing is destroyed.`
    const mallory = github.repo(OWNER, REPO).addComment(number, pasted, 'mallory')
    const second = await step()
    expect(second.exitCode).toBe(0)
    expect(github.repo(OWNER, REPO).comments.get(mallory.id)?.body === pasted).toBe(true)
    const now = commentsOn(github, number).filter(comment => comment.author === 'github-actions[bot]')
    expect(now.length).toBeGreaterThanOrEqual(1)
    expect(now.at(-1)?.body).toContain('infra-guard plan')
    expect(second.outputs.comment_id).not.toBe(String(mallory.id))
  })

  it('with a user token, only comments by that user are updated', async () => {
    const number = ++pr
    github.repo(OWNER, REPO).addPullRequest({ number })
    github.state.tokens.set('pat-deploy-bot', 'deploy-bot')
    const step = () =>
      runStep({
        workspace: root,
        github,
        pr: number,
        inputs: {
          mode: 'plan',
          plan_json: plans.links.planJson,
          environment: 'prod',
          github_token: 'pat-deploy-bot'
        }
      })
    expect((await step()).exitCode).toBe(0)
    const [own] = commentsOn(github, number)
    expect(own.author).toBe('deploy-bot')
    const pasted = `${own.body.split('\n')[0]}\nAll clear.`
    const mallory = github.repo(OWNER, REPO).addComment(number, pasted, 'mallory')
    const second = await step()
    expect(github.repo(OWNER, REPO).comments.get(mallory.id)?.body === pasted).toBe(true)
    expect(second.outputs.comment_id).toBe(String(own.id))
  })

  it('a drift issue opened by someone else with the marker and label is left alone', async () => {
    const marker = `<!-- infra-guard:drift dir=links env=staging -->`
    const planted = github.repo(OWNER, REPO).addIssue({
      title: 'Infrastructure drift: links (staging)',
      body: `${marker}\nNo drift. Nothing to see here.`,
      labels: ['drift'],
      author: 'mallory'
    })
    const run = await runStep({
      workspace: root,
      github,
      inputs: { mode: 'drift', working_directory: 'links', environment: 'staging', github_token: TOKEN }
    })
    expect(run.exitCode).toBe(0)
    expect(run.outputs.drift_detected).toBe('true')
    const untouched =
      github.repo(OWNER, REPO).issues.get(planted.number)?.body ===
      `${marker}\nNo drift. Nothing to see here.`
    expect(untouched).toBe(true)
    expect(run.outputs.drift_issue_number).not.toBe(String(planted.number))
  })
})

describe('reports are cut between whole blocks', () => {
  it('every destroyed address is named in the PR comment, long ones shortened visibly', async () => {
    const { comment } = await planComment(plans.crowd)
    const items = reportSection(decodeReferences(comment), /Destroyed or replaced/).filter(line =>
      line.startsWith('- ')
    )
    expect(items.some(item => item.includes('terraform_data.prod_database'))).toBe(true)
    for (let i = 0; i < 40; i++) {
      const prefix = `terraform_data.pad["${String(i).padStart(2, '0')}-`
      expect([prefix, items.some(item => item.includes(prefix))]).toEqual([prefix, true])
    }
    expect(comment.length).toBeLessThanOrEqual(65536)
  })

  it('the drift issue body is cut between blocks: every <details> closed, no broken character reference', async () => {
    const run = await runStep({
      workspace: root,
      github,
      inputs: { mode: 'drift', working_directory: 'crowd', environment: 'prod', github_token: TOKEN }
    })
    expect(run.exitCode).toBe(0)
    const issue = github.repo(OWNER, REPO).issues.get(Number(run.outputs.drift_issue_number))
    expect(issue).toBeDefined()
    const body = issue!.body ?? ''
    const marker = body.split('\n')[0]
    for (const text of [body, run.summary]) {
      expect(documentHazards(text, marker).filter(hazard => hazard.startsWith('details'))).toEqual([])
      expect(text.match(/&(?!#\d+;|[a-z]+;)[^\s]{0,8}/g) ?? []).toEqual([])
    }
  })
})
