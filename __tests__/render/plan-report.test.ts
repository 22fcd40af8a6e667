/**
 * The job summary and PR comment on every real fixture plan, analysed by the real analyzer:
 * what a reviewer must see first, every address, attribute changes, rollback, outputs, context.
 */
import { beforeAll, describe, expect, it } from '@jest/globals'
import { LIMIT, MARKER } from '../../src/constants.js'
import type { PlanAnalysis } from '../../src/analysis/types.js'
import { type ReportContext, renderPlanComment, renderPlanReport } from '../../src/render/index.js'
import { analyseDocument, analyseFixture, fixtureNames, readFixture } from './fixtures.js'
import { decodeEntities, documentHazards } from './markdown-checks.js'

const CONTEXT: ReportContext = { environment: 'staging', workingDirectory: 'infra/app' }
const MARK = MARKER.planComment('infra/app', 'staging')
const analyses = new Map<string, PlanAnalysis>()

beforeAll(async () => {
  for (const name of fixtureNames()) analyses.set(name, await analyseFixture(name))
})

function analysis(name: string): PlanAnalysis {
  const found = analyses.get(name)
  if (!found) throw new Error(`fixture ${name} missing from __fixtures__/plans`)
  return found
}

/** Both forms of the report, decoded to what a reader sees. */
function renderBoth(name: string, context: ReportContext = CONTEXT): { summary: string; comment: string } {
  return {
    summary: renderPlanReport(analysis(name), context),
    comment: renderPlanComment(analysis(name), context, MARK)
  }
}

/** The description as a reader sees it: `code` spans shown as code. */
function plainWords(text: string): string {
  return text.replace(/`/g, '')
}

/** The counts columns that add to Terraform's three numbers, by title. */
const EXTRA_COLUMNS: [keyof PlanAnalysis['counts'], string][] = [
  ['replace', 'Replace'],
  ['import', 'Import'],
  ['move', 'Move'],
  ['forget', 'Forget'],
  ['read', 'Data reads']
]

describe('every fixture', () => {
  it('has fixtures to test', () => {
    expect(fixtureNames().length).toBeGreaterThanOrEqual(20)
  })

  it.each(fixtureNames())(
    '%s: one headline with risk and counts, every changed address listed, well-formed',
    name => {
      const plan = analysis(name)
      const { summary, comment } = renderBoth(name)
      expect(comment.split('\n')[0]).toBe(MARK)
      for (const text of [summary, comment]) {
        expect(documentHazards(text, MARK)).toEqual([])
        const lines = text.split('\n').filter(line => line !== MARK)
        expect(lines[0]).toBe('## infra-guard plan: <code>infra/app</code> → <code>staging</code>')
        expect(lines[2]).toContain(`**Risk: ${plan.risk.level.toUpperCase()}**`)
        const { add, change, destroy } = plan.counts
        const imports = plan.counts.import > 0 ? `${plan.counts.import} to import, ` : ''
        expect(lines[2]).toContain(
          `Plan: ${imports}${add} to add, ${change} to change, ${destroy} to destroy.`
        )
        // One headline: the risk level is stated once there and once as the reasons' heading, nowhere else.
        expect(text.match(/Risk: /gi)?.length).toBe(2)
        const decoded = decodeEntities(text)
        const readable = decoded.replace(/<\/?code>/g, '')
        for (const reason of plan.risk.reasons) expect(readable).toContain(plainWords(reason.description))
        for (const address of plan.destructiveAddresses) expect(decoded).toContain(`<code>${address}</code>`)
        for (const changed of plan.changes) expect(decoded).toContain(`<code>${changed.address}</code>`)
        // The counts table appears only when it says more than the headline, and has no all-zero column.
        const table = lines.findIndex(line => line.startsWith('| '))
        const extra = EXTRA_COLUMNS.filter(([key]) => plan.counts[key] > 0)
        if (extra.length === 0) expect(table).toBe(-1)
        else {
          for (const [, title] of extra) expect(lines[table]).toContain(title)
          expect(lines[table + 2].split('|').map(cell => cell.trim())).not.toContain('0')
        }
        // Order: risk reasons, then the gate and the destroyed list.
        const risk = text.indexOf('### ')
        expect(risk).toBeGreaterThan(0)
        if (plan.destructiveAddresses.length > 0)
          expect(text.indexOf('### 🔥 Destroyed or replaced')).toBeGreaterThan(risk)
        expect(text).not.toContain('shortened to fit')
      }
      expect(Buffer.byteLength(summary)).toBeLessThanOrEqual(LIMIT.summaryBytes)
    }
  )
})

describe('content', () => {
  it('lists destructive changes first with replacement ordering, the attribute forcing it and the reason', () => {
    const { summary } = renderBoth('mixed')
    const destructive = summary.slice(
      summary.indexOf('### 🔥'),
      summary.indexOf('### ', summary.indexOf('### 🔥') + 4)
    )
    expect(destructive).toMatch(
      /\*\*delete\*\* <code>terraform_data\.to_delete<\/code> — its resource block was removed/
    )
    expect(destructive).toMatch(
      /\*\*replace\*\* <code>terraform_data\.to_replace<\/code> — destroy before create; forced by <code>triggers&#95;replace<\/code>|forced by <code>triggers_replace<\/code>/
    )
    expect(destructive).toMatch(/<code>terraform_data\.to_replace_cbd<\/code> — create before destroy/)
    expect(summary.indexOf('### 🔥')).toBeLessThan(summary.indexOf('### What changes'))
  })

  it('shows what changes before → after in collapsed blocks, flagging forced replacements', () => {
    const { summary } = renderBoth('update')
    const block = decodeEntities(summary.slice(summary.indexOf('<details>'), summary.indexOf('</details>')))
    expect(block).toContain('<summary><code>terraform_data.app</code> — update in place')
    expect(block).toContain('- <code>~ input.image</code>: <code>"app:1.0"</code> → <code>"app:1.1"</code>')
    const replace = decodeEntities(renderBoth('replace-triggers').summary)
    expect(replace).toMatch(/- <code>~ triggers_replace<\/code>[^\n]*— ⚠️ forces replacement/)
  })

  it('shows what a reviewer checks on a create and what identifies a delete', () => {
    const created = decodeEntities(renderBoth('create-only').summary)
    expect(created).toMatch(/— create · \d+ key attribute\(s\)<\/summary>/)
    expect(created).toMatch(/- identity: <code>input<\/code> = <code>/)
    const deleted = decodeEntities(renderBoth('delete').summary)
    expect(deleted).toMatch(/\*\*delete\*\* <code>[^<]+<\/code> — [^\n]*<code>input<\/code> = <code>/)
  })

  it('derives a rollback plan: revert commands, reverse moved blocks, import undo, import blocks for forgotten objects', () => {
    const withSha = { ...CONTEXT, commitSha: '0123456789abcdef' }
    expect(renderPlanReport(analysis('mixed'), withSha)).toContain('  git revert 0123456789abcdef')
    const moved = renderBoth('moved').summary
    expect(moved).toMatch(/ {2}terraform state mv '[^']+' '[^']+'/)
    expect(moved).toMatch(
      / {2}moved \{\n {4}from = terraform_data\.\w+\n {4}to {3}= terraform_data\.\w+\n {2}\}/
    )
    const imported = renderBoth('import').summary
    expect(imported).toMatch(/ {2}terraform state rm '[^']+'/)
    expect(imported).toMatch(
      / {2}removed \{\n {4}from = terraform_data\.\w+\n {4}lifecycle \{\n {6}destroy = false/
    )
    expect(renderBoth('forget').summary).toMatch(
      / {2}import \{\n {4}to = terraform_data\.handed_over\n {4}id = "[^"]+"/
    )
    expect(renderBoth('noop').summary).not.toContain('Rollback plan')
  })

  it('warns about data loss when a data-bearing resource is replaced (renamed real plan: aws_db_instance)', () => {
    const plan = analysis('cloud-db-replace')
    const { summary, comment } = renderBoth('cloud-db-replace')
    const lossy = plan.risk.reasons.find(reason => reason.rule === 'data-bearing-destroy')
    expect(lossy).toBeDefined()
    for (const text of [summary, comment]) {
      expect(text).toContain('destroys stored data that only a backup or snapshot can bring back')
      const restore = text.slice(text.indexOf('Data loss: restore from backup'))
      expect(restore).toContain(`<code>${lossy!.addresses[0]}</code>`)
    }
    expect(renderBoth('cloud-instance-replace').summary).not.toContain('Data loss')
  })

  it('labels deleted objects as deleted in the rollback plan, never as replaced', () => {
    const { summary } = renderBoth('delete')
    expect(summary).toContain('**🗑️ Deleted objects**')
    expect(summary).not.toContain('Replaced objects')
  })

  it('shows output changes with sensitive outputs as (sensitive)', () => {
    const decoded = decodeEntities(renderBoth('sensitive').summary)
    expect(decoded).toContain('- <code>+ db_password</code>: _(sensitive)_')
    expect(decoded).toContain('- <code>+ app_name</code>: <code>"app"</code>')
  })

  it('renders approvals, cost, run link, commit, artifact and policy note only when given', () => {
    const context: ReportContext = {
      ...CONTEXT,
      runUrl: 'https://github.com/acme/infra/actions/runs/42',
      commitSha: 'feedface',
      artifactName: 'infra-guard-plan',
      policyNote: 'Policy .github/infra-guard.yml',
      approvals: { required: 2, checklist: ['Backup verified'], reasons: ['Risk is critical'] },
      cost: { currency: 'USD', monthlyBefore: 10, monthlyAfter: 35.5, monthlyChange: 25.5 }
    }
    const full = renderPlanReport(analysis('mixed'), context)
    expect(full).toContain('### ✋ Required approvals: 2')
    expect(full).toContain('- [ ] Backup verified')
    expect(full).toContain('| 10.00 USD | 35.50 USD | **+25.50 USD** |')
    expect(full).toContain('[Workflow run](https://github.com/acme/infra/actions/runs/42)')
    expect(full).toContain('plan artifact <code>infra-guard-plan</code>')
    expect(full).toContain('_Policy .github/infra-guard.yml_')
    const bare = renderPlanReport(analysis('mixed'), CONTEXT)
    for (const absent of ['Required approvals', 'Monthly cost', 'Workflow run', 'plan artifact'])
      expect(bare).not.toContain(absent)
    // Zero approvals and nothing to check is nothing to say.
    const none = renderPlanReport(analysis('mixed'), {
      ...CONTEXT,
      approvals: { required: 0, checklist: [], reasons: ['nothing in the policy requires approvals'] }
    })
    expect(none).not.toContain('approvals')
  })

  it('says a no-op plan changes nothing', () => {
    const { summary } = renderBoth('noop')
    expect(summary).toContain('**Risk: NONE**')
    expect(summary).toContain('Plan: 0 to add, 0 to change, 0 to destroy.')
    expect(summary).not.toContain('Destroyed or replaced')
  })

  it('counts data reads apart from changes', () => {
    const plan = analysis('data-read')
    expect(plan.counts.read).toBe(1)
    const lines = renderBoth('data-read').summary.split('\n')
    const table = lines.findIndex(line => line.startsWith('| '))
    expect(lines[table].split('|').at(-2)?.trim()).toBe('Data reads')
    expect(lines[table + 2].split('|').at(-2)?.trim()).toBe('1')
  })
})

describe('plans that need more than the fixtures hold', () => {
  it('shows drift (real update entry placed in resource_drift)', async () => {
    const document = readFixture('update')
    const drifted = structuredClone(document.resource_changes![0])
    const plan = await analyseDocument('drift', { ...document, resource_drift: [drifted] })
    expect(plan.driftCount).toBe(1)
    const summary = renderPlanReport(plan, CONTEXT)
    expect(summary).toContain('### 🌪️ Drift: 1 resource(s) changed outside Terraform')
    const decoded = decodeEntities(summary)
    expect(decoded).toContain('<summary><code>terraform_data.app</code> — changed outside Terraform')
    expect(decoded).toContain('- <code>~ input.image</code>: <code>"app:1.0"</code> → <code>"app:1.1"</code>')
    // Changes are planned too, so the drift comes after them.
    expect(summary.indexOf('### 🌪️ Drift')).toBeGreaterThan(summary.indexOf('### What changes'))
  })

  it('puts entries the analysis could not read right after the header (unknown verb in a real entry)', async () => {
    const document = readFixture('update')
    const entry = structuredClone(document.resource_changes![0])
    entry.change.actions = ['frobnicate']
    const plan = await analyseDocument('unknown-verb', { ...document, resource_changes: [entry] })
    expect(plan.unreadable.length).toBeGreaterThan(0)
    const summary = renderPlanReport(plan, CONTEXT)
    expect(summary).toContain('could not be understood')
    expect(summary.indexOf('could not be understood')).toBeLessThan(summary.indexOf('### '))
    expect(decodeEntities(summary)).toContain('frobnicate')
  })

  it('warns that an errored plan must not be applied', async () => {
    const plan = await analyseDocument('errored', { ...readFixture('update'), errored: true })
    expect(renderPlanReport(plan, CONTEXT)).toContain('planning **errored**')
  })
})
