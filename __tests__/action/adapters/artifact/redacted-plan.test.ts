/**
 * The artifact's plan JSON written from a file (redacted-plan.ts): the same text as redacting the
 * plan in memory, for a plan larger than one read, with multi-byte characters across read
 * boundaries; no secret left; a file that is not the JSON the analysis read is an ArtifactError.
 */
import { afterAll, describe, expect, it } from '@jest/globals'
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { writeRedactedPlan } from '../../../../src/action/adapters/artifact/redacted-plan.js'
import { analysePlan } from '../../../../src/analysis/analyse-plan.js'
import { planSecrets } from '../../../../src/analysis/plan-secrets.js'
import { redactPlanText } from '../../../../src/analysis/redact/redact-plan.js'
import { ArtifactError } from '../../../../src/errors.js'
import { memorySource } from '../../../helpers/plan-source.js'

const dir = mkdtempSync(join(tmpdir(), 'infra-guard-redacted-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

/** A plan of `count` updates, each with multi-byte text and a marked secret. */
function bigPlan(count: number): string {
  const changes = Array.from({ length: count }, (_, i) => ({
    address: `terraform_data.n${i}`,
    mode: 'managed',
    type: 'terraform_data',
    name: `n${i}`,
    change: {
      actions: ['update'],
      before: {
        label: `äß✓🙂 ${'é'.repeat(i % 7)} old`,
        pw: `Big-secret-${i}-old`,
        output: { pw: `Big-secret-${i}-old` }
      },
      after: { label: `äß✓🙂 ${'é'.repeat(i % 5)} new`, pw: `Big-secret-${i}-new` },
      before_sensitive: { pw: true, output: {} },
      after_sensitive: { pw: true }
    }
  }))
  return JSON.stringify({ format_version: '1.2', terraform_version: '1.11.4', resource_changes: changes })
}

describe('writeRedactedPlan', () => {
  it('writes what redacting in memory writes, for a plan larger than one read, and leaves no secret', () => {
    const text = bigPlan(9000)
    const source = join(dir, 'plan.json')
    writeFileSync(source, text)
    expect(statSync(source).size).toBeGreaterThan(2 << 20)
    const analysis = analysePlan(memorySource(text))
    const secrets = planSecrets(analysis.sensitiveValues)
    const target = join(dir, 'redacted.json')
    writeRedactedPlan(source, target, secrets)
    const written = readFileSync(target, 'utf8')
    expect(written).toBe(redactPlanText(text, secrets))
    expect(written).not.toMatch(/Big-secret-\d+/)
    expect(written).toContain('äß✓🙂')
  })

  it('fails with an ArtifactError naming the file when it is not whole JSON', () => {
    const source = join(dir, 'cut.json')
    writeFileSync(source, bigPlan(3).slice(0, -20))
    expect(() => writeRedactedPlan(source, join(dir, 'out.json'), planSecrets(new Set()))).toThrow(
      ArtifactError
    )
    expect(() => writeRedactedPlan(source, join(dir, 'out.json'), planSecrets(new Set()))).toThrow(
      /cut\.json/
    )
  })
})
