/** Rollback plans derived from real fixtures (and renamed cloud fixtures for data loss). */
import { describe, expect, it } from '@jest/globals'
import { analysePlanFile } from '../helpers/plan-source.js'
import { deriveRollbackPlan, snippetText } from '../../src/analysis/rollback.js'
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
    expect(snippetText(plan.steps[0].commands[0])).toBe('git revert <COMMIT_SHA>')
    expect(plan.steps.find(s => s.kind === 'review')?.addresses).toEqual(['terraform_data.app'])
  })

  it('a replaced database loses data: restore from backup, with state show commands', async () => {
    const plan = await rollbackOf('cloud-db-replace')
    expect(plan.dataLoss).toBe(true)
    const restore = plan.steps.find(s => s.kind === 'restore-data')
    expect(restore?.addresses).toEqual(['aws_db_instance.db'])
    expect(restore?.commands.map(snippetText)).toEqual(["terraform state show 'aws_db_instance.db'"])
    expect(restore?.description).toMatch(/backup or snapshot/)
  })

  it('a replaced stateless resource gets an apply -replace hint, not a restore', async () => {
    const plan = await rollbackOf('cloud-instance-replace')
    expect(plan.dataLoss).toBe(false)
    expect(plan.steps.find(s => s.kind === 'replaced')?.commands.map(snippetText)).toEqual([
      "terraform apply -replace='aws_instance.lb'"
    ])
  })

  it('forgets, imports and moves get the blocks and state commands that undo them', async () => {
    const forget = (await rollbackOf('forget')).steps.find(s => s.kind === 're-import')
    expect(forget?.blocks.map(snippetText)).toEqual([
      expect.stringMatching(/^import \{\n {2}to = terraform_data\.handed_over\n {2}id = "[0-9a-f-]{36}"\n\}$/)
    ])
    const imported = (await rollbackOf('import')).steps.find(s => s.kind === 'undo-import')
    expect(imported?.commands.map(snippetText).sort()).toEqual([
      "terraform state rm 'terraform_data.imported'",
      "terraform state rm 'terraform_data.imported_same'"
    ])
    expect(imported?.blocks.map(snippetText).join('\n')).toContain(
      'removed {\n  from = terraform_data.imported\n'
    )
    const moved = (await rollbackOf('moved')).steps.find(s => s.kind === 'move-back')
    expect(moved?.commands.map(snippetText).sort()).toEqual([
      "terraform state mv 'terraform_data.current' 'terraform_data.legacy'",
      "terraform state mv 'terraform_data.new_name' 'terraform_data.old_name'"
    ])
    expect(moved?.blocks.map(snippetText)).toContain(
      'moved {\n  from = terraform_data.new_name\n  to   = terraform_data.old_name\n}'
    )
  })

  it('deleted module resources are labelled as deletes', async () => {
    const plan = await rollbackOf('modules')
    expect(plan.steps.find(s => s.kind === 'deleted')?.addresses).toHaveLength(4)
    expect(plan.steps.find(s => s.kind === 'replaced')).toBeUndefined()
  })

  it('quotes addresses for the shell', () => {
    const commands = deriveRollbackPlan(
      analyseDocument(
        planOf([entry('x_y.b["logs"]', ['delete', 'create']), entry("x_y.c['a']", ['delete', 'create'])])
      )
    ).steps.flatMap(step => step.commands.map(snippetText))
    expect(commands).toContain(`terraform apply -replace='x_y.b["logs"]'`)
    expect(commands).toContain(`terraform apply -replace='x_y.c['\\''a'\\'']'`)
  })
})
