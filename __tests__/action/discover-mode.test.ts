/**
 * The discover mode runner in this process, on real git repositories holding the fixture monorepo,
 * with real GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files: a shared-module change plans all three
 * environments, a dev change plans dev only, all: true lists all, a deleted root module is reported
 * apart, and a shallow checkout fails with the fix.
 */
import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { runDiscover, type DiscoverInputs, type DiscoverSettings } from '../../src/action/modes/discover.js'
import { parseShard } from '../../src/discovery/shard.js'
import { parseOutputFile } from '../helpers/run-action.js'
import { monorepoGit, shallowClone, type GitRepo } from './git-repo.js'

const temp = mkdtempSync(join(tmpdir(), 'discover-mode-'))
const outputFile = join(temp, 'output')
// @actions/core remembers the summary file's path after its first write, as in one step of a real job.
const summaryFile = join(temp, 'summary')
let stdout: string
const saved = { output: process.env.GITHUB_OUTPUT, summary: process.env.GITHUB_STEP_SUMMARY }

beforeEach(() => {
  writeFileSync(outputFile, '')
  writeFileSync(summaryFile, '')
  process.env.GITHUB_OUTPUT = outputFile
  process.env.GITHUB_STEP_SUMMARY = summaryFile
  stdout = ''
  jest.spyOn(process.stdout, 'write').mockImplementation(chunk => {
    stdout += String(chunk)
    return true
  })
})

afterEach(() => {
  jest.restoreAllMocks()
  process.env.GITHUB_OUTPUT = saved.output
  process.env.GITHUB_STEP_SUMMARY = saved.summary
})

function inputs(
  repo: GitRepo,
  discover: DiscoverSettings,
  eventName: string,
  extra: Partial<DiscoverInputs> = {}
): DiscoverInputs {
  return {
    workingDirectory: '.',
    environmentRequest: {},
    config: { path: join(repo.dir, '.github/infra-guard.yml'), explicit: false },
    context: {
      sha: repo.git('rev-parse', 'HEAD'),
      ref: 'refs/heads/main',
      eventName,
      runId: '1',
      runAttempt: '1',
      serverUrl: 'https://github.com',
      apiUrl: 'https://api.github.com',
      workspace: repo.dir,
      actor: 'someone',
      hasActionsRuntime: false,
      tempDir: tmpdir()
    },
    discover,
    ...extra
  }
}

const pullRequest = (base: string, head: string) => ({
  pull_request: { number: 9, base: { sha: base }, head: { sha: head } }
})

async function discover(
  repo: GitRepo,
  settings: DiscoverSettings,
  eventName = 'pull_request',
  extra: Partial<DiscoverInputs> = {}
) {
  await runDiscover(inputs(repo, settings, eventName, extra))
  const outputs = parseOutputFile(readFileSync(outputFile, 'utf8'))
  return {
    outputs,
    modules: JSON.parse(outputs.modules) as {
      working_directory: string
      environment: string
      slug: string
    }[],
    removed: JSON.parse(outputs.removed_modules) as {
      working_directory: string
      environment: string
      slug: string
    }[],
    changed: JSON.parse(outputs.changed_files) as string[],
    summary: readFileSync(summaryFile, 'utf8')
  }
}

/** A feature branch off main with `change` applied; returns base and head. */
function branch(repo: GitRepo, change: (repo: GitRepo) => void): { base: string; head: string } {
  const base = repo.git('rev-parse', 'main')
  repo.git('checkout', '-q', '-b', `feature-${Math.random().toString(36).slice(2)}`)
  change(repo)
  return { base, head: repo.commit('feature') }
}

describe('discover mode', () => {
  it('a change in the shared module plans all three environments', async () => {
    const repo = monorepoGit()
    const { base, head } = branch(repo, r =>
      r.write({ 'modules/network/main.tf': 'module "s" {\n  source = "./subnets"\n}\n' })
    )
    const run = await discover(repo, { all: false, event: pullRequest(base, head) })
    expect(run.modules).toEqual([
      { working_directory: 'environments/dev', environment: 'dev', slug: 'environments-dev' },
      { working_directory: 'environments/prod', environment: 'prod', slug: 'environments-prod' },
      { working_directory: 'environments/staging', environment: 'staging', slug: 'environments-staging' }
    ])
    expect(run.outputs.count).toBe('3')
    expect(run.changed).toEqual(['modules/network/main.tf'])
    expect(run.removed).toEqual([])
    expect(run.summary).toContain('| `environments/prod` | `prod` |')
  })

  it('a change in environments/dev plans dev only', async () => {
    const repo = monorepoGit()
    const { base, head } = branch(repo, r =>
      r.write({ 'environments/dev/terraform.tfvars': 'region = "us-east-1"\n' })
    )
    const run = await discover(repo, { all: false, event: pullRequest(base, head) })
    expect(run.modules).toEqual([
      { working_directory: 'environments/dev', environment: 'dev', slug: 'environments-dev' }
    ])
    expect(run.outputs.count).toBe('1')
  })

  it('all: true lists every root module without looking at git', async () => {
    const repo = monorepoGit()
    const run = await discover(repo, { all: true }, 'schedule')
    expect(run.modules.map(module => module.working_directory)).toEqual([
      'environments/dev',
      'environments/prod',
      'environments/staging'
    ])
    expect(run.changed).toEqual([])
  })

  it('a deleted root module is reported in removed_modules, with a warning, and not planned', async () => {
    const repo = monorepoGit()
    const { base, head } = branch(repo, r => r.remove('environments/staging'))
    const run = await discover(repo, { all: false, event: pullRequest(base, head) })
    expect(run.modules).toEqual([])
    expect(run.removed).toEqual([
      { working_directory: 'environments/staging', environment: 'staging', slug: 'environments-staging' }
    ])
    expect(stdout).toMatch(
      /::warning::Root module 'environments\/staging' \(staging\) is deleted by this change/
    )
    expect(run.summary).toContain('Removed root modules')
  })

  it('a push from a new branch lists everything, saying why', async () => {
    const repo = monorepoGit()
    const after = repo.git('rev-parse', 'HEAD')
    const run = await discover(
      repo,
      { all: false, event: { ref: 'refs/heads/x', before: '0'.repeat(40), after } },
      'push'
    )
    expect(run.modules).toHaveLength(3)
    expect(stdout).toMatch(/::warning::discover: the push created 'refs\/heads\/x'/)
  })

  it('shards split the list between jobs', async () => {
    const repo = monorepoGit()
    const first = await discover(repo, { all: true, shard: parseShard('1/2') }, 'schedule')
    writeFileSync(outputFile, '')
    const second = await discover(repo, { all: true, shard: parseShard('2/2') }, 'schedule')
    expect([...first.modules, ...second.modules].map(module => module.working_directory)).toEqual([
      'environments/dev',
      'environments/prod',
      'environments/staging'
    ])
    expect(first.outputs.count).toBe('2')
    expect(second.outputs.count).toBe('1')
  })

  it('module folders are relative to the workspace when working_directory names a subfolder', async () => {
    const repo = monorepoGit()
    const { head } = branch(repo, r => {
      r.write({ 'infra/.keep': '' })
      r.git('mv', 'environments', 'modules', 'README.md', 'infra/')
    })
    repo.write({ 'infra/environments/prod/versions.tf': 'terraform {}\n', 'other/main.tf': '' })
    const next = repo.commit('change prod and a folder outside infra')
    const run = await discover(repo, { all: false, event: pullRequest(head, next) }, 'pull_request', {
      workingDirectory: 'infra'
    })
    expect(run.modules).toEqual([
      { working_directory: 'infra/environments/prod', environment: 'prod', slug: 'infra-environments-prod' }
    ])
    expect(run.changed).toEqual(['infra/environments/prod/versions.tf'])
  })

  it('environments.<name>.paths in the policy file assign modules; two claims on one folder fail closed', async () => {
    const repo = monorepoGit()
    repo.write({
      'live/eu-core/main.tf': 'module "net" {\n  source = "../../modules/network"\n}\n',
      '.github/infra-guard.yml': 'version: 1\nenvironments:\n  prod:\n    paths: ["live/**"]\n'
    })
    repo.commit('a root module whose folder names no environment')
    const run = await discover(repo, { all: true }, 'schedule')
    expect(run.modules.find(module => module.working_directory === 'live/eu-core')).toEqual({
      working_directory: 'live/eu-core',
      environment: 'prod',
      slug: 'live-eu--core'
    })
    repo.write({
      '.github/infra-guard.yml':
        'version: 1\nenvironments:\n  prod:\n    paths: ["live/**"]\n  staging:\n    paths: ["live/eu-*"]\n'
    })
    repo.commit('two environments claim live/eu-core')
    writeFileSync(outputFile, '')
    await expect(runDiscover(inputs(repo, { all: true }, 'schedule'))).rejects.toThrow(
      /'live\/eu-core' matches the paths of 2 environments: staging \(live\/eu-\*\) and prod \(live\/\*\*\)/
    )
    expect(parseOutputFile(readFileSync(outputFile, 'utf8')).modules).toBeUndefined()
  })

  it('a shallow checkout fails with the fetch-depth fix and sets no module list', async () => {
    const repo = monorepoGit()
    const { base, head } = branch(repo, r => r.write({ 'environments/dev/x.tf': '' }))
    const clone = shallowClone(repo, repo.git('rev-parse', '--abbrev-ref', 'HEAD'))
    await expect(
      runDiscover(inputs(clone, { all: false, event: pullRequest(base, head) }, 'pull_request'))
    ).rejects.toThrow(/fetch-depth: 0/)
    expect(parseOutputFile(readFileSync(outputFile, 'utf8')).modules).toBeUndefined()
  })

  it('a working_directory outside the workspace is an input error', async () => {
    const repo = monorepoGit()
    await expect(
      runDiscover(inputs(repo, { all: true }, 'schedule', { workingDirectory: '../..' }))
    ).rejects.toThrow(/Input 'working_directory'/)
  })
})
