#!/usr/bin/env node
/**
 * `npm run fuzz`: runs the property suites (__tests__/fuzz) longer than the default test run, with a
 * random seed that it prints first, so any failure can be replayed exactly:
 *
 *   npm run fuzz                                  # random seed, 100,000 cases in total
 *   FUZZ_RUNS=500000 npm run fuzz                 # more cases
 *   FUZZ_SEED=123456789 FUZZ_RUNS=100000 npm run fuzz   # replay a reported run
 *
 * FUZZ_RUNS is the total number of generated cases, shared among the properties in proportion to
 * their default budgets (__tests__/fuzz/fuzz-config.ts).
 */
import { spawnSync } from 'node:child_process'
import { randomInt } from 'node:crypto'

const seed = process.env.FUZZ_SEED?.trim() ? Number(process.env.FUZZ_SEED) : randomInt(1, 2 ** 31 - 1)
const runs = process.env.FUZZ_RUNS?.trim() ? Number(process.env.FUZZ_RUNS) : 100_000
if (!Number.isSafeInteger(seed) || !Number.isSafeInteger(runs) || runs < 1) {
  console.error(
    `FUZZ_SEED and FUZZ_RUNS must be integers; got FUZZ_SEED='${process.env.FUZZ_SEED}' FUZZ_RUNS='${process.env.FUZZ_RUNS}'`
  )
  process.exit(2)
}

console.log(`infra-guard fuzz: FUZZ_SEED=${seed} FUZZ_RUNS=${runs}`)
console.log(`replay with: FUZZ_SEED=${seed} FUZZ_RUNS=${runs} npm run fuzz`)

const result = spawnSync(
  process.execPath,
  ['node_modules/jest/bin/jest.js', '__tests__/fuzz', '--runInBand', ...process.argv.slice(2)],
  {
    stdio: 'inherit',
    env: {
      ...process.env,
      FUZZ_SEED: String(seed),
      FUZZ_RUNS: String(runs),
      NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --experimental-vm-modules --no-warnings`.trim()
    }
  }
)

console.log(
  `infra-guard fuzz: finished with exit code ${result.status} (FUZZ_SEED=${seed} FUZZ_RUNS=${runs})`
)
process.exit(result.status ?? 1)
