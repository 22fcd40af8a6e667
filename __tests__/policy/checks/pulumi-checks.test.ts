/**
 * The gate on Pulumi plans, through the entry every mode uses (choosePlanFormat, evaluatePlan):
 * protected deletes and replacements denied first and whatever force_recreate says, a log of an
 * update that ran refused as "not a preview", the stack resolving the environment (one stack only,
 * never gated with a less protected environment's rules), protected_resources by URN and by
 * `type::name`, and plan trust worded from Pulumi's own output. Cases marked "derived from Pulumi's
 * engine tests" are pulumi/pulumi lifecycle-test event streams (__fixtures__/pulumi/README.md),
 * unchanged unless the test says what it changed.
 */
import { describe, expect, it } from '@jest/globals'
import { defaultPolicy } from '../../../src/policy/config/defaults.js'
import { resolveEnvironment } from '../../../src/policy/environment.js'
import type { PolicyFinding } from '../../../src/policy/types.js'
import {
  eventLog,
  evaluateBytes,
  fixtureBytes,
  preEvent,
  previewJson,
  state,
  urnOf
} from '../../plan/pulumi/pulumi-fixtures.js'

const FILE = 'preview.json'
const denials = (findings: PolicyFinding[]) =>
  findings.filter(finding => finding.severity === 'deny').map(finding => finding.rule)

/** An engine stream with its summaryEvent marked a preview (the change a test says it made). */
function asPreview(part: string): Buffer {
  return Buffer.from(fixtureBytes(part).toString('utf8').replace('"isPreview":false', '"isPreview":true'))
}

/**
 * Pulumi's engine tests run in stack `test`. A name the policy does not declare is protected, so a
 * `test` stack gated as dev is refused (pulumi-stack); the tests about other checks declare it as an
 * alias of dev, as a user with such a stack would.
 */
const TEST_IS_DEV = (() => {
  const policy = defaultPolicy()
  policy.environments.dev.aliases.push('test')
  return policy
})()

const bucket = 'aws:s3/bucket:Bucket'
const database = 'aws:rds/instance:Instance'

describe('protected resources (derived from Pulumi engine tests)', () => {
  it('deleting protected resources in a preview (TestMultipleProtectedDeletes/1) is denied first, even in dev with force_recreate', () => {
    const { analysis, verdict } = evaluateBytes(FILE, fixtureBytes('TestMultipleProtectedDeletes__1'), {
      forceRecreate: true,
      policy: TEST_IS_DEV
    })
    expect(analysis.pulumi?.protectedDestroys).toEqual([
      'urn:pulumi:test::test::pkgA:m:typA::resA',
      'urn:pulumi:test::test::pkgA:m:typA::resB'
    ])
    expect(verdict.allowed).toBe(false)
    const [first] = verdict.findings
    expect(first).toMatchObject({
      rule: 'pulumi-protect',
      severity: 'deny',
      addresses: analysis.pulumi?.protectedDestroys
    })
    expect(first.message).toBe(
      '2 resource(s) marked `protect` would be deleted or replaced (pkgA:m:typA::resA, pkgA:m:typA::resB). ' +
        'Pulumi refuses to delete a protected resource, so `pulumi up` would fail at that step, part-way through the update; ' +
        'force_recreate does not change that.'
    )
    expect(first.remedy).toContain(
      "set `protect: false` on each in the program (or run `pulumi state unprotect 'urn:pulumi:test::test::pkgA:m:typA::resA'`), run `pulumi up`"
    )
    // Pulumi's own errors deny too, worded from its diagnostics.
    expect(denials(verdict.findings)).toEqual(['pulumi-protect', 'plan-errored'])
  })

  it('replacing a protected resource (TestProtect/1, a preview) is denied; so is a replace that drops protection in the same run (TestProtect/4)', () => {
    const replaced = evaluateBytes(FILE, fixtureBytes('TestProtect__1'), {
      forceRecreate: true,
      policy: TEST_IS_DEV
    })
    expect(replaced.analysis.counts.replace).toBe(1)
    expect(denials(replaced.verdict.findings)[0]).toBe('pulumi-protect')
    // TestProtect/4 is an update log; as a preview (isPreview made true) the old state is still protected.
    const unprotecting = evaluateBytes(FILE, asPreview('TestProtect__4'), {
      forceRecreate: true,
      policy: TEST_IS_DEV
    })
    expect(unprotecting.analysis.errored).toBe(false)
    expect(denials(unprotecting.verdict.findings)).toEqual(['pulumi-protect'])
  })

  it('a protected delete in an update (TestProtect/3, made a preview) is denied; an unprotected replace (TestProtect/6) is not', () => {
    expect(
      denials(evaluateBytes(FILE, asPreview('TestProtect__3'), { policy: TEST_IS_DEV }).verdict.findings)
    ).toEqual(['pulumi-protect', 'plan-errored'])
    const protecting = evaluateBytes(FILE, asPreview('TestProtect__6'), {
      forceRecreate: true,
      policy: TEST_IS_DEV
    })
    expect(protecting.verdict.findings[0]).toMatchObject({ rule: 'pulumi-protect', severity: 'pass' })
    expect(protecting.verdict.allowed).toBe(true)
  })

  it('retainOnDelete does not get past protect: Pulumi refuses any delete of a protected resource', () => {
    const retained = state(bucket, 'logs', { protect: true, retainOnDelete: true })
    const { analysis, verdict } = evaluateBytes(
      FILE,
      previewJson([{ op: 'delete', urn: urnOf(bucket, 'logs'), oldState: retained }])
    )
    expect(analysis.counts.forget).toBe(1)
    expect(denials(verdict.findings)).toEqual(['pulumi-protect'])
  })

  it('a Terraform plan gets no Pulumi findings', async () => {
    const { readFileSync } = await import('node:fs')
    const { join } = await import('node:path')
    const { REPO_ROOT } = await import('../../helpers/run-action.js')
    const plan = readFileSync(join(REPO_ROOT, '__fixtures__', 'plans', 'delete.json'))
    const { analysis, verdict } = evaluateBytes('plan.json', plan)
    expect(analysis.pulumi).toBeUndefined()
    expect(verdict.findings.filter(finding => finding.rule.startsWith('pulumi-'))).toEqual([])
  })
})

describe('only a preview is gated', () => {
  it('the log of an update that ran (TestProtect/0: isPreview false) is denied as not a preview', () => {
    const { analysis, verdict } = evaluateBytes('up.log', fixtureBytes('TestProtect__0'))
    expect(analysis.pulumi?.isPreview).toBe(false)
    const finding = verdict.findings.find(f => f.rule === 'pulumi-preview')
    expect(finding).toMatchObject({ severity: 'deny' })
    expect(finding?.message).toBe(
      "'up.log' is the event log of a Pulumi operation that ran (`pulumi up`, destroy or refresh: summaryEvent.isPreview is false), not a preview: its changes are already made, so there is nothing left to gate."
    )
    expect(verdict.allowed).toBe(false)
  })

  it('a log that does not say (no isPreview, as the display-test up.json) is doubt, and denied', () => {
    const { verdict } = evaluateBytes('up.json', fixtureBytes('not-truncated__up.json'))
    expect(verdict.findings.find(f => f.rule === 'pulumi-preview')?.message).toMatch(
      /does not say whether it is a preview/
    )
    expect(verdict.allowed).toBe(false)
  })

  it('a preview log (TestDetailedDiffReplace/1) and `pulumi preview --json` pass', () => {
    for (const bytes of [fixtureBytes('TestDetailedDiffReplace__1'), fixtureBytes('sample-preview-update')]) {
      const { verdict } = evaluateBytes(FILE, bytes, { policy: TEST_IS_DEV })
      expect(verdict.findings.find(f => f.rule === 'pulumi-preview')?.severity).toBe('pass')
      expect(verdict.allowed).toBe(true)
    }
  })
})

describe('the stack and the environment', () => {
  const create = (stack: string) => ({
    op: 'create',
    urn: urnOf(bucket, `b-${stack}`, stack),
    newState: { urn: urnOf(bucket, `b-${stack}`, stack), type: bucket, custom: true, inputs: {} }
  })

  it('resolveEnvironment: the input and workflow_dispatch win, then the stack (the most protected of several), then the branch', () => {
    const environments = defaultPolicy().environments
    expect(resolveEnvironment({ stacks: ['production'], branch: 'develop' }, environments)).toEqual({
      name: 'prod',
      requested: 'production',
      source: 'stack',
      protected: true
    })
    expect(resolveEnvironment({ stacks: ['dev', 'prod'] }, environments)).toMatchObject({ name: 'prod' })
    expect(resolveEnvironment({ explicit: 'staging', stacks: ['prod'] }, environments).name).toBe('staging')
    expect(resolveEnvironment({ dispatch: 'dev', stacks: ['prod'] }, environments).name).toBe('dev')
    expect(resolveEnvironment({ stacks: [], branch: 'main' }, environments)).toMatchObject({
      source: 'branch'
    })
  })

  it('a stack the policy does not declare is protected: gated as dev it is refused, declared as dev it passes', () => {
    const bytes = fixtureBytes('TestDetailedDiffReplace__1')
    const undeclared = evaluateBytes(FILE, bytes)
    expect(undeclared.verdict.findings.find(f => f.rule === 'pulumi-stack')).toMatchObject({
      severity: 'deny'
    })
    expect(undeclared.verdict.allowed).toBe(false)
    expect(evaluateBytes(FILE, bytes, { policy: TEST_IS_DEV }).verdict.allowed).toBe(true)
  })

  it('a preview of two stacks is denied, whatever the environment', () => {
    const { verdict } = evaluateBytes(FILE, previewJson([create('dev'), create('prod')]), {
      request: { stacks: ['dev', 'prod'] }
    })
    expect(verdict.environment).toBe('prod')
    const finding = verdict.findings.find(f => f.rule === 'pulumi-stack')
    expect(finding?.severity).toBe('deny')
    expect(finding?.message).toMatch(/^The preview names 2 stacks \('dev', 'prod'\)/)
  })

  it('a prod stack gated with the rules of dev (environment input) is denied; with prod it passes', () => {
    const bytes = previewJson([create('prod')])
    const asDev = evaluateBytes(FILE, bytes, { request: { explicit: 'dev' } })
    expect(asDev.verdict.findings.find(f => f.rule === 'pulumi-stack')).toMatchObject({
      severity: 'deny',
      message:
        "The preview is of stack 'prod', which stands for the protected environment 'prod', but the gate applies the rules of 'dev' (from input), which is not protected."
    })
    expect(evaluateBytes(FILE, bytes, { request: { explicit: 'prod' } }).verdict.allowed).toBe(true)
    // A dev stack gated as prod is stricter than needed, never laxer: it passes.
    expect(
      evaluateBytes(FILE, previewJson([create('dev')]), { request: { explicit: 'prod' } }).verdict.allowed
    ).toBe(true)
  })

  it('the environment the stack resolved must be the stack the gate read', () => {
    const bytes = previewJson([create('dev')])
    expect(
      evaluateBytes(FILE, bytes, { request: { stacks: ['dev'] } }).verdict.findings.find(
        f => f.rule === 'pulumi-stack'
      )
    ).toMatchObject({
      severity: 'pass',
      message: "Stack 'dev' resolved the environment 'dev'."
    })
    // The file was read for its stack, then rewritten before the gate read it.
    const swapped = evaluateBytes(FILE, previewJson([create('prod')]), { request: { stacks: ['dev'] } })
    expect(swapped.verdict.findings.find(f => f.rule === 'pulumi-stack')?.message).toMatch(
      /resolved from stack 'dev', but the preview the gate read is of stack 'prod'/
    )
    expect(swapped.verdict.allowed).toBe(false)
  })

  it('a prod stack that deletes needs force_recreate (the destroy guard sees URNs like addresses)', () => {
    const doomed = {
      op: 'delete',
      urn: urnOf(database, 'orders', 'prod'),
      oldState: { ...state(database, 'orders'), urn: urnOf(database, 'orders', 'prod') }
    }
    const denied = evaluateBytes(FILE, previewJson([doomed]), { request: { stacks: ['prod'] } })
    expect(denials(denied.verdict.findings)).toEqual(['prod-destroy-guard'])
    expect(denied.verdict.findings.find(f => f.rule === 'prod-destroy-guard')?.addresses).toEqual([
      doomed.urn
    ])
    expect(denied.analysis.risk.reasons.map(reason => reason.rule)).toContain('data-bearing-destroy')
    const forced = evaluateBytes(FILE, previewJson([doomed]), {
      request: { stacks: ['prod'] },
      forceRecreate: true
    })
    expect(forced.verdict.allowed).toBe(true)
  })
})

describe('protected_resources match URNs and `type::name`', () => {
  const doomed = (name: string) => ({
    op: 'delete',
    urn: urnOf(database, name, 'prod'),
    oldState: { ...state(database, name), urn: urnOf(database, name, 'prod') }
  })
  const policyWith = (globs: string[]) => ({ ...defaultPolicy(), protectedResources: globs })

  it.each([
    ['type::name', 'aws:rds/instance:Instance::orders'],
    ['a type glob', 'aws:rds/*'],
    ['a URN glob', 'urn:pulumi:prod::demo::aws:rds/instance:Instance::*']
  ])('by %s, even with force_recreate; allow_destroy takes the exact URN', (_, glob) => {
    const bytes = previewJson([doomed('orders'), doomed('scratch')])
    const run = { request: { explicit: 'prod' }, forceRecreate: true, policy: policyWith([glob]) }
    const denied = evaluateBytes(FILE, bytes, run)
    const finding = denied.verdict.findings.find(f => f.rule === 'protected-resource')
    const expected = glob.endsWith('::orders')
      ? [urnOf(database, 'orders', 'prod')]
      : [doomed('orders').urn, doomed('scratch').urn]
    expect(finding).toMatchObject({ severity: 'deny', addresses: expected })
    const allowed = evaluateBytes(FILE, bytes, { ...run, allowDestroy: expected })
    expect(allowed.verdict.findings.find(f => f.rule === 'protected-resource')?.severity).toBe('warn')
    expect(allowed.verdict.allowed).toBe(true)
  })

  it('a glob for another name or type protects nothing', () => {
    const run = {
      request: { explicit: 'prod' },
      forceRecreate: true,
      policy: policyWith(['aws:rds/instance:Instance::billing', 'aws:s3/*'])
    }
    expect(evaluateBytes(FILE, previewJson([doomed('orders')]), run).verdict.allowed).toBe(true)
  })
})

describe("plan trust in Pulumi's words", () => {
  it('errors quote Pulumi’s diagnostics on one line, without colour codes (TestProtect/2, derived from Pulumi engine tests)', () => {
    const { verdict } = evaluateBytes(FILE, asPreview('TestProtect__2'))
    const finding = verdict.findings.find(f => f.rule === 'plan-errored')
    expect(finding?.message).toMatch(/^Pulumi reported \d+ error\(s\) in 'preview\.json': /)
    expect(finding?.message).not.toMatch(/\n|<\{%|Terraform/)
    expect(finding?.remedy).toBe(
      'Fix what the errors say, run `pulumi preview` again and gate the new preview.'
    )
  })

  it('a diagnostic crafted to break lines or fake log commands stays one bounded line', () => {
    const log = eventLog([
      preEvent('create', bucket, 'b', null, state(bucket, 'b')),
      {
        sequence: 0,
        timestamp: 0,
        diagnosticEvent: { severity: 'error', message: `boom\n::error::forged\r\u2028${'z'.repeat(5000)}` }
      }
    ])
    const finding = evaluateBytes(FILE, log).verdict.findings.find(f => f.rule === 'plan-errored')
    expect(finding?.message).toContain('boom ::error::forged z')
    expect(finding?.message).not.toMatch(/[\n\r\u2028]/)
    expect(finding!.message.length).toBeLessThan(600)
  })
})
