import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { findPullRequestForCommit, listReviews } from '../../src/action/adapters/github/approvals.js'
import { syncDriftIssue } from '../../src/action/adapters/github/drift-issue.js'
import { upsertMarkedComment } from '../../src/action/adapters/github/comments.js'
import { sha, startFakeGitHub, type FakeGitHub } from './fake-github.js'
import { testClient } from '../action/adapters/github/test-client.js'

let github: FakeGitHub

beforeAll(async () => {
  github = await startFakeGitHub()
})
afterAll(() => github.stop())

/** Raw HTTP, to send what Octokit never would. */
async function send(method: string, path: string, body?: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(`${github.url}${path}`, {
    method,
    headers: { authorization: 'token t', 'content-type': 'application/json', ...headers },
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body)
  })
  return { status: response.status, data: (await response.json()) as { message: string; errors?: string[] } }
}

describe('fake GitHub request validation', () => {
  it('rejects a body property of the wrong type and records the violation', async () => {
    github.repo('acme', 'checks').addPullRequest({ number: 1 })
    const before = github.violations.length
    const { status, data } = await send('POST', '/repos/acme/checks/issues/1/comments', { body: 42 })
    expect(status).toBe(422)
    expect(data.errors?.join('\n')).toMatch(/body\/body must be string/)
    expect(github.violations.slice(before)).toEqual([
      {
        method: 'POST',
        url: '/repos/acme/checks/issues/1/comments',
        problems: [expect.stringMatching(/must be string/)]
      }
    ])
    expect(github.repo('acme', 'checks').commentsOf(1)).toHaveLength(0)
  })

  it('rejects a missing required property, an undescribed property, and a body where none is taken', async () => {
    expect((await send('POST', '/repos/acme/checks/issues', { body: 'no title' })).data.errors).toEqual([
      expect.stringMatching(/must have required property 'title'/)
    ])
    expect(
      (await send('PATCH', '/repos/acme/checks/issues/1', { state: 'closed', colour: 'red' })).data.errors
    ).toEqual(["request body property 'colour' is not described for issues/update"])
    expect((await send('PATCH', '/repos/acme/checks/issues/1', { state: 'shut' })).status).toBe(422)
    expect((await send('DELETE', '/repos/acme/checks/issues/comments/1', {})).data.errors).toEqual([
      'issues/delete-comment takes no request body'
    ])
  })

  it('rejects unknown paths, wrong path parameter types and bad or undescribed query parameters', async () => {
    expect((await send('GET', '/repos/acme/checks/nonsense')).status).toBe(404)
    expect((await send('GET', '/repos/acme/checks/issues/abc/comments')).data.errors).toEqual([
      expect.stringMatching(/path parameter 'issue_number'='abc' .*must be integer/)
    ])
    expect((await send('GET', '/repos/acme/checks/issues?state=maybe')).data.errors).toEqual([
      expect.stringMatching(/query parameter 'state'='maybe'.*allowed values/)
    ])
    expect((await send('GET', '/repos/acme/checks/issues?labelz=drift')).data.errors).toEqual([
      "query parameter 'labelz' is not described for issues/list-for-repo"
    ])
    expect((await send('POST', '/repos/acme/checks/issues', '{"title": ')).data.errors).toEqual([
      expect.stringMatching(/not JSON/)
    ])
  })

  it('catches a mistaken call made through the real client', async () => {
    const before = github.violations.length
    const client = testClient(github.url)
    // A misspelt parameter is not part of the URL template, so Octokit sends it in the body.
    const call = client.request('PATCH /repos/{owner}/{repo}/issues/{issue_number}', {
      owner: 'acme',
      repo: 'checks',
      issue_number: 1,
      stat: 'closed'
    })
    await expect(call).rejects.toThrow(/failed with 422.*'stat' is not described for issues\/update/)
    expect(github.violations.slice(before)).toHaveLength(1)
  })

  it('requires a token', async () => {
    expect((await send('GET', '/repos/acme/checks', undefined, { authorization: '' })).status).toBe(401)
  })

  it('refuses to script a route that does not exist', () => {
    expect(() => github.script('issues/create-commment', [])).toThrow(/names no operation/)
  })
})

describe('fake GitHub responses', () => {
  it('match the response schemas of every operation the GitHub layer uses', async () => {
    const repo = github.repo('acme', 'shapes')
    const commit = sha('shapes')
    repo.addPullRequest({ number: 5, author: 'alice', mergedAt: '2026-01-02T00:00:00Z', commits: [commit] })
    repo.addReview(5, 'bob', 'APPROVED')
    // A new client per call: one client paces its writes as GitHub asks (a second apart), which is slow.
    const client = () => testClient(github.url)
    const first = github.requests.length
    const firstViolation = github.violations.length
    await upsertMarkedComment(client(), {
      owner: 'acme',
      repo: 'shapes',
      issueNumber: 5,
      marker: '<!-- m -->',
      body: 'a',
      mode: 'update'
    })
    await upsertMarkedComment(client(), {
      owner: 'acme',
      repo: 'shapes',
      issueNumber: 5,
      marker: '<!-- m -->',
      body: 'b',
      mode: 'update'
    })
    const drift = { owner: 'acme', repo: 'shapes', marker: '<!-- d -->', title: 't', label: 'drift' }
    await syncDriftIssue(client(), { ...drift, body: 'x', drifted: true })
    await syncDriftIssue(client(), { ...drift, body: 'y', drifted: true })
    await syncDriftIssue(client(), { ...drift, body: 'y', drifted: false })
    await findPullRequestForCommit(client(), 'acme', 'shapes', commit)
    await listReviews(client(), 'acme', 'shapes', 5)

    const checked = new Set<string>()
    for (const record of github.requests.slice(first)) {
      const validate = github.openapi.responseValidator(record.operationId as string, record.status)
      const valid = validate(record.response)
      expect({ route: record.route, valid, errors: github.openapi.errorsText(validate) }).toEqual({
        route: record.route,
        valid: true,
        errors: 'No errors'
      })
      checked.add(record.operationId as string)
    }
    expect([...checked].sort()).toEqual([
      'issues/create',
      'issues/create-comment',
      'issues/list-comments',
      'issues/list-for-repo',
      'issues/update',
      'issues/update-comment',
      'pulls/get',
      'pulls/list-reviews',
      'repos/list-pull-requests-associated-with-commit',
      'users/get-authenticated'
    ])
    expect(github.violations.slice(firstViolation)).toEqual([])
    expect(github.unhandled).toEqual([])
  })
})
