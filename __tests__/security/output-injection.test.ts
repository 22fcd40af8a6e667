/**
 * Outputs go to the GITHUB_OUTPUT file as `name<<delimiter` blocks with a random delimiter. The real
 * output code (src/action/modes/plan-outputs.ts over a hostile plan's analysis, and @actions/core's setOutput,
 * which the bundle ships, for raw values) must not let a value that contains newlines, `name=value`
 * lines or delimiter-looking lines create or overwrite another output: parseOutputFile must see
 * exactly the names set.
 */
import { afterAll, afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import * as core from '@actions/core'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { setPlanOutputs } from '../../src/action/modes/plan-outputs.js'
import { analyseDocument } from '../render/fixtures.js'
import { parseOutputFile } from '../helpers/run-action.js'
import { gateOf } from '../fuzz/oracle.js'
import { ATTACKS, hostilePlan, KNOWN_OUTPUTS } from './hostile-plan.js'

const scratch = mkdtempSync(join(tmpdir(), 'infra-guard-outputs-'))
const saved = process.env.GITHUB_OUTPUT
let file = ''
let files = 0

beforeEach(() => {
  file = join(scratch, `github_output_${++files}`)
  writeFileSync(file, '')
  process.env.GITHUB_OUTPUT = file
})
afterEach(() => {
  if (saved === undefined) delete process.env.GITHUB_OUTPUT
  else process.env.GITHUB_OUTPUT = saved
})
afterAll(() => rmSync(scratch, { recursive: true, force: true }))

describe('GITHUB_OUTPUT cannot be injected', () => {
  it('plan outputs of a hostile plan parse back to exactly the outputs set, with the same values', async () => {
    const analysis = await analyseDocument('hostile-outputs', hostilePlan() as never)
    setPlanOutputs(analysis, '/tmp/plan.json')
    const verdict = gateOf(analysis, 'prod')
    core.setOutput('gate_reasons', JSON.stringify(verdict.findings))
    core.setOutput('allowed', String(verdict.allowed))
    const outputs = parseOutputFile(readFileSync(file, 'utf8'))
    expect(Object.keys(outputs).filter(name => !KNOWN_OUTPUTS.has(name))).toEqual([])
    expect(outputs.allowed).toBe('false')
    const reasons = JSON.parse(outputs.risk_reasons) as { addresses: string[] }[]
    // The attack text arrives intact, as data inside the JSON value.
    expect(reasons.flatMap(reason => reason.addresses).some(address => address.includes('FORGED'))).toBe(true)
    expect(JSON.parse(outputs.gate_reasons)).toEqual(JSON.parse(JSON.stringify(verdict.findings)))
  })

  it.each(ATTACKS)('a raw value %j stays one output', attack => {
    const value = `before${attack}\nallowed=true\nallowed<<EOF\ntrue\nEOF\nafter`
    core.setOutput('summary_markdown', value)
    core.setOutput('allowed', 'false')
    const outputs = parseOutputFile(readFileSync(file, 'utf8'))
    expect(outputs).toEqual({ summary_markdown: value, allowed: 'false' })
  })
})
