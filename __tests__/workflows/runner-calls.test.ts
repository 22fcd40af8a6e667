/**
 * The local runner's reusable workflows (`jobs.<id>.uses: ./.github/workflows/x.yml`): typed inputs,
 * secrets, outputs through `jobs.<id>.outputs`, a matrix of calls, environments inside the called
 * workflow, and the checks GitHub makes on a call. Plus the event triggers and their filters.
 */
import { afterAll, describe, expect, it } from '@jest/globals'
import { FixtureRepository, NotTriggeredError, runWorkflow, type WorkflowRun } from './runner/index.js'

const repos: FixtureRepository[] = []
const runs: WorkflowRun[] = []
afterAll(() => {
  for (const run of runs) run.cleanup()
  for (const repo of repos) repo.remove()
})

const CALLED = `
name: deploy one environment
on:
  workflow_call:
    inputs:
      environment: { type: string, required: true }
      force: { type: boolean, default: false }
      retries: { type: number, default: 2 }
    secrets:
      DEPLOY_KEY: { required: true }
    outputs:
      applied:
        value: \${{ jobs.apply.outputs.applied }}
      plan-result:
        value: \${{ jobs.plan.result }}
env:
  FROM_CALLED: called-workflow-env
jobs:
  plan:
    runs-on: ubuntu-latest
    steps:
      - env:
          ENVIRONMENT: \${{ inputs.environment }}
          FORCE: \${{ inputs.force && 'forced' || 'normal' }}
          RETRIES: \${{ inputs.retries }}
          CALLER_ENV: \${{ env.FROM_CALLER }}
          OWN_ENV: \${{ env.FROM_CALLED }}
        run: echo "$ENVIRONMENT $FORCE $RETRIES caller=[$CALLER_ENV] own=$OWN_ENV"
  apply:
    needs: plan
    runs-on: ubuntu-latest
    environment: \${{ inputs.environment }}
    outputs:
      applied: \${{ steps.apply.outputs.applied }}
    steps:
      - id: apply
        env:
          KEY: \${{ secrets.DEPLOY_KEY }}
          ENVIRONMENT: \${{ inputs.environment }}
        run: |
          echo "key $KEY"
          echo "applied=$ENVIRONMENT" >> "$GITHUB_OUTPUT"
`

async function dispatch(caller: string, extra: Partial<Parameters<typeof runWorkflow>[0]> = {}) {
  const repo = FixtureRepository.create({
    '.github/workflows/caller.yml': caller,
    '.github/workflows/deploy-one.yml': CALLED
  })
  repos.push(repo)
  const run = await runWorkflow({
    repository: repo,
    workflow: '.github/workflows/caller.yml',
    event: {
      name: 'workflow_dispatch',
      inputs: caller.includes('force: { type: boolean') ? { force: true } : {}
    },
    secrets: { DEPLOY_KEY: 'k-123456' },
    ...extra
  })
  runs.push(run)
  return run
}

describe('reusable workflows', () => {
  it('runs a matrix of calls with typed inputs, inherited secrets, outputs and environments', async () => {
    const approvals: string[] = []
    const run = await dispatch(
      `
on:
  workflow_dispatch:
    inputs:
      force: { type: boolean, default: false }
env:
  FROM_CALLER: caller-workflow-env
jobs:
  deploy:
    strategy:
      matrix:
        environment: [dev, prod]
    uses: ./.github/workflows/deploy-one.yml
    with:
      environment: \${{ matrix.environment }}
      force: \${{ inputs.force }}
    secrets: inherit
  report:
    needs: deploy
    runs-on: ubuntu-latest
    steps:
      - env:
          APPLIED: \${{ needs.deploy.outputs.applied }}
          PLAN: \${{ needs.deploy.outputs.plan-result }}
        run: echo "last applied $APPLIED, plan $PLAN"
`,
      { approve: request => (approvals.push(`${request.job}:${request.environment}`), true) }
    )
    expect(run.jobs.map(job => `${job.key}:${job.result}`)).toEqual([
      'deploy (dev) / plan:success',
      'deploy (dev) / apply:success',
      'deploy (prod) / plan:success',
      'deploy (prod) / apply:success',
      'report:success'
    ])
    // Called workflows do not see the caller's workflow env; they have their own.
    expect(run.job('deploy (prod) / plan').steps[0].log).toEqual([
      'prod forced 2 caller=[] own=called-workflow-env'
    ])
    expect(run.job('deploy (dev) / apply').steps[0].log[0]).toBe('key ***')
    expect(approvals).toEqual(['deploy (dev) / apply:dev', 'deploy (prod) / apply:prod'])
    expect(run.results.deploy).toEqual({
      result: 'success',
      outputs: { applied: 'prod', 'plan-result': 'success' }
    })
    expect(run.job('report').steps[0].log).toEqual(['last applied prod, plan success'])
  })

  it('fails the call when a typed input gets the wrong type; refuses one without a required secret', async () => {
    const stringForBoolean = await dispatch(`
on: workflow_dispatch
jobs:
  deploy:
    uses: ./.github/workflows/deploy-one.yml
    with:
      environment: dev
      force: \${{ 'yes' }}
    secrets: inherit
`)
    expect(stringForBoolean.job('deploy').error).toMatch(/input 'force' .* expects a boolean, got "yes"/)
    expect(stringForBoolean.conclusion).toBe('failure')

    // GitHub's parser already refuses a call without a required secret.
    await expect(
      dispatch(`
on: workflow_dispatch
jobs:
  deploy:
    uses: ./.github/workflows/deploy-one.yml
    with:
      environment: dev
`)
    ).rejects.toThrow(/Secret DEPLOY_KEY is required, but not provided/)
  })

  it('refuses a call GitHub’s parser rejects (an input the called workflow does not define)', async () => {
    await expect(
      dispatch(`
on: workflow_dispatch
jobs:
  deploy:
    uses: ./.github/workflows/deploy-one.yml
    with:
      environment: dev
      region: eu
    secrets: inherit
`)
    ).rejects.toThrow(/region/)
  })
})

describe('triggers', () => {
  const PR_WORKFLOW = `
on:
  pull_request:
    branches: [main]
    paths: ['infra/**', '!infra/**/*.md']
jobs:
  show:
    runs-on: ubuntu-latest
    steps:
      - env:
          BASE: \${{ github.base_ref }}
          HEAD: \${{ github.head_ref }}
          NUMBER: \${{ github.event.pull_request.number }}
          SHA: \${{ github.sha }}
        run: echo "$NUMBER $BASE<-$HEAD $SHA $GITHUB_REF"
`

  it('starts a pull_request run on the merge commit when a changed file passes the paths filter', async () => {
    const repo = FixtureRepository.create({
      '.github/workflows/pr.yml': PR_WORKFLOW,
      'infra/main.tf': '# v1\n'
    })
    repos.push(repo)
    repo.commit('change-infra', { 'infra/main.tf': '# v2\n' }, 'Change infra')
    const pull = repo.pullRequest(7, 'change-infra')
    const run = await runWorkflow({
      repository: repo,
      workflow: '.github/workflows/pr.yml',
      event: { name: 'pull_request', pull }
    })
    runs.push(run)
    expect(run.job('show').steps[0].log).toEqual([`7 main<-change-infra ${pull.mergeSha} refs/pull/7/merge`])

    repo.commit('docs-only', { 'infra/README.md': 'docs\n' }, 'Docs')
    const docs = repo.pullRequest(8, 'docs-only')
    await expect(
      runWorkflow({
        repository: repo,
        workflow: '.github/workflows/pr.yml',
        event: { name: 'pull_request', pull: docs }
      })
    ).rejects.toThrow(NotTriggeredError)
    await expect(
      runWorkflow({
        repository: repo,
        workflow: '.github/workflows/pr.yml',
        event: { name: 'schedule', cron: '0 6 * * 1' }
      })
    ).rejects.toThrow(/not triggered by 'schedule'/)
  })
})
