import { describe, expect, it } from '@jest/globals'
import { InputError } from '../../src/errors.js'
import { evaluateOutputAssertions } from '../../src/parse/output-assertions.js'
import { parseHealthChecks, parseOutputAssertions } from '../../src/parse/post-deploy-config.js'

describe('parseHealthChecks', () => {
  it('fills in the documented defaults', () => {
    const [check] = parseHealthChecks('- name: api\n  url: https://example.test/health')
    expect(check).toEqual({
      name: 'api',
      url: 'https://example.test/health',
      urlFromOutput: undefined,
      method: 'GET',
      expectStatus: [200],
      expectBody: undefined,
      // The defaults README documents.
      timeoutSeconds: 10,
      retries: 3,
      intervalSeconds: 5
    })
    expect(parseHealthChecks('')).toEqual([])
    expect(parseHealthChecks('  \n')).toEqual([])
  })

  it('reads url_from_output, methods, regex bodies and status lists', () => {
    const [check] = parseHealthChecks(
      '- name: web\n  url_from_output: endpoint\n  method: head\n  expect_status: [200, "204"]\n  expect_body: /ok|up/i\n  retries: 0'
    )
    expect(check).toMatchObject({
      urlFromOutput: 'endpoint',
      method: 'HEAD',
      expectStatus: [200, 204],
      retries: 0
    })
    expect(check.expectBody).toMatchObject({ kind: 'regex', source: '/ok|up/i' })
  })

  it.each([
    ['not: [valid', /Input 'health_checks' is not valid YAML/],
    ['name: api', /must be a YAML list/],
    ['- url: https://a.test\n  retry: 3', /unknown key\(s\) retry/],
    ['- name: x', /exactly one of url and url_from_output/],
    ['- url: https://a.test\n  url_from_output: b', /exactly one of url and url_from_output/],
    ['- url: ftp://a.test', /http:\/\/ or https:\/\//],
    ['- url: https://a.test\n  method: FETCH', /method must be one of/],
    ['- url: https://a.test\n  expect_status: 99', /expect_status must be an HTTP status/],
    ['- url: https://a.test\n  retries: 1.5', /retries must be a whole number/],
    ['- url: https://a.test\n  timeout_seconds: -1', /timeout_seconds must be a number from/],
    ['- url: https://a.test\n  expect_body: /(/', /not a valid regular expression/],
    ['- name: a\n  url: https://a.test\n- name: a\n  url: https://b.test', /two checks named 'a'/]
  ])('rejects %j with an InputError that says how to fix it', (yaml, message) => {
    expect(() => parseHealthChecks(yaml)).toThrow(InputError)
    expect(() => parseHealthChecks(yaml)).toThrow(message)
  })
})

describe('output assertions', () => {
  const outputs = {
    environment: { value: 'prod', sensitive: false },
    count: { value: 3, sensitive: false },
    tags: { value: { team: 'core', tier: 'web' }, sensitive: false },
    password: { value: 'hunter2-secret', sensitive: true },
    endpoint: { value: 'https://api.example.test', sensitive: false }
  }

  it('compares values and patterns, failing on missing outputs', () => {
    const assertions = parseOutputAssertions(
      'environment: prod\ncount: "3"\ntags: {tier: web, team: core}\nendpoint: /^https:\\/\\//\nmissing: x'
    )
    const results = evaluateOutputAssertions(assertions, outputs)
    expect(results.map(r => [r.output, r.ok])).toEqual([
      ['environment', true],
      ['count', true],
      ['tags', true],
      ['endpoint', true],
      ['missing', false]
    ])
    expect(results[4].message).toContain("output 'missing' does not exist")
    const wrong = evaluateOutputAssertions(parseOutputAssertions('environment: staging'), outputs)[0]
    expect(wrong).toMatchObject({ ok: false, message: 'expected "staging", got "prod"' })
  })

  it('compares sensitive outputs without ever printing their value', () => {
    const results = evaluateOutputAssertions(parseOutputAssertions('password: wrong\n'), outputs)
    expect(results[0]).toMatchObject({ ok: false, sensitive: true })
    const good = evaluateOutputAssertions(parseOutputAssertions('password: hunter2-secret'), outputs)[0]
    const pattern = evaluateOutputAssertions(parseOutputAssertions('password: /^nope/'), outputs)[0]
    expect(good.ok).toBe(true)
    expect(pattern.ok).toBe(false)
    for (const result of [results[0], good, pattern]) expect(result.message).not.toContain('hunter2')
  })

  it('rejects assertions that are not a mapping', () => {
    expect(() => parseOutputAssertions('- a')).toThrow(/Input 'output_assertions' must be a YAML mapping/)
    expect(() => parseOutputAssertions('a: 1\na: 2')).toThrow(/Input 'output_assertions' is not valid YAML/)
  })

  it('treats only scalar spellings leniently', () => {
    const valuesEqual = (actual: unknown, expected: unknown): boolean =>
      evaluateOutputAssertions([{ output: 'o', expected: { kind: 'equals', value: expected } }], {
        o: { value: actual, sensitive: false }
      })[0].ok
    expect(valuesEqual(3, '3')).toBe(true)
    expect(valuesEqual(true, 'true')).toBe(true)
    expect(valuesEqual(null, 'null')).toBe(false)
    expect(valuesEqual([1, 2], [1, 2])).toBe(true)
    expect(valuesEqual([1, 2], [2, 1])).toBe(false)
    expect(valuesEqual({ a: 1 }, { a: 1, b: 2 })).toBe(false)
    expect(valuesEqual({ a: 1 }, '{"a":1}')).toBe(false)
  })
})
