/**
 * Collection (sensitive-values.ts): what a plan's secrets are, through analysePlan on plans shaped
 * the way an attacker would shape them: numbers, map keys, pairs, JSON documents in strings,
 * values marked only in prior_state / planned_values, sensitive variables of every type.
 */
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { createSecretScrubber, isStrongSecret } from '../../src/analysis/scrub-secrets.js'
import { collectChangeSecrets } from '../../src/analysis/sensitive-values.js'
import type { PlanDocument } from '../helpers/plan-document.js'
import { markFor, planObject, secret } from './diff/arbitraries.js'
import { analyseDocument, entry, planOf } from './fixtures.js'

const SEED = { seed: 20240613, numRuns: 200 }

function collected(document: PlanDocument): Set<string> {
  return analyseDocument(document).sensitiveValues
}

function update(
  address: string,
  before: unknown,
  after: unknown,
  marks: { before?: unknown; after?: unknown } = {}
) {
  const change = entry(address, ['update'])
  change.change = {
    actions: ['update'],
    before,
    after,
    before_sensitive: marks.before ?? {},
    after_sensitive: marks.after ?? {}
  }
  return change
}

describe('marked values', () => {
  it('collects marked numbers as JSON writes them, and the keys of a marked map', () => {
    const secrets = collected(
      planOf([
        update(
          'terraform_data.a',
          { input: { pin: 918273645, ratio: 0.25 }, keyed: { 'Mk9-key-A': 'entry' } },
          { input: { pin: 42 }, keyed: { 'Mk9-key-B': 'entry' } },
          { before: { input: { pin: true, ratio: true }, keyed: true }, after: { input: true, keyed: true } }
        )
      ])
    )
    expect([...secrets]).toEqual(
      expect.arrayContaining(['918273645', '0.25', '42', 'Mk9-key-A', 'Mk9-key-B', 'entry'])
    )
  })

  it('leaves marked booleans out: one bit, and hiding every equal value would hide every boolean', () => {
    const secrets = collected(
      planOf([
        update('x_y.a', { flag: true }, { flag: false }, { before: { flag: true }, after: { flag: true } })
      ])
    )
    expect(secrets.has('true')).toBe(false)
    expect(secrets.has('false')).toBe(false)
  })

  it('collects every value of a sensitive root variable, whatever its type; named-like-secret variables by name', () => {
    const secrets = collected(
      planOf([], {
        variables: {
          pin: { value: 918273646 },
          codes: { value: ['Yw4', 'J8'] },
          mapped: { value: { 'Mk9-key-B': 'x' } },
          db_password: { value: 'unmarked-var-pw-1' },
          region: { value: 'eu-west-1' }
        },
        configuration: {
          root_module: {
            variables: { pin: { sensitive: true }, codes: { sensitive: true }, mapped: { sensitive: true } }
          }
        }
      } as Partial<PlanDocument>)
    )
    expect([...secrets]).toEqual(
      expect.arrayContaining(['918273646', 'Yw4', 'J8', 'Mk9-key-B', 'unmarked-var-pw-1'])
    )
    expect(secrets.has('eu-west-1')).toBe(false)
  })
})

describe('values Terraform did not mark', () => {
  it('name/value pairs: Helm set, container environment, build environment variables', () => {
    const secrets = collected(
      planOf([
        update(
          'helm_release.db',
          {
            set: [
              { name: 'auth.rootPassword', value: 'Helm-root-41' },
              { name: 'replicas', value: '3' }
            ]
          },
          {
            set: [{ name: 'auth.rootPassword', value: 'Helm-root-42' }],
            environment: [
              { name: 'DB_PASSWORD', value: 'Env-db-42' },
              { name: 'LOG_LEVEL', value: 'debug' }
            ],
            environment_variable: [{ name: 'API_TOKEN', value: 'Build-tok-42', type: 'PLAINTEXT' }]
          }
        )
      ])
    )
    expect([...secrets]).toEqual(
      expect.arrayContaining(['Helm-root-41', 'Helm-root-42', 'Env-db-42', 'Build-tok-42'])
    )
    expect(secrets.has('debug')).toBe(false)
    expect(secrets.has('3')).toBe(false)
  })

  it('inside JSON documents held in strings (ECS container_definitions, jsonencode)', () => {
    const definitions = JSON.stringify([
      {
        name: 'app',
        image: 'nginx:1.25',
        environment: [{ name: 'DB_PASSWORD', value: 'Ecs-env-pw-7' }],
        secrets: [{ name: 'API_KEY', valueFrom: 'arn:aws:ssm:eu-west-1:1:parameter/api' }]
      }
    ])
    const secrets = collected(
      planOf([
        update(
          'aws_ecs_task_definition.app',
          { container_definitions: definitions },
          { container_definitions: definitions }
        )
      ])
    )
    expect(secrets.has('Ecs-env-pw-7')).toBe(true)
    expect([...secrets].some(value => value.includes('arn:aws:ssm'))).toBe(false)
    expect(secrets.has('nginx:1.25')).toBe(false)
  })

  it('by name and by shape, and never public values under names that only talk about a secret', () => {
    const secrets = collected(
      planOf([
        update(
          'aws_db_instance.db',
          {
            password: 'Db-pw-old-1',
            minimum_password_length: 14,
            kms_master_key_id: 'arn:aws:kms:eu-west-1:1:key/k',
            creation_token: 'efs-token-1',
            user_data: 'export DB_PASSWORD=env-pw-9\nexport PORT=8080',
            url: 'postgres://app:Url-pw-3@db:5432/app'
          },
          { password: 'Db-pw-new-1' }
        )
      ])
    )
    expect([...secrets]).toEqual(
      expect.arrayContaining(['Db-pw-old-1', 'Db-pw-new-1', 'env-pw-9', 'Url-pw-3'])
    )
    for (const visible of ['14', 'arn:aws:kms:eu-west-1:1:key/k', 'efs-token-1', '8080'])
      expect(secrets.has(visible)).toBe(false)
  })

  it('outputs named like secrets', () => {
    const secrets = collected(
      planOf([], {
        output_changes: {
          db_password: {
            actions: ['create'],
            before: null,
            after: 'Out-pw-5',
            after_unknown: false,
            before_sensitive: false,
            after_sensitive: false
          },
          endpoint: {
            actions: ['create'],
            before: null,
            after: 'db.internal',
            after_unknown: false,
            before_sensitive: false,
            after_sensitive: false
          }
        }
      } as Partial<PlanDocument>)
    )
    expect(secrets.has('Out-pw-5')).toBe(true)
    expect(secrets.has('db.internal')).toBe(false)
  })
})

describe('values marked only in prior_state or planned_values', () => {
  const resource = (address: string, values: unknown, marks: unknown) => ({
    address,
    mode: 'data',
    type: 'x_secret',
    name: address.split('.').at(-1),
    values,
    sensitive_values: marks
  })

  it('are collected from the root module and nested child modules', () => {
    const secrets = collected(
      planOf([], {
        prior_state: {
          format_version: '1.0',
          values: {
            root_module: {
              resources: [resource('data.x_secret.a', { value: 'State-only-1', id: 'a' }, { value: true })],
              child_modules: [
                {
                  address: 'module.m',
                  child_modules: [
                    {
                      address: 'module.m.module.n',
                      resources: [resource('data.x_secret.b', { n: 5150, id: 'b' }, { n: true })]
                    }
                  ]
                }
              ]
            }
          }
        },
        planned_values: {
          root_module: {
            resources: [
              resource('x_secret.c', { nested: { deep: 'Planned-only-2' } }, { nested: { deep: true } })
            ]
          }
        }
      } as unknown as Partial<PlanDocument>)
    )
    expect([...secrets]).toEqual(expect.arrayContaining(['State-only-1', '5150', 'Planned-only-2']))
    expect(secrets.has('a')).toBe(false)
  })

  it('a malformed state section is still refused like before', () => {
    const document = JSON.stringify(
      planOf([], {
        prior_state: { values: { root_module: { resources: [{ sensitive_values: true }] } } }
      } as unknown as Partial<PlanDocument>)
    )
    expect(() =>
      analyseDocument(
        JSON.parse(document.replace('"sensitive_values":true', '"sensitive_values":tru')) as PlanDocument
      )
    ).toThrow()
  })
})

describe('collect, then scrub (property)', () => {
  it('no strong marked string or number survives scrubbing of any rendering of the value', () => {
    const value = planObject.chain(object =>
      fc.tuple(
        fc.constant(object),
        markFor(object, fc.boolean()),
        fc.array(secret, { minLength: 1, maxLength: 3 }),
        fc.integer({ min: 1000, max: 2 ** 40 })
      )
    )
    fc.assert(
      fc.property(value, ([object, mark, extra, number]) => {
        const before = { ...object, planted: extra, pin: number, [extra[0]]: 'keyed' }
        const marks = {
          ...(mark === true ? {} : (mark as object)),
          planted: true,
          pin: true,
          [extra[0]]: true
        }
        const sink = new Set<string>()
        collectChangeSecrets({ before, after: null, before_sensitive: marks, after_sensitive: false }, sink)
        for (const planted of [...extra, String(number)]) expect(sink.has(planted)).toBe(true)
        const scrub = createSecretScrubber(sink)
        const text = scrub(`${JSON.stringify(before)}\n${JSON.stringify(before, null, 2)}`)
        for (const found of sink) if (isStrongSecret(found)) expect(text).not.toContain(found.trim())
      }),
      SEED
    )
  })
})
