/**
 * Property tests of the Pulumi reader through the unchanged analysis and gate: real Pulumi previews
 * and event logs with structural and byte damage, and generated step sequences. Whatever the input:
 * - the only thing thrown is a PlanReadError;
 * - a document the oracle cannot parse is never read as if it were fine;
 * - a destructive step (delete, old half of a replacement, replace) is never lost silently: either
 *   the analysis lists its URN among the destroyed addresses, with Pulumi's protect flag on an entry
 *   for that URN, or the plan is untrusted (unreadable entries, errored) and the gate denies;
 * - a step with an op the reader does not know always leaves the plan untrusted.
 * Seeds and run counts follow the project's fuzz settings (fuzz-config.ts, `npm run fuzz`).
 */
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { createPlanAnalyzer } from '../../src/analysis/analyse-plan.js'
import { PlanReadError } from '../../src/errors.js'
import { readPulumiPlan } from '../../src/plan/pulumi/read-pulumi.js'
import { KNOWN_OPS } from '../../src/plan/pulumi/step-mapper.js'
import type { PulumiResourceChange } from '../../src/plan/pulumi/types.js'
import { gateOf, PULUMI_FIXTURES } from '../plan/pulumi/pulumi-fixtures.js'
import { DEFAULT_TOTAL, FUZZ_SEED } from './fuzz-config.js'
import {
  applyBytes,
  applyStructural,
  byteMutationArb,
  serialiseMutated,
  structuralMutationArb
} from './mutations.js'
import { destroyedUrns, oracleSteps } from './pulumi-oracle.js'

/** Cases per property in the default run; FUZZ_RUNS scales them like the other suites. */
const BUDGET = {
  'pulumi-mutated-documents': 1500,
  'pulumi-damaged-bytes': 1500,
  'pulumi-generated-steps': 1500
}
type Property = keyof typeof BUDGET

function parameters<T>(name: Property): fc.Parameters<T> {
  const total = Number(process.env.FUZZ_RUNS?.trim() || DEFAULT_TOTAL)
  let seed = FUZZ_SEED | 0
  for (const char of name) seed = (Math.imul(seed, 31) + char.charCodeAt(0)) | 0
  return {
    seed,
    numRuns: Math.max(1, Math.round((BUDGET[name] * total) / DEFAULT_TOTAL)),
    endOnFailure: true
  }
}

function timeout(name: Property): number {
  return Math.max(60_000, parameters(name).numRuns! * 40)
}

/** Real previews and event logs (state files are refused before any step; they add nothing here). */
const DOCUMENTS = readdirSync(PULUMI_FIXTURES)
  .filter(name => name.endsWith('.json') && !/state|export|stack\.json|checkpoint|json-yaml/.test(name))
  .sort()
  .map(name => ({ name, bytes: readFileSync(join(PULUMI_FIXTURES, name)) }))

/** One read through the reader into the analysis, keeping the raw entries too. */
function read(bytes: Buffer, chunkSize: number | undefined) {
  const analyzer = createPlanAnalyzer('fuzz.json')
  const entries: PulumiResourceChange[] = []
  const header = readPulumiPlan(
    'fuzz.json',
    bytes,
    {
      onResourceChange: (entry, index) => {
        entries.push(entry as PulumiResourceChange)
        analyzer.visitor.onResourceChange(entry, index)
      },
      onResourceDrift: (entry, index) => analyzer.visitor.onResourceDrift?.(entry, index)
    },
    { chunkSize }
  )
  return { analysis: analyzer.finish(header), entries }
}

/** The shared property (see the file comment). */
function check(bytes: Buffer, chunkSize: number | undefined, environment: string): void {
  let result: ReturnType<typeof read>
  try {
    result = read(bytes, chunkSize)
  } catch (error) {
    if (error instanceof PlanReadError) return
    throw error
  }
  const { analysis, entries } = result
  const steps = oracleSteps(bytes)
  // The reader accepted it, so it must be well-formed JSON of one of the two shapes.
  expect(steps).toBeDefined()
  const trusted = analysis.unreadable.length === 0 && !analysis.errored && analysis.complete
  if (!trusted) {
    expect(gateOf(analysis, environment).allowed).toBe(false)
    return
  }
  const unknown = (steps ?? []).filter(step => !KNOWN_OPS.has(step.op) && step.urn.startsWith('urn:pulumi:'))
  expect(unknown).toEqual([])
  expect(analysis.omittedDestructiveAddresses).toBe(0)
  for (const [urn, { protect }] of destroyedUrns(steps ?? [])) {
    expect({ urn, destroyed: analysis.destructiveAddresses.includes(urn) }).toEqual({ urn, destroyed: true })
    if (protect) {
      const flagged = entries.some(entry => entry.address === urn && entry.pulumi.protect)
      expect({ urn, protectKept: flagged }).toEqual({ urn, protectKept: true })
    }
  }
}

const chunkArb = fc.oneof(fc.constant(undefined), fc.integer({ min: 1, max: 64 }), fc.constant(4096))

/** A document as a mutable tree: the preview object, or the event log as `{ events: [...] }`. */
function parse(bytes: Buffer): { tree: Record<string, unknown>; lines: boolean } {
  const text = bytes.toString('utf8')
  try {
    return { tree: JSON.parse(text) as Record<string, unknown>, lines: false }
  } catch {
    const events = text
      .split('\n')
      .filter(line => line.trim() !== '')
      .map(line => JSON.parse(line) as unknown)
    return { tree: { events }, lines: true }
  }
}

function serialise(tree: Record<string, unknown>, lines: boolean): Buffer {
  if (!lines) return Buffer.from(serialiseMutated(tree))
  const events = Array.isArray(tree.events) ? tree.events : [tree.events]
  return Buffer.from(events.map(event => serialiseMutated(event ?? null)).join('\n') + '\n')
}

interface PulumiMutation {
  kind: string
  target: number
  other: number
  op: string
}

/** Pulumi-specific damage: ops renamed, steps repeated, reordered or dropped, protect flipped. */
const pulumiMutationArb: fc.Arbitrary<PulumiMutation> = fc.record({
  kind: fc.constantFrom('op', 'repeat', 'swap', 'drop', 'protect', 'retain'),
  target: fc.nat(),
  other: fc.nat(),
  op: fc.constantFrom(...KNOWN_OPS, 'diff', 'Delete', 'destroy', '', 'delete ', 'frobnicate')
})

function stepsOf(tree: Record<string, unknown>, lines: boolean): Record<string, unknown>[] {
  if (!lines) return Array.isArray(tree.steps) ? (tree.steps as Record<string, unknown>[]) : []
  const events = Array.isArray(tree.events) ? tree.events : []
  return events
    .map(event => (event as { resourcePreEvent?: { metadata?: unknown } } | null)?.resourcePreEvent?.metadata)
    .filter(
      (metadata): metadata is Record<string, unknown> => metadata !== null && typeof metadata === 'object'
    )
}

function applyPulumi(tree: Record<string, unknown>, lines: boolean, mutation: PulumiMutation): void {
  const list = lines
    ? Array.isArray(tree.events)
      ? (tree.events as unknown[])
      : []
    : Array.isArray(tree.steps)
      ? (tree.steps as unknown[])
      : []
  const steps = stepsOf(tree, lines)
  if (list.length === 0) return
  const at = mutation.target % list.length
  const step = steps.length > 0 ? steps[mutation.target % steps.length] : undefined
  const oldKey = lines ? 'old' : 'oldState'
  switch (mutation.kind) {
    case 'op':
      if (step) step.op = mutation.op
      break
    case 'repeat':
      list.splice(mutation.other % (list.length + 1), 0, structuredClone(list[at]))
      break
    case 'swap': {
      const other = mutation.other % list.length
      ;[list[at], list[other]] = [list[other], list[at]]
      break
    }
    case 'drop':
      list.splice(at, 1)
      break
    default:
      if (step && step[oldKey] !== null && typeof step[oldKey] === 'object') {
        const key = mutation.kind === 'protect' ? 'protect' : 'retainOnDelete'
        const old = step[oldKey] as Record<string, unknown>
        old[key] = old[key] !== true
      }
  }
}

describe('the Pulumi reader under damage', () => {
  it(
    'real previews and event logs with structural and Pulumi-specific mutations',
    () => {
      fc.assert(
        fc.property(
          fc.nat(DOCUMENTS.length - 1),
          fc.array(structuralMutationArb, { maxLength: 2 }),
          fc.array(pulumiMutationArb, { maxLength: 3 }),
          chunkArb,
          fc.constantFrom('dev', 'prod'),
          (which, structural, pulumi, chunkSize, environment) => {
            const { tree, lines } = parse(DOCUMENTS[which].bytes)
            for (const mutation of pulumi) applyPulumi(tree, lines, mutation)
            for (const mutation of structural) applyStructural(tree, mutation)
            check(serialise(tree, lines), chunkSize, environment)
          }
        ),
        parameters('pulumi-mutated-documents')
      )
    },
    timeout('pulumi-mutated-documents')
  )

  it(
    'real previews and event logs with damaged bytes: truncated, flipped, inserted punctuation',
    () => {
      fc.assert(
        fc.property(
          fc.nat(DOCUMENTS.length - 1),
          fc.array(byteMutationArb, { minLength: 1, maxLength: 3 }),
          chunkArb,
          (which, mutations, chunkSize) => {
            check(applyBytes(DOCUMENTS[which].bytes, mutations), chunkSize, 'prod')
          }
        ),
        parameters('pulumi-damaged-bytes')
      )
    },
    timeout('pulumi-damaged-bytes')
  )

  it(
    'generated step sequences in both formats',
    () => {
      const typeArb = fc.constantFrom(
        'aws:rds/instance:Instance',
        'aws:s3/bucket:Bucket',
        'pkgA:m:typA',
        'pulumi:pulumi:Stack',
        'pulumi:providers:aws',
        'my:component:Thing$aws:s3/bucket:Bucket'
      )
      const stateArb = fc.option(
        fc.record({
          protect: fc.boolean(),
          retainOnDelete: fc.boolean(),
          delete: fc.boolean(),
          custom: fc.boolean()
        }),
        { nil: null }
      )
      const stepArb = fc.record({
        op: fc.oneof(fc.constantFrom(...KNOWN_OPS), fc.constantFrom('diff', 'Delete', 'destroy', 'nuke')),
        type: typeArb,
        name: fc.constantFrom('a', 'b', 'default', 'default_6_1_0', 'x::y'),
        old: stateArb,
        next: stateArb
      })
      fc.assert(
        fc.property(
          fc.array(stepArb, { maxLength: 12 }),
          fc.boolean(),
          fc.dictionary(
            fc.constantFrom('create', 'update', 'delete', 'replace', 'same', 'import', 'zap'),
            fc.nat(3)
          ),
          chunkArb,
          (steps, asLog, summary, chunkSize) => {
            const built = steps.map(step => {
              const urn = `urn:pulumi:prod::demo::${step.type}::${step.name}`
              const type = step.type.split('$').pop()
              const withUrn = (s: object | null) => (s ? { urn, type, inputs: { size: 1 }, ...s } : null)
              return { op: step.op, urn, old: withUrn(step.old), new: withUrn(step.next) }
            })
            const bytes = asLog
              ? Buffer.from(
                  [
                    { sequence: 0, timestamp: 0, preludeEvent: { config: {} } },
                    ...built.map(step => ({
                      sequence: 0,
                      timestamp: 0,
                      resourcePreEvent: { metadata: step, planning: true }
                    })),
                    {
                      sequence: 0,
                      timestamp: 0,
                      summaryEvent: { resourceChanges: summary, maybeCorrupt: false }
                    }
                  ]
                    .map(event => JSON.stringify(event))
                    .join('\n') + '\n'
                )
              : Buffer.from(
                  JSON.stringify({
                    steps: built.map(step => ({
                      op: step.op,
                      urn: step.urn,
                      oldState: step.old,
                      newState: step.new
                    })),
                    changeSummary: summary
                  })
                )
            check(bytes, chunkSize, 'prod')
            // Never counted, never lost: a step the reader does not know always leaves the plan untrusted.
            if (steps.some(step => !KNOWN_OPS.has(step.op))) {
              const { analysis } = read(bytes, undefined)
              expect(analysis.unreadable.length).toBeGreaterThan(0)
            }
          }
        ),
        parameters('pulumi-generated-steps')
      )
    },
    timeout('pulumi-generated-steps')
  )
})
