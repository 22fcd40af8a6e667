/**
 * The streaming reader against a plain JSON.parse of the same file, on every committed fixture plan
 * and on plans generated here with terraform: same entries in the same order, same header, at chunk
 * sizes that split every token; and malformed JSON anywhere in the file is rejected.
 */
import { beforeAll, describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { readFileSync, writeFileSync } from 'node:fs'
import { basename, join } from 'node:path'
import { PlanReadError } from '../../src/errors.js'
import type { PlanHeader, PlanResourceChange } from '../../src/plan/model.js'
import { checkPlanEntry, checkPlanShape, pickHeader } from '../../src/plan/plan-validate.js'
import { readPlanFile } from '../helpers/plan-source.js'
import { listFixturePlans, makePlanJson, MIXED_CONFIG, scratchDir } from './terraform-plans.js'

interface ReadResult {
  header: PlanHeader
  changes: PlanResourceChange[]
  drift: PlanResourceChange[]
}

async function readStreaming(path: string, chunkSize?: number): Promise<ReadResult> {
  const changes: PlanResourceChange[] = []
  const drift: PlanResourceChange[] = []
  const header = await readPlanFile(
    path,
    {
      onResourceChange: (entry, index) =>
        changes.push(index === changes.length ? entry : ({} as PlanResourceChange)),
      onResourceDrift: (entry, index) =>
        drift.push(index === drift.length ? entry : ({} as PlanResourceChange))
    },
    { chunkSize }
  )
  return { header, changes, drift }
}

/** Names of root variables declared `sensitive = true`, from a parsed `configuration` value. */
function sensitiveVariables(configuration: unknown): string[] {
  const root = (configuration as { root_module?: { variables?: unknown } } | null)?.root_module
  const variables = root?.variables
  if (variables === null || typeof variables !== 'object' || Array.isArray(variables)) return []
  return Object.entries(variables as Record<string, unknown>)
    .filter(([, declaration]) => (declaration as { sensitive?: unknown } | null)?.sensitive === true)
    .map(([name]) => name)
}

/** The obvious in-memory reading: JSON.parse of the whole file, then the same checks. */
function readWithJsonParse(path: string): ReadResult {
  const bytes = readFileSync(path)
  const skip = bytes[0] === 0xef ? 3 : 0
  const doc = JSON.parse(bytes.toString('utf8', skip)) as Record<string, unknown>
  if (doc === null || typeof doc !== 'object' || Array.isArray(doc))
    throw new PlanReadError(path, 'not an object')
  const get = (key: string): unknown => doc[key]
  checkPlanShape(path, new Set(Object.keys(doc)), get)
  const section = (name: string): PlanResourceChange[] => {
    const entries = doc[name]
    if (entries === undefined) return []
    if (!Array.isArray(entries)) throw new PlanReadError(path, `${name} not an array`)
    return entries.map((entry, index) => checkPlanEntry(path, name, index, entry))
  }
  return {
    drift: section('resource_drift'),
    changes: section('resource_changes'),
    header: pickHeader(get, sensitiveVariables(doc.configuration))
  }
}

const generated: Record<string, string> = {}

beforeAll(() => {
  const before = `
variable "token" {
  type      = string
  sensitive = true
  default   = "t0ken"
}
resource "terraform_data" "keep" { input = { v = 1, token = var.token } }
resource "terraform_data" "gone" {
  count = 2
  input = "x\${count.index}"
}
resource "terraform_data" "swap" { triggers_replace = ["a"] }
resource "terraform_data" "cbd" {
  triggers_replace = ["a"]
  lifecycle { create_before_destroy = true }
}
`
  const after = before
    .replace('v = 1', 'v = 2')
    .replace('count = 2', 'count = 0')
    .replaceAll('triggers_replace = ["a"]', 'triggers_replace = ["b"]')
  generated.mixed = makePlanJson(MIXED_CONFIG)
  generated.changes = makePlanJson(after, { before })
  generated.destroy = makePlanJson(before, { before, destroy: true })
  // Drift needs a provider that reads remote objects; built from a real plan's entries and said so.
  const driftPath = join(scratchDir(), 'synthetic-drift.json')
  const doc = JSON.parse(readFileSync(generated.changes, 'utf8'))
  doc.resource_drift = doc.resource_changes.map((e: PlanResourceChange) => ({
    ...e,
    change: { ...e.change, actions: ['update'] }
  }))
  writeFileSync(driftPath, JSON.stringify(doc, null, 2))
  generated.drift = driftPath
})

describe('streamed entries and header equal JSON.parse', () => {
  const fixtures = listFixturePlans()

  it('finds the committed fixture plans', () => {
    expect(fixtures.length).toBeGreaterThan(0)
  })

  for (const path of fixtures) {
    it(`fixture ${basename(path)}`, async () => {
      const expected = readWithJsonParse(path)
      for (const size of [1, 7, 4096, undefined]) expect(await readStreaming(path, size)).toEqual(expected)
    })
  }

  for (const name of ['mixed', 'changes', 'destroy', 'drift']) {
    it(`generated plan: ${name}`, async () => {
      const path = generated[name]
      const expected = readWithJsonParse(path)
      expect(expected.changes.length).toBeGreaterThan(0)
      for (const size of [1, 3, 4096, undefined]) expect(await readStreaming(path, size)).toEqual(expected)
    })
  }

  it('reads sensitive variables and drift from the generated plans', async () => {
    expect((await readStreaming(generated.changes)).header.sensitive_variables).toEqual(['token'])
    expect((await readStreaming(generated.drift, 5)).drift.map(e => e.address)).toEqual([
      'terraform_data.cbd',
      'terraform_data.gone[0]',
      'terraform_data.gone[1]',
      'terraform_data.keep',
      'terraform_data.swap'
    ])
  })
})

describe('malformed JSON anywhere is rejected', () => {
  let text: string
  let dir: string
  beforeAll(() => {
    text = readFileSync(generated.changes, 'utf8')
    dir = scratchDir()
  })

  /** Applies `edit` inside the value of top-level member `section` (the first match after its key). */
  function corruptIn(section: string, find: string, replace: string): string {
    const at = text.indexOf(`"${section}":`)
    expect(at).toBeGreaterThanOrEqual(0)
    const inside = text.indexOf(find, at + section.length + 3)
    expect(inside).toBeGreaterThan(at)
    return text.slice(0, inside) + replace + text.slice(inside + find.length)
  }

  const cases: [string, () => string][] = [
    ['planned_values: missing colon', () => corruptIn('planned_values', '":', '" ')],
    ['prior_state: bad literal', () => corruptIn('prior_state', 'null', 'nul')],
    [
      'configuration: raw newline in a string',
      () => corruptIn('configuration', '"terraform"', '"terra\nform"')
    ],
    ['configuration (after resource_changes): extra comma', () => corruptIn('configuration', '}', ',}')],
    ['timestamp (last member): bad escape', () => corruptIn('timestamp', '"20', '"\\q20')],
    ['after the document: trailing garbage', () => `${text.trimEnd()}}`],
    ['truncated in the last member', () => text.slice(0, text.lastIndexOf('"applyable"') + 6)]
  ]
  for (const [name, make] of cases) {
    it(name, async () => {
      const bad = make()
      expect(() => JSON.parse(bad)).toThrow()
      const path = join(dir, `${name.replace(/\W+/g, '-')}.json`)
      writeFileSync(path, bad)
      for (const size of [3, undefined]) {
        await expect(readStreaming(path, size)).rejects.toThrow(
          /invalid JSON at line|ends early|unexpected content|several JSON documents/
        )
      }
    })
  }

  it('accepts exactly the single-byte mutations of a real plan that JSON.parse plus the checks accept', async () => {
    const bytes = Buffer.from(text)
    const path = join(dir, 'mutant.json')
    const alphabet = '{}[]:,"\\ 0-1.eE\ntfn\u0000x'
    await fc.assert(
      fc.asyncProperty(
        fc.nat(bytes.length - 1),
        fc.nat(alphabet.length - 1),
        fc.boolean(),
        async (at, pick, insert) => {
          const byte = Buffer.from(alphabet[pick])
          const mutant = Buffer.concat([bytes.subarray(0, at), byte, bytes.subarray(insert ? at : at + 1)])
          writeFileSync(path, mutant)
          let expected: ReadResult | undefined
          try {
            expected = readWithJsonParse(path)
          } catch {
            expected = undefined
          }
          const actual = await readStreaming(path, 64).catch((error: unknown) => {
            expect(error).toBeInstanceOf(PlanReadError)
            return undefined
          })
          expect(actual).toEqual(expected)
        }
      ),
      { numRuns: 300 }
    )
  })
})
