import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { findPullRequestForCommit, listReviews } from '../../../../src/action/adapters/github/approvals.js'
import { summarizeReviews } from '../../../../src/policy/checks/approvals.js'
import { GitHubApiError } from '../../../../src/errors.js'
import { FAULT, sha, startFakeGitHub, type FakeGitHub, type FakeRepo } from '../../../helpers/fake-github.js'
import { testClient } from './test-client.js'

let github: FakeGitHub
let repo: FakeRepo

beforeAll(async () => {
  github = await startFakeGitHub()
  repo = github.repo('acme', 'infra')
})
afterAll(() => github.stop())

/** The reviews as the gate sees them: fetched by the adapter, reduced by the policy's approvals check. */
async function count(pull: number) {
  const { author, reviews } = await listReviews(testClient(github.url), 'acme', 'infra', pull)
  return summarizeReviews(reviews, author)
}

describe('findPullRequestForCommit', () => {
  it('picks the pull request merged into the default branch', async () => {
    const commit = sha('deploy-1')
    repo.addPullRequest({
      number: 201,
      author: 'carol',
      baseRef: 'release',
      mergedAt: '2026-01-02T10:00:00Z',
      commits: [commit]
    })
    repo.addPullRequest({ number: 202, author: 'alice', commits: [commit] })
    repo.addPullRequest({
      number: 203,
      author: 'bob',
      baseRef: 'main',
      mergedAt: '2026-01-03T10:00:00Z',
      commits: [commit]
    })
    const found = await findPullRequestForCommit(testClient(github.url), 'acme', 'infra', commit)
    expect(found).toEqual({
      number: 203,
      author: 'bob',
      merged: true,
      baseRef: 'main',
      url: `${github.url}/acme/infra/pull/203`
    })
    expect(github.violations).toEqual([])
  })

  it('falls back to another merged one, then to the first listed, then to none', async () => {
    const merged = sha('deploy-2')
    repo.addPullRequest({ number: 211, commits: [merged] })
    repo.addPullRequest({
      number: 212,
      baseRef: 'release',
      mergedAt: '2026-01-04T10:00:00Z',
      commits: [merged]
    })
    expect((await findPullRequestForCommit(testClient(github.url), 'acme', 'infra', merged))?.number).toBe(
      212
    )
    const open = sha('deploy-3')
    repo.addPullRequest({ number: 213, commits: [open] })
    expect(await findPullRequestForCommit(testClient(github.url), 'acme', 'infra', open)).toMatchObject({
      number: 213,
      merged: false
    })
    expect(
      await findPullRequestForCommit(testClient(github.url), 'acme', 'infra', sha('direct-push'))
    ).toBeUndefined()
  })
})

describe('listReviews reduced by summarizeReviews', () => {
  it("ignores the author's own approval and counts distinct reviewers once", async () => {
    repo.addPullRequest({ number: 301, author: 'alice' })
    repo.addReview(301, 'alice', 'APPROVED')
    repo.addReview(301, 'bob', 'APPROVED')
    repo.addReview(301, 'bob', 'APPROVED')
    repo.addReview(301, 'Carol', 'APPROVED')
    expect(await count(301)).toEqual({ approvers: ['bob', 'Carol'], author: 'alice', changesRequestedBy: [] })
  })

  it('lets a later "changes requested" cancel an approval, and a later approval restore it', async () => {
    repo.addPullRequest({ number: 302, author: 'alice' })
    repo.addReview(302, 'bob', 'APPROVED')
    repo.addReview(302, 'bob', 'CHANGES_REQUESTED')
    repo.addReview(302, 'carol', 'CHANGES_REQUESTED')
    repo.addReview(302, 'carol', 'APPROVED')
    expect(await count(302)).toEqual({ approvers: ['carol'], author: 'alice', changesRequestedBy: ['bob'] })
  })

  it('does not let a comment cancel an approval, but a dismissal does', async () => {
    repo.addPullRequest({ number: 303, author: 'alice' })
    repo.addReview(303, 'bob', 'APPROVED')
    repo.addReview(303, 'bob', 'COMMENTED', 'one more nit')
    repo.addReview(303, 'dave', 'APPROVED')
    repo.addReview(303, 'dave', 'DISMISSED')
    repo.addReview(303, 'erin', 'COMMENTED')
    expect(await count(303)).toEqual({ approvers: ['bob'], author: 'alice', changesRequestedBy: [] })
  })

  it('reads every page of reviews', async () => {
    repo.addPullRequest({ number: 304, author: 'alice' })
    for (let i = 0; i < 150; i++) repo.addReview(304, `reviewer-${i}`, i % 3 === 0 ? 'APPROVED' : 'COMMENTED')
    const result = await count(304)
    expect(result.approvers).toHaveLength(50)
    expect(github.requests.filter(r => r.path === '/repos/acme/infra/pulls/304/reviews')).toHaveLength(2)
  })

  it('fails with a clear error when the pull request cannot be read', async () => {
    github.script('pulls/get', [FAULT.forbidden()])
    const error = await count(305).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(GitHubApiError)
    expect((error as GitHubApiError).message).toMatch(
      /GET \/repos\/acme\/infra\/pulls\/305 failed with 403.*pull-requests: read/
    )
    await expect(count(999)).rejects.toThrow(/failed with 404/)
  })
})
