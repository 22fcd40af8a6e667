/**
 * schema/infra-guard.schema.json is generated from src/policy/config/schema.ts (the bundle carries the TS
 * value). This test fails when they differ; regenerate with UPDATE_SCHEMA=1 npm test -- __tests__/policy/config/schema-file
 * then `npx prettier --write schema/` (the comparison is by content, so formatting is free).
 */
import { describe, expect, it } from '@jest/globals'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { Ajv } from 'ajv'
import { POLICY_SCHEMA } from '../../../src/policy/config/schema.js'
import { REPO_ROOT as ROOT } from '../../helpers/run-action.js'

const SCHEMA_FILE = join(ROOT, 'schema', 'infra-guard.schema.json')

describe('schema/infra-guard.schema.json', () => {
  const expected = `${JSON.stringify(POLICY_SCHEMA, null, 2)}\n`
  if (process.env.UPDATE_SCHEMA === '1') writeFileSync(SCHEMA_FILE, expected)

  it('is exactly the schema the bundle validates with', () => {
    expect(JSON.parse(readFileSync(SCHEMA_FILE, 'utf8'))).toEqual(JSON.parse(expected))
  })

  it('is a valid draft-07 schema that a standalone validator compiles', () => {
    const schema = JSON.parse(readFileSync(SCHEMA_FILE, 'utf8'))
    const validate = new Ajv({ strict: true, strictTypes: false, strictRequired: false }).compile(schema)
    expect(validate({ environments: { prod: { protected: true } } })).toBe(true)
    expect(validate({ environment: {} })).toBe(false)
  })
})
