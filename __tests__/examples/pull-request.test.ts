/**
 * examples/workflows/pull-request.yml end to end, run the way GitHub would run it (see
 * __tests__/workflows/runner/README.md) on the fixture monorepo: a destructive pull request to prod
 * gets a green pipeline that plans prod only, one PR comment with the verdict in it, a summary line
 * naming where the gate would deny, and nothing applied; a pull request that touches no root module
 * skips the matrix and says so.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { expectJobResult, type WorkflowRun } from '../workflows/runner/index.js'
import { DESTRUCTIVE, startScenario, type Scenario } from './scenario.js'

let scenario: Scenario
let destructive: WorkflowRun
let docsOnly: WorkflowRun
let prodBefore: Record<string, string>
const PR = 42
const DOCS_PR = 43

/** Opens pull request `number` from a branch with `files` and runs the workflow on it. */
async function pullRequest(number: number, branch: string, files: Record<string, string>) {
  const { repo, github } = scenario
  repo.commit(branch, files, `Change on ${branch}`)
  const pull = repo.pullRequest(number, branch)
  github
    .repo('acme', 'infra')
    .addPullRequest({ number, headSha: pull.headSha, headRef: branch, author: 'mallory' })
  return scenario.run({
    workflow: '.github/workflows/pull-request.yml',
    event: { name: 'pull_request', pull, author: 'mallory', action: 'opened' }
  })
}

const stepOf = (run: WorkflowRun, job: string, id: string) => run.job(job).steps.find(step => step.id === id)!
const verdictLine = (run: WorkflowRun) =>
  run
    .job('verdict')
    .steps.find(step => step.name === 'Every gate, in one line')!
    .log.join('\n')

beforeAll(async () => {
  scenario = await startScenario()
  prodBefore = scenario.state('prod')
  destructive = await pullRequest(PR, 'shrink-prod', {
    'environments/prod/terraform.tfvars': scenario.varFile(DESTRUCTIVE)
  })
  docsOnly = await pullRequest(DOCS_PR, 'docs', {
    'README.md': '# Platform infrastructure\n\nHow to deploy.\n'
  })
}, 300_000)

afterAll(async () => {
  await scenario?.stop()
})

describe('pull-request.yml on a destructive pull request to prod', () => {
  it('is green: discover, a plan for the one affected module, and the verdict job', () => {
    expect([destructive.conclusion, destructive.describe()]).toEqual(['success', destructive.describe()])
    expect(destructive.jobs.map(job => `${job.key}:${job.result}`)).toEqual([
      'discover:success',
      'plan environments/prod:success',
      'verdict:success'
    ])
    const found = stepOf(destructive, 'discover', 'discover').outputs
    expect(JSON.parse(found.modules)).toEqual([
      { working_directory: 'environments/prod', environment: 'prod', slug: 'environments-prod' }
    ])
    expect(found.count).toBe('1')
    expect(JSON.parse(found.changed_files)).toEqual(['environments/prod/terraform.tfvars'])
  })

  it('plans prod as destructive and previews a denial without failing the job', () => {
    const prod = expectJobResult(destructive, 'plan environments/prod', 'success')
    const plan = prod.steps.find(step => step.id === 'plan')!
    expect(plan.outputs).toMatchObject({
      environment: 'prod',
      resources_to_destroy: '2',
      resources_to_replace: '1',
      risk: 'high'
    })
    const gate = prod.steps.find(step => step.id === 'gate')!
    expect([gate.outputs.allowed, gate.conclusion]).toEqual(['false', 'success'])
    expect(prod.annotations.map(a => a.message).join('\n')).toContain(
      'module.app.terraform_data.app["canary"]'
    )
  })

  it('posts one comment, for the prod module, naming what would be lost', () => {
    const comments = scenario.github.repo('acme', 'infra').commentsOf(PR)
    expect(comments).toHaveLength(1)
    expect(comments[0].body).toContain('module.app.terraform_data.orders_db')
    expect(comments[0].body).toContain('module.app.terraform_data.app["canary"]')
    expect(comments[0].body).toMatch(/force_recreate/)
    expect(comments[0].body).toContain('environments/prod')
    expect(scenario.github.violations).toEqual([])
  })

  it('says in one line where the gate would deny', () => {
    const line = verdictLine(destructive)
    expect(line).toBe(
      'infra-guard: not every gate would allow this change; denied in environments/prod (prod, risk high) (deploying needs force_recreate or a policy change)'
    )
    expect(destructive.job('verdict').summary).toContain(line)
  })

  it('applies nothing: prod still holds yesterday’s infrastructure', () => {
    expect(Object.keys(prodBefore)).toContain('module.app.terraform_data.app["canary"]')
    expect(scenario.state('prod')).toEqual(prodBefore)
    expect(destructive.approvals).toEqual([])
  })
})

describe('pull-request.yml on a pull request that touches no root module', () => {
  it('skips the matrix (GitHub refuses an empty one) and says so in one line', () => {
    expect(docsOnly.jobs.map(job => `${job.key}:${job.result}`)).toEqual([
      'discover:success',
      'plan:skipped',
      'verdict:success'
    ])
    expect(stepOf(docsOnly, 'discover', 'discover').outputs).toMatchObject({
      count: '0',
      modules: '[]',
      changed_files: '["README.md"]'
    })
    expect(verdictLine(docsOnly)).toBe('infra-guard: this change affects no root module; nothing to plan')
    expect(scenario.github.repo('acme', 'infra').commentsOf(DOCS_PR)).toEqual([])
  })
})
