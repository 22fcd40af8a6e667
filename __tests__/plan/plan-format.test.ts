/**
 * The one reading entry: choosePlanFormat applies plan_format (auto reads the first bytes) and
 * readPlanEntries hands the source to that reader; each reader refuses the other tool's documents,
 * saying which tool wrote the file and to set plan_format. Real documents: a Terraform plan made by
 * terraform (__fixtures__/plans) and Pulumi's own output (__fixtures__/pulumi).
 */
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { PlanReadError } from '../../src/errors.js'
import type { ByteSource } from '../../src/plan/byte-source.js'
import { choosePlanFormat, readPlanEntries, type PlanFormat } from '../../src/plan/plan-format.js'
import { memorySource } from '../helpers/plan-source.js'
import { REPO_ROOT } from '../helpers/run-action.js'
import { fixtureBytes } from './pulumi/pulumi-fixtures.js'

const terraformPlan = readFileSync(join(REPO_ROOT, '__fixtures__', 'plans', 'delete.json'))
const preview = fixtureBytes('sample-preview-creates')
const eventLog = fixtureBytes('TestDetailedDiffReplace__1')
const state = fixtureBytes('sample-export')

/** A source that hands out at most `chunk` bytes per read. */
function trickle(bytes: Buffer, chunk: number, name = 'trickle.json'): ByteSource {
  return {
    name,
    size: bytes.length,
    read: (buffer, position) => bytes.copy(buffer, 0, position, Math.min(bytes.length, position + chunk))
  }
}

function readAs(bytes: Buffer, format: PlanFormat, name = 'plan.json'): unknown {
  try {
    return readPlanEntries(memorySource(bytes, name), { onResourceChange: () => undefined }, format)
  } catch (error) {
    return error
  }
}

describe('choosePlanFormat', () => {
  it('auto follows the first bytes: a Terraform plan, a preview, an event log, Pulumi state', () => {
    expect(choosePlanFormat(memorySource(terraformPlan), 'auto')).toEqual({
      format: 'terraform',
      reason: "auto: top-level key 'format_version'"
    })
    expect(choosePlanFormat(memorySource(preview), 'auto')).toEqual({
      format: 'pulumi',
      reason: "auto: top-level key 'config'"
    })
    expect(choosePlanFormat(memorySource(eventLog), 'auto')).toEqual({
      format: 'pulumi',
      reason: "auto: first event key 'sequence'"
    })
    // Pulumi's reader then says what state is and what to gate instead.
    expect(choosePlanFormat(memorySource(state), 'auto').format).toBe('pulumi')
  })

  it('reads past a head that does not decide yet (a long first value), even one byte per read', () => {
    const padded = Buffer.from(
      `{"config": {"pad": "${'x'.repeat(100_000)}"}, "steps": [], "changeSummary": {}}`
    )
    expect(choosePlanFormat(trickle(padded, 1), 'auto').format).toBe('pulumi')
    const late = Buffer.from(`{"junk": "${'y'.repeat(200_000)}", "format_version": "1.2"}`)
    expect(choosePlanFormat(trickle(late, 7), 'auto').format).toBe('terraform')
  })

  it('auto falls back to Terraform when nothing decides (its reader then names the problem)', () => {
    expect(choosePlanFormat(memorySource(Buffer.alloc(0)), 'auto').format).toBe('terraform')
    expect(choosePlanFormat(memorySource('{"unknown": 1}'), 'auto')).toEqual({
      format: 'terraform',
      reason: 'auto: no top-level key of a known format'
    })
  })

  it('an explicit setting wins over the content, whatever it is', () => {
    expect(choosePlanFormat(memorySource(preview), 'terraform')).toEqual({
      format: 'terraform',
      reason: 'plan_format: terraform'
    })
    expect(choosePlanFormat(memorySource(terraformPlan), 'pulumi').format).toBe('pulumi')
  })
})

describe('each reader refuses the other tool’s documents and says what to set', () => {
  it('the Terraform reader refuses a Pulumi preview, event log and state', () => {
    const previewError = readAs(preview, 'terraform', 'preview.json') as PlanReadError
    expect(previewError).toBeInstanceOf(PlanReadError)
    // The preview's second key is `steps`: refused as soon as it is met.
    expect(previewError.message).toBe(
      "Cannot read plan 'preview.json': this is a Pulumi preview (`pulumi preview --json`, top-level key 'steps'), not a Terraform plan; set plan_format to 'pulumi' or 'auto'"
    )
    expect((readAs(eventLog, 'terraform') as Error).message).toMatch(
      /this is a Pulumi engine event log \(`pulumi preview --event-log FILE`, key 'sequence'\), not a Terraform plan; set plan_format to 'pulumi' or 'auto'$/
    )
    expect((readAs(state, 'terraform') as Error).message).toMatch(
      /this is Pulumi stack state \(top-level key 'deployment'\)/
    )
    const summaryFirst = Buffer.from('{"changeSummary": {"create": 1}, "steps": []}')
    expect((readAs(summaryFirst, 'terraform') as Error).message).toMatch(/top-level key 'changeSummary'/)
  })

  it('the Pulumi reader refuses a Terraform plan', () => {
    const error = readAs(terraformPlan, 'pulumi', 'tf.json') as PlanReadError
    expect(error).toBeInstanceOf(PlanReadError)
    expect(error.message).toMatch(
      /^Cannot read plan 'tf\.json': this is a Terraform plan or state \(top-level key 'format_version'\), not Pulumi JSON; set plan_format to 'terraform' or 'auto'$/
    )
  })

  it('a Terraform plan still reads through the entry with the default format', () => {
    const addresses: string[] = []
    const header = readPlanEntries(memorySource(terraformPlan), {
      onResourceChange: entry => addresses.push(entry.address)
    })
    expect(header.format_version).toMatch(/^1\./)
    expect(addresses.length).toBeGreaterThan(0)
  })

  it('a Pulumi document reads the same whatever the read size (1, 7, 4096 bytes or all at once)', () => {
    for (const bytes of [preview, eventLog]) {
      const read = (source: ByteSource) => {
        const entries: unknown[] = []
        const header = readPlanEntries(source, { onResourceChange: entry => entries.push(entry) }, 'pulumi')
        return { header, entries }
      }
      const whole = read(memorySource(bytes))
      expect(whole.entries.length).toBeGreaterThan(0)
      for (const chunk of [1, 7, 4096]) expect(read(trickle(bytes, chunk))).toEqual(whole)
    }
  })
})
