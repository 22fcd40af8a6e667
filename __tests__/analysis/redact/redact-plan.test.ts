/**
 * The plan JSON the artifact stores (redact/redact-plan.ts), over every real plan fixture: no secret
 * the plan holds (found by the test's own oracle, and by the analysis) is left in it, it is still a
 * plan the gate reads to the same counts, risk and destroyed addresses, and it is the same text
 * however the plan is split into pieces.
 */
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { planSecrets } from '../../../src/analysis/plan-secrets.js'
import { createPlanRedactor, redactPlanText } from '../../../src/analysis/redact/redact-plan.js'
import { isStrongSecret, SENSITIVE_PLACEHOLDER as S } from '../../../src/analysis/scrub-secrets.js'
import type { PlanAnalysis } from '../../../src/analysis/types.js'
import { memorySource } from '../../helpers/plan-source.js'
import { REPO_ROOT } from '../../helpers/run-action.js'
import { leakedSecrets, secretsOf } from '../../security/secret-oracle.js'
import { analysePlan } from '../../../src/analysis/analyse-plan.js'

const SEED = { seed: 20240615, numRuns: 25 }
const PLANS = join(REPO_ROOT, '__fixtures__', 'plans')
const GOLDEN = join(REPO_ROOT, '__fixtures__', 'golden')

const fixtures = [
  ...readdirSync(PLANS)
    .filter(name => name.endsWith('.json') && !name.endsWith('.expected.json'))
    .map(name => ({ name, path: join(PLANS, name) })),
  ...readdirSync(GOLDEN, { withFileTypes: true })
    .filter(entry => entry.isDirectory())
    .map(entry => ({ name: `golden/${entry.name}`, path: join(GOLDEN, entry.name, 'plan.json') }))
].map(fixture => {
  const text = readFileSync(fixture.path, 'utf8')
  const analysis = analysePlan(memorySource(text, fixture.name))
  return { ...fixture, text, analysis, redacted: redactPlanText(text, planSecrets(analysis.sensitiveValues)) }
})

/** Every string and member name in a JSON document. */
function strings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value)
  else if (value !== null && typeof value === 'object')
    for (const [key, child] of Object.entries(value)) {
      if (!Array.isArray(value)) out.push(key)
      strings(child, out)
    }
  return out
}

function summary(analysis: PlanAnalysis) {
  return {
    counts: analysis.counts,
    risk: analysis.risk.level,
    rules: analysis.risk.reasons.map(reason => reason.rule),
    unreadable: analysis.unreadable,
    hasChanges: analysis.hasChanges,
    complete: analysis.complete,
    errored: analysis.errored
  }
}

describe.each(fixtures)('$name', ({ name, text, analysis, redacted }) => {
  it('holds no secret: not the oracle’s, not the analysis’s strong ones, no weak one as a whole value', () => {
    const document = JSON.parse(text) as Record<string, unknown>
    expect(leakedSecrets(redacted, secretsOf(document))).toEqual([])
    const strong = [...analysis.sensitiveValues].filter(isStrongSecret)
    expect(leakedSecrets(redacted, strong)).toEqual([])
    const weak = new Set([...analysis.sensitiveValues].filter(secret => !isStrongSecret(secret)))
    const kept = new Set(['update', 'create', 'delete', 'no-op', 'read', 'forget', 'managed', 'data'])
    expect(strings(JSON.parse(redacted)).filter(value => weak.has(value) && !kept.has(value))).toEqual([])
  })

  it('is a plan the gate reads to the same counts, risk and destroyed addresses', () => {
    const again = analysePlan(memorySource(redacted, `redacted-${name}`))
    expect(summary(again)).toEqual(summary(analysis))
    const scrub = planSecrets(analysis.sensitiveValues).scrub
    expect(again.destructiveAddresses).toEqual(analysis.destructiveAddresses.map(address => scrub(address)))
  })

  it('is the same text when redacted again, and when its redaction is redacted', () => {
    expect(redactPlanText(text, planSecrets(analysis.sensitiveValues))).toBe(redacted)
    expect(redactPlanText(redacted, planSecrets(analysis.sensitiveValues))).toBe(redacted)
  })
})

describe('streaming', () => {
  const sensitive = fixtures.find(fixture => fixture.name === 'sensitive.json')!

  it('gives the same text whatever the pieces the plan arrives in (property)', () => {
    const secrets = planSecrets(sensitive.analysis.sensitiveValues)
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 97 }), { minLength: 1, maxLength: 20 }), sizes => {
        const parts: string[] = []
        const redactor = createPlanRedactor(secrets, part => parts.push(part))
        for (let at = 0, i = 0; at < sensitive.text.length; i++) {
          const size = sizes[i % sizes.length]
          redactor.feed(sensitive.text.slice(at, at + size))
          at += size
        }
        redactor.end()
        expect(parts.join('')).toBe(sensitive.redacted)
      }),
      SEED
    )
  })

  it('refuses a document that ends early', () => {
    const redactor = createPlanRedactor(planSecrets(new Set()), () => undefined)
    redactor.feed('{"resource_changes":[{"address":"a"')
    expect(() => redactor.end()).toThrow(/ends early/)
  })
})

describe('hostile shapes', () => {
  const secrets = planSecrets(new Set(['Mk9-key-A', 'Mk9-key-B', 'Zq7', '918273645', 'delete', 'sens-key-1']))
  const plan = (changes: unknown[], extra: Record<string, unknown> = {}) =>
    JSON.stringify({ format_version: '1.2', resource_changes: changes, ...extra })
  const change = (before: unknown, marks: unknown = {}, extra: Record<string, unknown> = {}) => ({
    address: 'x_y.a',
    mode: 'managed',
    type: 'x_y',
    name: 'a',
    change: {
      actions: ['delete'],
      before,
      after: null,
      before_sensitive: marks,
      after_sensitive: false,
      ...extra
    }
  })

  it('keys made equal by redaction stay distinct, and marks keep lining up with their values', () => {
    const out = JSON.parse(
      redactPlanText(
        plan([change({ m: { 'Mk9-key-A': 1, 'Mk9-key-B': 2 } }, { m: { 'Mk9-key-B': true } })]),
        secrets
      )
    )
    const { before, before_sensitive: marks } = out.resource_changes[0].change
    expect(Object.keys(before.m)).toEqual([S, `${S} #2`])
    expect(before.m[`${S} #2`]).toBe(S)
    expect(before.m[S]).toBe(1)
    expect(marks).toEqual({ m: { [`${S} #2`]: true } })
  })

  it('never redacts what says what the plan is: actions, types, names, versions', () => {
    const out = JSON.parse(
      redactPlanText(plan([change({ n: 'delete' })], { terraform_version: 'Zq7' }), secrets)
    )
    expect(out.resource_changes[0].change.actions).toEqual(['delete'])
    expect(out.resource_changes[0].change.before.n).toBe(S)
    expect(out.terraform_version).toBe('Zq7')
  })

  it('keeps __proto__ members as members and redacts what is under them', () => {
    const text =
      '{"format_version":"1.2","resource_changes":[{"address":"x_y.a","mode":"managed","type":"x_y","name":"a","change":{"actions":["delete"],"before":{"__proto__":"sens-key-1","n":918273645},"after":null,"before_sensitive":{}}}]}'
    const out = redactPlanText(text, secrets)
    expect(out).toContain(`"__proto__":"${S}"`)
    expect(out).not.toContain('918273645')
  })

  it('redacts strings hidden in mark trees and sensitive configuration defaults', () => {
    const out = redactPlanText(
      plan([change({ a: 1 }, { a: 'sens-key-1' })], {
        configuration: {
          root_module: {
            variables: { pin: { default: 1234, sensitive: true } },
            outputs: { o: { sensitive: true, expression: { constant_value: 'x' } } }
          }
        }
      }),
      secrets
    )
    expect(out).not.toContain('sens-key-1')
    const configuration = JSON.parse(out).configuration.root_module
    expect(configuration.variables.pin.default).toBe(S)
    expect(configuration.outputs.o.expression).toBe(S)
  })
})

describe('Pulumi previews and event logs', () => {
  const PULUMI = join(REPO_ROOT, '__fixtures__', 'pulumi')
  const readable = readdirSync(PULUMI)
    .filter(name => name.endsWith('.json'))
    .flatMap(name => {
      const text = readFileSync(join(PULUMI, name), 'utf8')
      try {
        return [{ name, text, analysis: analysePlan(memorySource(text, name), { format: 'pulumi' }) }]
      } catch {
        return [] // a state export or an applied update: not a preview, refused by the reader
      }
    })

  it('there are previews and event logs to redact', () => {
    expect(readable.length).toBeGreaterThan(10)
    expect(readable.some(fixture => fixture.text.trimEnd().includes('\n{'))).toBe(true)
  })

  it.each(readable.map(fixture => [fixture.name, fixture] as const))(
    '%s is still read to the same counts and risk',
    (name, { text, analysis }) => {
      const redacted = redactPlanText(text, planSecrets(analysis.sensitiveValues))
      const again = analysePlan(memorySource(redacted, name), { format: 'pulumi' })
      expect(summary(again)).toEqual(summary(analysis))
      expect(leakedSecrets(redacted, [...analysis.sensitiveValues].filter(isStrongSecret))).toEqual([])
    }
  )
})
