/**
 * Size limits on big plans built from real fixture entries replicated under unique addresses and run
 * through the real analyzer: the PR comment stays under GitHub's limit and keeps what matters most,
 * the job summary stays under 1 MiB, and no sensitive value survives truncation.
 */
import { beforeAll, describe, expect, it } from '@jest/globals'
import { LIMIT, MARKER } from '../../src/constants.js'
import type { PlanAnalysis } from '../../src/analysis/types.js'
import {
  type ReportContext,
  renderGateReport,
  renderPlanComment,
  renderPlanReport
} from '../../src/render/index.js'
import { checkDestroyGuard } from '../../src/policy/checks/destroy-guard.js'
import { analyseDocument, analyseFixture, replicatePlan } from './fixtures.js'
import { decodeEntities, documentHazards } from './markdown-checks.js'

const CONTEXT: ReportContext = {
  environment: 'prod',
  workingDirectory: 'infra/big',
  runUrl: 'https://github.com/acme/infra/actions/runs/7',
  artifactName: 'infra-guard-plan'
}
const MARK = MARKER.planComment('infra/big', 'prod')

const isDelete = (entry: { change: { actions: string[] } }): boolean =>
  entry.change.actions.join() === 'delete'

let mixed: PlanAnalysis
let massDelete: PlanAnalysis

beforeAll(async () => {
  mixed = await analyseDocument(
    'mixed-3000',
    replicatePlan('mixed', 3000, 'a-rather-long-for-each-key-to-fill-the-comment')
  )
  massDelete = await analyseDocument(
    'mass-delete-20000',
    replicatePlan('cloud-mass-delete', 20000, '', isDelete)
  )
}, 120000)

function expectCutComment(plan: PlanAnalysis, comment: string): void {
  expect(comment.length).toBeLessThanOrEqual(LIMIT.commentChars - LIMIT.commentReserve)
  expect(comment.split('\n')[0]).toBe(MARK)
  expect(documentHazards(comment, MARK)).toEqual([])
  const { add, change, destroy } = plan.counts
  expect(comment).toContain(`Plan: ${add} to add, ${change} to change, ${destroy} to destroy.`)
  expect(comment).toContain(`**Risk: ${plan.risk.level.toUpperCase()}**`)
  expect(comment).toContain('### 🔥 Destroyed or replaced')
  // The risk reasons keep their place whatever the destroyed list needs.
  for (const reason of plan.risk.reasons) expect(comment).toContain(`(<code>${reason.rule}</code>)`)
  // The visible note, near the top, says where the whole report is.
  expect(comment).toContain("shortened to fit GitHub's 65,536-character comment limit")
  expect(comment).toContain('[job summary](https://github.com/acme/infra/actions/runs/7)')
  expect(comment).toContain('plan artifact <code>infra-guard-plan</code>')
  expect(comment.indexOf('[!NOTE]')).toBeLessThan(comment.indexOf('### '))
  // The first destructive address is always there; the rest are counted.
  expect(decodeEntities(comment)).toContain(`<code>${plan.destructiveAddresses[0]}</code>`)
  expect(comment).toMatch(/… \d+ more destroyed or replaced address\(es\) not shown here/)
  // Destructive addresses were cut, so nothing less important took their space.
  expect(comment).not.toContain('### State changes and reads')
  expect(comment).not.toContain('### What changes')
  expect(comment).not.toContain('<details>')
}

describe('thousands of changes', () => {
  it('3,000 mixed changes: the comment is cut to fit, keeping header, risk, counts and destructive changes', () => {
    expect(mixed.counts.total).toBe(3000)
    const comment = renderPlanComment(mixed, CONTEXT, MARK)
    expectCutComment(mixed, comment)
  })

  it('3,000 mixed changes: the job summary fits in 1 MiB and is well-formed', () => {
    const summary = renderPlanReport(mixed, CONTEXT)
    expect(Buffer.byteLength(summary)).toBeLessThanOrEqual(LIMIT.summaryBytes)
    expect(documentHazards(summary)).toEqual([])
    expect(summary).toContain('### What changes')
  })

  it('20,000 deletions: the comment stays under the limit and says how many addresses it left out', () => {
    expect(massDelete.counts.destroy).toBe(20000)
    const comment = renderPlanComment(massDelete, CONTEXT, MARK)
    expectCutComment(massDelete, comment)
    const more = /… (\d+) more destroyed or replaced address\(es\) not shown here/.exec(comment)
    const listed = (comment.slice(comment.indexOf('### 🔥')).match(/^- \*\*delete\*\* /gm) ?? []).length
    // Listed plus the "more" line (cut here or only counted by the analysis) add up to every destruction.
    expect(massDelete.omittedDestructiveAddresses).toBe(20000 - LIMIT.destructiveAddresses)
    expect(listed + Number(more![1])).toBe(20000)
  })

  it('20,000 deletions: the gate summary fits in 1 MiB with the denial first', () => {
    const guard = checkDestroyGuard(massDelete, {
      environment: 'prod',
      protectedEnvironment: true,
      forceRecreate: false
    })
    const verdict = { allowed: false, environment: 'prod', protectedEnvironment: true, findings: [guard] }
    const summary = renderGateReport(verdict, massDelete, CONTEXT)
    expect(Buffer.byteLength(summary)).toBeLessThanOrEqual(LIMIT.summaryBytes)
    expect(documentHazards(summary)).toEqual([])
    expect(summary.split('\n')[2]).toContain('❌ **Gate: denied**')
    expect(summary).toContain('Production deployment with resource destruction requires force_recreate=true')
  })

  it('a plan that fits is never cut', async () => {
    const small = await analyseFixture('mixed')
    expect(renderPlanComment(small, CONTEXT, MARK)).not.toContain('shortened')
  })
})

describe('secrets through truncation', () => {
  const SECRETS = ['s3cr3t-stage-two-PW', 'nested-sensitive-VALUE-42', 'plain-api-token-xyz789']

  it('no sensitive value appears in any output, even when the plan is cut and addresses carry the secret', async () => {
    const big = await analyseDocument(
      'sensitive-big',
      replicatePlan('sensitive', 4000, 's3cr3t-stage-two-PW')
    )
    for (const secret of SECRETS) expect(big.sensitiveValues.has(secret)).toBe(true)
    const guard = checkDestroyGuard(big, {
      environment: 'prod',
      protectedEnvironment: true,
      forceRecreate: false
    })
    const verdict = {
      allowed: guard.severity !== 'deny',
      environment: 'prod',
      protectedEnvironment: true,
      findings: [guard]
    }
    const outputs = [
      renderPlanComment(big, CONTEXT, MARK),
      renderPlanReport(big, CONTEXT),
      renderGateReport(verdict, big, CONTEXT)
    ]
    expect(outputs[0]).toContain('shortened')
    for (const text of outputs) {
      for (const secret of SECRETS) {
        expect(text).not.toContain(secret)
        expect(decodeEntities(text)).not.toContain(secret)
      }
      expect(text).toContain('(sensitive)')
    }
  })
})
