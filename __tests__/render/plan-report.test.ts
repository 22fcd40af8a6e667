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

describe('every fixture', () => {
  it('has fixtures to test', () => {
    expect(fixtureNames().length).toBeGreaterThanOrEqual(20)
  })

  it.each(fixtureNames())('%s: risk and counts first, every changed address listed, well-formed', name => {
    const plan = analysis(name)
    const { summary, comment } = renderBoth(name)
    expect(comment.split('\n')[0]).toBe(MARK)
    for (const text of [summary, comment]) {
      expect(documentHazards(text, MARK)).toEqual([])
      const lines = text.split('\n').filter(line => line !== MARK)
      expect(lines[0]).toBe('## infra-guard plan: <code>infra/app</code> → <code>staging</code>')
      expect(lines[2]).toContain(`**Risk: ${plan.risk.level.toUpperCase()}**`)
      const { add, change, destroy } = plan.counts
      expect(lines[2]).toContain(`Plan: ${add} to add, ${change} to change, ${destroy} to destroy.`)
      const c = plan.counts
      expect(text).toContain(
        `| ${add} | ${change} | ${destroy} | ${c.replace} | ${c.import} | ${c.move} | ${c.forget} | ${c.noop} | ${c.read} |`
      )
      const decoded = decodeEntities(text)
      for (const reason of plan.risk.reasons) expect(decoded).toContain(reason.description)
      for (const address of plan.destructiveAddresses) expect(decoded).toContain(`<code>${address}</code>`)
      for (const changed of plan.changes) expect(decoded).toContain(`<code>${changed.address}</code>`)
      // Order: risk reasons, then counts, then destructive changes.
      const risk = text.indexOf('### ')
      const counts = text.indexOf('| To add |')
      expect(risk).toBeGreaterThan(0)
      expect(counts).toBeGreaterThan(risk)
      if (plan.destructiveAddresses.length > 0)
        expect(text.indexOf('### 🔥 Destroyed or replaced')).toBeGreaterThan(counts)
      expect(text).not.toContain('shortened to fit')
    }
    expect(Buffer.byteLength(summary)).toBeLessThanOrEqual(LIMIT.summaryBytes)
  })
})

describe('content', () => {
  it('lists destructive changes first with replacement ordering and the attribute forcing it', () => {
    const { summary } = renderBoth('mixed')
    const destructive = summary.slice(summary.indexOf('### 🔥'), summary.indexOf('### Other changes'))
    expect(destructive).toMatch(/\*\*delete\*\* <code>terraform_data\.to_delete<\/code>/)
    expect(destructive).toMatch(
      /\*\*replace\*\* <code>terraform_data\.to_replace<\/code> — destroy before create; forced by <code>triggers_replace\[0\]<\/code>/
    )
    expect(destructive).toMatch(/<code>terraform_data\.to_replace_cbd<\/code> — create before destroy/)
    expect(summary.indexOf('### 🔥')).toBeLessThan(summary.indexOf('#### ➕ Create'))
  })

  it('shows attribute changes before → after in collapsed blocks, flagging forced replacements', () => {
    const { summary } = renderBoth('update')
    const block = summary.slice(summary.indexOf('<details>'), summary.indexOf('</details>'))
    expect(block).toContain('<summary><code>terraform_data.app</code> — update')
    expect(block).toMatch(
      /\| <code>input\.image<\/code> \| <code>"app:1\.0"<\/code> \| <code>"app:1\.1"<\/code> \|/
    )
    const replace = renderBoth('replace-triggers').summary
    expect(replace).toMatch(/\| <code>triggers_replace[^|]*<\/code> \|[^\n]*\| ⚠️ forces replacement \|/)
  })

  it('derives a rollback plan: revert commands, state moves, import undo, re-import of forgotten objects', () => {
    const withSha = { ...CONTEXT, commitSha: '0123456789abcdef' }
    expect(renderPlanReport(analysis('mixed'), withSha)).toContain('<code>git revert 0123456789abcdef</code>')
    expect(renderBoth('moved').summary).toMatch(/<code>terraform state mv '[^']+' '[^']+'<\/code>/)
    expect(renderBoth('import').summary).toMatch(/<code>terraform state rm '[^']+'<\/code>/)
    expect(renderBoth('forget').summary).toMatch(
      /<code>terraform import '[^']+' &lt;ID&gt;<\/code>|terraform import '[^']+' &#60;ID&#62;/
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

  it('shows output changes with sensitive outputs as (sensitive)', () => {
    const { summary } = renderBoth('sensitive')
    expect(summary).toContain('| <code>db_password</code> | create | _(sensitive)_ | _(sensitive)_ |')
    expect(summary).toContain('| <code>app_name</code> | create | <code>null</code> | <code>"app"</code> |')
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
    expect(renderBoth('data-read').summary).toMatch(/\| \d+ \| 0 \| 0 \| 0 \| 0 \| 0 \| 0 \| \d+ \| 1 \|/)
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
    expect(summary).toMatch(
      /- <code>terraform_data\.app<\/code>: ✏️ Update in place outside Terraform \(<code>input\.image<\/code>/
    )
  })

  it('puts entries the analysis could not read right after the header (unknown verb in a real entry)', async () => {
    const document = readFixture('update')
    const entry = structuredClone(document.resource_changes![0])
    entry.change.actions = ['frobnicate']
    const plan = await analyseDocument('unknown-verb', { ...document, resource_changes: [entry] })
    expect(plan.unreadable.length).toBeGreaterThan(0)
    const summary = renderPlanReport(plan, CONTEXT)
    expect(summary).toContain('could not be understood')
    expect(summary.indexOf('could not be understood')).toBeLessThan(summary.indexOf('| To add |'))
    expect(decodeEntities(summary)).toContain('frobnicate')
  })

  it('warns that an errored plan must not be applied', async () => {
    const plan = await analyseDocument('errored', { ...readFixture('update'), errored: true })
    expect(renderPlanReport(plan, CONTEXT)).toContain('planning **errored**')
  })
})
