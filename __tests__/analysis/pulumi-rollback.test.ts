/**
 * Rollback plans of Pulumi previews, derived from real previews and from Pulumi's engine-test event
 * streams (__fixtures__/pulumi), plus synthetic previews where a case needs a type the fixtures lack
 * (a database). The commands follow the IaC standards' template: select the stack, undo by URN.
 */
import { describe, expect, it } from '@jest/globals'
import { derivePulumiRollbackPlan as deriveSnippets } from '../../src/analysis/pulumi-rollback.js'
import { snippetText } from '../../src/analysis/rollback.js'
import type { RollbackPlan, RollbackStep } from '../../src/analysis/types.js'
import {
  analyseBytes,
  analyseFixture,
  eventLog,
  preEvent,
  previewJson,
  state,
  urnOf
} from '../plan/pulumi/pulumi-fixtures.js'

/** The plan with each command as the shell line it stands for. */
type TextPlan = Omit<RollbackPlan, 'steps'> & {
  steps: (Omit<RollbackStep, 'commands'> & { commands: string[] })[]
}
function derivePulumiRollbackPlan(...args: Parameters<typeof deriveSnippets>): TextPlan {
  const plan = deriveSnippets(...args)
  return { ...plan, steps: plan.steps.map(step => ({ ...step, commands: step.commands.map(snippetText) })) }
}

const stepOf = (plan: TextPlan, kind: string) => plan.steps.filter(step => step.kind === kind)
const database = 'aws:rds/instance:Instance'
const bucket = 'aws:s3/bucket:Bucket'

describe('derivePulumiRollbackPlan', () => {
  it('a preview that changes nothing needs no rollback', () => {
    const plan = derivePulumiRollbackPlan(analyseFixture('url-encoded-stack-output-diff'))
    expect(plan).toEqual({
      needed: false,
      dataLoss: false,
      steps: [],
      notes: ['Nothing to undo: the preview changes no resource.']
    })
  })

  it('a real preview of creates: revert on the stack, or destroy each created resource by URN', () => {
    const plan = derivePulumiRollbackPlan(analyseFixture('sample-preview-creates'), 'a1b2c3d4e5f6')
    expect(plan.steps.map(step => step.kind)).toEqual(['revert-commit', 'destroy-created'])
    expect(plan.steps[0].commands).toEqual([
      'git revert a1b2c3d4e5f6',
      "pulumi stack select 'dev'",
      'pulumi preview --diff',
      'pulumi up'
    ])
    const [destroy] = stepOf(plan, 'destroy-created')
    expect(destroy.addresses).toHaveLength(15)
    expect(destroy.commands).toHaveLength(16)
    expect(destroy.commands[0]).toBe("pulumi stack select 'dev'")
    expect(destroy.commands).toContain(
      "pulumi destroy --target 'urn:pulumi:dev::sample::aws:s3/bucket:Bucket::docs'"
    )
    // Nested types keep their `$` inside single quotes.
    expect(
      destroy.commands.some(command => /^pulumi destroy --target 'urn:[^']*\$[^']*'$/.test(command))
    ).toBe(true)
    expect(plan.dataLoss).toBe(false)
  })

  it('an update (real preview): review, and `pulumi up --target` restores one resource after the revert', () => {
    const plan = derivePulumiRollbackPlan(analyseFixture('sample-preview-update'))
    expect(stepOf(plan, 'review')[0].commands).toEqual([
      "pulumi stack select 'dev'",
      "pulumi up --target 'urn:pulumi:dev::sample::aws:s3/bucket:Bucket$aws:s3:BucketEventSubscription$aws:lambda/function:Function::docsHandler'"
    ])
  })

  it('a replaced database: restore steps (export, state delete, import of the restored object) and data loss', () => {
    const urn = urnOf(database, 'orders', 'prod')
    const before = { ...state(database, 'orders'), urn, inputs: { engine: 'postgres', allocatedStorage: 20 } }
    const after = { ...before, inputs: { engine: 'postgres', allocatedStorage: 20, dbName: 'orders2' } }
    const analysis = analyseBytes(
      'replace.json',
      previewJson([{ op: 'replace', urn, oldState: before, newState: after, replaceReasons: ['dbName'] }])
    )
    const plan = derivePulumiRollbackPlan(analysis)
    expect(plan.dataLoss).toBe(true)
    const [restore] = stepOf(plan, 'restore-data')
    expect(restore.addresses).toEqual([urn])
    expect(restore.commands).toEqual([
      "pulumi stack select 'prod'",
      "pulumi stack export --file 'prod-before-change.json'",
      `pulumi state delete '${urn}'`,
      "pulumi import 'aws:rds/instance:Instance' 'orders' '<RESTORED_ID>'"
    ])
    expect(restore.description).toMatch(/back each one up/)
    // Restored resources get no second, generic recreate step.
    expect(stepOf(plan, 'recreate')).toEqual([])
    // `preview --json` without --show-replacement-steps lists only `replace`: said in a note.
    expect(plan.notes).toContain(
      '1 replacement(s) were read without their create and delete steps (a preview without --show-replacement-steps): each is assumed to delete the old object first.'
    )
  })

  it('a replaced protected resource (TestProtect/1, derived from Pulumi engine tests): restore steps, and Pulumi’s refusal in the notes', () => {
    const plan = derivePulumiRollbackPlan(analyseFixture('TestProtect__1'))
    const [restore] = stepOf(plan, 'restore-data')
    expect(restore.commands).toEqual([
      "pulumi stack select 'test'",
      "pulumi stack export --file 'test-before-change.json'",
      "pulumi state delete 'urn:pulumi:test::test::pkgA:m:typA::resA'",
      "pulumi import 'pkgA:m:typA' 'resA' '<RESTORED_ID>'"
    ])
    expect(plan.notes).toContain(
      'Pulumi refuses to apply this change as it stands: it deletes or replaces protected resources. Unprotect them deliberately first (`protect: false`, or `pulumi state unprotect`), in a change of its own.'
    )
  })

  it('a deleted database needs only the import (its URN is gone from the state)', () => {
    const urn = urnOf(database, 'orders')
    const analysis = analyseBytes(
      'delete.json',
      previewJson([{ op: 'delete', urn, oldState: state(database, 'orders') }])
    )
    const [restore] = stepOf(derivePulumiRollbackPlan(analysis), 'restore-data')
    expect(restore.commands.slice(2)).toEqual([
      "pulumi import 'aws:rds/instance:Instance' 'orders' '<RESTORED_ID>'"
    ])
  })

  it('deleted stateless resources (destroy-with-components) are recreated by URN', () => {
    const plan = derivePulumiRollbackPlan(analyseFixture('destroy-with-components'))
    const [recreate] = stepOf(plan, 'recreate')
    expect(recreate.addresses).toHaveLength(2)
    expect(
      recreate.commands
        .slice(1)
        .every(command => command.startsWith("pulumi up --target 'urn:pulumi:dev::myproject::"))
    ).toBe(true)
  })

  it('a stateless replace (TestDetailedDiffReplace/1, derived from Pulumi engine tests) can be replaced again', () => {
    const plan = derivePulumiRollbackPlan(analyseFixture('TestDetailedDiffReplace__1'))
    expect(stepOf(plan, 'recreate')[0].commands).toEqual([
      "pulumi stack select 'test'",
      "pulumi up --target 'urn:pulumi:test::test::pkgA:m:typA::resA' --replace 'urn:pulumi:test::test::pkgA:m:typA::resA'"
    ])
  })

  it('imports are undone with state delete (TestImportOption/8, derived from Pulumi engine tests); retained deletes are re-imported', () => {
    const imported = derivePulumiRollbackPlan(analyseFixture('TestImportOption__8'))
    expect(stepOf(imported, 'state-rm')[0].commands).toEqual([
      "pulumi stack select 'test'",
      "pulumi state delete 'urn:pulumi:test::test::pkgA:m:typA::resA'"
    ])
    const retained = state(bucket, 'logs', { retainOnDelete: true })
    const forgotten = derivePulumiRollbackPlan(
      analyseBytes(
        'retain.json',
        previewJson([{ op: 'delete', urn: urnOf(bucket, 'logs'), oldState: retained }])
      )
    )
    expect(stepOf(forgotten, 're-import')[0].commands).toEqual([
      "pulumi stack select 'dev'",
      "pulumi import 'aws:s3/bucket:Bucket' 'logs' '<ID>'"
    ])
  })

  it('quotes names for the shell, writes no command for a URN with control characters, and never says terraform', () => {
    const quoted = urnOf(bucket, "it's")
    const broken = urnOf(bucket, 'a\nrm -rf ~')
    const log = eventLog(
      [
        preEvent('create', bucket, "it's", null, state(bucket, "it's")),
        {
          ...(preEvent('create', bucket, 'x', null, null) as object),
          resourcePreEvent: {
            metadata: {
              op: 'create',
              urn: broken,
              type: bucket,
              old: null,
              new: { ...state(bucket, 'x'), urn: broken }
            }
          }
        }
      ],
      { resourceChanges: { create: 2 }, isPreview: true, result: 'succeeded' }
    )
    const plan = derivePulumiRollbackPlan(analyseBytes('quotes.log', log))
    const [destroy] = stepOf(plan, 'destroy-created')
    expect(destroy.addresses).toEqual([quoted, broken])
    expect(destroy.commands).toEqual([
      "pulumi stack select 'dev'",
      `pulumi destroy --target '${quoted.replace("'", "'\\''")}'`
    ])
    expect(plan.notes).toContain('1 URN(s) hold control characters; no command is written for them.')
    expect(JSON.stringify(plan)).not.toMatch(/terraform/i)
  })
})
