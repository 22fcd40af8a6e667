/**
 * Loads the real plan fixtures written by `npm run fixtures` (scripts/make-fixtures.mjs). The cloud-*
 * fixtures are real terraform_data plans with resource types renamed (aws_db_instance and friends
 * need provider downloads); their .expected.json says which plan they were renamed from.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { memorySource } from '../helpers/plan-source.js'
import { REPO_ROOT } from '../helpers/run-action.js'
import type { PlanResourceChange } from '../../src/plan/model.js'
import type { PlanDocument } from '../helpers/plan-document.js'
import { analysePlan, type AnalyseOptions } from '../../src/analysis/analyse-plan.js'
import type { PlanAnalysis } from '../../src/analysis/types.js'

export const PLANS_DIR = join(REPO_ROOT, '__fixtures__', 'plans')

export interface ExpectedCounts {
  planLine: string
  counts: { import: number; add: number; change: number; destroy: number; forget: number }
  renamedFrom?: string
}

/** Every fixture name (without .json), sorted. */
export function fixtureNames(): string[] {
  return readdirSync(PLANS_DIR)
    .filter(name => name.endsWith('.json') && !name.endsWith('.expected.json'))
    .map(name => name.slice(0, -'.json'.length))
    .sort()
}

export function fixturePath(name: string): string {
  return join(PLANS_DIR, `${name}.json`)
}

/** A fresh parsed copy each call, so tests may mutate it. */
export function loadPlan(name: string): PlanDocument {
  return JSON.parse(readFileSync(fixturePath(name), 'utf8')) as PlanDocument
}

export function loadExpected(name: string): ExpectedCounts {
  return JSON.parse(readFileSync(join(PLANS_DIR, `${name}.expected.json`), 'utf8')) as ExpectedCounts
}

/** A minimal managed entry for synthetic plans. */
export function entry(
  address: string,
  actions: string[],
  extra: Partial<PlanResourceChange> = {}
): PlanResourceChange {
  const [type, name] = address.split('.').slice(-2)
  return {
    address,
    mode: 'managed',
    type,
    name,
    provider_name: 'registry.terraform.io/hashicorp/test',
    change: { actions, before: null, after: null },
    ...extra
  }
}

/** Analyses an in-memory plan through the core's entry (its JSON text read as a file would be). */
export function analyseDocument(
  document: PlanDocument,
  options: AnalyseOptions = {},
  source = 'memory.json'
): PlanAnalysis {
  return analysePlan(memorySource(JSON.stringify(document), source), options)
}

/** A plan document around some entries. */
export function planOf(changes: PlanResourceChange[], extra: Partial<PlanDocument> = {}): PlanDocument {
  return { format_version: '1.2', terraform_version: '1.11.4', resource_changes: changes, ...extra }
}
