/**
 * Secret safety over every real fixture that holds secrets: the test computes the secrets from the
 * raw JSON itself (secret-oracle.ts), then renders every output the action produces from a plan —
 * job summary, PR comment, gate summary, gate log, the outputs' JSON, the whole analysis object —
 * and asserts that none of them contains a secret, also when the report is cut to fit its limit.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { analysePlanFile } from '../helpers/plan-source.js'
import type { PlanAnalysis } from '../../src/analysis/types.js'
import { LIMIT, MARKER } from '../../src/constants.js'
import { listViolations } from '../../src/policy/evaluate-gate.js'
import {
  renderGateLog,
  renderGateReport,
  renderPlanComment,
  renderPlanReport
} from '../../src/render/index.js'
import { deriveRollbackPlan } from '../../src/analysis/rollback.js'
import { REPO_ROOT } from '../helpers/run-action.js'
import { gateOf } from '../fuzz/oracle.js'
import { leakedSecrets, secretsOf } from './secret-oracle.js'

const PLANS = join(REPO_ROOT, '__fixtures__', 'plans')
const scratch = mkdtempSync(join(tmpdir(), 'infra-guard-secrets-'))
afterAll(() => rmSync(scratch, { recursive: true, force: true }))

const fixtures = readdirSync(PLANS)
  .filter(name => name.endsWith('.json') && !name.endsWith('.expected.json'))
  .map(name => ({
    name,
    document: JSON.parse(readFileSync(join(PLANS, name), 'utf8')) as Record<string, unknown>
  }))
  .map(fixture => ({ ...fixture, secrets: secretsOf(fixture.document) }))
const withSecrets = fixtures.filter(fixture => fixture.secrets.size > 0)

/** Every text the action derives from one analysis, by name. */
function everyOutput(analysis: PlanAnalysis): Record<string, string> {
  const context = {
    environment: 'prod',
    workingDirectory: 'infra',
    runUrl: 'https://github.com/a/b/actions/runs/1',
    commitSha: 'abc123'
  }
  const marker = MARKER.planComment('infra', 'prod')
  const out: Record<string, string> = {
    planSummary: renderPlanReport(analysis, context),
    comment: renderPlanComment(analysis, context, marker)
  }
  for (const environment of ['dev', 'prod']) {
    const verdict = gateOf(analysis, environment)
    out[`gateSummary-${environment}`] = renderGateReport(verdict, analysis, { ...context, environment })
    out[`gateLog-${environment}`] = renderGateLog(verdict, analysis.sensitiveValues).join('\n')
    out[`gateReasons-${environment}`] = JSON.stringify(verdict.findings)
    out[`policyViolations-${environment}`] = JSON.stringify(listViolations(verdict.findings))
  }
  out.riskReasons = JSON.stringify(analysis.risk.reasons)
  out.rollback = JSON.stringify(deriveRollbackPlan(analysis))
  // Everything a renderer or output could ever read, except the scrub list itself.
  out.analysis = JSON.stringify({ ...analysis, sensitiveValues: undefined })
  return out
}

function expectNoLeak(outputs: Record<string, string>, secrets: Set<string>): void {
  const leaks = Object.entries(outputs)
    .map(([name, text]) => ({ name, leaked: leakedSecrets(text, secrets) }))
    .filter(entry => entry.leaked.length > 0)
  expect(leaks).toEqual([])
}

describe('fixtures with sensitive values', () => {
  it('the sensitive fixture has secrets of every kind the oracle knows (marked, nested, variables, outputs, unmarked keys)', () => {
    const sensitive = withSecrets.find(fixture => fixture.name === 'sensitive.json')
    expect(sensitive).toBeDefined()
    // From the fixture's own configuration (README): a sensitive variable in a map and in a nested list,
    // a sensitive output, and an api_token nobody marked.
    expect([...sensitive!.secrets]).toEqual(
      expect.arrayContaining([
        's3cr3t-stage-two-PW',
        's3cr3t-stage-one-PW',
        'nested-sensitive-VALUE-42',
        'plain-api-token-xyz789'
      ])
    )
  })

  it.each(withSecrets.map(fixture => [fixture.name, fixture] as const))(
    '%s: no secret in any summary, comment, log line, output or the analysis itself',
    async (name, fixture) => {
      const analysis = await analysePlanFile(join(PLANS, name))
      expectNoLeak(everyOutput(analysis), fixture.secrets)
      // Every secret is on the scrub list the modes register with core.setSecret (::add-mask::).
      for (const secret of fixture.secrets) expect(analysis.sensitiveValues).toContain(secret)
    }
  )
})

describe('secrets after truncation', () => {
  let analysis: PlanAnalysis
  let secrets: Set<string>

  beforeAll(async () => {
    // 4,000 copies of the sensitive fixture's entries: every report must be cut to fit its limit.
    const source = fixtures.find(fixture => fixture.name === 'sensitive.json')!
    const document = structuredClone(source.document) as { resource_changes: Record<string, unknown>[] }
    const entries = document.resource_changes
    document.resource_changes = Array.from({ length: 4000 }, (_, i) => {
      const copy = structuredClone(entries[i % entries.length])
      copy.name = `${copy.name}_${i}`
      copy.address = `${copy.type}.${copy.name}`
      return copy
    })
    const path = join(scratch, 'sensitive-x4000.json')
    writeFileSync(path, JSON.stringify(document))
    secrets = secretsOf(document as unknown as Record<string, unknown>)
    analysis = await analysePlanFile(path)
  })

  it('reports cut to the comment and summary limits still hold no secret', () => {
    const outputs = everyOutput(analysis)
    expect(outputs.comment.length).toBeLessThanOrEqual(LIMIT.commentChars)
    expect(outputs.comment).toMatch(/shortened|cut|more/i)
    expectNoLeak(outputs, secrets)
  })
})

describe('a long secret echoed unmarked by another resource', () => {
  it('is not shown in part after the value is cut to 200 characters', async () => {
    // A PEM key is long. terraform_data's `output` mirrors its `input` without the sensitive mark, and
    // providers forget marks too: the marked copy puts it on the scrub list, the unmarked copy must be scrubbed.
    const key = `-----BEGIN PRIVATE KEY-----MIIEvQIBADANBgkqhkiG9w0BAQEFAASC${'k7Q2'.repeat(120)}-----END PRIVATE KEY-----`
    const document = {
      format_version: '1.2',
      resource_changes: [
        {
          address: 'terraform_data.key',
          mode: 'managed',
          type: 'terraform_data',
          name: 'key',
          change: {
            actions: ['update'],
            before: { input: 'old' },
            after: { input: key },
            before_sensitive: { input: true },
            after_sensitive: { input: true },
            after_unknown: {}
          }
        },
        {
          address: 'terraform_data.echo',
          mode: 'managed',
          type: 'terraform_data',
          name: 'echo',
          change: {
            actions: ['update'],
            before: { input: 'x' },
            after: { input: key },
            before_sensitive: {},
            after_sensitive: {},
            after_unknown: {}
          }
        }
      ]
    }
    const path = join(scratch, 'long-secret.json')
    writeFileSync(path, JSON.stringify(document))
    const analysis = await analysePlanFile(path)
    const outputs = everyOutput(analysis)
    // A 40-character run of the key is as good as the key to an attacker collecting pieces.
    const pieces = [key.slice(60, 100), key.slice(150, 190)]
    const found = Object.entries(outputs).filter(([, text]) => pieces.some(piece => text.includes(piece)))
    expect(found.map(([name]) => name)).toEqual([])
  })
})
