/**
 * Secrets and unknown values in Pulumi JSON become Terraform's sensitive and after_unknown marks, so
 * the unchanged analysis renders them `(sensitive)` and `(known after apply)` and scrubs secrets it
 * learns wherever else they appear.
 */
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import {
  convertValue,
  OUTPUT_SIGNATURE,
  SECRET_SIGNATURE,
  SIGNATURE_KEY,
  UNKNOWN_VALUE
} from '../../../src/plan/pulumi/values.js'
import {
  analyseBytes,
  analyseFixture,
  eventLog,
  fixtureName,
  preEvent,
  PULUMI_FIXTURES,
  readBytes,
  readFixture,
  state
} from './pulumi-fixtures.js'
import { diffLeaves } from '../../helpers/diff-leaves.js'

describe('convertValue', () => {
  it('marks "[secret]" strings and secret signature objects sensitive, wherever they are', () => {
    const converted = convertValue(
      {
        plain: 'x',
        tags: { Customer: '[secret]' },
        list: ['a', { [SIGNATURE_KEY]: SECRET_SIGNATURE, ciphertext: '[secret]' }]
      },
      true
    )
    expect(converted.value).toEqual({ plain: 'x', tags: { Customer: '[secret]' }, list: ['a', '[secret]'] })
    expect(converted.sensitive).toEqual({ tags: { Customer: true }, list: [false, true] })
    expect(converted.unknown).toBeUndefined()
  })

  it('decodes a plaintext secret and keeps it under a sensitive mark (the analysis then scrubs it everywhere)', () => {
    const converted = convertValue(
      { result: { [SIGNATURE_KEY]: SECRET_SIGNATURE, plaintext: '"s3cr3t"' } },
      true
    )
    expect(converted).toEqual({
      value: { result: 's3cr3t' },
      sensitive: { result: true },
      unknown: undefined
    })
    const notJson = convertValue({ [SIGNATURE_KEY]: SECRET_SIGNATURE, plaintext: 'raw' }, true)
    expect(notJson).toEqual({ value: 'raw', sensitive: true, unknown: undefined })
  })

  it('maps the unknown string and value-less output values to null + unknown marks in planned values only', () => {
    const planned = convertValue(
      { arn: UNKNOWN_VALUE, nested: [{ [SIGNATURE_KEY]: OUTPUT_SIGNATURE }] },
      true
    )
    expect(planned).toEqual({
      value: { arn: null, nested: [null] },
      sensitive: undefined,
      unknown: { arn: true, nested: [true] }
    })
    // Old state is recorded state: nothing in it is "known after apply".
    expect(convertValue({ arn: UNKNOWN_VALUE }, false).unknown).toBeUndefined()
  })

  it('unwraps output values, hides secret ones, treats unknown signatures as sensitive', () => {
    expect(convertValue({ [SIGNATURE_KEY]: OUTPUT_SIGNATURE, value: { a: 1 } }, true).value).toEqual({ a: 1 })
    expect(convertValue({ [SIGNATURE_KEY]: OUTPUT_SIGNATURE, value: 'pw', secret: true }, true)).toEqual({
      value: 'pw',
      sensitive: true,
      unknown: undefined
    })
    const strange = { [SIGNATURE_KEY]: 'ffffffffffffffffffffffffffffffff', data: 'x' }
    expect(convertValue(strange, true).sensitive).toBe(true)
    // Resource references, assets and archives are plain data without the signature key.
    const reference = convertValue(
      { [SIGNATURE_KEY]: '5cf8f73096256a8f31e491e813e4eb8e', urn: 'u', id: 'i' },
      true
    )
    expect(reference).toEqual({ value: { urn: 'u', id: 'i' }, sensitive: undefined, unknown: undefined })
  })

  it('keeps a "__proto__" key from the document as data, never as a prototype', () => {
    const parsed = JSON.parse('{"__proto__": {"password": "[secret]", "x": 1}}') as unknown
    const converted = convertValue(parsed, true)
    const value = converted.value as Record<string, unknown>
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype)
    expect(Object.keys(value)).toEqual(['__proto__'])
    expect(Object.getOwnPropertyDescriptor(value, '__proto__')?.value).toEqual({ password: '[secret]', x: 1 })
    expect(Object.getOwnPropertyDescriptor(converted.sensitive as object, '__proto__')?.value).toEqual({
      password: true
    })
  })

  it('marks anything nested deeper than 100 levels sensitive instead of walking it', () => {
    let deep: unknown = 'leaf'
    for (let i = 0; i < 150; i++) deep = { d: deep }
    const converted = convertValue(deep, true)
    let mark = converted.sensitive as Record<string, unknown> | true
    let depth = 0
    while (mark !== true) {
      mark = mark.d as Record<string, unknown> | true
      depth++
    }
    expect(depth).toBe(100)
  })
})

describe('secrets through the reader and the analysis', () => {
  it('pitfall: the "[secret]" tag of a real preview is rendered (sensitive)', () => {
    const analysis = analyseFixture('pitfall__tests__test_data__preview')
    const customer = diffLeaves(analysis.changes[0].diff).find(
      attribute => attribute.path === 'tags.Customer'
    )
    expect(customer).toEqual({
      path: 'tags.Customer',
      kind: 'sensitive',
      before: '(sensitive)',
      after: '(sensitive)',
      forcesReplacement: false
    })
    expect(JSON.stringify(analysis.changes)).not.toContain('[secret]')
  })

  it('failed-stacks: blinded secret signature objects in an event log are sensitive on both sides', () => {
    const update = readFixture('failed-stacks-dont-rewrite-operations').changes.find(
      entry => entry.change.actions[0] === 'update'
    )
    expect(update?.change.before_sensitive).toEqual({ __provider: true })
    expect(update?.change.after_sensitive).toEqual({ __provider: true })
    expect((update?.change.before as Record<string, unknown>).__provider).toBe('[secret]')
  })

  it('a plaintext secret (taken from the pulumi-random export) is learnt and scrubbed where it appears unmarked', () => {
    const exported = JSON.parse(readFileSync(join(PULUMI_FIXTURES, fixtureName('randompassword')), 'utf8'))
    const password = exported.deployment.resources.find((r: { type: string }) =>
      r.type.includes('RandomPassword')
    )
    const secret = password.outputs.result
    const plaintext = JSON.parse(secret.plaintext) as string
    const type = 'random:index/randomPassword:RandomPassword'
    const log = eventLog([
      preEvent(
        'update',
        type,
        'pw',
        state(type, 'pw', { inputs: { length: 16, result: secret, note: 'old' } }),
        state(type, 'pw', { inputs: { length: 20, result: secret, note: `copied ${plaintext}` } })
      )
    ])
    const analysis = analyseBytes('secret.log', log)
    expect(analysis.sensitiveValues.has(plaintext)).toBe(true)
    const rendered = JSON.stringify(analysis.changes)
    expect(rendered).not.toContain(plaintext)
    expect(diffLeaves(analysis.changes[0].diff).map(attribute => attribute.path)).toEqual(['length', 'note'])
  })
})

describe('unknown values through the reader and the analysis', () => {
  it('stratify creates: unknown inputs of a real preview become after_unknown marks', () => {
    const notification = readFixture('sample-preview-creates').changes.find(
      entry => entry.type === 'aws:s3/bucketNotification:BucketNotification'
    )
    expect(notification?.change.after_unknown).toEqual({
      bucket: true,
      lambdaFunctions: [{ lambdaFunctionArn: true }]
    })
    expect((notification?.change.after as Record<string, unknown>).bucket).toBeNull()
  })

  it('an update to a value known only after apply is rendered "(known after apply)"', () => {
    const type = 'aws:s3/bucket:Bucket'
    const log = eventLog([
      preEvent(
        'update',
        type,
        'b',
        state(type, 'b', { inputs: { arn: 'arn:aws:s3:::b' } }),
        state(type, 'b', { inputs: { arn: UNKNOWN_VALUE } })
      )
    ])
    const { changes } = readBytes('unknown.log', log)
    expect(changes[0].change.after_unknown).toEqual({ arn: true })
    expect(diffLeaves(analyseBytes('unknown.log', log).changes[0].diff)).toEqual([
      {
        path: 'arn',
        kind: 'value',
        before: '"arn:aws:s3:::b"',
        after: '(known after apply)',
        forcesReplacement: false
      }
    ])
  })
})
