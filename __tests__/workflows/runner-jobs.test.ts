/**
 * The local runner on small inline workflows: needs order, job if: with success()/failure()/always(),
 * needs.<job>.result and outputs, matrix expansion (including fromJSON of a job output) and fail-fast,
 * step outcome/conclusion with continue-on-error, environments and approvals.
 */
import { afterAll, describe, expect, it } from '@jest/globals'
import { FixtureRepository, runWorkflow, type WorkflowRun } from './runner/index.js'

const repos: FixtureRepository[] = []
const runs: WorkflowRun[] = []
afterAll(() => {
  for (const run of runs) run.cleanup()
  for (const repo of repos) repo.remove()
})

/** Runs one inline workflow on workflow_dispatch (inputs optional). */
async function dispatch(
  workflow: string,
  inputs: Record<string, string | boolean> = {},
  extra: Partial<Parameters<typeof runWorkflow>[0]> = {}
): Promise<WorkflowRun> {
  const repo = FixtureRepository.create({ '.github/workflows/test.yml': workflow, 'README.md': 'fixture\n' })
  repos.push(repo)
  const run = await runWorkflow({
    repository: repo,
    workflow: '.github/workflows/test.yml',
    event: { name: 'workflow_dispatch', inputs },
    ...extra
  })
  runs.push(run)
  return run
}

const keys = (run: WorkflowRun) => run.jobs.map(job => `${job.key}:${job.result}`)

describe('jobs in needs order with their if: conditions', () => {
  it('runs jobs after their needs, skips dependents of a failure, and runs failure()/always() jobs', async () => {
    const run = await dispatch(`
on: workflow_dispatch
jobs:
  report:
    needs: [build, test]
    if: always()
    runs-on: ubuntu-latest
    steps:
      - env:
          BUILD: \${{ needs.build.result }}
          TEST: \${{ needs.test.result }}
        run: echo "build=$BUILD test=$TEST"
  test:
    needs: build
    runs-on: ubuntu-latest
    steps:
      - run: exit 3
  build:
    runs-on: ubuntu-latest
    steps:
      - run: echo built
  deploy:
    needs: test
    runs-on: ubuntu-latest
    steps:
      - run: echo never
  alert:
    needs: deploy
    if: failure()
    runs-on: ubuntu-latest
    steps:
      - run: echo "an ancestor failed"
`)
    expect(keys(run)).toEqual([
      'build:success',
      'test:failure',
      'report:success',
      'deploy:skipped',
      'alert:success'
    ])
    expect(run.job('report').steps[0].log).toContain('build=success test=failure')
    expect(run.job('test').annotations.map(a => a.message)).toContain('Process completed with exit code 3.')
    expect(run.conclusion).toBe('failure')
    expect(run.results.deploy.result).toBe('skipped')
  })

  it('passes job outputs through needs.<job>.outputs and evaluates job if: against them', async () => {
    const run = await dispatch(`
on: workflow_dispatch
jobs:
  decide:
    runs-on: ubuntu-latest
    outputs:
      go: \${{ steps.pick.outputs.go }}
      note: ready-\${{ steps.pick.outputs.go }}
    steps:
      - id: pick
        run: |
          echo "go=yes" >> "$GITHUB_OUTPUT"
          {
            echo 'story<<EOF'
            echo 'two'
            echo 'lines'
            echo 'EOF'
          } >> "$GITHUB_OUTPUT"
  act:
    needs: decide
    if: needs.decide.outputs.go == 'yes'
    runs-on: ubuntu-latest
    steps:
      - env:
          NOTE: \${{ needs.decide.outputs.note }}
        run: echo "note is $NOTE"
  other:
    needs: decide
    if: needs.decide.outputs.go == 'no'
    runs-on: ubuntu-latest
    steps:
      - run: echo never
`)
    expect(run.job('decide').outputs).toEqual({ go: 'yes', note: 'ready-yes' })
    expect(run.job('decide').steps[0].outputs).toEqual({ go: 'yes', story: 'two\nlines' })
    expect(run.job('act').steps[0].log).toContain('note is ready-yes')
    expect(run.job('other').result).toBe('skipped')
    expect(run.conclusion).toBe('success')
  })

  it('refuses a cycle in needs through GitHub’s parser, naming the file', async () => {
    await expect(
      dispatch(`
on: workflow_dispatch
jobs:
  root:
    runs-on: ubuntu-latest
    steps: [{ run: 'true' }]
  a:
    needs: b
    runs-on: ubuntu-latest
    steps: [{ run: 'true' }]
  b:
    needs: a
    runs-on: ubuntu-latest
    steps: [{ run: 'true' }]
`)
    ).rejects.toThrow(/workflow parser rejects \.github\/workflows\/test\.yml[\s\S]*cycle/i)
  })
})

describe('matrix', () => {
  it('expands vectors, exclude and include, and names legs by their values', async () => {
    const run = await dispatch(`
on: workflow_dispatch
jobs:
  plan:
    runs-on: ubuntu-latest
    strategy:
      matrix:
        environment: [dev, prod]
        region: [eu, us]
        exclude:
          - { environment: dev, region: us }
        include:
          - { environment: prod, tier: gold }
          - { environment: qa, region: eu }
    steps:
      - env:
          LINE: \${{ matrix.environment }}/\${{ matrix.region }}/\${{ matrix.tier }}/\${{ strategy.job-index }}-of-\${{ strategy.job-total }}
        run: echo "$LINE"
`)
    expect(run.jobs.map(job => job.key)).toEqual([
      'plan (dev, eu)',
      'plan (prod, eu, gold)',
      'plan (prod, us, gold)',
      'plan (qa, eu)'
    ])
    expect(run.jobs.map(job => job.steps[0].log[0])).toEqual([
      'dev/eu//0-of-4',
      'prod/eu/gold/1-of-4',
      'prod/us/gold/2-of-4',
      'qa/eu//3-of-4'
    ])
  })

  it('takes the matrix from fromJSON(needs.<job>.outputs.<name>) and cancels the rest on fail-fast', async () => {
    const workflow = (failFast: boolean) => `
on: workflow_dispatch
jobs:
  discover:
    runs-on: ubuntu-latest
    outputs:
      modules: \${{ steps.list.outputs.modules }}
    steps:
      - id: list
        run: echo 'modules=[{"dir":"a"},{"dir":"b"},{"dir":"c"}]' >> "$GITHUB_OUTPUT"
  plan:
    needs: discover
    runs-on: ubuntu-latest
    strategy:
      fail-fast: ${failFast}
      matrix:
        include: \${{ fromJSON(needs.discover.outputs.modules) }}
    steps:
      - env:
          DIR: \${{ matrix.dir }}
        run: |
          echo "planning $DIR"
          test "$DIR" != a
  summary:
    needs: plan
    if: always()
    runs-on: ubuntu-latest
    steps:
      - env:
          RESULT: \${{ needs.plan.result }}
        run: echo "plan=$RESULT"
`
    const fast = await dispatch(workflow(true))
    expect(keys(fast)).toEqual([
      'discover:success',
      'plan (a):failure',
      'plan (b):cancelled',
      'plan (c):cancelled',
      'summary:success'
    ])
    expect(fast.job('summary').steps[0].log).toEqual(['plan=failure'])
    const all = await dispatch(workflow(false))
    expect(keys(all)).toEqual([
      'discover:success',
      'plan (a):failure',
      'plan (b):success',
      'plan (c):success',
      'summary:success'
    ])
  })

  it('fails the job when the matrix expands to nothing', async () => {
    const run = await dispatch(`
on: workflow_dispatch
jobs:
  plan:
    runs-on: ubuntu-latest
    strategy:
      matrix:
        include: \${{ fromJSON('[]') }}
    steps: [{ run: 'true' }]
`)
    expect(run.job('plan').result).toBe('failure')
    expect(run.job('plan').error).toMatch(/expands to no jobs/)
  })
})

describe('steps', () => {
  it('tracks outcome and conclusion with continue-on-error, and if: on step status', async () => {
    const run = await dispatch(`
on: workflow_dispatch
jobs:
  work:
    runs-on: ubuntu-latest
    steps:
      - id: flaky
        continue-on-error: true
        run: exit 1
      - id: after
        env:
          OUTCOME: \${{ steps.flaky.outcome }}
          CONCLUSION: \${{ steps.flaky.conclusion }}
        run: echo "$OUTCOME/$CONCLUSION"
      - id: broken
        run: exit 2
      - id: skipped
        run: echo never
      - id: cleanup
        if: failure() && steps.broken.outcome == 'failure'
        run: echo cleaning
      - if: always()
        env:
          SKIPPED: \${{ steps.skipped.conclusion }}
        run: echo "skipped=$SKIPPED"
`)
    const job = run.job('work')
    expect(job.steps.map(step => `${step.id}:${step.outcome}/${step.conclusion}`)).toEqual([
      'flaky:failure/success',
      'after:success/success',
      'broken:failure/failure',
      'skipped:skipped/skipped',
      'cleanup:success/success',
      '__run:success/success'
    ])
    expect(job.steps[1].log).toEqual(['failure/success'])
    expect(job.steps[5].log).toEqual(['skipped=skipped'])
    expect(job.result).toBe('failure')
  })

  it('layers workflow, job, GITHUB_ENV and step env, with defaults.run.working-directory', async () => {
    const run = await dispatch(`
on: workflow_dispatch
env:
  LAYER: workflow
  WORKFLOW_ONLY: w
defaults:
  run:
    working-directory: sub
jobs:
  env:
    runs-on: ubuntu-latest
    env:
      LAYER: job
    steps:
      - working-directory: .
        run: |
          mkdir -p sub/deeper
          echo "EXPORTED=from-file" >> "$GITHUB_ENV"
          echo "LAYER=exported" >> "$GITHUB_ENV"
          mkdir -p tools && printf '#!/bin/sh\\necho tool-ran\\n' > tools/mytool && chmod +x tools/mytool
          echo "$PWD/tools" >> "$GITHUB_PATH"
      - run: echo "$LAYER $WORKFLOW_ONLY $EXPORTED $(basename "$PWD") $(mytool)"
      - env:
          LAYER: step
        run: echo "$LAYER"
      - working-directory: sub/deeper
        env:
          SEEN: \${{ env.LAYER }}
        run: echo "$SEEN $(basename "$PWD")"
`)
    const logs = run.job('env').steps.map(step => step.log.join('|'))
    expect(logs.slice(1)).toEqual(['exported w from-file sub tool-ran', 'step', 'exported deeper'])
  })

  it('masks secrets and ::add-mask:: values, records annotations, and honours ::stop-commands::', async () => {
    const run = await dispatch(
      `
on: workflow_dispatch
jobs:
  log:
    runs-on: ubuntu-latest
    steps:
      - env:
          TOKEN: \${{ secrets.DEPLOY_TOKEN }}
        run: |
          echo "token is $TOKEN"
          echo "::add-mask::hunter2"
          echo "password hunter2"
          echo "::warning file=main.tf,line=3::check %0Athis"
          echo "::stop-commands::pause"
          echo "::error::not a command now"
          echo "::pause::"
          echo "  ::error title=Real::a command again"
`,
      {},
      { secrets: { DEPLOY_TOKEN: 's3cr3t-value' } }
    )
    const step = run.job('log').steps[0]
    expect(step.log).toContain('token is ***')
    expect(step.log).toContain('password ***')
    expect(step.annotations).toEqual([
      { level: 'warning', message: 'check \nthis', properties: { file: 'main.tf', line: '3' } },
      { level: 'error', message: 'a command again', properties: { title: 'Real' } }
    ])
  })

  it('fails a step that uses an action the runner does not provide, naming the step', async () => {
    const run = await dispatch(`
on: workflow_dispatch
jobs:
  lint:
    runs-on: ubuntu-latest
    steps:
      - name: Old checkout
        uses: actions/checkout@v4
      - name: Cache
        uses: actions/cache@v4
`)
    const [old, cache] = run.job('lint').steps
    expect(old.error).toMatch(
      /step 'Old checkout' \(1\).*actions\/checkout@v4' is not a version the stand-in plays.*node20/
    )
    expect(cache.conclusion).toBe('skipped')
  })
})

describe('environments and dispatch inputs', () => {
  it('asks for approval before the first step of a job on an environment, after its needs finished', async () => {
    const asked: string[] = []
    const workflow = `
on:
  workflow_dispatch:
    inputs:
      environment: { type: choice, options: [dev, prod], required: true }
      force: { type: boolean, default: false }
jobs:
  plan:
    runs-on: ubuntu-latest
    steps:
      - run: echo planned
  deploy:
    needs: plan
    runs-on: ubuntu-latest
    environment: \${{ inputs.environment }}
    concurrency:
      group: deploy-\${{ inputs.environment }}
    steps:
      - env:
          FORCE: \${{ inputs.force }}
          FORCE_TYPE: \${{ inputs.force && 'boolean-true' || 'falsy' }}
          RAW: \${{ github.event.inputs.force }}
        run: echo "$FORCE $FORCE_TYPE $RAW"
`
    const approved = await dispatch(
      workflow,
      { environment: 'prod', force: true },
      {
        approve: request => {
          asked.push(`${request.job}@${request.environment} after ${request.finishedJobs.join(',')}`)
          return true
        }
      }
    )
    expect(asked).toEqual(['deploy@prod after plan'])
    expect(approved.job('deploy')).toMatchObject({
      environment: 'prod',
      concurrency: 'deploy-prod',
      result: 'success'
    })
    expect(approved.job('deploy').steps[0].log).toEqual(['true boolean-true true'])
    const order = approved.timeline.map(event => `${event.kind}:${event.job}`)
    expect(order.indexOf('approval-requested:deploy')).toBeGreaterThan(order.indexOf('job-finished:plan'))
    expect(order.indexOf('approval-requested:deploy')).toBeLessThan(order.indexOf('step-finished:deploy'))

    const rejected = await dispatch(workflow, { environment: 'prod' }, { approve: () => false })
    expect(rejected.job('deploy').result).toBe('failure')
    expect(rejected.job('deploy').steps).toEqual([])
    expect(rejected.job('deploy').error).toMatch(/rejected/)

    await expect(dispatch(workflow, { environment: 'staging' })).rejects.toThrow(/must be one of dev, prod/)
  })
})
