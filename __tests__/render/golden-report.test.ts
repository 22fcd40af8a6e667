/**
 * The whole report against `terraform show`, for every golden plan (real terraform: terraform_data
 * and the AWS provider planned offline): the headline carries Terraform's own "Plan:" line, every
 * resource Terraform prints is named with what happens to it and why (destroyed, replaced because
 * tainted or requested, imported from its ID, moved from its old address, read during apply,
 * forgotten, changed outside Terraform), every change Terraform reports for an update, replacement
 * or drift is visible in that resource's block, what a create or delete shows agrees with Terraform,
 * and no value Terraform marks sensitive appears. The job summary and the PR comment are checked.
 */
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { MARKER } from '../../src/constants.js'
import type { PlanAnalysis } from '../../src/analysis/types.js'
import { renderPlanComment, renderPlanReport, type ReportContext } from '../../src/render/index.js'
import { analysePlanFile } from '../helpers/plan-source.js'
import { checkFact, GOLDEN, GOLDEN_CASES, markedSecrets, type Plan } from './diff/show-facts.js'
import { literalText, parseShow, type ShowResource } from './diff/terraform-show.js'
import { visibleLines } from './diff/visible-text.js'
import { decodeEntities, documentHazards } from './markdown-checks.js'

const CONTEXT: ReportContext = { environment: 'prod', workingDirectory: 'infra', commitSha: 'c0ffee1' }
const MARK = MARKER.planComment('infra', 'prod')

interface Golden {
  name: string
  show: string
  resources: ShowResource[]
  plan: Plan
  analysis: PlanAnalysis
  reports: { summary: string; comment: string }
}

async function load(name: string): Promise<Golden> {
  const show = readFileSync(join(GOLDEN, name, 'show.txt'), 'utf8')
  const plan = JSON.parse(readFileSync(join(GOLDEN, name, 'plan.json'), 'utf8')) as Plan
  const analysis = await analysePlanFile(join(GOLDEN, name, 'plan.json'))
  return {
    name,
    show,
    resources: parseShow(show),
    plan,
    analysis,
    reports: {
      summary: renderPlanReport(analysis, CONTEXT),
      comment: renderPlanComment(analysis, CONTEXT, MARK)
    }
  }
}

/** The visible lines of one resource's collapsed block, or [] when it has none. */
function blockOf(text: string, address: string): string[] {
  const lines = text.split('\n')
  const start = lines.findIndex(line => line.startsWith(`<details><summary><code>${address}</code>`))
  if (start < 0) return []
  const end = lines.indexOf('</details>', start)
  return visibleLines(lines.slice(start + 1, end))
}

/** Lines of groups of identical changes that name this resource (their change is shown once there). */
function groupLinesOf(text: string, address: string): string[] {
  const items = text.split('\n- **').slice(1)
  return items
    .filter(item => /^\d+ ×\*\*/.test(item) && item.includes(`<code>${address}</code>`))
    .flatMap(item => visibleLines(`- ${item.replace(/^\d+ ×\*\* /, '')}`.split('\n')))
}

/** The item of the destroyed list naming this address. */
function destroyedItem(text: string, address: string): string | undefined {
  const start = text.indexOf('### 🔥 Destroyed or replaced')
  if (start < 0) return undefined
  const end = text.indexOf('\n### ', start + 4)
  return text
    .slice(start, end < 0 ? undefined : end)
    .split('\n')
    .find(line => line.startsWith('- **') && line.includes(`<code>${address}</code>`))
}

/** `key = literal` pairs a key-attribute or identity line shows (visible text), for top-level primitive values. */
function shownValues(lines: string[]): Map<string, string> {
  const values = new Map<string, string>()
  for (const line of lines) {
    for (const match of line.matchAll(/(?:^|[;,:] )([A-Za-z_]\w*) = ("(?:[^"\\]|\\.)*"…?|[^,;\s]+)/g))
      if (!/^[[{(]/.test(match[2])) values.set(match[1], match[2])
  }
  return values
}

const goldens = Promise.all(GOLDEN_CASES.map(load))

/** Values of creates and deletes compared with terraform show (the checks must not pass vacuously). */
let compared = 0

describe('golden plans: the whole report against terraform show', () => {
  it('covers every kind the report must tell apart', async () => {
    const all = (await goldens).map(golden => golden.show).join('\n')
    for (const kind of [
      'will be created',
      'will be destroyed',
      'will be updated in-place',
      'must be replaced',
      'is tainted, so must be replaced',
      'will be replaced, as requested',
      'will be read during apply',
      'will no longer be managed',
      'has changed',
      'has moved to',
      '(imported from',
      '(moved from'
    ])
      expect([kind, all.includes(kind)]).toEqual([kind, true])
    expect((await goldens).some(golden => golden.analysis.checks.length > 0)).toBe(true)
  })

  it.each(GOLDEN_CASES)('%s', async name => {
    const golden = (await goldens).find(candidate => candidate.name === name)!
    const secrets = markedSecrets(golden.plan)
    const problems: string[] = []
    for (const [form, raw] of Object.entries(golden.reports)) {
      const text = decodeEntities(raw)
      const say = (problem: string): void => {
        problems.push(`${form}: ${problem}`)
      }
      for (const hazard of documentHazards(raw, MARK)) say(hazard)
      const headline = text.split('\n').filter(line => line !== MARK)[2]
      const planLine = /^Plan: .*$/m.exec(golden.show)?.[0]
      if (planLine !== undefined) {
        if (!headline.includes(`**${planLine}**`)) say(`headline lacks terraform's '${planLine}'`)
      } else if (golden.show.includes('This is a refresh-only plan')) {
        const drift = text.indexOf('### 🌪️ Drift')
        if (drift < 0 || drift > text.indexOf('### ', text.indexOf('### ') === drift ? drift + 4 : 0))
          say('a refresh-only plan does not show its drift first')
      }
      const failing = golden.analysis.checks.length
      if (failing > 0 && !headline.includes(`${failing} check`))
        say('headline does not count the failed checks')
      for (const check of golden.analysis.checks)
        for (const message of check.messages)
          if (!text.includes(message)) say(`check message '${message}' missing`)
      for (const secret of secrets) if (text.includes(secret)) say(`secret '${secret}' shown`)
      if (/forget|will no longer be managed/.test(golden.show)) {
        const forgotten = /# (\S+) will no longer be managed/.exec(golden.show)?.[1]
        if (forgotten && !/#### 📤 Forget[^\n]*\n(- [^\n]*\n)*- <code>/.test(text))
          say('forgotten object not listed')
        if (forgotten && !text.includes(`to = ${forgotten}`))
          say('no import block to bring the forgotten object back')
      }
      if (form === 'comment') continue
      for (const resource of golden.resources) checkResource(resource, text, secrets, say)
    }
    expect(problems).toEqual([])
  })

  it('identical-in-module: the shared change once for all five, the rest per resource, by module', async () => {
    const golden = (await goldens).find(candidate => candidate.name === 'identical-in-module')!
    const text = decodeEntities(golden.reports.summary)
    expect(text).toContain('- **5 ×** <code>~ input.Release</code>: <code>"r1"</code> → <code>"r2"</code>')
    expect(text.match(/input\.Release/g)).toHaveLength(1)
    expect(text).toContain('#### Module <code>module.app</code> (4)')
    expect(text.indexOf('#### Root module')).toBeLessThan(text.indexOf('#### Module'))
    expect(text).toContain('- <code>~ input.Size</code>: <code>"small"</code> → <code>"large"</code>')
  })

  it('compared what creates and deletes show with terraform show', () => {
    expect(compared).toBeGreaterThan(20)
  })
})

/** One resource Terraform prints: named, with what happens and why, and its changes visible. */
function checkResource(
  resource: ShowResource,
  text: string,
  secrets: Set<string>,
  say: (problem: string) => void
): void {
  const { address, header } = resource
  const head = header.join(' ')
  const where = (problem: string): void => say(`${address}: ${problem}`)
  if (!text.includes(`<code>${address}</code>`)) return where('not named')
  const destroyed = destroyedItem(text, address)
  if (/will be destroyed|must be replaced/.test(head)) {
    const kind = /will be destroyed/.test(head) ? 'delete' : 'replace'
    if (!destroyed?.startsWith(`- **${kind}**`)) where(`not in the destroyed list as a ${kind}`)
  }
  if (/is tainted/.test(head) && !destroyed?.includes('tainted')) where('taint not given as the reason')
  if (/replaced, as requested/.test(head) && !destroyed?.includes('-replace'))
    where('-replace not given as the reason')
  if (/is not in configuration/.test(head) && !destroyed?.includes('resource block was removed'))
    where('why it is deleted is missing')
  const imported = /\(imported from "([^"]+)"\)/.exec(head)?.[1]
  if (imported && !text.includes(`<code>${address}</code> by ID <code>${imported}</code>`))
    where(`import ID ${imported} missing`)
  const movedFrom =
    /\(moved from (\S+)\)/.exec(head)?.[1] ??
    (/has moved to/.test(head) ? /# (\S+) has moved/.exec(head)?.[1] : undefined)
  if (movedFrom && !text.includes(`<code>${movedFrom}</code> → <code>${address}</code>`))
    where(`move from ${movedFrom} missing`)
  if (/will be read during apply/.test(head)) {
    const line = text.split('\n').find(candidate => candidate.startsWith(`- <code>${address}</code> — `))
    if (!line?.includes('known only after apply')) where('read during apply without its reason')
    // A read changes nothing: its configuration is not a change to show.
    return
  }
  const lines = [...blockOf(text, address), ...groupLinesOf(text, address)]
  if (/will be created/.test(head)) {
    if (lines.length === 0) return where('a create without content')
    // What the report shows of a create is what terraform show says.
    for (const [key, literal] of shownValues(lines)) {
      const fact = resource.facts.find(candidate => candidate.key === key && candidate.marker === '+')
      if (fact?.value === undefined) continue
      compared++
      if (fact.value !== literal) where(`${key} shown as ${literal}, terraform says ${fact.value}`)
    }
    return
  }
  if (/will be destroyed/.test(head)) {
    for (const [key, literal] of shownValues(visibleLines([destroyed ?? '']))) {
      const fact = resource.facts.find(candidate => candidate.key === key && candidate.marker === '-')
      const said = fact?.value ?? fact?.before
      if (said === undefined || literal.endsWith('…')) continue
      compared++
      if (literalText(said) !== literalText(literal))
        where(`${key} identified as ${literal}, terraform says ${said}`)
    }
    return
  }
  for (const fact of resource.facts) {
    const problem = checkFact(fact, lines, secrets)
    if (problem) where(problem)
  }
}
