/**
 * README.md's inputs and outputs tables must match action.yml: same names, same order, same
 * required flags and defaults. `node scripts/sync-readme.mjs` regenerates them.
 */
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'yaml'
import { INPUT, OUTPUT } from '../../src/constants.js'
import { REPO_ROOT } from '../helpers/run-action.js'

interface ActionSpec {
  inputs: Record<string, { required?: boolean; default?: string; description: string }>
  outputs: Record<string, { description: string }>
  runs: { using: string; main: string }
}

const action = parse(readFileSync(join(REPO_ROOT, 'action.yml'), 'utf8')) as ActionSpec
const readme = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8')

/** Rows of the Markdown table between `<!-- name:start -->` and `<!-- name:end -->`. */
function tableRows(name: string): string[][] {
  const block = readme.split(`<!-- ${name}:start -->`)[1]?.split(`<!-- ${name}:end -->`)[0] ?? ''
  return block
    .split('\n')
    .filter(line => line.startsWith('| `'))
    .map(line =>
      line
        .slice(1, -1)
        .split(/(?<!\\)\|/)
        .map(cell => cell.trim())
    )
}

describe('README and action.yml', () => {
  it('runs on node24 from dist/index.js', () => {
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' })
  })

  it('documents every input with its required flag and default, in order', () => {
    const rows = tableRows('inputs')
    expect(rows.map(row => row[0].replace(/`/g, ''))).toEqual(Object.keys(action.inputs))
    for (const row of rows) {
      const spec = action.inputs[row[0].replace(/`/g, '')]
      expect(row[1]).toBe(spec.required ? 'yes' : 'no')
      expect(row[2].replace(/`/g, '')).toBe(spec.default ?? '')
      expect(spec.description.length).toBeGreaterThan(10)
    }
  })

  it('documents every output, in order', () => {
    expect(tableRows('outputs').map(row => row[0].replace(/`/g, ''))).toEqual(Object.keys(action.outputs))
  })

  it('declares exactly the inputs and outputs the code reads and writes', () => {
    expect(Object.keys(action.inputs).sort()).toEqual(Object.values(INPUT).sort())
    expect(Object.keys(action.outputs).sort()).toEqual(Object.values(OUTPUT).sort())
  })
})
