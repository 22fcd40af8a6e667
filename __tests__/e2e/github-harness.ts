/**
 * Shared set-up for the end-to-end tests against the loopback GitHub stack (github-*.test.ts): a
 * workspace with a root module folder, the runner's GITHUB_* variables pointing at the fake server,
 * pull request event files, and plans made by replicating a real fixture entry.
 */
import { createWriteStream, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { once } from 'node:events'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { PlanResourceChange } from '../../src/plan/model.js'
import type { FakeGitHub, RecordedRequest } from '../helpers/fake-github.js'
import { REPO_ROOT, runAction, type ActionRun } from '../helpers/run-action.js'

export const OWNER = 'acme'
export const REPO = 'infra'
/** The folder (relative to the workspace) every run plans in; markers and manifests record it. */
export const WORKING_DIRECTORY = 'infra'
export const SERVER_URL = 'https://github.com'
export const RUN_ID = '4242'

/** Path of a plan fixture made by terraform (__fixtures__/plans/<name>.json). */
export function fixturePlan(name: string): string {
  return join(REPO_ROOT, '__fixtures__', 'plans', `${name}.json`)
}

/** A fresh workspace with the working directory in it; runs use it as cwd and GITHUB_WORKSPACE. */
export function makeWorkspace(): string {
  const root = mkdtempSync(join(tmpdir(), 'infra-guard-gh-e2e-'))
  mkdirSync(join(root, WORKING_DIRECTORY))
  return root
}

/** Writes a pull_request event payload (what GITHUB_EVENT_PATH points to on a runner). */
export function writePullRequestEvent(dir: string, number: number): string {
  const path = join(dir, `event-pr-${number}.json`)
  writeFileSync(
    path,
    JSON.stringify({ action: 'synchronize', number, pull_request: { number, base: { ref: 'main' } } })
  )
  return path
}

export interface GitHubRunOptions {
  github: FakeGitHub
  workspace: string
  sha: string
  inputs: Record<string, string>
  /** Pull request the run is for, delivered as a pull_request event file. */
  pr?: number
  env?: Record<string, string>
}

/** Runs `node index.js` as a step of a workflow run against the fake GitHub server. */
export function runWithGitHub(options: GitHubRunOptions): Promise<ActionRun> {
  const env: Record<string, string> = {
    GITHUB_API_URL: options.github.url,
    GITHUB_SERVER_URL: SERVER_URL,
    GITHUB_REPOSITORY: `${OWNER}/${REPO}`,
    GITHUB_SHA: options.sha,
    GITHUB_RUN_ID: RUN_ID,
    GITHUB_WORKSPACE: options.workspace,
    GITHUB_EVENT_NAME: options.pr ? 'pull_request' : 'push',
    GITHUB_REF: options.pr ? `refs/pull/${options.pr}/merge` : 'refs/heads/main'
  }
  if (options.pr) env.GITHUB_EVENT_PATH = writePullRequestEvent(options.workspace, options.pr)
  return runAction({
    inputs: {
      working_directory: WORKING_DIRECTORY,
      github_token: 'e2e-token',
      ...options.inputs
    },
    env: { ...env, ...options.env },
    cwd: options.workspace
  })
}

/** Requests the fake received since `from` (an index into github.requests) for one operation. */
export function requestsFor(github: FakeGitHub, operationId: string, from = 0): RecordedRequest[] {
  return github.requests.slice(from).filter(request => request.operationId === operationId)
}

/** Asserts the exit code; on a mismatch the failure shows the run's output, not just two numbers. */
export function expectExit(run: ActionRun, code: number): void {
  if (run.exitCode !== code) {
    throw new Error(
      `expected exit ${code}, got ${run.exitCode}\n--- stdout\n${run.stdout}\n--- stderr\n${run.stderr}`
    )
  }
}

type Plan = Record<string, unknown> & { resource_changes: PlanResourceChange[] }

/** A real plan fixture, parsed. */
export function readPlan(name: string): Plan {
  return JSON.parse(readFileSync(fixturePlan(name), 'utf8')) as Plan
}

/** A copy of a real entry under a unique address (previous_address dropped so moves do not multiply). */
export function replicateEntry(entry: PlanResourceChange, suffix: string): PlanResourceChange {
  const copy = structuredClone(entry)
  copy.name = `${entry.name}_${suffix}`
  copy.address = `${copy.module_address ? `${copy.module_address}.` : ''}${copy.type}.${copy.name}`
  delete copy.previous_address
  return copy
}

/**
 * Writes a plan whose resource_changes are `count` copies of entries of a real fixture, `pick(i)`
 * choosing the entry for index i; returns the path and the addresses by action list ('delete', ...).
 */
export async function writeReplicatedPlan(
  path: string,
  source: Plan,
  count: number,
  pick: (i: number) => PlanResourceChange
): Promise<Map<string, string[]>> {
  const out = createWriteStream(path)
  const head = JSON.stringify({ ...source, resource_changes: undefined, resource_drift: undefined }).slice(
    0,
    -1
  )
  out.write(`${head}${head.endsWith('{') ? '' : ','}"resource_changes":[`)
  const byAction = new Map<string, string[]>()
  for (let i = 0; i < count; i++) {
    const entry = replicateEntry(pick(i), String(i).padStart(5, '0'))
    const key = entry.change.actions.join(',')
    const list = byAction.get(key) ?? []
    list.push(entry.address)
    byAction.set(key, list)
    if (!out.write(`${i > 0 ? ',' : ''}${JSON.stringify(entry)}`)) await once(out, 'drain')
  }
  out.end(']}')
  await once(out, 'finish')
  return byAction
}
