/**
 * Test helpers over real plans. Cloud resource types need provider downloads that tests cannot do
 * offline, so the real terraform_data plans are renamed: the type (and address) change, and for the
 * attribute fixture the terraform_data `input` object is hoisted into the planned values, so
 * `input.publicly_accessible` becomes `publicly_accessible` as a real aws_db_instance would plan it.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import type { PlanResourceChange } from '../../src/plan/model.js'
import type { PlanDocument } from '../helpers/plan-document.js'

export const ROOT = resolve(import.meta.dirname, '..', '..')
export const PLANS = join(ROOT, '__fixtures__', 'plans')
export const ATTRIBUTES_PLAN = join(ROOT, '__tests__', 'policy', 'fixtures', 'attributes.json')

/** A fixture plan under __fixtures__/plans. */
export function fixturePlan(name: string): string {
  return join(PLANS, `${name}.json`)
}

function renameEntry(entry: PlanResourceChange, type: string, hoistInput: boolean): PlanResourceChange {
  const address = entry.address.replace(/(^|\.)terraform_data\./, `$1${type}.`)
  const change = { ...entry.change }
  if (hoistInput) {
    change.after = (entry.change.after as { input?: unknown } | null)?.input ?? null
    const unknown = entry.change.after_unknown as { input?: unknown } | undefined
    change.after_unknown = unknown?.input ?? {}
  }
  return { ...entry, address, type, change }
}

/**
 * Writes a copy of `source` with the terraform_data resources named in `types` renamed to those
 * types; returns the new file's path. Other entries stay exactly as terraform wrote them.
 */
export function writeRenamedPlan(source: string, types: Record<string, string>, hoistInput = true): string {
  const document = JSON.parse(readFileSync(source, 'utf8')) as PlanDocument
  document.resource_changes = (document.resource_changes ?? []).map(entry =>
    entry.type === 'terraform_data' && entry.name in types
      ? renameEntry(entry, types[entry.name], hoistInput)
      : entry
  )
  const file = join(mkdtempSync(join(tmpdir(), 'infra-guard-policy-')), 'plan.json')
  writeFileSync(file, JSON.stringify(document))
  return file
}

/** The renamed attribute fixture most rule tests use. */
export const ATTRIBUTE_TYPES = {
  db_public: 'aws_db_instance',
  db_private: 'aws_db_instance',
  db_unknown: 'aws_db_instance',
  sg_open: 'aws_security_group',
  sg_web: 'aws_security_group',
  bucket_block: 'aws_s3_bucket_public_access_block'
}
