/**
 * Issue 14, class 6: false denials and wrong messages. Failing closed is right; saying the wrong
 * reason sends the operator after the wrong problem (and teaches them to override the gate).
 *
 * Secure behaviour: the gate still denies what it must, and its reason names what really happened:
 * a targeted plan is called a targeted plan, `["forget","create"]` is read, a Terraform 1.0 drift
 * entry without `address` is informational, and a directory, FIFO or device given as `plan_json` is
 * called what it is, not "does not exist".
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { errorText, inParallel, jsonOutput, runStep, type AttackRun } from './helpers/attack-run.js'
import { makePlan, type PlanJson, type RealPlan } from './helpers/terraform.js'

const TWO = (value: string): string => `
resource "terraform_data" "a" {
  input = "${value}"
}
resource "terraform_data" "b" {
  input = "${value}"
}
`

const root = mkdtempSync(join(tmpdir(), 'infra-guard-attacks-false-'))
let targeted: RealPlan
let replace: RealPlan

beforeAll(() => {
  targeted = makePlan(root, {
    name: 'targeted',
    stage1: TWO('1'),
    stage2: TWO('2'),
    planArgs: ['-target=terraform_data.a']
  })
  replace = makePlan(root, {
    name: 'replace',
    stage1: `resource "terraform_data" "a" {
  input            = "1"
  triggers_replace = ["v1"]
}`,
    stage2: `resource "terraform_data" "a" {
  input            = "1"
  triggers_replace = ["v2"]
}`
  })
}, 120_000)
afterAll(() => rmSync(root, { recursive: true, force: true }))

interface Finding {
  rule: string
  severity: string
  message: string
}

function findings(run: AttackRun): Finding[] {
  return jsonOutput<Finding[]>(run, 'gate_reasons') ?? []
}

function writePlan(name: string, document: PlanJson): string {
  const path = join(root, `${name}.json`)
  writeFileSync(path, JSON.stringify(document))
  return path
}

function gate(planJson: string, environment = 'staging', timeoutMs?: number): Promise<AttackRun> {
  return runStep({
    workspace: root,
    timeoutMs,
    inputs: { mode: 'safety-gate', plan_json: planJson, environment }
  })
}

describe('plans terraform really writes', () => {
  it('guard: terraform marks a -target plan incomplete, with no deferred_changes', () => {
    expect(targeted.document.complete).toBe(false)
    expect(targeted.document.deferred_changes).toBeUndefined()
    expect((targeted.document.resource_changes ?? []).map(entry => entry.address)).toEqual([
      'terraform_data.a'
    ])
  })

  it('a -target plan is denied as a targeted plan', async () => {
    const run = await gate(targeted.planJson)
    expect(run.exitCode).toBe(1)
    expect(run.outputs.allowed).toBe('false')
    const text = findings(run)
      .filter(finding => finding.severity === 'deny')
      .map(finding => finding.message)
      .join('\n')
    expect(text).toMatch(/-target|targeted/i)
    expect(text).not.toMatch(/deferred some changes/)
  })
})

describe('plan shapes the reader refuses today', () => {
  it('["forget","create"] (replace, old object only forgotten) is read: one to add, one to forget', async () => {
    const document = structuredClone(replace.document)
    const entry = (document.resource_changes ?? [])[0]
    expect(entry.change.actions).toEqual(['delete', 'create'])
    entry.change.actions = ['forget', 'create']
    const run = await gate(writePlan('forget-create', document), 'prod')
    expect(findings(run).filter(finding => finding.rule === 'plan-unreadable')).toEqual([])
    expect(run.outputs.resources_to_add).toBe('1')
    expect(run.outputs.resources_to_forget).toBe('1')
    expect(run.outputs.resources_to_destroy).toBe('0')
  })

  it('a Terraform 1.0.0 plan whose resource_drift entries lack address is not refused', async () => {
    const document = structuredClone(targeted.document) as PlanJson & Record<string, unknown>
    document.format_version = '0.2'
    document.terraform_version = '1.0.0'
    delete document.complete
    const change = (document.resource_changes ?? [])[0]
    const { address: _dropped, ...withoutAddress } = change as unknown as Record<string, unknown>
    void _dropped
    document.resource_drift = [{ ...withoutAddress, change: { ...change.change, actions: ['update'] } }]
    const run = await gate(writePlan('tf100-drift', document))
    expect(errorText(run)).not.toMatch(/resource_drift\[0\]/)
    expect(run.outputs.allowed).toBe('true')
  })
})

describe('plan_json that is not a regular file', () => {
  let fifo = ''
  let dir = ''
  beforeAll(() => {
    fifo = join(root, 'plan-pipe')
    execFileSync('mkfifo', [fifo])
    dir = join(root, 'plan-dir.json')
    mkdirSync(dir)
  })

  const cases = (): [string, string, RegExp][] => [
    ['a directory', dir, /director/i],
    ['a FIFO', fifo, /fifo|named pipe|not a regular file/i],
    ['a device', '/dev/null', /device|not a regular file/i]
  ]

  let runs: Map<string, Promise<AttackRun>>
  beforeAll(() => {
    runs = inParallel(['a directory', 'a FIFO', 'a device'], which =>
      gate(cases().find(([name]) => name === which)![1], 'staging', 10_000)
    )
  })

  it.each(['a directory', 'a FIFO', 'a device'])(
    '%s is denied with what it is, not "does not exist"',
    async which => {
      const [, , expected] = cases().find(([name]) => name === which)!
      const run = await runs.get(which)!
      expect(run.exitCode).toBe(1)
      expect(run.outputs.allowed).toBe('false')
      expect(errorText(run)).toMatch(expected)
      expect(errorText(run)).not.toMatch(/does not exist/)
    }
  )
})
