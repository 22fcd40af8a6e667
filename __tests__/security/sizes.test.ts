/**
 * Sizes: plans of 0, 1 and 100,000 resource changes (a real fixture entry replicated under unique
 * addresses), a 50 MB attribute value, and a PR comment for 20,000 changes that must stay under
 * GitHub's 65,536-character limit. Counts are checked against a recount of the written file.
 * (Speed is measured in bench/, never asserted here.)
 */
import { afterAll, describe, expect, it } from '@jest/globals'
import { createWriteStream, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { once } from 'node:events'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { analysePlanFile } from '../helpers/plan-source.js'
import { LIMIT, MARKER } from '../../src/constants.js'
import { renderGateReport, renderPlanComment, renderPlanReport } from '../../src/render/index.js'
import type { PlanResourceChange } from '../../src/plan/model.js'
import { REPO_ROOT } from '../helpers/run-action.js'
import { gateOf } from '../fuzz/oracle.js'
import { documentHazards } from '../render/markdown-checks.js'
import { diffLeaves } from '../helpers/diff-leaves.js'
import { DIFF_LIMITS } from '../../src/analysis/diff/index.js'

const PLANS = join(REPO_ROOT, '__fixtures__', 'plans')
const scratch = mkdtempSync(join(tmpdir(), 'infra-guard-sizes-'))
afterAll(() => rmSync(scratch, { recursive: true, force: true }))

const mixed = JSON.parse(readFileSync(join(PLANS, 'mixed.json'), 'utf8')) as Record<string, unknown> & {
  resource_changes: PlanResourceChange[]
}
const CONTEXT = {
  environment: 'prod',
  workingDirectory: 'infra',
  runUrl: 'https://github.com/a/b/actions/runs/1'
}

/** A copy of a real entry under a unique address (previous_address dropped so moves do not multiply). */
function replicate(entry: PlanResourceChange, i: number): PlanResourceChange {
  const copy = structuredClone(entry)
  copy.name = `${entry.name}_${i}`
  copy.address = `${copy.module_address ? `${copy.module_address}.` : ''}${copy.type}.${copy.name}`
  delete copy.previous_address
  return copy
}

/** Streams a plan with `count` replicated entries to disk (the document is never held whole in memory). */
async function writeReplicated(
  name: string,
  count: number,
  pick: (i: number) => PlanResourceChange
): Promise<{ path: string; actions: Map<string, number> }> {
  const path = join(scratch, name)
  const out = createWriteStream(path)
  const header = { ...mixed, resource_changes: undefined, resource_drift: undefined }
  const head = JSON.stringify(header).slice(0, -1)
  out.write(`${head}${head.endsWith('{') ? '' : ','}"resource_changes":[`)
  const actions = new Map<string, number>()
  for (let i = 0; i < count; i++) {
    const entry = replicate(pick(i), i)
    const key = entry.change.actions.join(',')
    actions.set(key, (actions.get(key) ?? 0) + 1)
    if (!out.write(`${i > 0 ? ',' : ''}${JSON.stringify(entry)}`)) await once(out, 'drain')
  }
  out.end(']}')
  await once(out, 'finish')
  return { path, actions }
}

const managed = mixed.resource_changes.filter(entry => entry.mode === 'managed')

describe('plan sizes', () => {
  it('0 resource changes: no changes, risk none, the gate allows it in prod', async () => {
    const { path } = await writeReplicated('zero.json', 0, i => managed[i])
    const analysis = await analysePlanFile(path)
    expect(analysis.counts.total).toBe(0)
    expect(analysis.hasChanges).toBe(false)
    expect(analysis.risk.level).toBe('none')
    expect(gateOf(analysis, 'prod').allowed).toBe(true)
  })

  it('1 resource change: counted exactly', async () => {
    const update = managed.find(entry => entry.change.actions.join(',') === 'update')!
    const { path } = await writeReplicated('one.json', 1, () => update)
    const analysis = await analysePlanFile(path)
    expect(analysis.counts).toMatchObject({ total: 1, change: 1, add: 0, destroy: 0 })
    expect(analysis.changes.map(change => change.address)).toEqual(['terraform_data.' + update.name + '_0'])
  })

  it('100,000 resource changes: counts equal the recount, detail and addresses stay bounded, reports fit', async () => {
    const { path, actions } = await writeReplicated(
      'hundred-thousand.json',
      100_000,
      i => managed[i % managed.length]
    )
    const analysis = await analysePlanFile(path)
    const n = (key: string): number => actions.get(key) ?? 0
    expect(analysis.counts.total).toBe(100_000)
    expect(analysis.counts.destroy).toBe(n('delete') + n('delete,create') + n('create,delete'))
    expect(analysis.counts.add).toBe(n('create') + n('delete,create') + n('create,delete'))
    expect(analysis.counts.change).toBe(n('update'))
    expect(analysis.changes.length).toBeLessThanOrEqual(LIMIT.detailedChanges)
    expect(analysis.destructiveAddresses.length + analysis.omittedDestructiveAddresses).toBe(
      analysis.counts.destroy
    )
    const comment = renderPlanComment(analysis, CONTEXT, MARKER.planComment('infra', 'prod'))
    expect(comment.length).toBeLessThanOrEqual(LIMIT.commentChars)
    const summary = renderGateReport(gateOf(analysis, 'prod'), analysis, CONTEXT)
    expect(Buffer.byteLength(summary)).toBeLessThanOrEqual(LIMIT.summaryBytes)
    expect(gateOf(analysis, 'prod').allowed).toBe(false)
  }, 300_000)

  it('a 50 MB attribute value is read, shown cut, and never copied whole into any report', async () => {
    const update = structuredClone(managed.find(entry => entry.change.actions.join(',') === 'update')!)
    const huge = `start-${'v'.repeat(50 * 1024 * 1024)}-end`
    update.change.after = { ...(update.change.after as object), input: { blob: huge } }
    const path = join(scratch, 'fifty-mb.json')
    writeFileSync(path, JSON.stringify({ ...mixed, resource_changes: [update] }))
    const analysis = await analysePlanFile(path)
    expect(analysis.counts.change).toBe(1)
    const attribute = diffLeaves(analysis.changes[0].diff).find(a => a.path.startsWith('input'))
    expect(attribute?.after?.length).toBeLessThanOrEqual(DIFF_LIMITS.maxValueChars + 1)
    const report = renderPlanReport(analysis, CONTEXT)
    expect(report.length).toBeLessThan(200_000)
    expect(report).not.toContain('-end')
  }, 300_000)

  it('a PR comment for 20,000 changes stays under 65,536 characters, says it was cut, and stays well-formed', async () => {
    const { path } = await writeReplicated('twenty-thousand.json', 20_000, i => managed[i % managed.length])
    const analysis = await analysePlanFile(path)
    expect(analysis.counts.total).toBe(20_000)
    const marker = MARKER.planComment('infra', 'prod')
    const comment = renderPlanComment(analysis, CONTEXT, marker)
    expect(comment.length).toBeLessThanOrEqual(LIMIT.commentChars)
    expect(comment.startsWith(marker)).toBe(true)
    expect(comment).toMatch(/shortened/)
    expect(documentHazards(comment, marker)).toEqual([])
  }, 300_000)
})
