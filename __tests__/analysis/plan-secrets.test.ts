/**
 * The one entry (plan-secrets.ts): what renderers, outputs and the log get. The action's own words
 * are never scrubbed or masked, whatever a plan marks sensitive (N2); addresses quoted in them are
 * redacted in instance-keys.test.ts.
 */
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { MIN_MASK_CHARS, planSecrets } from '../../src/analysis/plan-secrets.js'
import { SENSITIVE_PLACEHOLDER as S } from '../../src/analysis/scrub-secrets.js'

const SEED = { seed: 20240614, numRuns: 300 }

describe('maskable: what the runner may mask in the whole log', () => {
  it('registers machine-like secrets, and each line of a multi-line one and the whole', () => {
    const key = 'line-one-Mz81-private-key\n  line-two-Qp92-private-key\nend'
    const masks = planSecrets(new Set(['Adm1n-pass-old-31', key, 'ghp_A1b2C3d4E5'])).maskable()
    expect(masks).toEqual(
      expect.arrayContaining([
        'Adm1n-pass-old-31',
        'line-one-Mz81-private-key',
        'line-two-Qp92-private-key',
        key,
        'ghp_A1b2C3d4E5'
      ])
    )
    expect(masks).not.toContain('end')
  })

  it.each([
    ['a word', 'deployment'],
    ['words', 'Safety gate'],
    ['a word with a symbol', 'force_recreate=true'],
    ['a CIDR', '0.0.0.0/0'],
    ['a short value', 'Zq7x1'],
    ['a number', '918273645'],
    ['text with spaces', 'Plan: 0 to add'],
    ['the placeholder', `${S}1234`]
  ])('never %s (%j): it could be the action’s own words', (_what, value) => {
    expect(planSecrets(new Set([value])).maskable()).toEqual([])
  })

  it('never a value the action prints itself (addresses, environment, directory)', () => {
    const secrets = planSecrets(new Set(['web1-prod-eu1', 'Adm1n-pass-old-31']))
    expect(secrets.maskable(['aws_instance.web1-prod-eu1'])).toEqual(['Adm1n-pass-old-31'])
  })

  it(`every mask is at least ${MIN_MASK_CHARS} characters, without white space, with a letter and a digit (property)`, () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 30 }), { maxLength: 6 }), values => {
        for (const mask of planSecrets(new Set(values)).maskable()) {
          for (const line of mask.split('\n')) {
            if (mask.includes('\n') && line.trim().length < MIN_MASK_CHARS) continue
            expect(mask.includes('\n') || (line.length >= MIN_MASK_CHARS && !/\s/.test(line))).toBe(true)
          }
          expect(/\p{L}/u.test(mask) && /\d/.test(mask)).toBe(true)
        }
      }),
      SEED
    )
  })
})

describe('isSecretValue: render a plan value as (sensitive)?', () => {
  const secrets = planSecrets(new Set(['Q9', '918273645', 'deployment']))

  it('matches whole strings of any length and numbers by their JSON text', () => {
    expect(secrets.isSecretValue('Q9')).toBe(true)
    expect(secrets.isSecretValue(' Q9 ')).toBe(true)
    expect(secrets.isSecretValue(918273645)).toBe(true)
    expect(secrets.isSecretValue('918273645')).toBe(true)
    expect(secrets.isSecretValue('deployment')).toBe(true)
  })

  it('never booleans, null, parts of strings or other numbers', () => {
    expect(secrets.isSecretValue(true)).toBe(false)
    expect(secrets.isSecretValue(null)).toBe(false)
    expect(secrets.isSecretValue('Q99')).toBe(false)
    expect(secrets.isSecretValue('a deployment')).toBe(false)
    expect(secrets.isSecretValue(918273646)).toBe(false)
    expect(secrets.isSecretValue('')).toBe(false)
  })

  it('is rebuilt when the set grows, and reused while it does not', () => {
    const set = new Set(['first-secret-1'])
    const first = planSecrets(set)
    expect(planSecrets(set)).toBe(first)
    set.add('second-secret-2')
    expect(planSecrets(set).scrub('second-secret-2')).toBe(S)
  })
})
