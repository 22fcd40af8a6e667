/**
 * Layout for any size (issue 13): on 500 resources with one database replaced and 498 resources whose
 * only change is the release tag, the tag change is said once ("498 × tags.Release: r1 → r2"), the
 * report stays small, tables fit a phone, and the PR comment keeps the data-loss and rollback warnings.
 * When the comment must be cut, the optional lists go before those warnings.
 */
import { beforeAll, describe, expect, it } from '@jest/globals'
import { LIMIT, MARKER } from '../../src/constants.js'
import type { PlanAnalysis } from '../../src/analysis/types.js'
import { checkDestroyGuard } from '../../src/policy/checks/destroy-guard.js'
import type { GateVerdict } from '../../src/policy/types.js'
import { renderPlanComment, renderPlanReport, type ReportContext } from '../../src/render/index.js'
import { analyseDocument } from './fixtures.js'
import { decodeEntities, documentHazards } from './markdown-checks.js'
import { releasePlan } from './release-scenario.js'

const MARK = MARKER.planComment('infra/app', 'prod')

function contextFor(plan: PlanAnalysis): ReportContext {
  const guard = checkDestroyGuard(plan, {
    environment: 'prod',
    protectedEnvironment: true,
    forceRecreate: false
  })
  const verdict: GateVerdict = {
    allowed: guard.severity !== 'deny',
    environment: 'prod',
    protectedEnvironment: true,
    findings: [guard]
  }
  return {
    environment: 'prod',
    workingDirectory: 'infra/app',
    runUrl: 'https://github.com/acme/infra/actions/runs/500',
    verdict,
    gatePreview: true
  }
}

/** Every table row's cells, to check that no column is empty or all zeros. */
function tableCells(markdown: string): string[][] {
  return markdown
    .split('\n')
    .filter(line => line.startsWith('| ') && !line.startsWith('| ---') && !/^\| -+:? \|/.test(line))
    .map(line =>
      line
        .slice(1, -1)
        .split('|')
        .map(cell => cell.trim())
    )
}

let release: PlanAnalysis
let crowded: PlanAnalysis

beforeAll(async () => {
  release = await analyseDocument('release-500', releasePlan())
  // 3,000 resources, each with its own tag value: nothing to group, so the comment must be cut.
  const document = releasePlan(3000)
  document.resource_changes!.forEach((entry, i) => {
    const after = entry.change.after as { tags?: Record<string, string> }
    if (entry.address.startsWith('aws_security_group.web_') && after.tags) after.tags.Release = `r2-${i}`
  })
  crowded = await analyseDocument('release-3000', document)
}, 60_000)

describe('500 resources, one database replaced, 498 release tags changed', () => {
  it('is analysed as terraform counts it', () => {
    expect(release.counts).toMatchObject({ total: 500, replace: 1, change: 499, add: 1, destroy: 1 })
  })

  it('job summary: the tag change once for all 498, the database and the security group in full', () => {
    const summary = renderPlanReport(release, contextFor(release))
    const text = decodeEntities(summary)
    expect(documentHazards(summary)).toEqual([])
    expect(text).toContain('- **498 ×** <code>~ tags.Release</code>: <code>"r1"</code> → <code>"r2"</code>')
    expect(text).toContain('  - and <code>~ tags_all.Release</code>: <code>"r1"</code> → <code>"r2"</code>')
    expect(text.match(/tags\.Release/g)).toHaveLength(1)
    // Only the two resources with changes of their own get a block.
    expect(text.match(/<details>/g)).toHaveLength(2)
    expect(text).toContain('<summary><code>aws_db_instance.orders</code> — replace')
    expect(text).toContain('<summary><code>aws_security_group.web</code> — update in place')
    expect(Buffer.byteLength(summary)).toBeLessThan(40_000)
  })

  it('PR comment: whole, with the data-loss warning and the restore step', () => {
    const comment = renderPlanComment(release, contextFor(release), MARK)
    expect(documentHazards(comment, MARK)).toEqual([])
    expect(comment).not.toContain('shortened')
    expect(comment).toContain('destroys stored data that only a backup or snapshot can bring back')
    expect(comment.slice(comment.indexOf('Data loss: restore from backup'))).toContain(
      '<code>aws_db_instance.orders</code>'
    )
    expect(comment).toContain('**498 ×**')
    expect(comment.length).toBeLessThan(20_000)
  })

  it('every table fits a phone: no empty cell, no zero column, at most five columns', () => {
    for (const text of [
      renderPlanReport(release, contextFor(release)),
      renderPlanComment(release, contextFor(release), MARK)
    ]) {
      const rows = tableCells(text)
      expect(rows.length).toBeGreaterThan(0)
      for (const row of rows) {
        expect(row.length).toBeLessThanOrEqual(5)
        expect(row).not.toContain('')
        expect(row).not.toContain('0')
      }
    }
  })

  it('says nothing that says nothing: no zero-approval section, passed rules on one line', () => {
    const summary = renderPlanReport(release, {
      ...contextFor(release),
      approvals: { required: 0, checklist: [], reasons: ['nothing in the policy requires approvals'] }
    })
    expect(summary).not.toContain('Required approvals')
    expect(summary.match(/Passed/g)?.length ?? 0).toBeLessThanOrEqual(1)
  })
})

describe('a comment that must be cut keeps the warnings', () => {
  it('3,000 distinct updates and a replaced database: optional lists are cut, the data-loss and rollback warnings stay', () => {
    const comment = renderPlanComment(crowded, contextFor(crowded), MARK)
    expect(comment.length).toBeLessThanOrEqual(LIMIT.commentChars - LIMIT.commentReserve)
    expect(documentHazards(comment, MARK)).toEqual([])
    expect(comment).toContain("shortened to fit GitHub's 65,536-character comment limit")
    expect(comment).toContain('destroys stored data that only a backup or snapshot can bring back')
    const restore = comment.indexOf('Data loss: restore from backup')
    expect(restore).toBeGreaterThan(0)
    expect(comment.slice(restore)).toContain('<code>aws_db_instance.orders</code>')
    expect(comment).toContain('### 🔥 Destroyed or replaced (1)')
    // What was cut is the long optional list, not the warnings.
    expect(comment).toMatch(/Cut or left out: [^\n]*Changes in detail/)
  })
})
