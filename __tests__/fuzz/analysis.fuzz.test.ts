/**
 * Properties of the analysis and the gate over random valid plans: the counts always equal the
 * test's own recount, a plan of plain no-ops is never above risk none, an unknown action verb always
 * denies and names the verb, and the gate never allows a plan with something it could not read.
 */
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { KNOWN_ACTIONS } from '../../src/plan/model.js'
import type { PlanDocument } from '../helpers/plan-document.js'
import { noopPlanArb, planArb } from './arbitraries.js'
import { fuzzParameters, timeoutOf } from './fuzz-config.js'
import { analyseInMemory, destroyedAddresses, recount, unreadableProblems } from './oracle.js'

describe('random valid plans', () => {
  it(
    'counts equal an independent recount; nothing is unreadable; dev allows it',
    () => {
      fc.assert(
        fc.property(planArb(), document => {
          expect(unreadableProblems(document)).toEqual([])
          const { analysis, gate } = analyseInMemory(document)
          const expected = recount(document)
          expect(analysis.counts).toEqual(expected)
          expect(analysis.unreadable).toEqual([])
          expect(analysis.destructiveAddresses).toEqual(destroyedAddresses(document))
          const resourceChanges =
            expected.add +
            expected.change +
            expected.destroy +
            expected.import +
            expected.move +
            expected.forget
          const outputChanges = Object.values(document.output_changes ?? {}).some(
            change => change.actions.join(',') !== 'no-op'
          )
          expect(analysis.hasChanges).toBe(resourceChanges > 0 || outputChanges)
          // A fully read plan with no rule violations in an unprotected environment is not refused.
          expect(gate.findings.filter(finding => finding.severity === 'deny')).toEqual([])
          expect(gate.allowed).toBe(true)
        }),
        fuzzParameters('valid-plans-recount')
      )
    },
    timeoutOf('valid-plans-recount')
  )

  it(
    'a plan whose every change is a plain no-op (no previous_address, no importing) is risk none, even in prod',
    () => {
      fc.assert(
        fc.property(noopPlanArb, document => {
          const { analysis, gate } = analyseInMemory(document, 'prod')
          expect(analysis.risk.level).toBe('none')
          expect(analysis.hasChanges).toBe(false)
          expect(analysis.counts.noop).toBe(recount(document).total)
          expect(gate.allowed).toBe(true)
        }),
        fuzzParameters('noop-plans-risk-none')
      )
    },
    timeoutOf('noop-plans-risk-none')
  )
})

/** Verbs Terraform might add one day, and junk that only looks like a verb. */
const unknownVerbArb = fc
  .oneof(
    fc.constantFrom('import', 'move', 'replace', 'destroy', 'Create', 'create ', 'refresh', 'DELETE'),
    fc.stringMatching(/^[a-z][a-z-]{0,20}$/)
  )
  .filter(verb => !(KNOWN_ACTIONS as readonly string[]).includes(verb))

describe('unknown action verbs', () => {
  it(
    'deny the plan and name the verb, wherever it sits in the actions array, in a resource or an output',
    () => {
      fc.assert(
        fc.property(
          planArb({ maxEntries: 6 }),
          unknownVerbArb,
          fc.nat(),
          fc.nat(3),
          fc.boolean(),
          (generated: PlanDocument, verb, pick, position, inOutput) => {
            // fast-check reuses generated values while shrinking: never mutate them in place.
            const document = structuredClone(generated)
            const entries = document.resource_changes ?? []
            const outputs = Object.values(document.output_changes ?? {})
            if (inOutput && outputs.length > 0) {
              const change = outputs[pick % outputs.length]
              change.actions.splice(position % (change.actions.length + 1), 0, verb)
            } else if (entries.length > 0) {
              const change = entries[pick % entries.length].change
              change.actions.splice(position % (change.actions.length + 1), 0, verb)
            } else {
              document.resource_changes = [
                {
                  address: 'terraform_data.future',
                  mode: 'managed',
                  type: 'terraform_data',
                  name: 'future',
                  change: { actions: [verb], before: null, after: {} }
                }
              ]
            }
            for (const environment of ['dev', 'prod']) {
              const { analysis, gate } = analyseInMemory(document, environment)
              expect(analysis.unreadable.length).toBeGreaterThan(0)
              expect(gate.allowed).toBe(false)
              const finding = gate.findings.find(f => f.rule === 'plan-unreadable')
              expect(finding?.severity).toBe('deny')
              expect(finding?.message).toContain(`'${verb}'`)
            }
          }
        ),
        fuzzParameters('unknown-verbs-named')
      )
    },
    timeoutOf('unknown-verbs-named')
  )
})

describe('the gate over random plans, environments and flags', () => {
  const environmentArb = fc.constantFrom('dev', 'staging', 'prod', 'production', 'Production-EU', 'qa', 'prd')

  it(
    'allows only fully read plans; protected environments never allow an unforced destroy; every destroyed address is named',
    () => {
      fc.assert(
        fc.property(planArb(), environmentArb, fc.boolean(), (document, environment, forceRecreate) => {
          const { analysis, gate: unforced } = analyseInMemory(document, environment)
          const { gate: forced } = analyseInMemory(document, environment, forceRecreate)
          const destroyed = destroyedAddresses(document)
          for (const verdict of [unforced, forced]) {
            if (verdict.allowed) expect(analysis.unreadable).toEqual([])
            expect(verdict.allowed).toBe(!verdict.findings.some(f => f.severity === 'deny'))
          }
          // Undeclared names (qa, Production-EU) are protected: only the built-in dev and staging are not.
          expect(unforced.protectedEnvironment).toBe(!['dev', 'staging'].includes(environment))
          const guard = unforced.findings.find(f => f.rule === 'prod-destroy-guard')
          if (unforced.protectedEnvironment && destroyed.length > 0) {
            expect(unforced.allowed).toBe(false)
            expect(guard?.severity).toBe('deny')
            for (const address of destroyed) expect(guard?.addresses).toContain(address)
          } else {
            expect(guard?.severity).not.toBe('deny')
          }
          // force_recreate lifts only the destroy guard: it never turns a deny from another rule into an allow.
          const otherDenials = forced.findings.filter(
            f => f.severity === 'deny' && f.rule !== 'prod-destroy-guard'
          )
          expect(otherDenials.map(f => f.rule)).toEqual(
            unforced.findings
              .filter(f => f.severity === 'deny' && f.rule !== 'prod-destroy-guard')
              .map(f => f.rule)
          )
        }),
        fuzzParameters('gate-policy-random')
      )
    },
    timeoutOf('gate-policy-random')
  )
})
