/**
 * Classification and counts over every real fixture (terraform_data plans made by `npm run fixtures`,
 * plus cloud-* copies with renamed types), read through the real plan reader. Counts are checked
 * against an independent recount written differently (verb membership instead of exact arrays) and
 * against terraform's own "Plan:" line captured when the fixture was generated.
 */
import { describe, expect, it } from '@jest/globals'
import { analysePlanFile } from '../helpers/plan-source.js'
import type { PlanResourceChange } from '../../src/plan/model.js'
import { replacementCauses } from '../../src/analysis/diff/index.js'
import { formatPath } from '../../src/render/diff/render-diff.js'
import { diffLeaves } from '../helpers/diff-leaves.js'
import { fixtureNames, fixturePath, loadExpected, loadPlan } from './fixtures.js'

/** Recount by verb membership: a replace holds both 'create' and 'delete', so it adds and destroys. */
function recount(changes: PlanResourceChange[]) {
  const managed = changes.filter(c => c.mode === 'managed')
  const having = (verb: string) => managed.filter(c => c.change.actions.includes(verb)).length
  return {
    add: having('create'),
    change: having('update'),
    destroy: having('delete'),
    forget: having('forget'),
    replace: managed.filter(c => c.change.actions.includes('create') && c.change.actions.includes('delete'))
      .length,
    import: managed.filter(c => c.change.importing != null).length,
    move: managed.filter(c => c.previous_address != null && c.previous_address !== c.address).length,
    noop: having('no-op'),
    read: changes.filter(c => c.mode === 'data' && c.change.actions.includes('read')).length,
    total: managed.length
  }
}

const names = fixtureNames()

describe('every fixture', () => {
  it('has at least the scenarios the issue asks for', () => {
    for (const required of [
      'create-only',
      'update',
      'replace-triggers',
      'replace-cbd',
      'delete',
      'destroy',
      'noop'
    ]) {
      expect(names).toContain(required)
    }
    for (const required of ['moved', 'sensitive', 'modules', 'mixed', 'import', 'forget', 'bulk-delete']) {
      expect(names).toContain(required)
    }
    expect(names.filter(name => name.startsWith('cloud-')).length).toBeGreaterThanOrEqual(8)
  })

  it.each(names)("%s: counts equal an independent recount and terraform's own Plan line", async name => {
    const analysis = await analysePlanFile(fixturePath(name))
    const plan = loadPlan(name)
    const independent = recount(plan.resource_changes ?? [])
    expect(analysis.counts).toMatchObject(independent)
    const expected = loadExpected(name)
    expect({
      add: analysis.counts.add,
      change: analysis.counts.change,
      destroy: analysis.counts.destroy,
      import: analysis.counts.import
    }).toEqual({
      add: expected.counts.add,
      change: expected.counts.change,
      destroy: expected.counts.destroy,
      import: expected.counts.import
    })
    expect(analysis.hasChanges).toBe(expected.planLine !== 'No changes.' || analysis.counts.forget > 0)
    expect(analysis.unreadable).toEqual([])
    expect(analysis.source).toBe(fixturePath(name))
    expect(analysis.formatVersion).toMatch(/^1\./)
    expect(analysis.errored).toBe(false)
    expect(analysis.complete).toBe(true)
  })

  it.each(names)('%s: every destructive address is listed, destructive changes come first', async name => {
    const analysis = await analysePlanFile(fixturePath(name))
    const destructive = (loadPlan(name).resource_changes ?? [])
      .filter(c => c.mode === 'managed' && c.change.actions.includes('delete'))
      .map(c => c.address)
      .sort()
    expect([...analysis.destructiveAddresses].sort()).toEqual(destructive)
    const kinds = analysis.changes.map(c => c.kind)
    const firstOther = kinds.findIndex(kind => kind !== 'delete' && kind !== 'replace')
    if (firstOther >= 0) expect(kinds.slice(firstOther)).not.toContain('delete')
    expect(analysis.changes.every(c => c.mode === 'managed')).toBe(true)
  })
})

async function changeOf(name: string, address: string) {
  const analysis = await analysePlanFile(fixturePath(name))
  const change = analysis.changes.find(c => c.address === address)
  if (!change) throw new Error(`${address} not among the changes of ${name}`)
  return change
}

describe('specific classifications', () => {
  it('delete-then-create replacement via triggers_replace', async () => {
    const change = await changeOf('replace-triggers', 'terraform_data.db')
    expect(change).toMatchObject({
      kind: 'replace',
      createBeforeDestroy: false,
      actions: ['delete', 'create']
    })
    expect(replacementCauses(change.diff!).map(formatPath)).toEqual(['triggers_replace'])
  })

  it('create_before_destroy replacement', async () => {
    const change = await changeOf('replace-cbd', 'terraform_data.lb')
    expect(change).toMatchObject({
      kind: 'replace',
      createBeforeDestroy: true,
      actions: ['create', 'delete']
    })
  })

  it('moved blocks: a pure rename is a no-op that moves, a rename with a change is an update that moves', async () => {
    expect(await changeOf('moved', 'terraform_data.new_name')).toMatchObject({
      kind: 'no-op',
      previousAddress: 'terraform_data.old_name'
    })
    expect(await changeOf('moved', 'terraform_data.current')).toMatchObject({
      kind: 'update',
      previousAddress: 'terraform_data.legacy'
    })
  })

  it('imports: import + update and import + no-op', async () => {
    expect(await changeOf('import', 'terraform_data.imported')).toMatchObject({
      kind: 'update',
      importing: true
    })
    expect(await changeOf('import', 'terraform_data.imported_same')).toMatchObject({
      kind: 'no-op',
      importing: true
    })
    expect(await changeOf('import', 'terraform_data.fresh')).toMatchObject({
      kind: 'create',
      importing: false
    })
  })

  it('removed block with destroy = false is a forget, not a destroy', async () => {
    const analysis = await analysePlanFile(fixturePath('forget'))
    expect(analysis.changes.map(c => [c.address, c.kind])).toEqual([['terraform_data.handed_over', 'forget']])
    expect(analysis.counts).toMatchObject({ forget: 1, destroy: 0, add: 0 })
    expect(analysis.hasChanges).toBe(true)
  })

  it('data-source reads are counted apart and never listed as changes', async () => {
    const analysis = await analysePlanFile(fixturePath('data-read'))
    expect(analysis.counts).toMatchObject({ read: 1, add: 1, total: 1 })
    expect(analysis.changes.map(c => c.address)).toEqual(['terraform_data.source'])
  })

  it('a no-op plan has no changes', async () => {
    const analysis = await analysePlanFile(fixturePath('noop'))
    expect(analysis.hasChanges).toBe(false)
    expect(analysis.changes).toEqual([])
    expect(analysis.counts.noop).toBe(analysis.counts.total)
  })

  it('modules: addresses keep their module path', async () => {
    const analysis = await analysePlanFile(fixturePath('modules'))
    expect(analysis.destructiveAddresses.sort()).toEqual([
      'module.app.terraform_data.node[1]',
      'module.app.terraform_data.node[2]',
      'module.legacy.terraform_data.config',
      'module.legacy.terraform_data.node[0]'
    ])
  })

  it('sensitive output changes are flagged and masked', async () => {
    const analysis = await analysePlanFile(fixturePath('sensitive'))
    const password = analysis.outputs.find(o => o.name === 'db_password')
    expect(password).toMatchObject({ name: 'db_password', kind: 'create', sensitive: true })
    // Terraform marks both sides of a sensitive output, even the absent `before`.
    expect(password?.diff.nodes).toEqual([{ kind: 'sensitive', key: '', action: 'added', changed: true }])
    const name = analysis.outputs.find(o => o.name === 'app_name')
    expect(name).toMatchObject({ sensitive: false })
    expect(diffLeaves(name?.diff)).toEqual([
      { path: '(value)', kind: 'value', after: '"app"', forcesReplacement: false }
    ])
  })
})
