/**
 * The local runner's JavaScript actions: infra-guard itself through `uses: ./` (INPUT_* variables,
 * real GITHUB_OUTPUT and summary files, the loopback GitHub and results services), and the stand-ins
 * for actions/checkout, hashicorp/setup-terraform, actions/setup-node and the artifact actions.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { startFakeGitHub, type FakeGitHub } from '../helpers/fake-github.js'
import { startArtifactStack, type ArtifactStack } from '../helpers/fake-results-service.js'
import {
  expectJobResult,
  FixtureRepository,
  runWorkflow,
  type RunOptions,
  type WorkflowRun
} from './runner/index.js'

const MODULE = `
resource "terraform_data" "app" {
  input = "v1"
}
`

let github: FakeGitHub
let stack: ArtifactStack
let repo: FixtureRepository
const runs: WorkflowRun[] = []

beforeAll(async () => {
  ;[github, stack] = await Promise.all([startFakeGitHub(), startArtifactStack()])
  repo = FixtureRepository.create({
    'infra/main.tf': MODULE,
    'README.md': 'one\n',
    '.github/policy.yml': 'version: 1\n'
  })
  repo.commit('main', { 'README.md': 'two\n' }, 'Second commit')
  repo.commit('main', { 'README.md': 'three\n' }, 'Third commit')
}, 60_000)

afterAll(async () => {
  for (const run of runs) run.cleanup()
  repo?.remove()
  await Promise.all([github?.stop(), stack?.stop()])
})

/** Commits `workflow` as .github/workflows/<name>.yml on a branch and runs it on workflow_dispatch there. */
async function dispatch(
  name: string,
  workflow: string,
  extra: Partial<RunOptions> = {}
): Promise<WorkflowRun> {
  repo.commit(name, { [`.github/workflows/${name}.yml`]: workflow }, `Add ${name}`)
  const run = await runWorkflow({
    repository: repo,
    workflow: `.github/workflows/${name}.yml`,
    event: { name: 'workflow_dispatch', ref: name },
    githubApiUrl: github.url,
    artifacts: stack,
    ...extra
  })
  runs.push(run)
  return run
}

const logOf = (run: WorkflowRun, job: string, step: number) => run.job(job).steps[step].log.join('\n')

describe('actions/checkout stand-in', () => {
  it('clones one commit by default, the whole history with fetch-depth 0, and into path', async () => {
    const run = await dispatch(
      'checkout',
      `
on: workflow_dispatch
jobs:
  shallow:
    runs-on: ubuntu-latest
    steps:
      - id: co
        uses: actions/checkout@v6
      - run: echo "commits=$(git rev-list --count HEAD) readme=$(cat README.md) branch=$(git rev-parse --abbrev-ref HEAD)"
  full:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v5
        with:
          fetch-depth: 0
          path: src
      - working-directory: src
        run: echo "commits=$(git rev-list --count HEAD) remote-main=$(git rev-parse --verify -q origin/main >/dev/null && echo yes)"
`
    )
    expect(run.job('shallow').steps[0].outputs.commit).toBe(repo.sha('checkout'))
    expect(logOf(run, 'shallow', 1)).toBe('commits=1 readme=three branch=checkout')
    expect(logOf(run, 'full', 1)).toBe('commits=4 remote-main=yes')
  })

  it('refuses inputs it does not play and other repositories', async () => {
    const run = await dispatch(
      'checkout-refusals',
      `
on: workflow_dispatch
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v6
        with:
          sparse-checkout: infra
  b:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v6
        with:
          repository: acme/other
`
    )
    expect(run.job('a').steps[0].error).toMatch(
      /unexpected input\(s\) 'sparse-checkout' for actions\/checkout@v6/
    )
    expect(
      run
        .job('b')
        .annotations.map(a => a.message)
        .join('\n')
    ).toMatch(/only check out the run's own repository/)
  })
})

describe('hashicorp/setup-terraform stand-in', () => {
  it('installs the wrapper layout: [command] line, stdout/exitcode outputs, TERRAFORM_CLI_PATH/terraform-bin', async () => {
    const run = await dispatch(
      'terraform',
      `
on: workflow_dispatch
jobs:
  wrapped:
    runs-on: ubuntu-latest
    steps:
      - uses: hashicorp/setup-terraform@v4
      - id: version
        run: terraform version
      - env:
          OUT: \${{ steps.version.outputs.stdout }}
          CODE: \${{ steps.version.outputs.exitcode }}
        run: |
          echo "code=$CODE first=$(echo "$OUT" | head -1 | cut -d' ' -f1)"
          test -x "$TERRAFORM_CLI_PATH/terraform-bin" && echo "real binary behind the wrapper"
  plain:
    runs-on: ubuntu-latest
    steps:
      - uses: hashicorp/setup-terraform@v4
        with:
          terraform_wrapper: false
          terraform_version: '>=1.5.0'
      - run: terraform version | head -1 | cut -d' ' -f1; echo "cli-path=[$TERRAFORM_CLI_PATH]"
  too-old:
    runs-on: ubuntu-latest
    steps:
      - uses: hashicorp/setup-terraform@v4
        with:
          terraform_version: 0.12.31
`
    )
    expect(logOf(run, 'wrapped', 1)).toMatch(/^\[command\].*terraform-bin version\nTerraform v/)
    expect(logOf(run, 'wrapped', 2)).toBe('code=0 first=Terraform\nreal binary behind the wrapper')
    expect(logOf(run, 'plain', 1)).toBe('Terraform\ncli-path=[]')
    expect(
      run
        .job('too-old')
        .annotations.map(a => a.message)
        .join('\n')
    ).toMatch(/terraform_version '0\.12\.31' asked, but this machine has terraform 1\./)
  })
})

describe('artifact stand-ins through the results service', () => {
  it('uploads in one job and downloads in another, by name and by pattern', async () => {
    const run = await dispatch(
      'artifacts',
      `
on: workflow_dispatch
jobs:
  make:
    runs-on: ubuntu-latest
    strategy:
      matrix:
        environment: [dev, prod]
    steps:
      - env:
          ENVIRONMENT: \${{ matrix.environment }}
        run: mkdir -p out && echo "verdict for $ENVIRONMENT" > "out/$ENVIRONMENT.txt"
      - id: up
        uses: actions/upload-artifact@v7
        with:
          name: verdict-\${{ matrix.environment }}
          path: out/
  read:
    needs: make
    runs-on: ubuntu-latest
    steps:
      - uses: actions/download-artifact@v8
        with:
          name: verdict-dev
          path: one
      - uses: actions/download-artifact@v8
        with:
          pattern: verdict-*
          path: all
          merge-multiple: true
      - run: cat one/dev.txt all/dev.txt all/prod.txt; ls one
`
    )
    expect(run.job('make (dev)').steps[1].outputs['artifact-id']).toMatch(/^\d+$/)
    expect(logOf(run, 'read', 2)).toBe('verdict for dev\nverdict for dev\nverdict for prod\ndev.txt')
    expect(stack.artifacts.list().map(a => a.name)).toEqual(
      expect.arrayContaining(['verdict-dev', 'verdict-prod'])
    )
  })
})

describe('uses: ./ (infra-guard through its bundle)', () => {
  it('runs plan mode behind the setup-terraform wrapper, with outputs, summary and a PR comment', async () => {
    repo.commit('pr-change', { 'infra/main.tf': MODULE.replace('v1', 'v2') }, 'Change input')
    const workflow = `
on: pull_request
jobs:
  plan:
    runs-on: ubuntu-latest
    permissions: { contents: read, pull-requests: write }
    outputs:
      risk: \${{ steps.plan.outputs.risk }}
    steps:
      - uses: actions/checkout@v6
      - uses: hashicorp/setup-terraform@v4
      - id: plan
        uses: ./
        with:
          mode: plan
          working_directory: infra
          environment: dev
`
    repo.commit(
      'pr-change',
      { '.github/workflows/pr.yml': workflow, '.github/infra-guard.yml': 'version: 1\n' },
      'Add workflow and policy'
    )
    const pull = repo.pullRequest(11, 'pr-change')
    github.repo('acme', 'infra').addPullRequest({ number: 11, headSha: pull.headSha, headRef: 'pr-change' })
    const run = await runWorkflow({
      repository: repo,
      workflow: '.github/workflows/pr.yml',
      event: { name: 'pull_request', pull },
      githubApiUrl: github.url,
      artifacts: stack
    })
    runs.push(run)
    const plan = expectJobResult(run, 'plan', 'success').steps[2]
    expect(plan.outputs).toMatchObject({ resources_to_add: '1', risk: 'low', has_changes: 'true' })
    expect(run.job('plan').outputs).toEqual({ risk: 'low' })
    expect(run.job('plan').summary).toContain('terraform_data.app')
    const comments = github.repo('acme', 'infra').commentsOf(11)
    expect(comments).toHaveLength(1)
    expect(comments[0].body).toContain('terraform_data.app')
    expect(github.violations).toEqual([])
    expect(stack.artifacts.list().map(a => a.name)).toContain('infra-guard-plan')
  })

  // The runner sets INPUT_<NAME> for every input with a default, so a default in action.yml reads as
  // a value the user gave: `config` and `artifact_name` have empty defaults (the code applies
  // .github/infra-guard.yml and infra-guard-plan), and a repository without a policy file gets the
  // built-in defaults.
  it('uses the built-in policy when the repository has no policy file', async () => {
    const run = await dispatch(
      'no-policy',
      `
on: workflow_dispatch
jobs:
  plan:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v6
      - uses: hashicorp/setup-terraform@v4
        with:
          terraform_wrapper: false
      - uses: ./
        with:
          mode: plan
          working_directory: infra
          environment: dev
          comment: 'off'
          artifact_name: no-policy-plan
`
    )
    expectJobResult(run, 'plan', 'success')
    expect(logOf(run, 'plan', 2)).toContain('built-in defaults')
  })

  // GitHub's runner starts actions in GITHUB_WORKSPACE; GitHub's local-action tool does not. Relative
  // inputs (working_directory, config, plan_file, plan_json) resolve against GITHUB_WORKSPACE either way.
  it('resolves relative paths against GITHUB_WORKSPACE when started elsewhere', async () => {
    const run = await dispatch(
      'outside-workspace',
      `
on: workflow_dispatch
jobs:
  plan:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v6
      - uses: hashicorp/setup-terraform@v4
        with:
          terraform_wrapper: false
      - id: plan
        uses: ./
        with:
          mode: plan
          working_directory: infra
          environment: dev
          config: .github/policy.yml
          comment: 'off'
          artifact_name: outside-plan
`,
      { startActionsOutsideWorkspace: true }
    )
    expectJobResult(run, 'plan', 'success')
    expect(logOf(run, 'plan', 2)).toMatch(/^Policy file: \S*\.github\/policy\.yml$/m)
    expect(run.job('plan').steps[2].outputs.resources_to_add).toBe('1')
  })

  it('fails the step on an input action.yml does not declare, naming it', async () => {
    const run = await dispatch(
      'bad-input',
      `
on: workflow_dispatch
jobs:
  gate:
    runs-on: ubuntu-latest
    steps:
      - name: Gate
        uses: ./
        with:
          mode: safety-gate
          force_recreation: true
`
    )
    expect(run.job('gate').steps[0].error).toMatch(
      /step 'Gate' \(1\) of job 'gate': unexpected input\(s\) 'force_recreation' for \.\/; valid inputs are mode, /
    )
  })
})
