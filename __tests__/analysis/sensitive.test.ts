/**
 * Secret safety of the analysis: no value Terraform marks sensitive (resource marks, sensitive variables,
 * sensitive outputs) and no value under a secret-looking key appears anywhere in the serialised analysis
 * or rollback plan, except inside `sensitiveValues`, which must hold every one of them.
 */
import { describe, expect, it } from '@jest/globals'
import { analysePlanFile } from '../helpers/plan-source.js'
import { deriveRollbackPlan } from '../../src/analysis/rollback.js'
import type { PlanAnalysis } from '../../src/analysis/types.js'
import type { PlanDocument } from '../helpers/plan-document.js'
import { diffLeaves } from '../helpers/diff-leaves.js'
import { analyseDocument, entry, fixtureNames, fixturePath, loadPlan, planOf } from './fixtures.js'

/** Independent walk: a mark of `true` makes every string below it secret. */
function markedStrings(value: unknown, mark: unknown, out: string[]): void {
  if (mark === true) {
    const stack = [value]
    while (stack.length > 0) {
      const item = stack.pop()
      if (typeof item === 'string') out.push(item)
      else if (item && typeof item === 'object') stack.push(...Object.values(item))
    }
    return
  }
  if (!value || typeof value !== 'object' || !mark || typeof mark !== 'object') return
  for (const key of Object.keys(value)) {
    markedStrings((value as Record<string, unknown>)[key], (mark as Record<string, unknown>)[key], out)
  }
}

/** Every secret in a plan, found without the project's code. */
function secretsOf(plan: PlanDocument): string[] {
  const out: string[] = []
  for (const change of [...(plan.resource_changes ?? []), ...(plan.resource_drift ?? [])]) {
    markedStrings(change.change.before, change.change.before_sensitive, out)
    markedStrings(change.change.after, change.change.after_sensitive, out)
  }
  for (const output of Object.values(plan.output_changes ?? {})) {
    markedStrings(output.before, output.before_sensitive, out)
    markedStrings(output.after, output.after_sensitive, out)
  }
  const declared = (
    plan.configuration as { root_module?: { variables?: Record<string, { sensitive?: boolean }> } }
  )?.root_module?.variables
  for (const [name, variable] of Object.entries(declared ?? {})) {
    const value = plan.variables?.[name]?.value
    if (variable.sensitive && typeof value === 'string') out.push(value)
  }
  return [...new Set(out)].filter(secret => secret !== '')
}

/** Everything a renderer could be handed, as one text. */
function visibleText(analysis: PlanAnalysis): string {
  const { sensitiveValues: _hidden, ...visible } = analysis
  return JSON.stringify(visible) + JSON.stringify(deriveRollbackPlan(analysis))
}

describe('no sensitive value leaks from the analysis', () => {
  it.each(fixtureNames())('%s', async name => {
    const plan = loadPlan(name)
    const analysis = await analysePlanFile(fixturePath(name))
    const text = visibleText(analysis)
    for (const secret of secretsOf(plan)) {
      expect(analysis.sensitiveValues.has(secret)).toBe(true)
      expect(text).not.toContain(secret)
    }
  })

  it('the sensitive fixture really holds secrets in maps, nested lists, variables and outputs', async () => {
    const plan = loadPlan('sensitive')
    const secrets = secretsOf(plan)
    expect(secrets).toEqual(
      expect.arrayContaining(['s3cr3t-stage-one-PW', 's3cr3t-stage-two-PW', 'nested-sensitive-VALUE-42'])
    )
    // The raw plan does carry them in clear (variables, prior state): the test would catch a leak.
    const raw = JSON.stringify(plan)
    for (const secret of secrets) expect(raw).toContain(secret)
    const analysis = await analysePlanFile(fixturePath('sensitive'))
    expect(visibleText(analysis)).toContain('(sensitive)')
  })

  it('values under secret-looking keys are masked and scrub-listed though Terraform did not mark them', async () => {
    const analysis = await analysePlanFile(fixturePath('sensitive'))
    expect(analysis.sensitiveValues.has('plain-api-token-xyz789')).toBe(true)
    expect(visibleText(analysis)).not.toContain('plain-api-token-xyz789')
  })

  it('secrets in a broken entry (unknown verb) are still collected, and variables named like secrets too', () => {
    const broken = entry('aws_db_instance.db', ['vaporise'])
    broken.change = { actions: ['vaporise'], before: { password: 'broken-entry-secret' }, after: null }
    const analysis = analyseDocument(
      planOf([broken], {
        variables: { admin_token: { value: 'variable-token-value' }, region: { value: 'eu' } }
      })
    )
    expect(analysis.sensitiveValues.has('broken-entry-secret')).toBe(true)
    expect(analysis.sensitiveValues.has('variable-token-value')).toBe(true)
    expect(analysis.sensitiveValues.has('eu')).toBe(false)
    expect(visibleText(analysis)).not.toContain('broken-entry-secret')
  })

  it('a long sensitive value is not leaked in part by truncation', () => {
    const secret = 'S'.repeat(150) + 'tail-secret'
    const change = entry('x_y.a', ['update'])
    change.change = {
      actions: ['update'],
      before: { blob: { inner: [secret] }, n: 1 },
      after: { blob: { inner: [secret, 'other'] }, n: 2 },
      before_sensitive: { blob: { inner: [true] } },
      after_sensitive: { blob: { inner: [true, false] } }
    }
    const analysis = analyseDocument(planOf([change]))
    const text = visibleText(analysis)
    expect(text).not.toContain('SSSSSSSSSS')
    expect(analysis.sensitiveValues.has(secret)).toBe(true)
    expect(diffLeaves(analysis.changes[0].diff).map(a => a.path)).toEqual(['blob.inner[1]', 'n'])
  })
})
