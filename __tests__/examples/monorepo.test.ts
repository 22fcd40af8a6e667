/**
 * examples/workflows/pull-request.yml on the fixture monorepo (environments/dev, staging and prod,
 * each calling the shared modules/app): discover fans the pull request out on GitHub's matrix. A
 * change in the shared module plans all three environments, one PR comment and one plan artifact
 * each; a change in environments/dev plans dev only.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { REPO_ROOT, type WorkflowRun } from '../workflows/runner/index.js'
import { ENVIRONMENTS, startScenario, YESTERDAY, type Scenario } from './scenario.js'

let scenario: Scenario
let shared: WorkflowRun
let devOnly: WorkflowRun
const SHARED_PR = 51
const DEV_PR = 52

async function pullRequest(number: number, branch: string, files: Record<string, string>) {
  const { repo, github } = scenario
  repo.commit(branch, files, `Change on ${branch}`)
  const pull = repo.pullRequest(number, branch)
  github.repo('acme', 'infra').addPullRequest({ number, headSha: pull.headSha, headRef: branch })
  return scenario.run({
    workflow: '.github/workflows/pull-request.yml',
    event: { name: 'pull_request', pull, action: 'opened' }
  })
}

const jobs = (run: WorkflowRun) => run.jobs.map(job => `${job.key}:${job.result}`)
const verdictLine = (run: WorkflowRun) =>
  run
    .job('verdict')
    .steps.find(step => step.name === 'Every gate, in one line')!
    .log.join('\n')

beforeAll(async () => {
  scenario = await startScenario()
  const demo = readFileSync(join(REPO_ROOT, 'examples', 'demo', 'main.tf'), 'utf8')
  expect(demo).toContain('registry.example.com/app:1.4.2')
  shared = await pullRequest(SHARED_PR, 'app-1.4.3', {
    'modules/app/main.tf': demo.replace('app:1.4.2', 'app:1.4.3')
  })
  devOnly = await pullRequest(DEV_PR, 'dev-replica', {
    'environments/dev/terraform.tfvars': scenario.varFile({
      ...YESTERDAY,
      replicas: [...YESTERDAY.replicas, 'trial']
    })
  })
}, 480_000)

afterAll(async () => {
  await scenario?.stop()
})

describe('a change in the shared module', () => {
  it('plans every environment that calls it, each in its own matrix job', () => {
    expect([shared.conclusion, shared.describe()]).toEqual(['success', shared.describe()])
    expect(jobs(shared)).toEqual([
      'discover:success',
      'plan environments/dev:success',
      'plan environments/prod:success',
      'plan environments/staging:success',
      'verdict:success'
    ])
    for (const environment of ENVIRONMENTS) {
      const plan = shared.job(`plan environments/${environment}`).steps.find(step => step.id === 'plan')!
      expect(plan.outputs).toMatchObject({ environment, resources_to_change: '3', resources_to_destroy: '0' })
    }
  })

  it('keeps the legs apart: one PR comment and one plan artifact per module', () => {
    const comments = scenario.github.repo('acme', 'infra').commentsOf(SHARED_PR)
    expect(comments).toHaveLength(3)
    for (const environment of ENVIRONMENTS) {
      expect(comments.filter(comment => comment.body.includes(`environments/${environment}`))).toHaveLength(1)
    }
    const artifacts = scenario.stack.artifacts.list().map(artifact => artifact.name)
    for (const environment of ENVIRONMENTS)
      expect(artifacts).toContain(`infra-guard-plan-environments-${environment}`)
  })

  it('says in one line that every gate would allow it', () => {
    expect(verdictLine(shared)).toBe(
      'infra-guard: every gate would allow this change: environments/dev (dev) environments/prod (prod) environments/staging (staging)'
    )
  })
})

describe('a change in environments/dev', () => {
  it('plans dev only', () => {
    expect([devOnly.conclusion, devOnly.describe()]).toEqual(['success', devOnly.describe()])
    expect(jobs(devOnly)).toEqual(['discover:success', 'plan environments/dev:success', 'verdict:success'])
    const plan = devOnly.job('plan environments/dev').steps.find(step => step.id === 'plan')!
    expect(plan.outputs).toMatchObject({ environment: 'dev', resources_to_add: '1', risk: 'low' })
    expect(scenario.github.repo('acme', 'infra').commentsOf(DEV_PR)).toHaveLength(1)
    expect(verdictLine(devOnly)).toBe(
      'infra-guard: every gate would allow this change: environments/dev (dev)'
    )
  })
})
