/**
 * Keys two JSON readers disagree on: a key written twice (JSON.parse keeps the last, other readers the
 * first) and a key that differs from Terraform's only in case (Go's encoding/json matches struct
 * fields case-insensitively). Terraform writes neither; the reader refuses both wherever the gate
 * reads, whatever the chunk size, and names where.
 */
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { PlanReadError } from '../../src/errors.js'
import { readPlan } from '../../src/plan/plan-reader.js'
import { REPO_ROOT } from '../helpers/run-action.js'
import { memorySource } from '../helpers/plan-source.js'

/** A real plan (deletes two terraform_data), minified so edits can find their place. */
const DELETE = JSON.stringify(
  JSON.parse(readFileSync(join(REPO_ROOT, '__fixtures__', 'plans', 'delete.json'), 'utf8'))
)

function read(text: string, chunkSize?: number): void {
  readPlan(memorySource(text), { onResourceChange() {}, onResourceDrift() {} }, { chunkSize })
}

/** The fixture edited by `edit` (each edit changes the first place it finds, in resource_changes). */
function edited(edit: (text: string) => string): string {
  const out = edit(DELETE)
  expect(out).not.toBe(DELETE)
  return out
}

describe('refused: keys written twice', () => {
  it.each([
    [
      '"actions" twice in a change',
      (t: string) => t.replace('"actions":["delete"]', '"actions":["delete"],"actions":["no-op"]'),
      /'actions' appears twice in change/
    ],
    [
      'an escaped spelling of the same key',
      (t: string) => t.replace('"actions":["delete"]', '"actions":["delete"],"act\\u0069ons":["no-op"]'),
      /'actions' appears twice/
    ],
    [
      '"change" twice in an entry',
      (t: string) => t.replace('"change":{', '"change":{"actions":["no-op"]},"change":{'),
      /'change' appears twice in the entry/
    ],
    [
      'a key twice deep inside a planned value',
      (t: string) => t.replace('"before":{', '"before":{"x":{"k":1,"k":2},'),
      /'k' appears twice in change\.before\.x/
    ],
    [
      'a key twice in output_changes',
      (t: string) => t.replace(/\}$/, ',"output_changes":{"o":{"actions":["no-op"],"actions":["create"]}}}'),
      /'output_changes'.*'actions' appears twice/
    ],
    [
      'a variable declared sensitive twice',
      (t: string) =>
        t.replace(
          '"configuration":{',
          '"configuration":{"root_module":{"variables":{"s":{"sensitive":true,"sensitive":false}}},'
        ),
      /'sensitive' appears twice in configuration/
    ]
  ])('%s', (_name, edit, message) => {
    const text = edited(edit)
    for (const chunkSize of [undefined, 1, 7]) {
      expect(() => read(text, chunkSize)).toThrow(PlanReadError)
      expect(() => read(text, chunkSize)).toThrow(message)
    }
  })
})

describe("refused: keys that differ only in case from Terraform's", () => {
  it.each([
    [
      'ACTIONS next to actions',
      (t: string) => t.replace('"actions":["delete"]', '"actions":["no-op"],"ACTIONS":["delete"]'),
      /'ACTIONS' in change differs only in case from 'actions'/
    ],
    [
      'a top-level Resource_Changes',
      (t: string) => t.replace(/^\{/, '{"Resource_Changes":[],'),
      /top-level key 'Resource_Changes' differs only in case from 'resource_changes'/
    ],
    [
      'LONG S in actionſ (Go folds ſ to s)',
      (t: string) => t.replace('"actions":["delete"]', '"actions":["no-op"],"action\u017f":["delete"]'),
      /differs only in case from 'actions'/
    ],
    [
      'KELVIN SIGN in a top-level key',
      (t: string) => t.replace(/^\{/, '{"chec\u212as":[],'),
      /differs only in case from 'checks'/
    ],
    [
      'Address in an entry',
      (t: string) =>
        t.replace('"resource_changes":[{"address":', '"resource_changes":[{"Address":"x","address":'),
      /'Address' differs only in case from 'address'/
    ],
    [
      'Root_Module in configuration',
      (t: string) => t.replace('"configuration":{', '"configuration":{"Root_Module":{},'),
      /differs only in case from 'root_module'/
    ]
  ])('%s', (_name, edit, message) => {
    const text = edited(edit)
    expect(() => read(text)).toThrow(message)
  })
})

describe('accepted', () => {
  it('the real plan, and case variants inside values (tags Name and name are different tags)', () => {
    read(DELETE)
    read(DELETE.replace('"before":{', '"before":{"tags":{"Name":"a","name":"b"},'))
  })
})
