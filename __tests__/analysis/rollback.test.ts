/** Rollback plans derived from real fixtures (and renamed cloud fixtures for data loss). */
import { describe, expect, it } from '@jest/globals'
import { analysePlanFile } from '../helpers/plan-source.js'
import { deriveRollbackPlan } from '../../src/analysis/rollback.js'
import { analyseDocument, entry, fixturePath, planOf } from './fixtures.js'

async function rollbackOf(name: string) {
  return deriveRollbackPlan(await analysePlanFile(fixturePath(name)))
}

describe('deriveRollbackPlan', () => {
  it('a no-op plan needs no rollback', async () => {
    const plan = await rollbackOf('noop')
    expect(plan).toMatchObject({ needed: false, dataLoss: false, steps: [] })
  })

  it('every plan with changes starts with reverting the commit', async () => {
    const plan = await rollbackOf('update')
    expect(plan.steps[0].kind).toBe('revert-commit')
    expect(plan.steps[0].commands[0]).toBe('git revert <COMMIT_SHA>')
    expect(plan.steps.find(s => s.kind === 'review')?.addresses).toEqual(['terraform_data.app'])
  })

  it('a replaced database loses data: restore from backup, with state show commands', async () => {
    const plan = await rollbackOf('cloud-db-replace')
    expect(plan.dataLoss).toBe(true)
    const restore = plan.steps.find(s => s.kind === 'restore-data')
    expect(restore?.addresses).toEqual(['aws_db_instance.db'])
    expect(restore?.commands).toEqual(["terraform state show 'aws_db_instance.db'"])
    expect(restore?.description).toMatch(/backup or snapshot/)
  })

  it('a replaced stateless resource gets an apply -replace hint, not a restore', async () => {
    const plan = await rollbackOf('cloud-instance-replace')
    expect(plan.dataLoss).toBe(false)
    expect(plan.steps.find(s => s.kind === 'recreate')?.commands).toEqual([
      "terraform apply -replace='aws_instance.lb'"
    ])
  })

  it('forgets, imports and moves get the state commands that undo them', async () => {
    expect((await rollbackOf('forget')).steps.find(s => s.kind === 're-import')?.commands).toEqual([
      "terraform import 'terraform_data.handed_over' <ID>"
    ])
    expect((await rollbackOf('import')).steps.find(s => s.kind === 'state-rm')?.commands.sort()).toEqual([
      "terraform state rm 'terraform_data.imported'",
      "terraform state rm 'terraform_data.imported_same'"
    ])
    expect((await rollbackOf('moved')).steps.find(s => s.kind === 'move-back')?.commands.sort()).toEqual([
      "terraform state mv 'terraform_data.current' 'terraform_data.legacy'",
      "terraform state mv 'terraform_data.new_name' 'terraform_data.old_name'"
    ])
  })

  it('deleted module resources are listed for recreation', async () => {
    const plan = await rollbackOf('modules')
    expect(plan.steps.find(s => s.kind === 'recreate')?.addresses).toHaveLength(4)
  })

  it('quotes addresses for the shell', () => {
    const commands = deriveRollbackPlan(
      analyseDocument(
        planOf([entry('x_y.b["logs"]', ['delete', 'create']), entry("x_y.c['a']", ['delete', 'create'])])
      )
    ).steps.flatMap(step => step.commands)
    expect(commands).toContain(`terraform apply -replace='x_y.b["logs"]'`)
    expect(commands).toContain(`terraform apply -replace='x_y.c['\\''a'\\'']'`)
  })
})
