/**
 * Property tests of the Pulumi reader through the entry every mode uses (choosePlanFormat with
 * plan_format auto, then evaluatePlan: analysis, rules and gate): real Pulumi previews and event logs
 * with structural and byte damage, and generated step sequences, read in chunks of every size.
 * Whatever the input:
 * - the only thing thrown is a PlanReadError;
 * - a document the oracle cannot parse is never read as if it were fine;
 * - a destructive step (delete, old half of a replacement, replace) is never lost silently: either
 *   the analysis lists its URN among the destroyed addresses and, when its old state is protected,
 *   among the protected destroys, and the gate denies it even with force_recreate; or the plan is
 *   untrusted (unreadable entries, errored) and the gate denies;
 * - a step with an op the reader does not know always leaves the plan untrusted.
 * Seeds and run counts follow the project's fuzz settings (fuzz-config.ts, `npm run fuzz`).
 */
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { PlanReadError } from '../../src/errors.js'
import type { ByteSource } from '../../src/plan/byte-source.js'
import { choosePlanFormat } from '../../src/plan/plan-format.js'
import { KNOWN_OPS } from '../../src/plan/pulumi/step-mapper.js'
import { defaultPolicy } from '../../src/policy/config/defaults.js'
import { resolveEnvironment } from '../../src/policy/environment.js'
import { evaluatePlan } from '../../src/policy/evaluate-plan.js'
import { PULUMI_FIXTURES } from '../plan/pulumi/pulumi-fixtures.js'
import { fuzzParameters, timeoutOf } from './fuzz-config.js'
import {
  applyBytes,
  applyStructural,
  byteMutationArb,
  serialiseMutated,
  structuralMutationArb
} from './mutations.js'
import { destroyedUrns, oracleSteps } from './pulumi-oracle.js'

/** Real previews and event logs (state files are refused before any step; they add nothing here). */
const DOCUMENTS = readdirSync(PULUMI_FIXTURES)
  .filter(name => name.endsWith('.json') && !/state|export|stack\.json|checkpoint|json-yaml/.test(name))
  .sort()
  .map(name => ({ name, bytes: readFileSync(join(PULUMI_FIXTURES, name)) }))

/** The bytes as a ByteSource that hands out at most `chunk` bytes per read (a short read, as files may do). */
function chunkedSource(bytes: Buffer, chunk: number | undefined): ByteSource {
  const step = chunk ?? bytes.length
  return {
    name: 'fuzz.json',
    size: bytes.length,
    read: (buffer, position) =>
      bytes.copy(buffer, 0, position, Math.min(bytes.length, position + Math.min(step, buffer.length)))
  }
}

interface Run {
  chunk?: number
  environment: string
  forceRecreate: boolean
}

/** One read the way the action reads plan_json: the format from the first bytes, then evaluatePlan. */
function evaluate(bytes: Buffer, run: Run) {
  const source = chunkedSource(bytes, run.chunk)
  const policy = defaultPolicy()
  const { format } = choosePlanFormat(source, 'auto')
  return evaluatePlan(
    source,
    policy,
    {
      environment: resolveEnvironment({ explicit: run.environment }, policy.environments),
      forceRecreate: run.forceRecreate,
      allowDestroy: [],
      costOverride: false,
      emergencyOverride: false,
      overrideReason: '',
      now: new Date('2026-03-10T10:00:00Z')
    },
    { format }
  )
}

/** The shared property (see the file comment). */
function check(bytes: Buffer, run: Run): void {
  let result: ReturnType<typeof evaluate>
  try {
    result = evaluate(bytes, run)
  } catch (error) {
    if (error instanceof PlanReadError) return
    throw error
  }
  const { analysis, verdict } = result
  const steps = oracleSteps(bytes)
  // The reader accepted it, so it must be well-formed JSON of one of the two shapes.
  expect(steps).toBeDefined()
  const trusted = analysis.unreadable.length === 0 && !analysis.errored && analysis.complete
  if (!trusted) {
    expect(verdict.allowed).toBe(false)
    return
  }
  const unknown = (steps ?? []).filter(step => !KNOWN_OPS.has(step.op) && step.urn.startsWith('urn:pulumi:'))
  expect(unknown).toEqual([])
  expect(analysis.omittedDestructiveAddresses).toBe(0)
  for (const [urn, { protect }] of destroyedUrns(steps ?? [])) {
    expect({ urn, destroyed: analysis.destructiveAddresses.includes(urn) }).toEqual({ urn, destroyed: true })
    if (protect) {
      const flagged = analysis.pulumi?.protectedDestroys.includes(urn) ?? false
      expect({ urn, protectKept: flagged }).toEqual({ urn, protectKept: true })
      const denial = verdict.findings.find(finding => finding.rule === 'pulumi-protect')
      expect({ urn, denied: denial?.severity === 'deny' && !verdict.allowed }).toEqual({ urn, denied: true })
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
          fc.boolean(),
          (which, structural, pulumi, chunk, environment, forceRecreate) => {
            const { tree, lines } = parse(DOCUMENTS[which].bytes)
            for (const mutation of pulumi) applyPulumi(tree, lines, mutation)
            for (const mutation of structural) applyStructural(tree, mutation)
            check(serialise(tree, lines), { chunk, environment, forceRecreate })
          }
        ),
        fuzzParameters('pulumi-mutated-documents')
      )
    },
    timeoutOf('pulumi-mutated-documents', 40)
  )

  it(
    'real previews and event logs with damaged bytes: truncated, flipped, inserted punctuation',
    () => {
      fc.assert(
        fc.property(
          fc.nat(DOCUMENTS.length - 1),
          fc.array(byteMutationArb, { minLength: 1, maxLength: 3 }),
          chunkArb,
          (which, mutations, chunk) => {
            check(applyBytes(DOCUMENTS[which].bytes, mutations), {
              chunk,
              environment: 'prod',
              forceRecreate: true
            })
          }
        ),
        fuzzParameters('pulumi-damaged-bytes')
      )
    },
    timeoutOf('pulumi-damaged-bytes', 40)
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
          (steps, asLog, summary, chunk) => {
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
            check(bytes, { chunk, environment: 'prod', forceRecreate: true })
            // Never counted, never lost: a step the reader does not know always leaves the plan untrusted.
            if (steps.some(step => !KNOWN_OPS.has(step.op))) {
              const { analysis, verdict } = evaluate(bytes, { environment: 'dev', forceRecreate: false })
              expect(analysis.unreadable.length).toBeGreaterThan(0)
              expect(verdict.allowed).toBe(false)
            }
          }
        ),
        fuzzParameters('pulumi-generated-steps')
      )
    },
    timeoutOf('pulumi-generated-steps', 40)
  )
})
