/**
 * The format sniffer on real documents of every kind (Terraform plans made by the terraform binary,
 * Pulumi previews, event logs and stack state from public repositories) and on hand-made edge
 * cases: it names the right format from the first bytes, and a shorter head only ever answers
 * "need more", never something else.
 */
import { describe, expect, it } from '@jest/globals'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import {
  isPlanFormatSetting,
  listTopLevelKeys,
  resolvePlanFormat,
  sniffPlanFormat,
  type SniffedFormat
} from '../../src/plan/sniff-format.js'
import { PULUMI_FIXTURES, REPO_ROOT } from './pulumi/pulumi-fixtures.js'

const TERRAFORM_PLANS = join(REPO_ROOT, '__fixtures__', 'plans')

/** Every real document with the format it must be sniffed as. */
const DOCUMENTS: { name: string; bytes: Buffer; format: SniffedFormat }[] = [
  ...readdirSync(TERRAFORM_PLANS)
    .filter(name => name.endsWith('.json') && !name.endsWith('.expected.json'))
    .map(name => ({ name, bytes: readFileSync(join(TERRAFORM_PLANS, name)), format: 'terraform' as const })),
  ...readdirSync(PULUMI_FIXTURES)
    .filter(name => name.endsWith('.json'))
    .map(name => ({ name, bytes: readFileSync(join(PULUMI_FIXTURES, name)), format: pulumiKind(name) }))
]

function pulumiKind(name: string): SniffedFormat {
  if (/preview\.json$|sample-preview/.test(name)) return 'pulumi-preview'
  if (/state\.json$|export\.json$|stack\.json$|checkpoint/.test(name)) return 'pulumi-state'
  return 'pulumi-events'
}

describe('sniffPlanFormat on real documents', () => {
  it.each(DOCUMENTS.map(doc => [doc.name, doc] as const))('%s', (_name, doc) => {
    expect(sniffPlanFormat(doc.bytes, true).format).toBe(doc.format)
    // The first 4 KiB decide for every one of them.
    expect(sniffPlanFormat(doc.bytes.subarray(0, 4096)).format).toBe(doc.format)
  })

  it('a shorter head answers "need more" or the final answer, never another format', () => {
    for (const doc of DOCUMENTS) {
      const final = sniffPlanFormat(doc.bytes, true)
      for (let length = 0; length <= Math.min(doc.bytes.length, 400); length++) {
        const guess = sniffPlanFormat(doc.bytes.subarray(0, length))
        if (guess.needMore) continue
        expect({ name: doc.name, length, format: guess.format }).toEqual({
          name: doc.name,
          length,
          format: final.format
        })
      }
    }
  })
})

describe('sniffPlanFormat edge cases', () => {
  const sniff = (text: string, atEnd = true) => sniffPlanFormat(Buffer.from(text), atEnd)

  it('tells the two timestamps apart: Pulumi events have a number, Terraform >= 1.5 plans a string', () => {
    expect(sniff('{"timestamp": 1700000000, "preludeEvent": {}}').format).toBe('pulumi-events')
    expect(sniff('{"timestamp": "2026-01-01T00:00:00Z", "format_version": "1.2"}').format).toBe('terraform')
  })

  it('skips keys it does not know and decides on the first one it does', () => {
    expect(sniff('{"x": {"steps": []}, "y": [1, "}"], "changeSummary": {}}')).toEqual({
      format: 'pulumi-preview',
      evidence: "top-level key 'changeSummary'",
      needMore: false
    })
    expect(sniff('{"version": 3, "deployment": {}}').format).toBe('pulumi-state')
    expect(sniff('{"version": 4, "terraform_version": "1.9.0", "serial": 1}').format).toBe('terraform')
  })

  it('names text, empty input and objects of no known format', () => {
    expect(sniff('Previewing update (dev):').format).toBe('pulumi-text')
    expect(sniff('[command]terraform show -json').format).toBe('unknown')
    expect(sniff('')).toEqual({ format: 'unknown', evidence: 'no content', needMore: false })
    expect(sniff('{"a": 1}')).toEqual({
      format: 'unknown',
      evidence: 'no top-level key of a known format',
      needMore: false
    })
    expect(sniff('{"a": 1', false).needMore).toBe(true)
    expect(sniff('\uFEFF  {"steps": []}').format).toBe('pulumi-preview')
  })

  it('lists keys with escapes and stops at what is not JSON', () => {
    expect(
      listTopLevelKeys(Buffer.from('{"a\\"b": 1, "c": "x\\"}", "d": null}')).keys.map(k => k.key)
    ).toEqual(['a"b', 'c', 'd'])
    expect(listTopLevelKeys(Buffer.from('{"a": 1 "b": 2}')).keys.map(k => k.key)).toEqual(['a'])
  })
})

describe('resolvePlanFormat', () => {
  it('follows the input, and the guess under auto (Terraform when in doubt)', () => {
    const guess = (format: SniffedFormat) => ({ format, evidence: '', needMore: false })
    expect(resolvePlanFormat('terraform', guess('pulumi-preview'))).toBe('terraform')
    expect(resolvePlanFormat('pulumi', guess('terraform'))).toBe('pulumi')
    expect(resolvePlanFormat('auto', guess('pulumi-events'))).toBe('pulumi')
    expect(resolvePlanFormat('auto', guess('pulumi-state'))).toBe('pulumi')
    expect(resolvePlanFormat('auto', guess('unknown'))).toBe('terraform')
    expect(resolvePlanFormat('auto', guess('terraform'))).toBe('terraform')
    expect(['auto', 'pulumi', 'Pulumi', ''].map(isPlanFormatSetting)).toEqual([true, true, false, false])
  })
})
