/**
 * Every plan JSON format Terraform and OpenTofu have produced (0.1 .. 1.2 and later 1.x) is read.
 * Older formats lack fields newer ones added; these documents are real terraform plans rewritten to
 * the older shape (format_version changed, newer fields removed), which is what older CLIs wrote.
 */
import { describe, expect, it } from '@jest/globals'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { analysePlanFile } from '../helpers/plan-source.js'
import { PlanReadError } from '../../src/errors.js'
import { REPO_ROOT } from '../helpers/run-action.js'

const scratch = mkdtempSync(join(tmpdir(), 'infra-guard-formats-'))
const fixture = (name: string) =>
  JSON.parse(readFileSync(join(REPO_ROOT, '__fixtures__', 'plans', `${name}.json`), 'utf8')) as Record<
    string,
    unknown
  >

/** Fields each format added: a plan of an older format has none of the later ones. */
const ADDED_AFTER: Record<string, string[]> = {
  '0.1': ['resource_drift', 'relevant_attributes', 'checks', 'timestamp', 'applyable', 'complete', 'errored'],
  '0.2': ['resource_drift', 'relevant_attributes', 'checks', 'timestamp', 'applyable', 'complete', 'errored'],
  '1.0': ['checks', 'timestamp', 'applyable', 'complete', 'errored'],
  '1.1': ['timestamp', 'applyable', 'complete', 'errored'],
  '1.2': ['applyable', 'complete', 'errored']
}
const ENTRY_FIELDS_ADDED_AFTER: Record<string, string[]> = {
  '0.1': ['action_reason', 'previous_address', 'importing', 'replace_paths'],
  '0.2': ['previous_address', 'importing'],
  '1.0': ['importing'],
  '1.1': ['importing'],
  '1.2': []
}

function asFormat(plan: Record<string, unknown>, version: string): string {
  const copy = structuredClone(plan)
  copy.format_version = version
  for (const field of ADDED_AFTER[version] ?? []) delete copy[field]
  for (const entry of (copy.resource_changes ?? []) as Record<string, unknown>[]) {
    for (const field of ENTRY_FIELDS_ADDED_AFTER[version] ?? []) {
      delete entry[field]
      delete (entry.change as Record<string, unknown>)[field]
    }
  }
  const path = join(scratch, `plan-${version}-${Math.random().toString(36).slice(2)}.json`)
  writeFileSync(path, JSON.stringify(copy))
  return path
}

describe('plan format versions', () => {
  const scenarios = ['mixed', 'replace-triggers', 'delete', 'noop', 'create-only']
  it.each(['0.1', '0.2', '1.0', '1.1', '1.2', '1.9', '1.10'])(
    'reads format %s with the same add/change/destroy',
    async version => {
      for (const name of scenarios) {
        const original = await analysePlanFile(join(REPO_ROOT, '__fixtures__', 'plans', `${name}.json`))
        const older = await analysePlanFile(asFormat(fixture(name), version))
        expect(older.formatVersion).toBe(version)
        expect([older.counts.add, older.counts.change, older.counts.destroy, older.counts.replace]).toEqual([
          original.counts.add,
          original.counts.change,
          original.counts.destroy,
          original.counts.replace
        ])
        expect(older.unreadable).toEqual([])
        // A format without `errored`/`complete` says nothing against the plan: it is read as complete and not errored.
        expect(older.errored).toBe(false)
        expect(older.complete).toBe(true)
      }
    }
  )

  it.each(['2.0', '10.1', 'one', ''])('refuses format_version %p, naming the file', async version => {
    const path = asFormat(fixture('mixed'), '1.2')
    const doc = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>
    doc.format_version = version
    writeFileSync(path, JSON.stringify(doc))
    await expect(analysePlanFile(path)).rejects.toThrow(PlanReadError)
    await expect(analysePlanFile(path)).rejects.toThrow(path)
  })
})
