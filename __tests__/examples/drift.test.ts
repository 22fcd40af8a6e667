/**
 * examples/workflows/drift.yml end to end on the fixture monorepo: a scheduled run lists every root
 * module with discover (all: true), finds the environment someone changed outside the pipeline and
 * opens one issue for it (none for the others); once the infrastructure matches the code again, the
 * next scheduled run closes that issue.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { expectJobResult, type WorkflowRun } from '../workflows/runner/index.js'
import { startScenario, YESTERDAY, type Scenario } from './scenario.js'

let scenario: Scenario
let drifted: WorkflowRun
let converged: WorkflowRun
/** The issues as the drifted run left them (the converged run changes them afterwards). */
let afterDrift: ReturnType<typeof driftIssues>
const SCHEDULE = { name: 'schedule', cron: '17 6 * * 1' } as const

const driftIssues = () =>
  [...scenario.github.repo('acme', 'infra').issues.values()].filter(issue => !issue.isPull)

beforeAll(async () => {
  scenario = await startScenario()
  // Someone adds a replica to staging from a laptop: staging no longer matches the code.
  scenario.applyOutside('staging', { ...YESTERDAY, replicas: [...YESTERDAY.replicas, 'hotfix'] })
  drifted = await scenario.run({ workflow: '.github/workflows/drift.yml', event: SCHEDULE })
  afterDrift = structuredClone(driftIssues())
  // The hotfix replica is removed again: staging matches the code.
  scenario.applyOutside('staging', YESTERDAY)
  converged = await scenario.run({ workflow: '.github/workflows/drift.yml', event: SCHEDULE })
}, 300_000)

afterAll(async () => {
  await scenario?.stop()
})

describe('drift.yml on schedule', () => {
  it('lists every root module with all: true and checks each, staying green (fail_on_drift is off)', () => {
    for (const run of [drifted, converged]) {
      expect(run.jobs.map(job => `${job.key}:${job.result}`)).toEqual([
        'discover:success',
        'drift environments/dev:success',
        'drift environments/prod:success',
        'drift environments/staging:success'
      ])
      const found = run.job('discover').steps.find(step => step.id === 'discover')!.outputs
      expect(found.count).toBe('3')
      expect(found.changed_files).toBe('[]')
    }
  })

  it('opens one issue, for the drifted environment, naming the resources', () => {
    const staging = expectJobResult(drifted, 'drift environments/staging', 'success')
    const step = staging.steps.find(candidate => candidate.id === 'drift')!
    expect(step.outputs).toMatchObject({ drift_detected: 'true', drifted_resources: '2' })
    const issues = afterDrift
    expect(issues).toHaveLength(1)
    expect(issues[0]).toMatchObject({ state: 'open', labels: ['drift'] })
    expect(issues[0].title).toContain('staging')
    // The extra replica, and the DNS records that list it.
    expect(issues[0].title).toContain('environments/staging')
    expect(issues[0].body).toContain('module.app.terraform_data.app["hotfix"]')
    expect(issues[0].body).toContain('module.app.terraform_data.dns')
    expect(step.outputs.drift_issue_number).toBe(String(issues[0].number))
    expect(staging.steps.at(-1)!.log).toEqual([
      `environments/staging (staging): drift=true resources=2 issue=${issues[0].number}`
    ])
    for (const environment of ['dev', 'prod']) {
      const outputs = drifted
        .job(`drift environments/${environment}`)
        .steps.find(s => s.id === 'drift')!.outputs
      expect(outputs.drift_detected).toBe('false')
    }
  })

  it('closes the issue once staging matches the code again', () => {
    const step = converged
      .job('drift environments/staging')
      .steps.find(candidate => candidate.id === 'drift')!
    expect(step.outputs.drift_detected).toBe('false')
    const issues = driftIssues()
    expect(issues.map(issue => issue.number)).toEqual(afterDrift.map(issue => issue.number))
    expect(issues[0].state).toBe('closed')
    expect(scenario.github.repo('acme', 'infra').commentsOf(issues[0].number).length).toBeGreaterThan(0)
    expect(scenario.github.violations).toEqual([])
  })
})
