/**
 * Run counts and seeds for the property suites. The default test run uses a fixed seed and the
 * budgets below (together well over 10,000 generated cases); `npm run fuzz` (scripts/fuzz.mjs) sets
 * FUZZ_SEED to a random seed and FUZZ_RUNS to a larger total, and prints the seed so that a failure
 * can be replayed with `FUZZ_SEED=<seed> FUZZ_RUNS=<runs> npm run fuzz`.
 */
import type { Parameters } from 'fast-check'

/** Generated cases per property in the default suite. The sum is the suite's total. */
export const BUDGET = {
  'valid-plans-recount': 2000,
  'noop-plans-risk-none': 1000,
  'mutated-entries-fail-closed': 2000,
  'unknown-verbs-named': 1000,
  'mutated-fixture-files': 1500,
  'byte-mutated-fixture-files': 1500,
  'gate-policy-random': 1000,
  'renderers-random-plans': 300,
  'pulumi-mutated-documents': 1500,
  'pulumi-damaged-bytes': 1500,
  'pulumi-generated-steps': 1500
} as const

export type PropertyName = keyof typeof BUDGET

/** The seed of the default suite; any fixed number works, this one is just the day the suite was written. */
export const DEFAULT_SEED = 20261123

/** Total generated cases of the default suite. */
export const DEFAULT_TOTAL = Object.values(BUDGET).reduce((sum, runs) => sum + runs, 0)

function readNumber(name: string): number | undefined {
  const text = process.env[name]
  if (text === undefined || text.trim() === '') return undefined
  const value = Number(text)
  if (!Number.isSafeInteger(value)) throw new Error(`${name} must be an integer; got '${text}'`)
  return value
}

/** The base seed of this run. */
export const FUZZ_SEED = readNumber('FUZZ_SEED') ?? DEFAULT_SEED

/** FUZZ_RUNS is the total number of cases wanted; every property gets its share of it. */
const SCALE = (readNumber('FUZZ_RUNS') ?? DEFAULT_TOTAL) / DEFAULT_TOTAL

/** Number of runs of one property in this run. */
export function runsOf(name: PropertyName): number {
  return Math.max(1, Math.round(BUDGET[name] * SCALE))
}

/** A per-property seed, so properties are independent yet all reproducible from FUZZ_SEED. */
export function seedOf(name: PropertyName): number {
  let hash = FUZZ_SEED | 0
  for (const char of name) hash = (Math.imul(hash, 31) + char.charCodeAt(0)) | 0
  return hash
}

/** fast-check parameters for one property; a failure report names the seed and how to replay it. */
export function fuzzParameters<T>(name: PropertyName): Parameters<T> {
  return {
    seed: seedOf(name),
    numRuns: runsOf(name),
    endOnFailure: false,
    reporter: details => {
      if (!details.failed) return
      throw new Error(
        `Property '${name}' failed (FUZZ_SEED=${FUZZ_SEED}, property seed ${details.seed}, ` +
          `path ${details.counterexamplePath}) after ${details.numRuns} runs.\n` +
          `Counterexample: ${truncate(safeStringify(details.counterexample))}\n` +
          `Error: ${truncate(String((details.errorInstance as Error | undefined)?.stack ?? details.errorInstance))}\n` +
          `Replay: FUZZ_SEED=${FUZZ_SEED} FUZZ_RUNS=${readNumber('FUZZ_RUNS') ?? DEFAULT_TOTAL} npm run fuzz`
      )
    }
  }
}

/** Jest timeout for one property test: generous, and scaled with the run count (never a speed assertion). */
export function timeoutOf(name: PropertyName, msPerRun = 20): number {
  return Math.max(60_000, runsOf(name) * msPerRun * 4)
}

function safeStringify(value: unknown): string {
  try {
    return JSON.stringify(value)
  } catch {
    return String(value)
  }
}

function truncate(text: string): string {
  return text.length > 4000 ? `${text.slice(0, 4000)}… (${text.length} characters)` : text
}
