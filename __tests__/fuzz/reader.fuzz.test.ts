/**
 * Mutation fuzzing through the real file path (reader → analyzer + rule evaluator → gate), on real
 * fixture plans and on generated ones: whatever the damage, the only thing thrown is a typed
 * InfraGuardError, a plan the test's own check calls not fully readable is never allowed, and a plan
 * it calls readable is read with counts equal to the recount.
 */
import { afterAll, describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { withPlanFile } from '../../src/action/adapters/files.js'
import { PlanReadError } from '../../src/errors.js'
import type { PlanDocument } from '../helpers/plan-document.js'
import { REPO_ROOT } from '../helpers/run-action.js'
import { planArb } from './arbitraries.js'
import { fuzzParameters, timeoutOf } from './fuzz-config.js'
import {
  applyBytes,
  applyStructural,
  byteMutationArb,
  serialiseMutated,
  structuralMutationArb
} from './mutations.js'
import { evaluateSource, onlyTypedErrors, recount, unreadableProblems, writePlan } from './oracle.js'

const PLANS = join(REPO_ROOT, '__fixtures__', 'plans')
const FIXTURES = readdirSync(PLANS)
  .filter(name => name.endsWith('.json') && !name.endsWith('.expected.json'))
  .sort()
  .map(name => ({ name, text: readFileSync(join(PLANS, name), 'utf8') }))
const scratch = mkdtempSync(join(tmpdir(), 'infra-guard-fuzz-'))
afterAll(() => rmSync(scratch, { recursive: true, force: true }))

/** The production pipeline on one file: the file adapter hands it to the core's entry, as the modes do. */
async function readAndGate(path: string, environment: string) {
  return withPlanFile(path, source => evaluateSource(source, environment))
}

/** The shared property: typed errors only, fail closed on what is not fully readable, exact counts otherwise. */
async function checkFile(path: string, document: unknown, environment: string): Promise<void> {
  let result: Awaited<ReturnType<typeof readAndGate>>
  try {
    result = await readAndGate(path, environment)
  } catch (error) {
    // Read errors are the reader's job; anything else thrown is a bug.
    expect(onlyTypedErrors(error)).toBeInstanceOf(PlanReadError)
    return
  } finally {
    rmSync(path, { force: true })
  }
  const { analysis, gate } = result
  const problems = document === undefined ? ['not JSON'] : unreadableProblems(document)
  if (problems.length > 0) {
    expect({ problems, allowed: gate.allowed }).toEqual({ problems, allowed: false })
    return
  }
  expect(analysis.unreadable).toEqual([])
  expect(analysis.counts).toEqual(recount(document as PlanDocument))
}

describe('mutated plans through the reader and the gate', () => {
  it(
    'real fixtures with fields removed, wrong types, nulls, huge strings, deep nesting, unicode, unknown actions, duplicates',
    async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.nat(FIXTURES.length - 1),
          fc.array(structuralMutationArb, { minLength: 1, maxLength: 3 }),
          fc.constantFrom('dev', 'prod'),
          async (which, mutations, environment) => {
            const document = JSON.parse(FIXTURES[which].text) as Record<string, unknown>
            for (const mutation of mutations) applyStructural(document, mutation)
            await checkFile(writePlan(scratch, serialiseMutated(document)), document, environment)
          }
        ),
        fuzzParameters('mutated-fixture-files')
      )
    },
    timeoutOf('mutated-fixture-files', 40)
  )

  it(
    'generated plans with structural mutations',
    async () => {
      await fc.assert(
        fc.asyncProperty(
          planArb({ maxEntries: 8 }),
          fc.array(structuralMutationArb, { minLength: 0, maxLength: 3 }),
          async (generated, mutations) => {
            const document = structuredClone(generated) as unknown as Record<string, unknown>
            for (const mutation of mutations) applyStructural(document, mutation)
            await checkFile(writePlan(scratch, serialiseMutated(document)), document, 'dev')
          }
        ),
        fuzzParameters('mutated-entries-fail-closed')
      )
    },
    timeoutOf('mutated-entries-fail-closed', 40)
  )

  it(
    'real fixtures with damaged bytes: truncated, flipped, inserted punctuation, wrapper lines',
    async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.nat(FIXTURES.length - 1),
          fc.array(byteMutationArb, { minLength: 1, maxLength: 3 }),
          async (which, mutations) => {
            const bytes = applyBytes(Buffer.from(FIXTURES[which].text, 'utf8'), mutations)
            let document: unknown
            try {
              // Differential oracle: what JSON.parse rejects, the reader must reject too.
              document = JSON.parse(bytes.toString('utf8').replace(/^\uFEFF/, ''))
            } catch {
              document = undefined
            }
            await checkFile(writePlan(scratch, bytes), document, 'prod')
          }
        ),
        fuzzParameters('byte-mutated-fixture-files')
      )
    },
    timeoutOf('byte-mutated-fixture-files', 40)
  )
})
