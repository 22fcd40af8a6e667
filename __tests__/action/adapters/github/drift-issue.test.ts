import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { MARKER } from '../../../../src/constants.js'
import { syncDriftIssue, type DriftIssueRequest } from '../../../../src/action/adapters/github/drift-issue.js'
import { GitHubApiError } from '../../../../src/errors.js'
import { FAULT, startFakeGitHub, type FakeGitHub } from '../../../helpers/fake-github.js'
import { testClient } from './test-client.js'

let github: FakeGitHub

beforeAll(async () => {
  github = await startFakeGitHub()
})
afterAll(() => github.stop())

function driftRequest(
  repo: string,
  drifted: boolean,
  body = 'aws_instance.web: tags changed outside Terraform'
): DriftIssueRequest {
  return {
    owner: 'acme',
    repo,
    marker: MARKER.driftIssue('infra/prod', 'prod'),
    title: 'Drift detected in infra/prod (prod)',
    body,
    label: 'drift',
    drifted
  }
}

describe('syncDriftIssue', () => {
  it('opens one issue when drift appears, updates it while it lasts, closes it with a comment when it is gone', async () => {
    const repo = github.repo('acme', 'lifecycle')
    const created = await syncDriftIssue(testClient(github.url), driftRequest('lifecycle', true))
    expect(created.action).toBe('created')
    const issue = repo.issues.get(created.number as number)
    expect(issue?.labels).toEqual(['drift'])
    expect(issue?.body).toBe(
      `${MARKER.driftIssue('infra/prod', 'prod')}\naws_instance.web: tags changed outside Terraform`
    )
    expect(created.url).toBe(`${github.url}/acme/lifecycle/issues/${created.number}`)

    const same = await syncDriftIssue(testClient(github.url), driftRequest('lifecycle', true))
    expect(same).toMatchObject({ action: 'unchanged', number: created.number })

    const updated = await syncDriftIssue(
      testClient(github.url),
      driftRequest('lifecycle', true, 'aws_instance.web and aws_s3_bucket.logs drifted')
    )
    expect(updated).toMatchObject({ action: 'updated', number: created.number })
    expect(repo.issues.get(created.number as number)?.body).toContain('aws_s3_bucket.logs')

    const closed = await syncDriftIssue(testClient(github.url), driftRequest('lifecycle', false))
    expect(closed).toMatchObject({ action: 'closed', number: created.number })
    expect(issue?.state).toBe('closed')
    expect(issue?.stateReason).toBe('completed')
    expect(repo.commentsOf(created.number as number).map(c => c.body)).toEqual([
      expect.stringMatching(/No drift any more/)
    ])

    expect(await syncDriftIssue(testClient(github.url), driftRequest('lifecycle', false))).toEqual({
      action: 'none'
    })
    const reopened = await syncDriftIssue(testClient(github.url), driftRequest('lifecycle', true))
    expect(reopened.action).toBe('created')
    expect(reopened.number).not.toBe(created.number)
    expect([...repo.issues.values()].filter(i => i.state === 'open')).toHaveLength(1)
    expect(github.violations).toEqual([])
  })

  it("finds its issue by the marker, not the title, and leaves other modules' issues alone", async () => {
    const repo = github.repo('acme', 'markers')
    const other = repo.addIssue({
      title: 'Drift detected in infra/prod (prod)',
      body: 'written by a person',
      labels: ['drift']
    })
    const dev = repo.addIssue({
      title: 'renamed by a person',
      body: `${MARKER.driftIssue('infra/prod', 'dev')}\nold`,
      labels: ['drift']
    })
    const mine = repo.addIssue({
      title: 'renamed by a person',
      body: `${MARKER.driftIssue('infra/prod', 'prod')}\nold`,
      labels: ['drift'],
      author: 'github-actions[bot]'
    })
    const result = await syncDriftIssue(testClient(github.url), driftRequest('markers', true))
    expect(result).toMatchObject({ action: 'updated', number: mine.number })
    expect(mine.title).toBe('Drift detected in infra/prod (prod)')
    expect(other.body).toBe('written by a person')
    expect(dev.body).toContain('old')
  })

  it('leaves an issue with the marker alone unless the token itself opened it (GITHUB_TOKEN and a user token)', async () => {
    const repo = github.repo('acme', 'planted')
    const planted = repo.addIssue({
      title: 'Drift detected in infra/prod (prod)',
      body: `${MARKER.driftIssue('infra/prod', 'prod')}\nNo drift here.`,
      labels: ['drift'],
      author: 'mallory'
    })
    const closing = await syncDriftIssue(testClient(github.url), driftRequest('planted', false))
    expect(closing).toEqual({ action: 'none' })
    const opened = await syncDriftIssue(testClient(github.url), driftRequest('planted', true))
    expect(opened.action).toBe('created')
    expect(opened.number).not.toBe(planted.number)
    expect(planted.body).toBe(`${MARKER.driftIssue('infra/prod', 'prod')}\nNo drift here.`)
    expect(planted.state).toBe('open')

    github.state.tokens.set('pat-ops', 'ops-bot')
    const asUser = testClient(github.url, { token: 'pat-ops' })
    const own = await syncDriftIssue(asUser, driftRequest('planted', true))
    expect(own.action).toBe('created')
    expect(repo.issues.get(own.number as number)?.user.login).toBe('ops-bot')
    const again = await syncDriftIssue(asUser, driftRequest('planted', true, 'changed'))
    expect(again).toMatchObject({ action: 'updated', number: own.number })
  })

  it('finds its issue past the first page of labelled issues', async () => {
    const repo = github.repo('acme', 'busy')
    const mine = repo.addIssue({
      title: 'drift',
      body: `${MARKER.driftIssue('infra/prod', 'prod')}\nold`,
      labels: ['drift'],
      author: 'github-actions[bot]'
    })
    for (let i = 0; i < 120; i++) repo.addIssue({ title: `noise ${i}`, body: 'x', labels: ['drift'] })
    const result = await syncDriftIssue(testClient(github.url), driftRequest('busy', false))
    expect(result).toMatchObject({ action: 'closed', number: mine.number })
    const pages = github.requests.filter(
      r => r.operationId === 'issues/list-for-repo' && r.path === '/repos/acme/busy/issues'
    )
    expect(pages.length).toBe(2)
    expect(pages[0].query).toMatchObject({ state: 'open', labels: 'drift', per_page: '100' })
  })

  it("refuses a body over GitHub's limit before calling GitHub", async () => {
    const before = github.requests.length
    await expect(
      syncDriftIssue(testClient(github.url), driftRequest('big', true, 'x'.repeat(70_000)))
    ).rejects.toThrow(/at most 65536/)
    expect(github.requests.length).toBe(before)
  })

  it('reports a missing issues: write permission clearly', async () => {
    github.script('issues/create', [FAULT.forbidden()])
    const error = await syncDriftIssue(testClient(github.url), driftRequest('denied', true)).catch(
      (e: unknown) => e
    )
    expect(error).toBeInstanceOf(GitHubApiError)
    expect((error as GitHubApiError).message).toMatch(/lacks issues: write; add `permissions: issues: write`/)
  })
})
