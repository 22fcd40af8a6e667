/**
 * The whole gate on real plans. cloud-db-replace is the real replace-triggers plan with the
 * terraform_data resource renamed to aws_db_instance (see __fixtures__); the fail-closed cases edit
 * a copy of a real plan (an unknown action verb, `errored: true`) the way a newer or broken
 * terraform might write it.
 */
import { describe, expect, it } from '@jest/globals'
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { analysePlanFile } from '../helpers/plan-source.js'
import { PROD_DESTROY_MESSAGE } from '../../src/constants.js'
import { resolveEnvironment } from '../../src/policy/environment.js'
import { evaluateGate, listViolations, type GateInput } from '../../src/policy/evaluate-gate.js'
import { loadPolicyFile as loadPolicy, readCostFile } from '../../src/action/adapters/files.js'
import { parsePolicy } from '../../src/policy/config/parse-policy.js'
import { createRuleEvaluator } from '../../src/policy/checks/rules.js'
import type { EffectivePolicy } from '../../src/policy/types.js'
import { fixturePlan, ROOT } from './plan-entries.js'

// Thursday 2026-01-15 10:00 in Seoul, and 18:00 the same day.
const THURSDAY_10 = new Date('2026-01-15T01:00:00Z')
const THURSDAY_18 = new Date('2026-01-15T09:00:00Z')

async function gate(
  plan: string,
  policy: EffectivePolicy,
  overrides: Partial<GateInput> & { env?: string } = {}
) {
  const environment = resolveEnvironment({ explicit: overrides.env ?? 'prod' }, policy.environments)
  const evaluator = createRuleEvaluator(policy, environment)
  const analysis = await analysePlanFile(plan, {
    visitors: [evaluator],
    dataBearingTypes: policy.risk.dataBearingTypes,
    deletionThreshold: policy.risk.deletionThreshold
  })
  return evaluateGate({
    analysis,
    policy,
    environment,
    forceRecreate: false,
    allowDestroy: [],
    costOverride: false,
    emergencyOverride: false,
    overrideReason: '',
    ruleFindings: evaluator.findings(),
    now: THURSDAY_10,
    ...overrides
  })
}

const denied = (verdict: { findings: { rule: string; severity: string }[] }) =>
  verdict.findings.filter(finding => finding.severity === 'deny').map(finding => finding.rule)

describe('destroy guard and protected resources', () => {
  const defaults = parsePolicy('', 'p.yml')
  const guarded = parsePolicy('protected_resources: ["aws_db_instance.*"]\n', 'p.yml')

  it('denies a prod replacement without force_recreate and allows it with force_recreate under the defaults', async () => {
    const refused = await gate(fixturePlan('cloud-db-replace'), defaults)
    expect(refused.allowed).toBe(false)
    expect(denied(refused)).toEqual(['prod-destroy-guard'])
    expect(refused.findings.find(finding => finding.rule === 'prod-destroy-guard')?.message).toContain(
      PROD_DESTROY_MESSAGE
    )
    expect((await gate(fixturePlan('cloud-db-replace'), defaults, { forceRecreate: true })).allowed).toBe(
      true
    )
    expect((await gate(fixturePlan('cloud-db-replace'), defaults, { env: 'dev' })).allowed).toBe(true)
  })

  it('keeps protected resources denied even with force_recreate, unless allow_destroy names the exact address', async () => {
    const forced = await gate(fixturePlan('cloud-db-replace'), guarded, { forceRecreate: true })
    expect(denied(forced)).toEqual(['protected-resource'])
    const finding = forced.findings.find(item => item.rule === 'protected-resource')
    expect(finding?.addresses).toEqual(['aws_db_instance.db'])
    expect(finding?.remedy).toContain('allow_destroy: aws_db_instance.db')
    const glob = await gate(fixturePlan('cloud-db-replace'), guarded, {
      forceRecreate: true,
      allowDestroy: ['aws_db_instance.*']
    })
    expect(glob.allowed).toBe(false)
    const exact = await gate(fixturePlan('cloud-db-replace'), guarded, {
      forceRecreate: true,
      allowDestroy: ['aws_db_instance.db']
    })
    expect(exact.allowed).toBe(true)
    expect(exact.findings.find(item => item.rule === 'protected-resource')?.severity).toBe('warn')
    // Not a protected environment: protected_resources does not apply.
    expect((await gate(fixturePlan('cloud-db-replace'), guarded, { env: 'staging' })).allowed).toBe(true)
  })

  it('matches protected globs inside modules unless the glob names a module', async () => {
    const inModules = parsePolicy(
      'protected_resources: ["aws_instance.node[*]", "module.other.aws_ssm_parameter.*"]\n',
      'p.yml'
    )
    const verdict = await gate(fixturePlan('cloud-modules'), inModules, { forceRecreate: true })
    const finding = verdict.findings.find(item => item.rule === 'protected-resource')
    expect(finding?.addresses.sort()).toEqual([
      'module.app.aws_instance.node[1]',
      'module.app.aws_instance.node[2]',
      'module.legacy.aws_instance.node[0]'
    ])
  })
})

describe('deployment windows and overrides', () => {
  const windowed = parsePolicy(
    'environments:\n  prod:\n    deployment_windows: { timezone: Asia/Seoul, allow: ["Mon-Thu 09:00-17:00"] }\n',
    'p.yml'
  )

  it('denies outside the window and records an emergency override with its reason', async () => {
    expect((await gate(fixturePlan('cloud-creates'), windowed)).allowed).toBe(true)
    const late = await gate(fixturePlan('cloud-creates'), windowed, { now: THURSDAY_18 })
    expect(denied(late)).toEqual(['deployment-window'])
    expect(late.findings.find(item => item.rule === 'deployment-window')?.message).toContain(
      'The next window opens Mon 2026-01-19 09:00 (Asia/Seoul)'
    )
    const noReason = await gate(fixturePlan('cloud-creates'), windowed, {
      now: THURSDAY_18,
      emergencyOverride: true,
      overrideReason: '  '
    })
    expect(noReason.allowed).toBe(false)
    expect(noReason.findings.find(item => item.rule === 'deployment-window')?.message).toContain(
      'without an override_reason'
    )
    const emergency = await gate(fixturePlan('cloud-creates'), windowed, {
      now: THURSDAY_18,
      emergencyOverride: true,
      overrideReason: 'INC-1234 hotfix'
    })
    expect(emergency.allowed).toBe(true)
    expect(emergency.overridesUsed).toEqual(['emergency_override'])
    expect(emergency.overrideReason).toBe('INC-1234 hotfix')
    expect(emergency.findings.find(item => item.rule === 'deployment-window')?.message).toContain(
      'reason: INC-1234 hotfix'
    )
  })
})

describe('the opinionated example policy', () => {
  it('gates a prod plan on cost, rules, limits and approvals together', async () => {
    const { policy } = await loadPolicy({ path: join(ROOT, 'examples', 'infra-guard.yml'), explicit: true })
    const cost = readCostFile(join(ROOT, '__tests__', 'policy', 'fixtures', 'infracost-diff.json'))
    const verdict = await gate(fixturePlan('cloud-creates'), policy, {
      cost,
      enforceApprovals: true,
      approvalsData: { approvers: ['bob', 'alice'], author: 'alice', changesRequestedBy: [] }
    })
    // 599.77 USD > 500; the created aws_db_instance has no deletion_protection; 3 approvals needed, 1 counted.
    expect(denied(verdict).sort()).toEqual(['approvals', 'cost-ceiling', 'rule:rds-deletion-protection'])
    expect(verdict.approvals.required).toBe(3)
    expect(verdict.approvals.checklist).toContain('CTO approval recorded on the pull request')
    const violations = listViolations(verdict.findings)
    expect(violations.every(item => Object.keys(item).join() === 'rule,severity,addresses,message')).toBe(
      true
    )
    expect(violations.map(item => item.rule)).toContain('cost-ceiling')
  })
})

describe('fail closed', () => {
  const defaults = parsePolicy('', 'p.yml')
  const edited = (name: string, edit: (plan: Record<string, unknown>) => void): string => {
    const plan = JSON.parse(readFileSync(fixturePlan(name), 'utf8'))
    edit(plan)
    const file = join(mkdtempSync(join(tmpdir(), 'infra-guard-gate-')), 'plan.json')
    writeFileSync(file, JSON.stringify(plan))
    return file
  }

  it('denies a plan with an action verb it does not know, even in dev', async () => {
    const plan = edited('create-only', document => {
      ;(document.resource_changes as { change: { actions: string[] } }[])[0].change.actions = ['transmogrify']
    })
    const verdict = await gate(plan, defaults, { env: 'dev' })
    expect(verdict.allowed).toBe(false)
    expect(denied(verdict)).toContain('plan-unreadable')
  })

  it('denies a plan terraform marked as errored', async () => {
    const verdict = await gate(
      edited('create-only', document => (document.errored = true)),
      defaults,
      { env: 'dev' }
    )
    expect(denied(verdict)).toContain('plan-errored')
  })

  it('denies enforced approvals when no pull request is known', async () => {
    const strict = parsePolicy('environments:\n  dev: { required_approvals: 1 }\n', 'p.yml')
    const verdict = await gate(fixturePlan('create-only'), strict, { env: 'dev', enforceApprovals: true })
    expect(denied(verdict)).toEqual(['approvals'])
  })
})
