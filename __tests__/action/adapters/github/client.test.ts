import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import { createGitHubClient } from '../../../../src/action/adapters/github/client.js'
import { upsertMarkedComment } from '../../../../src/action/adapters/github/comments.js'
import { GitHubApiError } from '../../../../src/errors.js'
import { FAULT, startFakeGitHub, type FakeGitHub } from '../../../helpers/fake-github.js'
import { testClient } from './test-client.js'

const marker = '<!-- infra-guard:test -->'
let github: FakeGitHub
let pr = 0

beforeAll(async () => {
  github = await startFakeGitHub()
})
afterAll(() => github.stop())
afterEach(() => github.unscript())

/** A fresh pull request and the upsert request for it. */
function freshPull() {
  pr = github.repo('acme', 'infra').addPullRequest({ author: 'alice' }).number
  return { owner: 'acme', repo: 'infra', issueNumber: pr, marker, body: 'report', mode: 'update' as const }
}
const callsTo = (operationId: string) =>
  github.requests.filter(r => r.operationId === operationId && r.path.includes(`/${pr}/`))

async function failureOf(promise: Promise<unknown>): Promise<GitHubApiError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e
  )
  expect(error).toBeInstanceOf(GitHubApiError)
  return error as GitHubApiError
}

describe('createGitHubClient over the wire', () => {
  it('survives 502 twice, then succeeds', async () => {
    const request = freshPull()
    github.script('issues/list-comments', [FAULT.status(502, 2)])
    const result = await upsertMarkedComment(testClient(github.url), request)
    expect(result.action).toBe('created')
    expect(callsTo('issues/list-comments').map(r => r.status)).toEqual([502, 502, 200])
    expect(github.violations).toEqual([])
  })

  it('fails a 403 at once with the permission to add, without retrying', async () => {
    const request = freshPull()
    github.script('issues/create-comment', [FAULT.forbidden(Infinity)])
    try {
      const error = await failureOf(upsertMarkedComment(testClient(github.url), request))
      expect(error.status).toBe(403)
      expect(error.message).toContain(`POST /repos/acme/infra/issues/${pr}/comments`)
      expect(error.message).toContain('Resource not accessible by integration')
      expect(error.message).toMatch(
        /the token lacks pull-requests: write; add `permissions: pull-requests: write`/i
      )
      expect(callsTo('issues/create-comment')).toHaveLength(1)
    } finally {
      github.unscript()
    }
  })

  it('does not retry other 4xx answers', async () => {
    const request = freshPull()
    github.script('issues/list-comments', [FAULT.status(404)])
    const error = await failureOf(upsertMarkedComment(testClient(github.url), request))
    expect(error.status).toBe(404)
    expect(error.message).toMatch(/does not exist or the token cannot see it/)
    expect(callsTo('issues/list-comments')).toHaveLength(1)
  })

  it('gives up on a server that keeps failing after the configured retries, naming the status', async () => {
    const request = freshPull()
    github.script('issues/list-comments', [FAULT.status(503, 4)])
    const error = await failureOf(upsertMarkedComment(testClient(github.url, { maxRetries: 3 }), request))
    expect(error.status).toBe(503)
    expect(error.message).toMatch(/failed with 503.*after 3 retries/)
    expect(callsTo('issues/list-comments')).toHaveLength(4)
  })

  it("waits out GitHub's secondary rate limit for its Retry-After, then retries", async () => {
    const request = freshPull()
    github.script('issues/list-comments', [FAULT.secondaryRateLimit(1)])
    await upsertMarkedComment(testClient(github.url), request)
    const [limited, retried] = callsTo('issues/list-comments')
    expect([limited.status, retried.status]).toEqual([429, 200])
    expect(retried.at - limited.at).toBeGreaterThanOrEqual(950)
  })

  it('honours Retry-After on a plain 429 as well', async () => {
    const request = freshPull()
    github.script('issues/list-comments', [FAULT.tooManyRequests(1)])
    await upsertMarkedComment(testClient(github.url), request)
    const [limited, retried] = callsTo('issues/list-comments')
    expect([limited.status, retried.status]).toEqual([429, 200])
    expect(retried.at - limited.at).toBeGreaterThanOrEqual(950)
  })

  it('does not wait for a Retry-After longer than allowed, and says why', async () => {
    const request = freshPull()
    github.script('issues/list-comments', [FAULT.secondaryRateLimit(3600, 403)])
    const error = await failureOf(upsertMarkedComment(testClient(github.url), request))
    expect(error.status).toBe(403)
    expect(error.message).toMatch(/rate limit was hit.*Retry-After 3600/)
    expect(callsTo('issues/list-comments')).toHaveLength(1)
  })

  it('fails at once, saying so, when the hourly rate limit is used up for longer than a call may wait', async () => {
    const request = freshPull()
    github.script('issues/list-comments', [FAULT.rateLimitExhausted(1800)])
    const error = await failureOf(upsertMarkedComment(testClient(github.url), request))
    expect(error.status).toBe(403)
    expect(error.message).toMatch(/API rate limit exceeded.*re-run the job later/)
    expect(error.message).not.toMatch(/lacks/)
    expect(callsTo('issues/list-comments')).toHaveLength(1)
  })

  it('bounds a stalled server by the request timeout and retries reads', async () => {
    const request = freshPull()
    github.script('issues/list-comments', [FAULT.stall()])
    const result = await upsertMarkedComment(testClient(github.url, { requestTimeoutMs: 300 }), request)
    expect(result.action).toBe('created')
    expect(callsTo('issues/list-comments').map(r => r.fault ?? 'ok')).toEqual(['stall', 'ok'])
  })

  it('ends a call that stalls every time within its total budget, with a clear message', async () => {
    const request = freshPull()
    github.script('issues/list-comments', [FAULT.stall(Infinity)])
    try {
      const client = testClient(github.url, { requestTimeoutMs: 200, totalTimeoutMs: 1000, maxRetries: 10 })
      const error = await failureOf(upsertMarkedComment(client, request))
      expect(error.message).toMatch(/no response within 200 ms|gave up after 1000 ms/)
      expect(error.message).toContain('check GITHUB_API_URL')
      expect(callsTo('issues/list-comments').length).toBeLessThan(10)
    } finally {
      github.unscript()
    }
  })

  it('retries a read whose connection drops or whose body is cut off or garbled', async () => {
    const request = freshPull()
    github.script('issues/list-comments', [FAULT.drop(), FAULT.truncate(), FAULT.garble()])
    const result = await upsertMarkedComment(testClient(github.url), request)
    expect(result.action).toBe('created')
    expect(callsTo('issues/list-comments').map(r => r.fault ?? 'ok')).toEqual([
      'drop',
      'truncate',
      'garble',
      'ok'
    ])
  })

  it('does not repeat a POST whose answer was lost, so nothing is created twice', async () => {
    const request = freshPull()
    github.script('issues/create-comment', [FAULT.truncate()])
    const error = await failureOf(upsertMarkedComment(testClient(github.url), request))
    expect(error.message).toMatch(
      /was cut off or is not JSON \(not repeated, because GitHub may already have acted on it\)/
    )
    expect(error.status).toBeUndefined()
    expect(callsTo('issues/create-comment')).toHaveLength(1)
    expect(github.repo('acme', 'infra').commentsOf(pr)).toHaveLength(1)
  })

  it('reaches GitHub Enterprise Server style API roots (/api/v3)', async () => {
    const ghes = await startFakeGitHub({ basePath: '/api/v3' })
    try {
      const number = ghes.repo('corp', 'platform').addPullRequest().number
      const result = await upsertMarkedComment(testClient(`${ghes.url}/`), {
        ...freshPull(),
        owner: 'corp',
        repo: 'platform',
        issueNumber: number
      })
      expect(ghes.url).toMatch(/\/api\/v3$/)
      expect(result.action).toBe('created')
      // GET /user answers 403 to an installation token: that is how the action learns it writes as github-actions[bot].
      expect(ghes.requests.filter(r => r.status >= 400).map(r => `${r.operationId} ${r.status}`)).toEqual([
        'users/get-authenticated 403'
      ])
      expect(ghes.violations).toEqual([])
    } finally {
      await ghes.stop()
    }
  })

  it('explains an unreachable API and a missing token', async () => {
    const closed = await startFakeGitHub()
    await closed.stop()
    const error = await failureOf(upsertMarkedComment(testClient(closed.url), freshPull()))
    expect(error.status).toBeUndefined()
    expect(error.message).toContain(`Could not get an answer from ${closed.url}`)
    expect(() => createGitHubClient({ token: '', apiUrl: github.url })).toThrow(/github_token/)
    expect(() => createGitHubClient({ token: 't', apiUrl: 'ftp://x' })).toThrow(/must use https/)
  })
})
