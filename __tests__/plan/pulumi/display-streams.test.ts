/**
 * The rest of pulumi/pulumi's display-test inputs (pkg/backend/display/testdata; see
 * __fixtures__/pulumi/README.md): logs recorded from real `pulumi up` runs of an EKS stack, logs
 * assembled by hand around parent chains, and the pretty-printed JSON/YAML text-diff inputs. Each
 * count was worked out by hand from the file's resourcePreEvents (the comment says how) and compared
 * with its summaryEvent. The up and destroy logs are operations that ran (their summaryEvents have no
 * isPreview and no resourcePreEvent has `planning`), so the gate refuses each as not saying it is a
 * preview, after the reader has read every step. The json-yaml inputs are refused by the reader
 * itself: Pulumi writes one event per line, never pretty-printed events.
 */
import { describe, expect, it } from '@jest/globals'
import { PlanReadError } from '../../../src/errors.js'
import {
  analyseFixture,
  counts,
  evaluateBytes,
  eventLog,
  fixtureBytes,
  fixtureName,
  preEvent,
  previewJson,
  readBytes,
  readFixture,
  state,
  urnOf
} from './pulumi-fixtures.js'

const NOT_SAID = (file: string) =>
  `The event log '${file}' does not say whether it is a preview (its summaryEvent has no isPreview, as older Pulumi CLIs write it), so the gate cannot tell a plan from changes already made.`

/** The gate's pulumi-preview finding and verdict for a fixture, read as `file`. */
function previewFinding(part: string, file: string) {
  const { verdict } = evaluateBytes(file, fixtureBytes(part))
  return { finding: verdict.findings.find(f => f.rule === 'pulumi-preview'), allowed: verdict.allowed }
}

const EKS = 'urn:pulumi:dev::eks::'

describe('recorded `pulumi up` logs of an EKS stack (display tests up-2 … up-5, up-truncate)', () => {
  it('up-2.json: six unchanged resources, nothing to change', () => {
    // resourcePreEvents: same × 6 — the stack eks-dev, role eks-role, the two RolePolicyAttachments,
    // security group eks-sg, cluster eks-cluster. Without the stack: 5 no-ops. summaryEvent {same: 6}
    // counts the stack too. Each step has its resOutputsEvent (same), which adds nothing.
    const analysis = analyseFixture('not-truncated__up-2')
    expect(analysis.counts).toEqual(counts({ noop: 5, total: 5 }))
    expect(analysis.hasChanges).toBe(false)
    expect(analysis.unreadable).toEqual([])
    expect([analysis.errored, analysis.complete]).toEqual([false, true])
    const { header, changes } = readFixture('not-truncated__up-2')
    expect(header.format_version).toBe('pulumi-event-log')
    expect(header.pulumi.changeSummary).toEqual({ same: 6 })
    expect(header.pulumi.isPreview).toBeUndefined()
    expect(header.pulumi.skipped).toEqual({ stack: 1, defaultProviders: 0 })
    expect(header.pulumi.repeatedSteps).toBe(0)
    expect(header.variables).toEqual({ 'aws:region': { value: 'us-west-2' } })
    expect(changes.map(entry => entry.name)).toEqual([
      'eks-role',
      'eks-rpa-service-policy',
      'eks-rpa-cluster-policy',
      'eks-sg',
      'eks-cluster'
    ])
    expect(changes.every(entry => !entry.pulumi.component)).toBe(true)
  })

  it('up-3.json: the first run creates five resources', () => {
    // resourcePreEvents: create × 6 — the stack and the same five resources as up-2 (the pre-events
    // interleave with resOutputsEvents: the role and the group are created in parallel). 5 to add;
    // summaryEvent {create: 6} counts the stack too.
    const analysis = analyseFixture('not-truncated__up-3')
    expect(analysis.counts).toEqual(counts({ add: 5, create: 5, total: 5 }))
    expect(analysis.unreadable).toEqual([])
    expect([analysis.errored, analysis.complete]).toEqual([false, true])
    expect(analysis.changes.map(change => change.type)).toEqual([
      'aws:iam/role:Role',
      'aws:ec2/securityGroup:SecurityGroup',
      'aws:iam/rolePolicyAttachment:RolePolicyAttachment',
      'aws:iam/rolePolicyAttachment:RolePolicyAttachment',
      'aws:eks/cluster:Cluster'
    ])
    expect(readFixture('not-truncated__up-3').header.pulumi.changeSummary).toEqual({ create: 6 })
  })

  it('up-4.json: one security group updated, four unchanged', () => {
    // same × 5 (stack, role, two attachments, cluster) + update eks-sg: 1 change, 4 no-ops.
    // summaryEvent {same: 5, update: 1}.
    const analysis = analyseFixture('not-truncated__up-4')
    expect(analysis.counts).toEqual(counts({ change: 1, noop: 4, total: 5 }))
    expect(analysis.changes.map(change => change.address)).toEqual([
      `${EKS}aws:ec2/securityGroup:SecurityGroup::eks-sg`
    ])
    expect(analysis.unreadable).toEqual([])
    expect(analysis.errored).toBe(false)
    expect(readFixture('not-truncated__up-4').header.pulumi.changeSummary).toEqual({ same: 5, update: 1 })
  })

  it('up-5.json: the cluster created again, four unchanged (sequence numbers out of order)', () => {
    // same × 5 (stack, role, two attachments, group) + create eks-cluster: 1 add, 4 no-ops.
    // summaryEvent {create: 1, same: 5}. The events' `sequence` numbers are not in line order
    // (a resOutputsEvent numbered before its pre-event); the reader goes by lines.
    const analysis = analyseFixture('not-truncated__up-5')
    expect(analysis.counts).toEqual(counts({ add: 1, create: 1, noop: 4, total: 5 }))
    expect(analysis.changes.map(change => change.address)).toEqual([
      `${EKS}aws:eks/cluster:Cluster::eks-cluster`
    ])
    expect(analysis.unreadable).toEqual([])
    expect(readFixture('not-truncated__up-5').header.pulumi.changeSummary).toEqual({ create: 1, same: 5 })
  })

  it('up-truncate.json: up-2 with a multi-line stack output; the stack is never an entry', () => {
    // The same events as up-2, but the stack's outputs carry `readme` (four lines) for the display's
    // truncation test. The stack is skipped, so counts are up-2's: 5 no-ops; summaryEvent {same: 6}.
    const analysis = analyseFixture('truncated__up-truncate')
    expect(analysis.counts).toEqual(counts({ noop: 5, total: 5 }))
    expect(analysis.unreadable).toEqual([])
    const { header, changes } = readFixture('truncated__up-truncate')
    expect(header.pulumi.skipped.stack).toBe(1)
    expect(changes.some(entry => JSON.stringify(entry.change).includes('readme'))).toBe(false)
  })

  it('every one of them is refused by the gate as not saying it is a preview', () => {
    for (const part of ['up-2', 'up-3', 'up-4', 'up-5', 'up-truncate']) {
      const { finding, allowed } = previewFinding(part, `${part}.log`)
      expect(finding).toMatchObject({ severity: 'deny', message: NOT_SAID(`${part}.log`) })
      expect(allowed).toBe(false)
    }
  })
})

describe('hand-assembled destroys through parent chains (display tests)', () => {
  it('destroy-with-custom-resource-parent.json: an object under a bucket, both deleted', () => {
    // same (stack), delete BucketObject myobject (parent: the bucket, a custom resource), delete
    // Bucket mybucket (parent: the stack); both old states custom. 2 destroys; summaryEvent
    // {delete: 2, same: 1}. The URNs are unqualified (no `Bucket$BucketObject` type chain, as the
    // engine would write), so the parent link is only in the states' `parent` field.
    const analysis = analyseFixture('destroy-with-custom-resource-parent')
    expect(analysis.counts).toEqual(counts({ destroy: 2, delete: 2, total: 2 }))
    expect(analysis.unreadable).toEqual([])
    expect([analysis.errored, analysis.complete]).toEqual([false, true])
    expect(analysis.destructiveAddresses).toEqual([
      'urn:pulumi:dev::myproject::aws:s3/bucketObject:BucketObject::myobject',
      'urn:pulumi:dev::myproject::aws:s3/bucket:Bucket::mybucket'
    ])
    const { header, changes } = readFixture('destroy-with-custom-resource-parent')
    expect(header.pulumi.changeSummary).toEqual({ delete: 2, same: 1 })
    expect(
      changes.map(entry => [entry.pulumi.display, entry.pulumi.component, entry.pulumi.parentTypes])
    ).toEqual([
      ['aws:s3/bucketObject:BucketObject::myobject', false, []],
      ['aws:s3/bucket:Bucket::mybucket', false, []]
    ])
    // Pulumi's resOutputsEvents of the deletes are not steps: nothing is counted twice.
    expect(header.pulumi.repeatedSteps).toBe(0)
  })

  it('destroy-with-deep-hierarchy.json: grandchild, child and parent deleted; the two components say so', () => {
    // same (stack), delete Grandchild (custom: true, parent Child), delete Child (parent Parent), delete
    // Parent (parent the stack). Child and Parent have no `custom` key: an event state omits it when
    // false, so they are components. 3 destroys; summaryEvent {delete: 3, same: 1}.
    const analysis = analyseFixture('destroy-with-deep-hierarchy')
    expect(analysis.counts).toEqual(counts({ destroy: 3, delete: 3, total: 3 }))
    expect(analysis.unreadable).toEqual([])
    expect(analysis.errored).toBe(false)
    const { header, changes } = readFixture('destroy-with-deep-hierarchy')
    expect(header.pulumi.changeSummary).toEqual({ delete: 3, same: 1 })
    expect(changes.map(entry => [entry.name, entry.pulumi.component, entry.pulumi.ops])).toEqual([
      ['mygrandchild', false, ['delete']],
      ['mychild', true, ['delete']],
      ['myparent', true, ['delete']]
    ])
  })

  it('an event state without `custom` is a component; a digest state without it is not assumed one', () => {
    // Event logs omit `custom: false` (StepEventStateMetadata, omitempty); the preview digest always
    // writes it (ResourceV3), so there an absent key says nothing.
    const type = 'my:component:Thing'
    const bare = { urn: urnOf(type, 'c'), type, inputs: {} }
    const log = eventLog([
      preEvent('delete', type, 'c', bare),
      preEvent('create', type, 'd', null, state(type, 'd'))
    ])
    expect(readBytes('x.log', log).changes.map(entry => entry.pulumi.component)).toEqual([true, false])
    const digest = previewJson([{ op: 'delete', urn: urnOf(type, 'c'), oldState: bare }])
    expect(readBytes('x.json', digest).changes.map(entry => entry.pulumi.component)).toEqual([false])
  })

  it('both are refused by the gate as not saying they are previews', () => {
    for (const part of ['destroy-with-custom-resource-parent', 'destroy-with-deep-hierarchy']) {
      const { finding, allowed } = previewFinding(part, 'destroy.log')
      expect(finding).toMatchObject({ severity: 'deny', message: NOT_SAID('destroy.log') })
      expect(allowed).toBe(false)
    }
  })
})

describe('JSON and YAML text diffs of a stack output (display tests json-yaml/*)', () => {
  const FILES = ['json-text-change', 'yaml-text-change', 'json-yaml__yaml.json']

  it('are pretty-printed (several lines per event), which Pulumi never writes to an event log: refused', () => {
    for (const part of FILES) {
      const file = fixtureName(part)
      let thrown: unknown
      try {
        readBytes(file, fixtureBytes(part))
      } catch (error) {
        thrown = error
      }
      expect(thrown).toBeInstanceOf(PlanReadError)
      expect((thrown as PlanReadError).message).toBe(
        `Cannot read plan '${file}': line 1 is only "{": this is pretty-printed JSON, not an event log (one event per line, as \`pulumi preview --event-log FILE\` writes it). Pass the file pulumi wrote, unchanged.`
      )
    }
  })

  it('with each event on one line (the test changes only the layout) the one update is the stack’s own', () => {
    // prelude (config {}), update of pulumi:pulumi:Stack whose output `vehicles.taxi` changes text
    // (JSON re-spaced; YAML with a comment added; YAML `yellow` → `red`), summary {update: 1}, cancel.
    // The stack is no resource: nothing to count, and the summary's update is the stack's step.
    // The pre-event says `planning: true` but the summary has no isPreview: the gate would still deny.
    for (const part of FILES) {
      const text = fixtureBytes(part).toString('utf8')
      const events = text.split(/\n(?=\{)/).map(event => JSON.stringify(JSON.parse(event)))
      expect(events).toHaveLength(4)
      const bytes = Buffer.from(events.join('\n') + '\n')
      const { header, changes, drift } = readBytes('text-change.log', bytes)
      expect([changes, drift]).toEqual([[], []])
      expect(header.pulumi.skipped.stack).toBe(1)
      expect(header.pulumi.changeSummary).toEqual({ update: 1 })
      expect(header.pulumi.stacks).toEqual(['dev'])
      expect([header.errored, header.pulumi.isPreview]).toEqual([false, undefined])
    }
  })
})
