/** The reader on real terraform plans: entries in file order, header fields, sensitive variable names. */
import { beforeAll, describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import type { PlanResourceChange } from '../../src/plan/model.js'
import { readPlanFile } from '../helpers/plan-source.js'
import { makePlanJson, MIXED_CONFIG } from './terraform-plans.js'

/** Collects what the visitor sees, in call order. */
async function collect(path: string) {
  const calls: string[] = []
  const changes: PlanResourceChange[] = []
  const drift: PlanResourceChange[] = []
  const header = await readPlanFile(path, {
    onResourceChange(entry, index) {
      calls.push(`change ${index} ${entry.address}`)
      changes.push(entry)
    },
    onResourceDrift(entry, index) {
      calls.push(`drift ${index} ${entry.address}`)
      drift.push(entry)
    }
  })
  return { header, changes, drift, calls }
}

describe('readPlan on a real create plan', () => {
  let planPath: string
  beforeAll(() => {
    planPath = makePlanJson(MIXED_CONFIG)
  })

  it('visits every resource_changes entry in file order, equal to JSON.parse', async () => {
    const parsed = JSON.parse(readFileSync(planPath, 'utf8'))
    const { changes, calls } = await collect(planPath)
    expect(changes).toEqual(parsed.resource_changes)
    expect(calls).toEqual([
      'change 0 terraform_data.db',
      'change 1 terraform_data.web[0]',
      'change 2 terraform_data.web[1]',
      'change 3 terraform_data.web[2]'
    ])
    expect((changes[1].change.after as { input: unknown }).input).toMatchObject({
      note: 'quote " brace { } [ ] backslash \\ tab \t unicode é 日本 🚀'
    })
  })

  it('returns the header fields and the names of sensitive root variables', async () => {
    const parsed = JSON.parse(readFileSync(planPath, 'utf8'))
    const { header } = await collect(planPath)
    expect(header).toEqual({
      format_version: parsed.format_version,
      terraform_version: parsed.terraform_version,
      applyable: true,
      complete: true,
      errored: false,
      variables: parsed.variables,
      output_changes: parsed.output_changes,
      sensitive_variables: ['db_password']
    })
    expect(header.format_version).toMatch(/^1\./)
  })
})

describe('readPlan on plans after an apply', () => {
  it('reports drift-free updates, replaces and deletes and calls no drift visitor when there is none', async () => {
    const before = `
resource "terraform_data" "keep" { input = "v1" }
resource "terraform_data" "gone" { input = "x" }
resource "terraform_data" "swap" { triggers_replace = ["a"] }
`
    const after = `
resource "terraform_data" "keep" { input = "v2" }
resource "terraform_data" "swap" { triggers_replace = ["b"] }
`
    const path = makePlanJson(after, { before })
    const { changes, drift } = await collect(path)
    const actions = Object.fromEntries(changes.map(c => [c.address, c.change.actions.join(',')]))
    expect(actions).toEqual({
      'terraform_data.gone': 'delete',
      'terraform_data.keep': 'update',
      'terraform_data.swap': 'delete,create'
    })
    expect(drift).toEqual([])
  })

  it('reads a plan without resource_changes as zero entries', async () => {
    const path = makePlanJson('variable "x" {\n  default = 1\n}\n')
    const parsed = JSON.parse(readFileSync(path, 'utf8'))
    expect(parsed.resource_changes).toBeUndefined()
    const { header, changes } = await collect(path)
    expect(changes).toEqual([])
    expect(header.sensitive_variables).toEqual([])
    expect(header.applyable).toBe(false)
  })
})
