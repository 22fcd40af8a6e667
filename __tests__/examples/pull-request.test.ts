/**
 * examples/workflows/pull-request.yml end to end, run the way GitHub would run it (see
 * __tests__/workflows/runner/README.md) on the demo module: a destructive pull request gets a green
 * pipeline, one PR comment per environment with the verdict in it, a summary line naming where the
 * gate would deny, and nothing is applied.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { expectJobResult, type WorkflowRun } from '../workflows/runner/index.js'
import { DESTRUCTIVE, ENVIRONMENTS, startScenario, type Scenario } from './scenario.js'

let scenario: Scenario
let run: WorkflowRun
let prodBefore: Record<string, string>
const PR = 42

beforeAll(async () => {
  scenario = await startScenario()
  const { repo, github } = scenario
  repo.commit(
    'shrink-prod',
    { 'infra/env/prod.tfvars': scenario.varFile(DESTRUCTIVE) },
    'Drop the canary, bump the schema'
  )
  const pull = repo.pullRequest(PR, 'shrink-prod')
  prodBefore = scenario.state('prod')
  github
    .repo('acme', 'infra')
    .addPullRequest({ number: PR, headSha: pull.headSha, headRef: 'shrink-prod', author: 'mallory' })
  run = await scenario.run({
    workflow: '.github/workflows/pull-request.yml',
    event: { name: 'pull_request', pull, author: 'mallory', action: 'opened' }
  })
}, 240_000)

afterAll(async () => {
  await scenario?.stop()
})

describe('pull-request.yml on a destructive pull request', () => {
  it('is green: validate, a plan per environment, and the verdict job', () => {
    expect([run.conclusion, run.describe()]).toEqual(['success', run.describe()])
    expect(run.jobs.map(job => `${job.key}:${job.result}`)).toEqual([
      'validate:success',
      'plan (infra, dev):success',
      'plan (infra, staging):success',
      'plan (infra, prod):success',
      'verdict:success'
    ])
  })

  it('plans prod as destructive and previews a denial without failing the job', () => {
    const prod = expectJobResult(run, 'plan (infra, prod)', 'success')
    const plan = prod.steps.find(step => step.id === 'plan')!
    expect(plan.outputs).toMatchObject({ resources_to_destroy: '2', resources_to_replace: '1', risk: 'high' })
    const gate = prod.steps.find(step => step.id === 'gate')!
    expect(gate.outputs.allowed).toBe('false')
    expect(gate.conclusion).toBe('success')
    expect(prod.annotations.map(a => a.message).join('\n')).toContain('terraform_data.app["canary"]')
    for (const environment of ['dev', 'staging']) {
      const job = run.job(`plan (infra, ${environment})`)
      expect(job.steps.find(step => step.id === 'plan')!.outputs.has_changes).toBe('false')
      expect(job.steps.find(step => step.id === 'gate')!.outputs.allowed).toBe('true')
    }
  })

  it('posts one comment per environment on the pull request, the prod one naming what would be lost', () => {
    const comments = scenario.github.repo('acme', 'infra').commentsOf(PR)
    expect(comments).toHaveLength(ENVIRONMENTS.length)
    const prod = comments.find(comment => /prod/.test(comment.body) && /canary/.test(comment.body))
    expect(prod?.body).toContain('terraform_data.orders_db')
    expect(prod?.body).toMatch(/force_recreate/)
    expect(scenario.github.violations).toEqual([])
  })

  it('says in one line where the gate would deny', () => {
    const verdict = expectJobResult(run, 'verdict', 'success')
    const line = verdict.steps[1].log.join('\n')
    expect(line).toBe(
      'infra-guard: the gate would deny this change in infra (prod, risk high); deploying it needs force_recreate or a policy change'
    )
    expect(verdict.summary).toContain(line)
  })

  it('applies nothing: every workspace still holds yesterday’s infrastructure', () => {
    expect(Object.keys(prodBefore)).toContain('terraform_data.app["canary"]')
    expect(scenario.state('prod')).toEqual(prodBefore)
    expect(run.approvals).toEqual([])
  })
})
