/**
 * The safety gate's summary and log lines, with verdicts from the real destroy guard on real
 * fixture plans, and a real PlanReadError for the plan that cannot be read.
 */
import { describe, expect, it } from '@jest/globals'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { PROD_DESTROY_MESSAGE } from '../../src/constants.js'
import { analysePlanFile } from '../helpers/plan-source.js'
import { describeError } from '../../src/errors.js'
import { checkDestroyGuard } from '../../src/policy/checks/destroy-guard.js'
import type { GateVerdict } from '../../src/policy/types.js'
import { renderGateLog, renderGateReport, type ReportContext } from '../../src/render/index.js'
import { analyseFixture, scratchDir } from './fixtures.js'
import { documentHazards } from './markdown-checks.js'

const CONTEXT: ReportContext = {
  environment: 'prod',
  workingDirectory: 'infra/app',
  runUrl: 'https://github.com/acme/infra/actions/runs/9'
}

async function guardVerdict(
  fixture: string,
  forceRecreate: boolean
): Promise<{ verdict: GateVerdict; addresses: string[] }> {
  const plan = await analyseFixture(fixture)
  const finding = checkDestroyGuard(plan, { environment: 'prod', protectedEnvironment: true, forceRecreate })
  const verdict = {
    allowed: finding.severity !== 'deny',
    environment: 'prod',
    protectedEnvironment: true,
    findings: [finding]
  }
  return { verdict, addresses: plan.destructiveAddresses }
}

describe('renderGateLog', () => {
  it('denied: the destroy message first, then every address, then how to proceed', async () => {
    const { verdict, addresses } = await guardVerdict('delete', false)
    const lines = renderGateLog(verdict)
    expect(lines[0].startsWith(PROD_DESTROY_MESSAGE)).toBe(true)
    expect(lines[1]).toBe(`Addresses (${addresses.length}):`)
    expect(lines.slice(2, 2 + addresses.length)).toEqual(addresses.map(address => `  - ${address}`))
    expect(lines[2 + addresses.length]).toMatch(/^How to proceed: .*force_recreate=true/)
    expect(lines).toHaveLength(3 + addresses.length)
  })

  it('allowed with force_recreate: an allowed line and the warning with its addresses', async () => {
    const { verdict, addresses } = await guardVerdict('replace-cbd', true)
    const lines = renderGateLog(verdict)
    expect(lines[0]).toBe("Safety gate: allowed for environment 'prod' (protected).")
    expect(lines[1]).toMatch(/^Warning: .*force_recreate=true/)
    expect(lines).toContain(`  - ${addresses[0]}`)
  })

  it('a denied verdict without a deny finding still says it is denied', () => {
    const lines = renderGateLog({
      allowed: false,
      environment: 'prod',
      protectedEnvironment: true,
      findings: []
    })
    expect(lines[0]).toMatch(/denied the plan/)
  })
})

describe('renderGateReport', () => {
  it('denied: the verdict in the first lines, the finding with its remedy, the destroyed addresses', async () => {
    const { verdict, addresses } = await guardVerdict('destroy', false)
    const plan = await analyseFixture('destroy')
    const summary = renderGateReport(verdict, plan, CONTEXT)
    const lines = summary.split('\n')
    expect(lines[0]).toBe('## infra-guard safety gate: <code>infra/app</code> → <code>prod</code>')
    expect(lines[2]).toContain('❌ **Gate: denied**')
    expect(summary).toContain('### Safety gate: ❌ denied')
    expect(summary).toContain(
      '**deny** <code>prod-destroy-guard</code>: Production deployment with resource destruction requires force_recreate=true'
    )
    expect(summary).toContain('How to proceed:')
    for (const address of addresses) expect(summary).toContain(`<code>${address}</code>`)
    expect(summary.indexOf('### Safety gate')).toBeLessThan(summary.indexOf('### 🔥'))
    expect(documentHazards(summary)).toEqual([])
  })

  it('dry run: says the step does not fail and apply must be skipped', async () => {
    const { verdict } = await guardVerdict('delete', false)
    const summary = renderGateReport(verdict, await analyseFixture('delete'), { ...CONTEXT, dryRun: true })
    expect(summary.split('\n')[2]).toContain('dry run: the step does not fail')
    expect(summary).toContain('**Dry run**')
  })

  it('allowed: no denial wording', async () => {
    const { verdict } = await guardVerdict('create-only', false)
    const summary = renderGateReport(verdict, await analyseFixture('create-only'), CONTEXT)
    expect(summary).toContain('✅ **Gate: allowed**')
    expect(summary).not.toContain('denied')
  })

  it('unreadable plan: verdict and the read error, nothing that needs the plan', async () => {
    const path = join(scratchDir(), 'truncated.json')
    writeFileSync(path, '{"format_version": "1.2", "resource_changes": [')
    const error = await analysePlanFile(path).then(
      () => undefined,
      (e: unknown) => e
    )
    expect(error).toBeDefined()
    const verdict: GateVerdict = {
      allowed: false,
      environment: 'prod',
      protectedEnvironment: true,
      findings: [
        {
          rule: 'plan-unreadable',
          severity: 'deny',
          addresses: [],
          message: describeError(error),
          remedy: 'Check the plan_json input.'
        }
      ]
    }
    const summary = renderGateReport(verdict, undefined, CONTEXT)
    expect(summary).toContain('🛑 **The gate could not evaluate this plan**')
    expect(summary).toContain('❌ **Gate: denied**')
    expect(summary).toContain('truncated.json')
    expect(summary).not.toContain('| To add |')
    expect(summary).toContain('[Workflow run](https://github.com/acme/infra/actions/runs/9)')
    expect(documentHazards(summary)).toEqual([])
  })
})
