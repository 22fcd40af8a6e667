/**
 * The two-thread reader gives exactly what the one-thread reader gives: the same entries in the same
 * order and the same header, and for a bad file the same error (the one earliest in the file, even
 * when the worker only finds it in a value it deferred). The worker is the real bundle, dist/index.js,
 * started the way the action starts it.
 */
import { beforeAll, describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { PlanReadError } from '../../src/errors.js'
import type { ParallelReadOptions } from '../../src/terraform/parallel-reader.js'
import { readPlanFile, type ReadPlanOptions } from '../../src/terraform/plan-reader.js'
import type { PlanHeader, PlanResourceChange } from '../../src/terraform/plan-types.js'
import { REPO_ROOT } from '../helpers/run-action.js'
import { listFixturePlans, makePlanJson, MIXED_CONFIG, scratchDir } from './terraform-plans.js'

const PARALLEL: ParallelReadOptions = { entry: join(REPO_ROOT, 'dist', 'index.js'), minBytes: 0 }

interface Outcome {
  header?: PlanHeader
  changes: PlanResourceChange[]
  drift: PlanResourceChange[]
  error?: string
}

/** Reads a plan and records everything the visitor saw, or the error. */
async function read(path: string, options: ReadPlanOptions): Promise<Outcome> {
  const outcome: Outcome = { changes: [], drift: [] }
  const visitor = {
    onResourceChange: (entry: PlanResourceChange) => outcome.changes.push(entry),
    onResourceDrift: (entry: PlanResourceChange) => outcome.drift.push(entry)
  }
  try {
    outcome.header = await readPlanFile(path, visitor, options)
  } catch (error) {
    if (!(error instanceof PlanReadError)) throw error
    outcome.error = error.message
  }
  return outcome
}

/** Both readers on one file: the same outcome (entries seen before an error may differ; the error may not). */
async function expectSameOutcome(path: string, chunkSize?: number): Promise<Outcome> {
  const single = await read(path, { parallel: false, chunkSize })
  const parallel = await read(path, { parallel: PARALLEL, chunkSize })
  expect(parallel.error).toBe(single.error)
  if (single.error === undefined) expect(parallel).toEqual(single)
  return parallel
}

let text: string
let dir: string
beforeAll(() => {
  text = readFileSync(makePlanJson(MIXED_CONFIG), 'utf8')
  dir = scratchDir()
})

function write(name: string, content: string | Buffer): string {
  const path = join(dir, name)
  writeFileSync(path, content)
  return path
}

/** Replaces the first `find` after the key of top-level member `section`. */
function corruptIn(source: string, section: string, find: string, replace: string): string {
  const at = source.indexOf(`"${section}":`)
  const inside = source.indexOf(find, at + section.length + 3)
  if (at < 0 || inside < 0) throw new Error(`no '${find}' in ${section}`)
  return source.slice(0, inside) + replace + source.slice(inside + find.length)
}

describe('the same entries and header as one thread', () => {
  for (const path of listFixturePlans()) {
    it(`fixture ${path.split('/').pop()}`, async () => {
      const outcome = await expectSameOutcome(path)
      expect(outcome.error).toBeUndefined()
      await expectSameOutcome(path, 5)
    })
  }

  it('a plan of many batches, read while the parsing thread lags behind the worker', async () => {
    // ~5 MB of real entries under unique addresses: more batches than may be in flight at once.
    const doc = JSON.parse(text)
    const entries: PlanResourceChange[] = doc.resource_changes
    const copies: PlanResourceChange[] = []
    for (let k = 0; copies.length < 6000; k++) {
      for (const entry of entries) copies.push({ ...entry, address: `${entry.address}.copy${k}` })
    }
    doc.resource_changes = copies
    const path = write('many.json', JSON.stringify(doc))
    const single = await read(path, { parallel: false })
    const seen: string[] = []
    const header = await readPlanFile(
      path,
      {
        onResourceChange(entry) {
          seen.push(entry.address)
          // A slow visitor: the worker must wait for room instead of queueing the whole file.
          if (seen.length % 1000 === 0) {
            const until = Date.now() + 20
            while (Date.now() < until);
          }
        }
      },
      { parallel: PARALLEL }
    )
    expect(header).toEqual(single.header)
    expect(seen).toEqual(single.changes.map(entry => entry.address))
  })
})

describe('the same error as one thread', () => {
  const cases: [string, () => string][] = [
    // planned_values is deferred by the worker: its problem must still win over a later one.
    ['planned_values: missing colon', () => corruptIn(text, 'planned_values', '":', '" ')],
    [
      'planned_values broken and an entry without an address',
      () =>
        corruptIn(
          corruptIn(text, 'resource_changes', '"address":', '"addr":'),
          'planned_values',
          'null',
          'nul'
        )
    ],
    [
      'an entry without an address and configuration broken after it',
      () =>
        corruptIn(corruptIn(text, 'resource_changes', '"address":', '"addr":'), 'configuration', '}', ',}')
    ],
    ['an entry broken', () => corruptIn(text, 'resource_changes', '"change":', '"change" ')],
    [
      'configuration: raw newline in a string',
      () => corruptIn(text, 'configuration', '"terraform"', '"terra\nform"')
    ],
    ['truncated inside planned_values', () => text.slice(0, text.indexOf('"planned_values"') + 200)],
    ['truncated inside resource_changes', () => text.slice(0, text.indexOf('"resource_changes"') + 300)],
    ['trailing garbage', () => `${text.trimEnd()}}`],
    [
      'a duplicate top-level key',
      () =>
        text
          .replace('"format_version":', '"resource_changes":[],"format_version":')
          .replace(/}\s*$/, ',"resource_changes":[]}')
    ],
    ['not an object', () => '[1, 2, 3]'],
    ['a state file', () => '{"format_version":"1.0","values":{"root_module":{}}}']
  ]
  for (const [name, make] of cases) {
    it(name, async () => {
      const outcome = await expectSameOutcome(write(`${name.replace(/\W+/g, '-')}.json`, make()))
      expect(outcome.error).toMatch(/Cannot read plan/)
    })
  }

  it('agrees on random single-byte mutations of a real plan', async () => {
    const bytes = Buffer.from(text)
    const alphabet = '{}[]:,"\\ 0-1.eE\ntfn\u0000x'
    await fc.assert(
      fc.asyncProperty(fc.nat(bytes.length - 1), fc.nat(alphabet.length - 1), async (at, pick) => {
        const mutant = Buffer.concat([
          bytes.subarray(0, at),
          Buffer.from(alphabet[pick]),
          bytes.subarray(at + 1)
        ])
        await expectSameOutcome(write('mutant.json', mutant))
      }),
      { numRuns: 40, seed: 20261123 }
    )
  })
})

describe('failing closed', () => {
  it('rejects with what the visitor threw', async () => {
    const path = write('plain.json', text)
    const failure = new Error('visitor gave up')
    await expect(
      readPlanFile(
        path,
        {
          onResourceChange() {
            throw failure
          }
        },
        { parallel: PARALLEL }
      )
    ).rejects.toBe(failure)
  })

  it('rejects when the worker cannot start or dies', async () => {
    const path = write('plain2.json', text)
    const missing = { entry: join(dir, 'no-such-worker.js'), minBytes: 0 }
    await expect(readPlanFile(path, { onResourceChange() {} }, { parallel: missing })).rejects.toThrow(
      /plan reader's worker/
    )
    const dies = write('dies.mjs', 'process.exit(3)\n')
    await expect(
      readPlanFile(path, { onResourceChange() {} }, { parallel: { entry: dies, minBytes: 0 } })
    ).rejects.toThrow(/plan reader's worker stopped \(exit code 3\)/)
  })

  it('reads small plans on one thread (below minBytes no worker starts)', async () => {
    const path = write('plain3.json', text)
    const never = { entry: join(dir, 'no-such-worker.js'), minBytes: Buffer.byteLength(text) + 1 }
    const outcome = await read(path, { parallel: never })
    expect(outcome.error).toBeUndefined()
    expect(outcome.changes.length).toBeGreaterThan(0)
  })
})
