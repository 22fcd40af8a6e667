/**
 * Every real Pulumi output in __fixtures__/pulumi (see its README) read through the Pulumi reader
 * into the existing, unchanged analysis, counted exactly. Each expectation was worked out by hand
 * from the document's steps (the comment says how) and compared with the changeSummary Pulumi wrote;
 * where they differ, the comment says why the steps are right.
 */
import { describe, expect, it } from '@jest/globals'
import { analyseFixture, counts, readFixture } from './pulumi-fixtures.js'
import { diffLeaves } from '../../helpers/diff-leaves.js'

describe('real `pulumi preview --json` documents', () => {
  it('bincyber/pitfall (2019 CLI): one update of an S3 bucket', () => {
    // steps: same pulumi:pulumi:Stack (never counted) + update aws:s3/bucket:Bucket.
    // changeSummary {same: 1, update: 1}: the same is the stack itself; the update matches.
    const analysis = analyseFixture('pitfall__tests__test_data__preview')
    expect(analysis.counts).toEqual(counts({ change: 1, total: 1 }))
    expect(analysis.unreadable).toEqual([])
    expect(analysis.errored).toBe(false)
    const { header, changes } = readFixture('pitfall__tests__test_data__preview')
    expect(header.format_version).toBe('pulumi-preview-json')
    expect(header.pulumi.changeSummary).toEqual({ same: 1, update: 1 })
    expect(header.pulumi.skipped).toEqual({ stack: 1, defaultProviders: 0 })
    expect(header.pulumi.stacks).toEqual(['pit-stack-6f713df454ad4582'])
    expect(header.pulumi.projects).toEqual(['pitfall'])
    expect(changes.map(entry => entry.pulumi.display)).toEqual([
      'aws:s3/bucket:Bucket::pitfall-1174b83f846341908354ffc0'
    ])
    expect(changes[0].address).toBe(
      'urn:pulumi:pit-stack-6f713df454ad4582::pitfall::aws:s3/bucket:Bucket::pitfall-1174b83f846341908354ffc0'
    )
    expect(changes[0].pulumi.diffReasons).toEqual(['tags'])
    // The config becomes the header's variables, as Terraform's root variables.
    expect(header.variables?.['aws:region']).toEqual({ value: 'us-west-2' })
  })

  it('dundalek/stratify, empty stack: 16 creates, of which the stack itself', () => {
    // steps: 16 × create: pulumi:pulumi:Stack, aws:s3/bucket:Bucket, the component
    // aws:s3:BucketEventSubscription and 13 resources under it (role, 9 policy attachments, function,
    // permission, bucket notification). The stack is never counted: 15 to add.
    // changeSummary {create: 16} counts the stack too.
    const analysis = analyseFixture('sample-preview-creates')
    expect(analysis.counts).toEqual(counts({ add: 15, create: 15, total: 15 }))
    expect(analysis.unreadable).toEqual([])
    expect(analysis.risk.level).toBe('low')
    const { header } = readFixture('sample-preview-creates')
    expect(header.pulumi.changeSummary).toEqual({ create: 16 })
    expect(header.pulumi.skipped.stack).toBe(1)
  })

  it('dundalek/stratify, --show-sames after editing a Lambda: 1 update, 14 unchanged', () => {
    // steps: 15 × same (the stack among them) + 1 update (aws:lambda/function:Function, diffReasons
    // ["code"]). Without the stack: 14 no-ops and 1 change. changeSummary {same: 15, update: 1}.
    const analysis = analyseFixture('sample-preview-update')
    expect(analysis.counts).toEqual(counts({ change: 1, noop: 14, total: 15 }))
    expect(analysis.changes.map(change => change.type)).toEqual(['aws:lambda/function:Function'])
    // The code archive (a signature object) is compared as plain data: its hash changed.
    expect(diffLeaves(analysis.changes[0].diff).map(attribute => attribute.path)).toContain('code.hash')
    expect(readFixture('sample-preview-update').header.pulumi.changeSummary).toEqual({ same: 15, update: 1 })
  })

  it('linro-io/simulation-github-action (trimmed by its repository, no changeSummary): 2 creates', () => {
    // steps: create pulumi:pulumi:Stack, aws:s3/bucket:Bucket, gcp:storage/bucket:Bucket. The file
    // has no changeSummary to cross-check (its repository trimmed it); the steps alone count.
    const analysis = analyseFixture('linro-io+simulation')
    expect(analysis.counts).toEqual(counts({ add: 2, create: 2, total: 2 }))
    const { header, changes } = readFixture('linro-io+simulation')
    expect(header.pulumi.changeSummary).toBeUndefined()
    expect(changes.map(entry => entry.pulumi.display)).toEqual([
      'aws:s3/bucket:Bucket::uploads',
      'gcp:storage/bucket:Bucket::artifacts'
    ])
    expect(changes.map(entry => entry.provider_name)).toEqual(['aws', 'gcp'])
  })
})

describe('event logs recorded from real runs (pulumi/pulumi display tests)', () => {
  it('up.json: 5 unchanged and 1 create (an EKS cluster)', () => {
    // resourcePreEvents: same × 5 (the stack among them) + create aws:eks/cluster:Cluster.
    // summaryEvent {create: 1, same: 5}.
    const analysis = analyseFixture('not-truncated__up.json')
    expect(analysis.counts).toEqual(counts({ add: 1, create: 1, noop: 4, total: 5 }))
    expect(readFixture('not-truncated__up.json').header.format_version).toBe('pulumi-event-log')
  })

  it('template-body.json: the same update sent twice counts once', () => {
    // 57 × same (stack included) and two resourcePreEvents `update` for one CloudFormation stack
    // (the second differs only in the old template body): one update, folded, as the summary
    // {same: 57, update: 1} counts it. 56 no-ops without the stack.
    const analysis = analyseFixture('template-body')
    expect(analysis.counts).toEqual(counts({ change: 1, noop: 56, total: 57 }))
    expect(analysis.unreadable).toEqual([])
    expect(readFixture('template-body').header.pulumi.repeatedSteps).toBe(1)
  })

  it('stack-output-resource-diff.json and url-encoded-stack-output-diff.json: nothing changes', () => {
    // 3 × same (stack + 2 components) and 1 × same (the stack): no-ops only.
    expect(analyseFixture('stack-output-resource-diff').counts).toEqual(counts({ noop: 2, total: 2 }))
    const only = analyseFixture('url-encoded-stack-output-diff')
    expect(only.counts).toEqual(counts({}))
    expect(only.hasChanges).toBe(false)
  })

  it('failed-stacks-dont-rewrite-operations.json: a failed update and a delete the summary does not count', () => {
    // resourcePreEvents: same (stack), update test-x, delete-replaced test-r (the old half of a
    // replacement whose other steps are not in this log); resOpFailedEvent for the update; summary
    // {same: 1} with maybeCorrupt. Steps: 1 change + 1 destroy of the old object (deposed).
    // The summary counts neither (the update failed, the delete half is not logical).
    const analysis = analyseFixture('failed-stacks-dont-rewrite-operations')
    expect(analysis.counts).toEqual(counts({ change: 1, destroy: 1, delete: 1, total: 2 }))
    expect(analysis.errored).toBe(true)
    expect(analysis.destructiveAddresses).toEqual([
      'urn:pulumi:dev::test::pulumi-python:dynamic:Resource::test-r'
    ])
    const { header, changes } = readFixture('failed-stacks-dont-rewrite-operations')
    expect(changes.find(entry => entry.change.actions[0] === 'delete')?.deposed).toBe('replaced')
    expect(header.pulumi.maybeCorrupt).toBe(true)
    expect(header.pulumi.diagnostics.map(diagnostic => diagnostic.message)).toEqual([
      'the update step failed (status 2)',
      'Pulumi reports that the stack state may be corrupt (maybeCorrupt)'
    ])
  })

  it('up-interrupted.json (hand-assembled): every step listed counts, not only the finished ones', () => {
    // same (stack), create bucket, create component, create instance, update RDS instance; only the
    // bucket finished, so the summary says {create: 1, same: 1}. The gate must see all four.
    const analysis = analyseFixture('up-interrupted')
    expect(analysis.counts).toEqual(counts({ add: 3, create: 3, change: 1, total: 4 }))
  })

  it('destroy-with-components.json (hand-assembled): two deletes', () => {
    // same (stack) + delete child + delete component; summary {delete: 2, same: 1}.
    expect(analyseFixture('destroy-with-components').counts).toEqual(
      counts({ destroy: 2, delete: 2, total: 2 })
    )
  })
})
