/**
 * Cost end to end: Infracost JSON (written here in the shape `infracost diff --format json` and
 * `infracost breakdown --format json` produce) through the bundle, against per-environment ceilings
 * and approvals_by_cost. The plan is a real terraform plan; the costs are what Infracost would report.
 */
import { describe, expect, it } from '@jest/globals'
import {
  BIGGER_DATABASE,
  denials,
  finding,
  fixture,
  infracostJson,
  runGate,
  scratchDir,
  violations,
  warningAnnotations,
  writeText,
  type PricedResource
} from './policy-helpers.js'

const dir = scratchDir('cost')
const plan = fixture('create-only')

const policy = writeText(
  dir,
  'cost.yml',
  `environments:
  dev:
    max_monthly_cost_increase: 50
  prod:
    max_monthly_cost_increase: 500
approvals_by_cost:
  - { up_to: 100, approvals: 1 }
  - { up_to: 500, approvals: 2 }
  - { above: 500, approvals: 3, requires: [business_justification, cto_approval] }
`
)

/** One resource whose monthly cost goes from `before` to `before + change`. */
function oneChange(change: number, before = 120): PricedResource[] {
  return [
    {
      name: 'aws_instance.web',
      resourceType: 'aws_instance',
      before,
      after: Math.round((before + change) * 100) / 100,
      component: 'Instance usage (Linux/UNIX, on-demand, m6i.xlarge)'
    }
  ]
}

let files = 0
function costFile(resources: PricedResource[], options?: Parameters<typeof infracostJson>[1]): string {
  return writeText(dir, `infracost-${++files}.json`, infracostJson(resources, options))
}

const gate = (environment: string, inputs: Record<string, string>) =>
  runGate({ plan_json: plan, environment, config: policy, ...inputs })

describe('cost ceiling and approvals by cost (infracost_json)', () => {
  const bigger = costFile(BIGGER_DATABASE)

  it('denies +742.16 USD/month in prod (ceiling 500) and asks for 3 approvals with the checklist', async () => {
    const run = await gate('prod', { infracost_json: bigger })
    expect(run.exitCode).toBe(1)
    expect(run.outputs.allowed).toBe('false')
    expect(run.outputs.monthly_cost_change).toBe('742.16')
    expect(run.outputs.cost_currency).toBe('USD')
    expect(run.outputs.required_approvals).toBe('3')
    expect(denials(run)).toEqual(['cost-ceiling'])
    const cost = finding(run, 'cost-ceiling')
    expect(cost.message).toContain('+742.16 USD')
    expect(cost.message).toContain('ceiling of 500.00 USD')
    // Only resources whose cost rises are named; the unchanged bucket is not.
    expect(cost.addresses).toEqual(['aws_db_instance.db', 'aws_instance.web'])
    expect(cost.remedy).toContain('cost_override=true')
    expect(run.stdout).toMatch(/^::error::Monthly cost change \+742\.16 USD/m)
    expect(run.summary).toMatch(/Required approvals: 3/)
    expect(run.summary).toContain('Business justification')
    expect(run.summary).toContain('CTO approval')
  })

  it('lets the same change through with cost_override=true, recording it as a warning', async () => {
    const run = await gate('prod', {
      infracost_json: bigger,
      cost_override: 'true',
      override_reason: 'FIN-2026-118 capacity for Black Friday'
    })
    expect(run.exitCode).toBe(0)
    expect(run.outputs.allowed).toBe('true')
    expect(run.outputs.monthly_cost_change).toBe('742.16')
    expect(run.outputs.required_approvals).toBe('3')
    const [violation] = violations(run)
    expect(violation.rule).toBe('cost-ceiling')
    expect(violation.severity).toBe('warn')
    expect(violation.message).toContain('allowed by cost_override')
    expect(violation.message).toContain('FIN-2026-118')
    expect(warningAnnotations(run).some(line => line.includes('cost-ceiling'))).toBe(true)
  })

  const tiers: [number, string, boolean][] = [
    [-35.5, '1', true],
    [87.6, '1', true],
    [100.01, '2', true],
    [500, '2', true],
    [500.01, '3', false]
  ]
  it.each(tiers)(
    'a change of %d per month in prod needs %s approval(s) (allowed: %s)',
    async (change, approvals, allowed) => {
      const run = await gate('prod', { infracost_json: costFile(oneChange(change)) })
      expect(run.outputs.monthly_cost_change).toBe(change.toFixed(2))
      expect(run.outputs.required_approvals).toBe(approvals)
      expect(run.outputs.allowed).toBe(String(allowed))
      expect(run.exitCode).toBe(allowed ? 0 : 1)
    }
  )

  it('passes the currency through (EUR)', async () => {
    const file = costFile(oneChange(42.1), { currency: 'EUR' })
    const run = await gate('prod', { infracost_json: file })
    expect(run.exitCode).toBe(0)
    expect(run.outputs.cost_currency).toBe('EUR')
    expect(run.outputs.monthly_cost_change).toBe('42.10')
    expect(finding(run, 'cost-ceiling').message).toContain('+42.10 EUR')
    expect(run.summary).toContain('EUR')
  })

  it('counts the whole total as the increase when a breakdown has no past costs (dev ceiling 50)', async () => {
    const file = costFile(oneChange(64.24, 0), { breakdownOnly: true })
    const run = await gate('dev', { infracost_json: file })
    expect(run.exitCode).toBe(1)
    expect(run.outputs.monthly_cost_change).toBe('64.24')
    const cost = finding(run, 'cost-ceiling')
    expect(cost.severity).toBe('deny')
    expect(cost.message).toContain('no past costs')
  })

  it('denies a prod plan with changes when the ceiling has no estimate to check', async () => {
    const run = await gate('prod', {})
    expect(run.exitCode).toBe(1)
    expect(run.outputs.monthly_cost_change).toBeUndefined()
    const cost = finding(run, 'cost-ceiling')
    expect(cost.severity).toBe('deny')
    expect(cost.message).toContain('no Infracost estimate was given')
    expect(cost.remedy).toContain('infracost_json')
  })

  it('fails closed on a file that is not Infracost output, naming it', async () => {
    const file = writeText(dir, 'not-infracost.json', JSON.stringify({ totalMonthlyCost: '10' }))
    const run = await gate('prod', { infracost_json: file })
    expect(run.exitCode).toBe(1)
    expect(run.outputs.allowed).toBe('false')
    expect(denials(run)).toEqual(['fail-closed'])
    expect(run.stdout).toContain('not-infracost.json')
    expect(run.stdout).toContain("'currency' is missing")
  })

  it('plan mode reports the cost outputs too, without failing the step', async () => {
    const run = await runGate({
      mode: 'plan',
      plan_json: plan,
      environment: 'prod',
      config: policy,
      infracost_json: bigger
    })
    expect(run.exitCode).toBe(0)
    expect(run.outputs.monthly_cost_change).toBe('742.16')
    expect(run.outputs.cost_currency).toBe('USD')
    expect(run.outputs.required_approvals).toBe('3')
    expect(violations(run).map(item => `${item.rule}:${item.severity}`)).toEqual(['cost-ceiling:deny'])
    expect(run.stdout).toMatch(/::warning::The safety gate would deny this plan in 'prod'/)
  })
})
