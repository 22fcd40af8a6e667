/**
 * examples/workflows/deploy.yml (calling deploy-module.yml) end to end on the fixture monorepo's
 * environments/prod, after the
 * destructive change reached main: dispatched to prod without force_recreate the gate denies, apply
 * is skipped and the job is red with the addresses named; with force_recreate the verified binary
 * plan is applied and post-deploy finds the service healthy. Reviewers are asked only once the plan
 * job has finished.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { expectJobResult, type ApprovalRequest, type WorkflowRun } from '../workflows/runner/index.js'
import { annotationsOf, DESTRUCTIVE, startScenario, type Scenario } from './scenario.js'

let scenario: Scenario
let denied: WorkflowRun
let forced: WorkflowRun
const approvals: ApprovalRequest[] = []
let prodBefore: Record<string, string>
let prodAfterDenied: Record<string, string>

const dispatchProd = (forceRecreate: boolean) =>
  scenario.run({
    workflow: '.github/workflows/deploy.yml',
    event: { name: 'workflow_dispatch', inputs: { environment: 'prod', force_recreate: forceRecreate } },
    approve: request => {
      approvals.push(request)
      return true
    }
  })

beforeAll(async () => {
  scenario = await startScenario()
  scenario.repo.commit(
    'main',
    { 'environments/prod/terraform.tfvars': scenario.varFile(DESTRUCTIVE) },
    'Merge #42: drop the canary, bump the schema'
  )
  prodBefore = scenario.state('prod')
  denied = await dispatchProd(false)
  prodAfterDenied = scenario.state('prod')
  forced = await dispatchProd(true)
}, 300_000)

afterAll(async () => {
  await scenario?.stop()
})

describe('deploy.yml to prod without force_recreate', () => {
  it('plans without approval, then asks prod’s reviewers once the plan and its report exist', () => {
    const plan = expectJobResult(denied, 'deploy / plan', 'success')
    expect(plan.environment).toBeUndefined()
    expect(plan.summary).toContain('module.app.terraform_data.app["canary"]')
    expect(approvals[0]).toEqual({
      job: 'deploy / deploy',
      environment: 'prod',
      finishedJobs: ['deploy / plan']
    })
    expect(denied.job('deploy / deploy').concurrency).toBe('infra-guard-deploy-prod')
  })

  it('denies at the gate, skips apply, and is red with the addresses named', () => {
    const deploy = expectJobResult(denied, 'deploy / deploy', 'failure')
    const byId = Object.fromEntries(deploy.steps.map(step => [step.id, step]))
    expect(byId.gate.outcome).toBe('failure')
    expect(byId.gate.outputs.allowed).toBe('false')
    expect(byId.apply.conclusion).toBe('skipped')
    expect(byId.checks.conclusion).toBe('skipped')
    const messages = annotationsOf(denied, 'deploy / deploy')
    expect(messages).toMatch(
      /error: Production deployment with resource destruction requires force_recreate=true/
    )
    expect(messages).toContain('module.app.terraform_data.app["canary"]')
    expect(messages).toContain('module.app.terraform_data.orders_db')
    expect(denied.conclusion).toBe('failure')
    expect(denied.results.deploy.result).toBe('failure')
  })

  it('leaves prod as it was', () => {
    expect(Object.keys(prodBefore)).toContain('module.app.terraform_data.app["canary"]')
    expect(prodAfterDenied).toEqual(prodBefore)
  })
})

describe('deploy.yml to prod with force_recreate', () => {
  it('passes the gate on the verified artifact', () => {
    const deploy = forced.job('deploy / deploy')
    const gate = deploy.steps.find(step => step.id === 'gate')!
    expect([gate.conclusion, gate.outputs.allowed]).toEqual(['success', 'true'])
    expect(gate.log.join('\n')).toMatch(/Plan artifact 'infra-guard-plan-prod' verified/)
  })

  it('applies exactly the verified binary plan and post-deploy finds the service healthy', () => {
    const deploy = expectJobResult(forced, 'deploy / deploy', 'success')
    const apply = deploy.steps.find(step => step.id === 'apply')!
    expect(apply.log.join('\n')).toMatch(/Apply complete! Resources: 1 added, 1 changed, 2 destroyed/)
    const checks = deploy.steps.find(step => step.id === 'checks')!
    expect(checks.outputs.healthy).toBe('true')
    expect(scenario.health.requests).toBeGreaterThan(0)
    const prodAfter = scenario.state('prod')
    expect(Object.keys(prodAfter)).not.toContain('module.app.terraform_data.app["canary"]')
    expect(prodAfter['module.app.terraform_data.orders_db']).not.toBe(
      prodBefore['module.app.terraform_data.orders_db']
    )
    expect(forced.results.deploy.outputs).toEqual({ applied: 'true', healthy: 'true' })
    expect(forced.conclusion).toBe('success')
  })
})
