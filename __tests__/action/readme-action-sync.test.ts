/**
 * action.yml is what users read first (the Marketplace shows it) and README's tables are generated
 * from it (`node scripts/sync-readme.mjs`): same names, order, required flags and defaults, and each
 * input and output says which modes read or set it, checked against what the mode files read.
 */
import { describe, expect, it } from '@jest/globals'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'yaml'
import { INPUT, MODES, OUTPUT } from '../../src/constants.js'
import { REPO_ROOT } from '../helpers/run-action.js'
// @ts-expect-error: a plain .mjs script without type declarations
import { renderTables, splitModes } from '../../scripts/sync-readme.mjs'

interface ActionSpec {
  description: string
  inputs: Record<string, { required?: boolean; default?: string; description: string }>
  outputs: Record<string, { description: string }>
  runs: { using: string; main: string }
}

const actionText = readFileSync(join(REPO_ROOT, 'action.yml'), 'utf8')
const action = parse(actionText) as ActionSpec
const readme = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8')
const tables = renderTables(actionText) as { inputs: string; outputs: string }
const modesOf = (description: string) => (splitModes(description) as { modes: string }).modes

/** The text between `<!-- name:start -->` and `<!-- name:end -->`. */
function block(name: string): string {
  return readme.split(`<!-- ${name}:start -->`)[1]?.split(`<!-- ${name}:end -->`)[0]?.trim() ?? ''
}

/** Rows of a generated table. */
function tableRows(name: string): string[][] {
  return block(name)
    .split('\n')
    .filter(line => line.startsWith('| `'))
    .map(line =>
      line
        .slice(1, -1)
        .split(/(?<!\\)\|/)
        .map(cell => cell.trim())
    )
}

/**
 * For every mode file named after a mode, the input and output names it reads (`inputs.<key>`) and
 * sets (`OUTPUT.<key>`). Shared helpers (run-setup, plan-outputs) are left out: they serve several modes.
 */
function usesByMode(): { inputs: Map<string, Set<string>>; outputs: Map<string, Set<string>> } {
  const dir = join(REPO_ROOT, 'src', 'action', 'modes')
  const inputs = new Map<string, Set<string>>()
  const outputs = new Map<string, Set<string>>()
  const inputKeys = INPUT as Record<string, string>
  const outputKeys = OUTPUT as Record<string, string>
  for (const file of readdirSync(dir)) {
    const mode = file.replace(/\.ts$/, '')
    if (!(MODES as readonly string[]).includes(mode)) continue
    const text = readFileSync(join(dir, file), 'utf8')
    for (const [, key] of text.matchAll(/\binputs\.(\w+)/g)) {
      if (inputKeys[key])
        (inputs.get(inputKeys[key]) ?? inputs.set(inputKeys[key], new Set()).get(inputKeys[key])!).add(mode)
    }
    for (const [, key] of text.matchAll(/\bOUTPUT\.(\w+)/g)) {
      if (outputKeys[key])
        (outputs.get(outputKeys[key]) ?? outputs.set(outputKeys[key], new Set()).get(outputKeys[key])!).add(
          mode
        )
    }
  }
  return { inputs, outputs }
}

describe('README and action.yml', () => {
  it('runs on node24 from dist/index.js', () => {
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' })
  })

  it('has a description the Marketplace accepts (under 125 characters)', () => {
    expect(action.description.length).toBeGreaterThan(40)
    expect(action.description.length).toBeLessThan(125)
  })

  it('README holds exactly the tables scripts/sync-readme.mjs generates from action.yml', () => {
    expect(block('inputs')).toBe(tables.inputs)
    expect(block('outputs')).toBe(tables.outputs)
  })

  it('documents every input with its modes, required flag and default, in order', () => {
    const rows = tableRows('inputs')
    expect(rows.map(row => row[0].replace(/`/g, ''))).toEqual(Object.keys(action.inputs))
    for (const row of rows) {
      const spec = action.inputs[row[0].replace(/`/g, '')]
      expect(row[1]).toBe(modesOf(spec.description))
      expect(row[2]).toBe(spec.required ? 'yes' : 'no')
      expect(row[3].replace(/`/g, '')).toBe(spec.default ?? '')
      expect(row[4].length).toBeGreaterThan(10)
    }
  })

  it('documents every output with its modes, in order', () => {
    const rows = tableRows('outputs')
    expect(rows.map(row => row[0].replace(/`/g, ''))).toEqual(Object.keys(action.outputs))
    for (const row of rows) expect(row[1]).toBe(modesOf(action.outputs[row[0].replace(/`/g, '')].description))
  })

  it('declares exactly the inputs and outputs the code reads and writes', () => {
    expect(Object.keys(action.inputs).sort()).toEqual(Object.values(INPUT).sort())
    expect(Object.keys(action.outputs).sort()).toEqual(Object.values(OUTPUT).sort())
  })

  it('every input and output description starts with the modes that use it, all of them real modes', () => {
    const entries = [...Object.entries(action.inputs), ...Object.entries(action.outputs)]
    const problems: string[] = []
    for (const [name, spec] of entries) {
      const modes = modesOf(spec.description)
      if (modes === '') problems.push(`${name}: no "<modes>: " prefix`)
      else if (modes !== 'all modes') {
        for (const mode of modes.split(', '))
          if (!(MODES as readonly string[]).includes(mode)) problems.push(`${name}: '${mode}' is not a mode`)
      }
    }
    expect(problems).toEqual([])
  })

  it('names every mode whose file reads the input or sets the output', () => {
    const uses = usesByMode()
    // The check is live: the mode files read and set what the descriptions are checked against.
    expect([...(uses.inputs.get('config') ?? [])]).toContain('discover')
    expect([...(uses.outputs.get('allowed') ?? [])]).toEqual(['safety-gate'])
    const missing: string[] = []
    const check = (name: string, description: string, modes: Set<string> | undefined) => {
      const named = modesOf(description)
      if (named === 'all modes') return
      for (const mode of modes ?? []) if (!named.split(', ').includes(mode)) missing.push(`${name}: ${mode}`)
    }
    for (const [name, spec] of Object.entries(action.inputs))
      check(name, spec.description, uses.inputs.get(name))
    for (const [name, spec] of Object.entries(action.outputs))
      check(name, spec.description, uses.outputs.get(name))
    expect(missing).toEqual([])
  })
})
