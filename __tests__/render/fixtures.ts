/**
 * Helpers for the renderer tests: real fixture plans analysed by the real analyzer, big plans built
 * by replicating real fixture entries under unique addresses, and hostile plans built from a real
 * fixture whose addresses, keys and values were replaced by attack strings.
 */
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { analysePlanFile } from '../helpers/plan-source.js'
import type { PlanAnalysis } from '../../src/analysis/types.js'
import type { PlanResourceChange } from '../../src/plan/model.js'
import type { PlanDocument } from '../helpers/plan-document.js'

export const PLANS_DIR = join(process.cwd(), '__fixtures__', 'plans')

/** Every generated plan fixture (not the `.expected.json` companions). */
export function fixtureNames(): string[] {
  return readdirSync(PLANS_DIR)
    .filter(name => name.endsWith('.json') && !name.endsWith('.expected.json'))
    .map(name => name.replace(/\.json$/, ''))
    .sort()
}

export function fixturePath(name: string): string {
  return join(PLANS_DIR, `${name}.json`)
}

export function readFixture(name: string): PlanDocument {
  return JSON.parse(readFileSync(fixturePath(name), 'utf8')) as PlanDocument
}

export function analyseFixture(name: string): Promise<PlanAnalysis> {
  return analysePlanFile(fixturePath(name))
}

let scratch: string | undefined
/** A per-process temporary directory for generated plans. */
export function scratchDir(): string {
  scratch ??= mkdtempSync(join(tmpdir(), 'infra-guard-render-'))
  return scratch
}

/** Writes a plan document to a temporary file and analyses it with the real analyzer. */
export async function analyseDocument(name: string, document: PlanDocument): Promise<PlanAnalysis> {
  const path = join(scratchDir(), `${name}.json`)
  writeFileSync(path, JSON.stringify(document))
  return analysePlanFile(path)
}

/** Copies a real entry under a new address (module path, name and index kept consistent). */
export function renameEntry(entry: PlanResourceChange, name: string, index?: string): PlanResourceChange {
  const copy = structuredClone(entry)
  const suffix = index === undefined ? '' : `[${JSON.stringify(index)}]`
  copy.name = name
  copy.address = `${copy.module_address ? `${copy.module_address}.` : ''}${copy.type}.${name}${suffix}`
  if (index !== undefined) copy.index = index
  delete copy.previous_address
  return copy
}

/**
 * A big plan: the real entries of `source` replicated `count` times under unique addresses, with
 * `extra` appended to each address so lengths can be pushed up.
 */
export function replicatePlan(
  source: string,
  count: number,
  extra = '',
  keep: (entry: PlanResourceChange) => boolean = () => true
): PlanDocument {
  const document = readFixture(source)
  const entries = (document.resource_changes ?? []).filter(entry => entry.mode === 'managed' && keep(entry))
  const changes: PlanResourceChange[] = []
  for (let i = 0; i < count; i++) {
    const entry = entries[i % entries.length]
    changes.push(renameEntry(entry, `${entry.name}_${i}`, extra ? `${extra}-${i}` : undefined))
  }
  return { ...document, resource_changes: changes }
}
