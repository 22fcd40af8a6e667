/**
 * The report of a Pulumi preview: resources named `type::name` with the full URN alongside, the stack
 * in the headline, Pulumi's own refusals and errors said there too. Built from Pulumi's engine-test
 * event streams and a synthetic preview (a database the fixtures lack).
 */
import { describe, expect, it } from '@jest/globals'
import { MARKER } from '../../src/constants.js'
import { type ReportContext, renderPlanComment, renderPlanReport } from '../../src/render/index.js'
import { analyseBytes, analyseFixture, previewJson, state, urnOf } from '../plan/pulumi/pulumi-fixtures.js'
import { analyseFixture as analyseTerraform } from './fixtures.js'
import { decodeEntities } from './markdown-checks.js'

const CONTEXT: ReportContext = { environment: 'prod', workingDirectory: 'stacks/app' }
const database = 'aws:rds/instance:Instance'

describe('Pulumi preview report', () => {
  it('names a resource by type::name with its URN alongside, and the stack in the headline', () => {
    const urn = urnOf(database, 'orders', 'prod')
    const analysis = analyseBytes(
      'delete.json',
      previewJson([{ op: 'delete', urn, oldState: { ...state(database, 'orders'), urn } }])
    )
    for (const text of [
      renderPlanReport(analysis, CONTEXT),
      renderPlanComment(analysis, CONTEXT, MARKER.planComment('stacks/app', 'prod'))
    ]) {
      const shown = decodeEntities(text)
      expect(shown).toContain(`<code>${database}::orders</code> (URN <code>${urn}</code>)`)
      expect(shown).toContain('Pulumi preview of stack <code>prod</code>')
      expect(shown).not.toContain('protected resource')
    }
  })

  it('says in the headline that Pulumi refuses to delete a protected resource (TestProtect/1)', () => {
    const analysis = analyseFixture('TestProtect__1')
    const headline = decodeEntities(renderPlanReport(analysis, CONTEXT)).split('\n')[2]
    expect(headline).toContain('Pulumi preview of stack <code>test</code>')
    expect(headline).toContain(
      '🔒 **1 protected resource deleted or replaced** (Pulumi refuses this at apply)'
    )
  })

  it('names Pulumi, not Terraform, as the tool whose planning errored (failed-stacks-dont-rewrite-operations)', () => {
    const text = decodeEntities(
      renderPlanReport(analyseFixture('failed-stacks-dont-rewrite-operations'), CONTEXT)
    )
    expect(text).toContain('🛑 **2 Pulumi errors**')
    expect(text).toContain('> Pulumi reports that planning **errored**; this plan must not be applied.')
    expect(text).not.toMatch(/Terraform reports|outside Terraform/)
  })

  it('a Terraform plan says nothing of Pulumi and names addresses as they are', async () => {
    const text = decodeEntities(renderPlanReport(await analyseTerraform('mixed'), CONTEXT))
    expect(text).not.toContain('URN')
    expect(text).not.toContain('Pulumi')
    expect(text).toMatch(/<code>terraform_data\.[a-z_]+/)
  })
})
