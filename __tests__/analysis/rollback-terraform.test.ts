/**
 * Every kind of rollback advice, checked the way an operator would follow it: a real plan
 * (terraform_data, no provider download) is analysed, its rollback step chosen, the plan applied,
 * then the step's blocks are added to the reverted configuration (or its commands run) and
 * terraform plans again. The second plan must do what the advice promises; where the advice warns
 * against a plain revert, the plain revert is planned too and must do the harm it warns about.
 * One temporary workspace per scenario; scenarios run a few at a time.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFile } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { deriveRollbackPlan, snippetText } from '../../src/analysis/rollback.js'
import type { PlanCounts, RollbackStep } from '../../src/analysis/types.js'
import { analysePlanFile } from '../helpers/plan-source.js'
import { terraformEnv } from '../helpers/run-action.js'

const run = promisify(execFile)
const root = mkdtempSync(join(tmpdir(), 'infra-guard-rollback-'))

/** A workspace with its own state and CLI config. */
class Workspace {
  readonly dir: string
  private readonly env: NodeJS.ProcessEnv
  private plans = 0
  constructor(name: string) {
    this.dir = mkdtempSync(join(root, `${name}-`))
    this.env = { ...process.env, ...terraformEnv(this.dir), TF_INPUT: '0' }
  }

  write(config: string): void {
    writeFileSync(join(this.dir, 'main.tf'), config)
  }

  async terraform(...args: string[]): Promise<string> {
    const { stdout } = await run('terraform', args, { cwd: this.dir, env: this.env, maxBuffer: 64 << 20 })
    return stdout
  }

  /** A shell command line as the report prints it (quoting included). */
  async shell(command: string): Promise<void> {
    await run('sh', ['-c', command], { cwd: this.dir, env: this.env })
  }

  /** Plans `config` and returns the plan file and its analysis (dataBearing: extra data-bearing types). */
  async plan(config: string, args: string[] = [], dataBearing: string[] = []) {
    this.write(config)
    const file = `plan-${++this.plans}.tfplan`
    await this.terraform('plan', '-input=false', '-no-color', '-lock=false', `-out=${file}`, ...args)
    const json = join(this.dir, `${file}.json`)
    writeFileSync(json, await this.terraform('show', '-json', file))
    return { file, analysis: await analysePlanFile(json, { dataBearingTypes: dataBearing }) }
  }
}

interface Scenario {
  name: string
  stage1: string
  stage2: string
  /** Run between applying stage 1 and planning stage 2 (e.g. taint). */
  before?: string[][]
  planArgs?: string[]
  dataBearing?: string[]
  kind: RollbackStep['kind']
  /** What a plain revert (stage 1 again) plans, where the advice warns against it. */
  plainRevert?: Partial<PlanCounts>
  /** The configuration after rollback: stage 1 (or what the step says) plus the step's blocks. */
  rollbackConfig: (blocks: string) => string
  /** What the plan after the advised rollback does. */
  afterRollback: Partial<PlanCounts>
  /** Run the step's commands instead, then plan `commandConfig`: what that plan does. */
  commandConfig?: string
  afterCommands?: Partial<PlanCounts>
}

const NOTHING: Partial<PlanCounts> = { add: 0, change: 0, destroy: 0, import: 0, move: 0, forget: 0 }

const SCENARIOS: Scenario[] = [
  {
    name: 'move',
    stage1: 'resource "terraform_data" "old" {\n  input = "v"\n}\n',
    stage2:
      'resource "terraform_data" "new" {\n  input = "v"\n}\nmoved {\n  from = terraform_data.old\n  to   = terraform_data.new\n}\n',
    kind: 'move-back',
    plainRevert: { add: 1, destroy: 1 },
    rollbackConfig: blocks => `resource "terraform_data" "old" {\n  input = "v"\n}\n${blocks}\n`,
    afterRollback: { ...NOTHING, move: 1 },
    commandConfig: 'resource "terraform_data" "old" {\n  input = "v"\n}\n',
    afterCommands: NOTHING
  },
  {
    name: 'import',
    stage1: '',
    stage2:
      'import {\n  to = terraform_data.adopted\n  id = "existing-object-7"\n}\nresource "terraform_data" "adopted" {\n  input = "a"\n}\n',
    kind: 'undo-import',
    plainRevert: { destroy: 1 },
    rollbackConfig: blocks => `${blocks}\n`,
    afterRollback: { ...NOTHING, forget: 1 },
    commandConfig: '',
    afterCommands: NOTHING
  },
  {
    name: 'forget',
    stage1: 'resource "terraform_data" "handed_over" {\n  input = "h"\n}\n',
    stage2: 'removed {\n  from = terraform_data.handed_over\n  lifecycle {\n    destroy = false\n  }\n}\n',
    kind: 're-import',
    plainRevert: { add: 1 },
    rollbackConfig: blocks => `resource "terraform_data" "handed_over" {\n  input = "h"\n}\n${blocks}\n`,
    // Importing terraform_data restores its id; the input is set again by an in-place update.
    afterRollback: { add: 0, destroy: 0, import: 1 }
  },
  {
    name: 'taint',
    stage1: 'resource "terraform_data" "worker" {\n  input = "w"\n}\n',
    stage2: 'resource "terraform_data" "worker" {\n  input = "w"\n}\n',
    before: [['taint', '-no-color', 'terraform_data.worker']],
    kind: 'nothing-to-revert',
    rollbackConfig: () => 'resource "terraform_data" "worker" {\n  input = "w"\n}\n',
    afterRollback: NOTHING
  },
  {
    name: 'replace-flag',
    stage1: 'resource "terraform_data" "worker" {\n  input = "w"\n}\n',
    stage2: 'resource "terraform_data" "worker" {\n  input = "w"\n}\n',
    planArgs: ['-replace=terraform_data.worker'],
    kind: 'nothing-to-revert',
    rollbackConfig: () => 'resource "terraform_data" "worker" {\n  input = "w"\n}\n',
    afterRollback: NOTHING
  },
  {
    name: 'delete',
    stage1:
      'resource "terraform_data" "kept" {\n  input = "k"\n}\nresource "terraform_data" "gone" {\n  input = "g"\n}\n',
    stage2: 'resource "terraform_data" "kept" {\n  input = "k"\n}\n',
    kind: 'deleted',
    // Reverting creates a new object: the old one (and its id) cannot come back.
    rollbackConfig: () =>
      'resource "terraform_data" "kept" {\n  input = "k"\n}\nresource "terraform_data" "gone" {\n  input = "g"\n}\n',
    afterRollback: { add: 1, destroy: 0, import: 0 }
  },
  {
    name: 'data-loss',
    stage1: 'resource "terraform_data" "db" {\n  input = "rows"\n}\n',
    stage2: '',
    dataBearing: ['terraform_data'],
    kind: 'restore-data',
    // Reverting brings an empty new object: only a backup restores the data.
    rollbackConfig: () => 'resource "terraform_data" "db" {\n  input = "rows"\n}\n',
    afterRollback: { add: 1, destroy: 0, import: 0 }
  },
  {
    name: 'replace',
    stage1: 'resource "terraform_data" "lb" {\n  triggers_replace = "r1"\n}\n',
    stage2: 'resource "terraform_data" "lb" {\n  triggers_replace = "r2"\n}\n',
    kind: 'replaced',
    rollbackConfig: () => 'resource "terraform_data" "lb" {\n  triggers_replace = "r1"\n}\n',
    afterRollback: { add: 1, destroy: 1 }
  },
  {
    name: 'update',
    stage1: 'resource "terraform_data" "app" {\n  input = "v1"\n}\n',
    stage2: 'resource "terraform_data" "app" {\n  input = "v2"\n}\n',
    kind: 'review',
    rollbackConfig: () => 'resource "terraform_data" "app" {\n  input = "v1"\n}\n',
    afterRollback: { add: 0, change: 1, destroy: 0 }
  }
]

interface Outcome {
  step?: RollbackStep
  plainRevert?: PlanCounts
  afterRollback: PlanCounts
  afterCommands?: PlanCounts
}

async function play(scenario: Scenario): Promise<Outcome> {
  const workspace = new Workspace(scenario.name)
  workspace.write(scenario.stage1)
  await workspace.terraform('init', '-input=false', '-no-color')
  await workspace.terraform('apply', '-auto-approve', '-input=false', '-no-color', '-lock=false')
  for (const args of scenario.before ?? []) await workspace.terraform(...args)
  const planned = await workspace.plan(scenario.stage2, scenario.planArgs, scenario.dataBearing)
  const step = deriveRollbackPlan(planned.analysis).steps.find(candidate => candidate.kind === scenario.kind)
  await workspace.terraform('apply', '-input=false', '-no-color', '-lock=false', planned.file)
  const outcome: Outcome = { step, afterRollback: emptyCounts() }
  if (scenario.plainRevert) outcome.plainRevert = (await workspace.plan(scenario.stage1)).analysis.counts
  const blocks = (step?.blocks ?? []).map(snippetText).join('\n\n')
  outcome.afterRollback = (await workspace.plan(scenario.rollbackConfig(blocks))).analysis.counts
  if (scenario.commandConfig !== undefined) {
    for (const command of step?.commands ?? []) await workspace.shell(snippetText(command))
    outcome.afterCommands = (await workspace.plan(scenario.commandConfig)).analysis.counts
  }
  return outcome
}

function emptyCounts(): PlanCounts {
  return {
    add: -1,
    change: -1,
    destroy: -1,
    replace: -1,
    import: -1,
    move: -1,
    forget: -1,
    create: -1,
    delete: -1,
    noop: -1,
    read: -1,
    total: -1
  }
}

/** Runs tasks at most `concurrency` at a time. */
function limiter(concurrency: number): <T>(task: () => Promise<T>) => Promise<T> {
  let active = 0
  const waiting: (() => void)[] = []
  return async task => {
    if (active >= concurrency) await new Promise<void>(resolve => waiting.push(resolve))
    active++
    try {
      return await task()
    } finally {
      active--
      waiting.shift()?.()
    }
  }
}

const outcomes = new Map<string, Promise<Outcome>>()

beforeAll(() => {
  // Three at a time: most of a terraform run is process start-up and file I/O.
  const limited = limiter(3)
  for (const scenario of SCENARIOS) {
    const outcome = limited(() => play(scenario))
    outcome.catch(() => undefined) // reported by the scenario's test
    outcomes.set(scenario.name, outcome)
  }
})

afterAll(() => {
  rmSync(root, { recursive: true, force: true })
})

function outcomeOf(name: string): Promise<Outcome> {
  const outcome = outcomes.get(name)
  if (!outcome) throw new Error(`scenario ${name} was not started`)
  return outcome
}

describe('rollback advice, applied and planned again with terraform', () => {
  it.each(SCENARIOS.map(scenario => [scenario.name, scenario] as const))(
    '%s: the advised step does what it says',
    async (_name, scenario) => {
      const outcome = await outcomeOf(scenario.name)
      expect(outcome.step?.kind).toBe(scenario.kind)
      if (scenario.plainRevert) expect(outcome.plainRevert).toMatchObject(scenario.plainRevert)
      expect(outcome.afterRollback).toMatchObject(scenario.afterRollback)
      if (scenario.afterCommands) expect(outcome.afterCommands).toMatchObject(scenario.afterCommands)
    },
    120_000
  )

  it('the advice never tells to revert when nothing in the code caused the change', async () => {
    for (const name of ['taint', 'replace-flag']) {
      const { step } = await outcomeOf(name)
      expect(step?.description).toMatch(/nothing to revert/)
    }
  }, 120_000)
})
