/**
 * Faults on the wire: the loopback fake GitHub and the loopback results service (with Azurite) drop
 * connections, stall past timeouts, answer 500/502/503/429 with Retry-After, or cut bodies short.
 * Every case must end in bounded time with a clear typed error, and the gate's verdict must be a
 * denial; a failed PR comment must never change anything but a warning.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdtempSync, rmSync } from 'node:fs'
import { createServer, type Server, type Socket } from 'node:net'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ArtifactError, GitHubApiError } from '../../src/errors.js'
import { downloadPlanArtifact } from '../../src/action/adapters/artifact/plan-artifact.js'
import { findPullRequestForCommit } from '../../src/action/adapters/github/approvals.js'
import { FAULT, sha, startFakeGitHub, type Fault, type FakeGitHub } from '../helpers/fake-github.js'
import { startArtifactStack, type ArtifactStack } from '../helpers/fake-results-service.js'
import { REPO_ROOT, runAction } from '../helpers/run-action.js'
import { testClient } from '../action/adapters/github/test-client.js'
import { analyseDocument, readFixture } from '../render/fixtures.js'
import { gateOf } from '../fuzz/oracle.js'
import { defaultPolicy } from '../../src/policy/config/defaults.js'
import { resolveEnvironment } from '../../src/policy/environment.js'
import { evaluateGate } from '../../src/policy/evaluate-gate.js'

const PLAN = join(REPO_ROOT, '__fixtures__', 'plans', 'create-only.json')
const scratch = mkdtempSync(join(tmpdir(), 'infra-guard-faults-'))
let github: FakeGitHub
let number = 200

beforeAll(async () => {
  github = await startFakeGitHub()
})
afterAll(async () => {
  await github?.stop()
  rmSync(scratch, { recursive: true, force: true })
})

const GITHUB_FAULTS: [string, Fault][] = [
  ['500 on every request', FAULT.status(500, Infinity)],
  ['502 on every request', FAULT.status(502, Infinity)],
  ['503 on every request', FAULT.status(503, Infinity)],
  ['429 with a Retry-After of an hour', FAULT.tooManyRequests(3600, Infinity)],
  ['dropped connections', FAULT.drop(Infinity)],
  ['truncated bodies', FAULT.truncate(Infinity)]
]

describe('GitHub faults through node index.js', () => {
  it.each(GITHUB_FAULTS)(
    'plan mode, %s on the PR comment: the run succeeds with a warning',
    async (_, fault) => {
      const pr = ++number
      github.repo('acme', 'infra').addPullRequest({ number: pr })
      github.script('*', [fault])
      try {
        const run = await runAction({
          inputs: {
            mode: 'plan',
            plan_json: PLAN,
            environment: 'dev',
            github_token: 'test-token',
            pr_number: String(pr)
          },
          env: { GITHUB_API_URL: github.url, GITHUB_REPOSITORY: 'acme/infra', GITHUB_SHA: sha('plan') },
          timeoutMs: 170_000
        })
        expect(run.exitCode).toBe(0)
        expect(run.stdout).toMatch(/::warning::Could not write the PR comment/)
        expect(run.outputs.risk).toBeDefined()
      } finally {
        github.unscript('*')
      }
    },
    180_000
  )

  it.each(GITHUB_FAULTS)(
    'safety-gate with enforce_approvals, %s: denied, allowed=false',
    async (_, fault) => {
      const commit = sha(`gate-${++number}`)
      github.script('*', [fault])
      try {
        const run = await runAction({
          inputs: {
            mode: 'safety-gate',
            plan_json: PLAN,
            environment: 'prod',
            github_token: 'test-token',
            enforce_approvals: 'true'
          },
          env: {
            GITHUB_API_URL: github.url,
            GITHUB_REPOSITORY: 'acme/infra',
            GITHUB_SHA: commit,
            GITHUB_EVENT_NAME: 'push',
            GITHUB_REF: 'refs/heads/main'
          },
          timeoutMs: 170_000
        })
        expect(run.exitCode).not.toBe(-1)
        expect(run.exitCode).toBe(1)
        expect(run.outputs.allowed).toBe('false')
        expect(run.stdout).toMatch(/::error::/)
      } finally {
        github.unscript('*')
      }
    },
    180_000
  )
})

describe('GitHub stalled past its timeouts (in process, short timeouts)', () => {
  it('the approvals lookup ends within its budget with GitHubApiError, and the gate then denies', async () => {
    github.script('*', [FAULT.stall(Infinity)])
    try {
      const client = testClient(github.url, { requestTimeoutMs: 300, totalTimeoutMs: 2000, maxRetries: 2 })
      const error = await findPullRequestForCommit(client, 'acme', 'infra', sha('stall')).catch(e => e)
      expect(error).toBeInstanceOf(GitHubApiError)
      expect((error as Error).message).toMatch(/response|time|stall|abort/i)
      // What the gate does without review data (approvalsData undefined) when approvals are enforced.
      const analysis = await analyseDocument('stall', readFixture('create-only'))
      const policy = defaultPolicy()
      // With approvals required, missing review data must deny (with none required there is nothing to check).
      policy.environments.prod.requiredApprovals = 1
      const verdict = evaluateGate({
        analysis,
        policy,
        environment: resolveEnvironment({ explicit: 'prod' }, policy.environments),
        forceRecreate: false,
        allowDestroy: [],
        costOverride: false,
        emergencyOverride: false,
        overrideReason: '',
        ruleFindings: [],
        enforceApprovals: true,
        now: new Date('2026-03-10T10:00:00Z')
      })
      expect(verdict.allowed).toBe(false)
      expect(verdict.findings.find(f => f.severity === 'deny')?.rule).toMatch(/approval/)
      expect(gateOf(analysis, 'prod').allowed).toBe(true)
    } finally {
      github.unscript('*')
    }
  }, 60_000)
})

/** A TCP front for the results service that can forward, drop or stall every connection. */
async function startFront(target: string): Promise<
  { url: string; mode: 'forward' | 'drop' | 'stall'; stop(): Promise<void> } & {
    set(mode: 'forward' | 'drop' | 'stall'): void
  }
> {
  const { hostname, port } = new URL(target)
  const sockets = new Set<Socket>()
  const state = { mode: 'forward' as 'forward' | 'drop' | 'stall' }
  const { connect } = await import('node:net')
  const server: Server = createServer(client => {
    sockets.add(client)
    client.on('close', () => sockets.delete(client))
    client.on('error', () => undefined)
    if (state.mode === 'drop') return void client.once('data', () => client.destroy())
    if (state.mode === 'stall') return void client.on('data', () => undefined)
    const upstream = connect(Number(port), hostname)
    sockets.add(upstream)
    upstream.on('error', () => client.destroy())
    client.pipe(upstream).pipe(client)
  })
  await new Promise<void>(done => server.listen(0, '127.0.0.1', done))
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    get mode() {
      return state.mode
    },
    set: mode => (state.mode = mode),
    stop: async () => {
      for (const socket of sockets) socket.destroy()
      await new Promise<void>(done => server.close(() => done()))
    }
  }
}

describe('results service faults (in process, the real @actions/artifact client)', () => {
  let stack: ArtifactStack
  let front: Awaited<ReturnType<typeof startFront>>
  const saved = { ...process.env }
  let folders = 0

  beforeAll(async () => {
    stack = await startArtifactStack()
    front = await startFront(stack.env.ACTIONS_RESULTS_URL)
    Object.assign(process.env, stack.env, { ACTIONS_RESULTS_URL: front.url })
  }, 120_000)
  afterAll(async () => {
    await front?.stop()
    await stack?.stop()
    for (const key of Object.keys(process.env)) if (!(key in saved)) delete process.env[key]
    Object.assign(process.env, saved)
  })

  const download = () =>
    downloadPlanArtifact({ name: 'infra-guard-plan', destination: join(scratch, `dl-${++folders}`) })

  it('a missing artifact is an ArtifactError that says the plan job must upload it', async () => {
    front.set('forward')
    const error = await download().catch(e => e)
    expect(error).toBeInstanceOf(ArtifactError)
    expect((error as Error).message).toMatch(/not found|upload/i)
  }, 120_000)

  it.each([500, 502, 503, 429])(
    'answers %i on every lookup: ArtifactError after the client’s retries',
    async status => {
      front.set('forward')
      // The client makes five attempts; five failures leave nothing queued for the next case.
      stack.artifacts.failNext('ListArtifacts', status, 5)
      const error = await download().catch(e => e)
      expect(error).toBeInstanceOf(ArtifactError)
      expect((error as Error).message).toMatch(/plan artifact/i)
    },
    120_000
  )

  it('dropped connections: ArtifactError', async () => {
    front.set('drop')
    const error = await download().catch(e => e)
    expect(error).toBeInstanceOf(ArtifactError)
  }, 120_000)

  it('a stalled service: the download ends by itself with an ArtifactError (no unbounded wait)', async () => {
    // @actions/artifact's twirp client sets no request timeout; downloadPlanArtifact bounds each call
    // itself (LIMIT.artifactTimeoutMs, shortened here) so a silent service cannot hold the gate.
    front.set('stall')
    const error = await downloadPlanArtifact({
      name: 'infra-guard-plan',
      destination: join(scratch, `dl-${++folders}`),
      timeoutMs: 3000
    }).catch(e => e)
    expect(error).toBeInstanceOf(ArtifactError)
    expect((error as Error).message).toMatch(/time|respon/i)
  }, 120_000)
})
