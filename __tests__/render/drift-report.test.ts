import { beforeAll, describe, expect, it } from '@jest/globals'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { analysePlanFile } from '../helpers/plan-source.js'
import type { PlanAnalysis } from '../../src/analysis/types.js'
import { summarizeDrift } from '../../src/analysis/drift.js'
import { driftIssueTitle, renderDriftReport } from '../../src/render/index.js'
import { terraform } from '../helpers/tf-workspace.js'
import { applyDriftRepo, type AppliedRepo } from '../helpers/drift-fixture.js'

let repo: AppliedRepo
let cleanPlan: string
let driftPlan: string

/** plan -detailed-exitcode + show -json, as drift mode runs them. */
function planJson(name: string): { path: string; exitCode: number } {
  const planned = terraform(repo.moduleDir, [
    'plan',
    '-detailed-exitcode',
    '-lock=false',
    '-input=false',
    '-no-color',
    `-out=${name}.tfplan`
  ])
  const path = join(repo.moduleDir, `${name}.json`)
  writeFileSync(path, terraform(repo.moduleDir, ['show', '-json', `${name}.tfplan`]).stdout)
  return { path, exitCode: planned.status }
}

const context = {
  directory: 'infra',
  environment: 'prod',
  commit: 'abcdef0123456789',
  runUrl: 'https://github.com/acme/infra/actions/runs/9'
}

beforeAll(() => {
  repo = applyDriftRepo()
  const clean = planJson('clean')
  expect(clean.exitCode).toBe(0)
  cleanPlan = clean.path
  repo.drift('edited-in-console')
  const drifted = planJson('drifted')
  expect(drifted.exitCode).toBe(2)
  driftPlan = drifted.path
  repo.restore()
}, 120_000)

describe('summarizeDrift on real plans', () => {
  it('finds no drift in a plan that matches the state', async () => {
    const analysis = await analysePlanFile(cleanPlan)
    const report = summarizeDrift(analysis, 0)
    expect(report).toMatchObject({ detected: false, driftedCount: 0, outputChanges: 0, unreadable: 0 })
    expect(renderDriftReport(report, analysis, context)).toContain('✅ No drift')
  })

  it('reports the resource whose state was edited, with the attribute that differs', async () => {
    const analysis = await analysePlanFile(driftPlan)
    const report = summarizeDrift(analysis, 2)
    expect(report.detected).toBe(true)
    expect(report.driftedCount).toBe(1)
    expect(report.codeDiffers.map(c => [c.address, c.kind])).toEqual([['terraform_data.web', 'update']])
    const body = renderDriftReport(report, analysis, context)
    expect(body).toContain('⚠️ Drift detected')
    expect(body).toContain('### Differs from the code')
    expect(decode(body)).toContain('<summary><code>terraform_data.web</code> — update in place')
    expect(decode(body)).toContain(
      '- <code>~ input</code>: <code>"edited-in-console"</code> → <code>"v1"</code>'
    )
    expect(body).toContain('edited-in-console')
    expect(body).toContain('v1')
    expect(body).not.toContain('terraform_data.db')
    expect(driftIssueTitle(context)).toBe('Infrastructure drift: infra (prod)')
  })

  it('reports changes made outside Terraform (resource_drift) separately', async () => {
    // terraform_data cannot drift on refresh, so this plan's resource_drift is filled from its own
    // resource_changes entry, the same entry shape terraform writes there.
    const document = JSON.parse(readFileSync(driftPlan, 'utf8'))
    const entry = document.resource_changes.find(
      (c: { address: string }) => c.address === 'terraform_data.web'
    )
    document.resource_drift = [
      { ...entry, change: { ...entry.change, before: entry.change.after, after: entry.change.before } }
    ]
    const path = join(repo.moduleDir, 'with-drift.json')
    writeFileSync(path, JSON.stringify(document))
    const analysis: PlanAnalysis = await analysePlanFile(path)
    const report = summarizeDrift(analysis, 2)
    expect(report.outsideTerraform.map(c => c.address)).toEqual(['terraform_data.web'])
    expect(report.driftedCount).toBe(1)
    const body = renderDriftReport(report, analysis, context)
    expect(body.indexOf('### Changed outside Terraform')).toBeGreaterThan(-1)
    expect(body.indexOf('### Changed outside Terraform')).toBeLessThan(
      body.indexOf('### Differs from the code')
    )
  })

  it('counts refresh-only drift even when the plan exit code says no changes', async () => {
    const analysis = await analysePlanFile(driftPlan)
    const refreshOnly = {
      ...analysis,
      changes: [],
      hasChanges: false,
      drift: analysis.changes,
      driftCount: 1
    }
    expect(summarizeDrift(refreshOnly, 0)).toMatchObject({ detected: true, driftedCount: 1 })
  })
})

/** Decodes the numeric character references the escaper writes, to compare with what readers see. */
function decode(markdown: string): string {
  return markdown.replace(/&#(\d+);/g, (_, code) => String.fromCodePoint(Number(code)))
}
