/**
 * End to end: `node index.js` in plan mode posting its PR comment to the loopback fake GitHub
 * server (every request checked against GitHub's REST OpenAPI description). One marked comment per
 * module and environment, updated in place; comment: new / off; 502s and secondary rate limits are
 * retried and a 403 is only a warning. (The oversized plan is in github-oversized.test.ts.)
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import { existsSync, readFileSync, rmSync } from 'node:fs'
import { MARKER } from '../../src/constants.js'
import { FAULT, sha, startFakeGitHub, type FakeGitHub } from '../helpers/fake-github.js'
import {
  expectExit,
  fixturePlan,
  makeWorkspace,
  requestsFor,
  RUN_ID,
  runWithGitHub,
  SERVER_URL,
  WORKING_DIRECTORY
} from './github-harness.js'

const ENVIRONMENT = 'staging'
const MARK = MARKER.planComment(WORKING_DIRECTORY, ENVIRONMENT)
let github: FakeGitHub
let workspace: string

beforeAll(async () => {
  github = await startFakeGitHub()
  workspace = makeWorkspace()
})

afterEach(() => {
  // Every request the action sent must be one GitHub's REST description allows.
  expect(github.violations).toEqual([])
  expect(github.unhandled).toEqual([])
  github.unscript()
})

afterAll(async () => {
  await github?.stop()
  if (workspace) rmSync(workspace, { recursive: true, force: true })
})

/** A plan run for pull request `pr` with plan JSON `plan` (a fixture name or a path). */
function plan(pr: number, planJson: string, inputs: Record<string, string> = {}) {
  return runWithGitHub({
    github,
    workspace,
    pr,
    sha: sha(`pr-${pr}-head`),
    inputs: {
      mode: 'plan',
      environment: ENVIRONMENT,
      plan_json: planJson.includes('/') ? planJson : fixturePlan(planJson),
      ...inputs
    }
  })
}

const marked = (pr: number) =>
  github
    .repo()
    .commentsOf(pr)
    .filter(c => c.body.split('\n').includes(MARK))

describe('plan comment on a pull request', () => {
  it('a plan from plan_json writes its report file and job summary', async () => {
    github.repo().addPullRequest({ number: 6 })
    const run = await plan(6, 'create-only')
    expectExit(run, 0)
    expect(existsSync(run.outputs.summary_markdown)).toBe(true)
    expect(readFileSync(run.outputs.summary_markdown, 'utf8')).toBe(run.summary)
  })

  it('posts one marked comment with the report, updates it on the next plan, never duplicates it', async () => {
    github.repo().addPullRequest({ number: 7 })
    github.repo().addComment(7, 'LGTM, waiting for the plan', 'bob')

    const first = await plan(7, 'create-only')
    expectExit(first, 0)
    const [comment] = marked(7)
    const firstBody = comment.body
    expect(marked(7)).toHaveLength(1)
    expect(first.outputs.comment_id).toBe(String(comment.id))
    expect(comment.body.split('\n')[0]).toBe(MARK)
    expect(comment.body).toContain(
      `Plan: ${first.outputs.resources_to_add} to add, 0 to change, 0 to destroy.`
    )
    expect(comment.body).toContain(`Risk: ${first.outputs.risk.toUpperCase()}`)
    expect(comment.body).toContain(`${SERVER_URL}/acme/infra/actions/runs/${RUN_ID}`)
    // No approval is required here: the report says nothing about approvals (issue 13: no zero-approval section).
    expect(comment.body).not.toContain('Required approvals')
    expect(comment.body).toContain('Rollback plan')
    expect(
      github
        .repo()
        .commentsOf(7)
        .find(c => c.user.login === 'bob')?.body
    ).toBe('LGTM, waiting for the plan')

    const before = github.requests.length
    const second = await plan(7, 'delete')
    expectExit(second, 0)
    expect(marked(7)).toHaveLength(1)
    expect(second.outputs.comment_id).toBe(first.outputs.comment_id)
    expect(requestsFor(github, 'issues/update-comment', before)).toHaveLength(1)
    expect(requestsFor(github, 'issues/create-comment', before)).toHaveLength(0)
    const updated = marked(7)[0].body
    expect(Number(second.outputs.resources_to_destroy)).toBeGreaterThan(0)
    expect(updated).toContain(`to destroy.`)
    expect(updated).toContain(`${second.outputs.resources_to_destroy} to destroy.`)
    expect(updated).not.toBe(firstBody)
    expect(github.repo().commentsOf(7)).toHaveLength(2)
  })

  it('comment: new posts another marked comment; comment: off posts none and calls nothing', async () => {
    github.repo().addPullRequest({ number: 8 })
    const first = await plan(8, 'create-only')
    expectExit(first, 0)

    const again = await plan(8, 'update', { comment: 'new' })
    expectExit(again, 0)
    expect(marked(8)).toHaveLength(2)
    expect(again.outputs.comment_id).toBe(String(marked(8)[1].id))
    expect(again.outputs.comment_id).not.toBe(first.outputs.comment_id)

    const before = github.requests.length
    const off = await plan(8, 'mixed', { comment: 'off' })
    expectExit(off, 0)
    expect(off.outputs.comment_id).toBeUndefined()
    expect(marked(8)).toHaveLength(2)
    expect(github.requests.slice(before)).toEqual([])
  })

  it('comments on the pull request named by pr_number outside a pull_request event', async () => {
    github.repo().addPullRequest({ number: 9 })
    const run = await runWithGitHub({
      github,
      workspace,
      sha: sha('dispatch'),
      inputs: { mode: 'plan', environment: ENVIRONMENT, plan_json: fixturePlan('update'), pr_number: '9' },
      env: { GITHUB_EVENT_NAME: 'workflow_dispatch' }
    })
    expectExit(run, 0)
    expect(marked(9)).toHaveLength(1)
    expect(run.outputs.comment_id).toBe(String(marked(9)[0].id))
  })

  it('finds its comment again behind more than a page of other comments', async () => {
    github.repo().addPullRequest({ number: 16 })
    const first = await plan(16, 'create-only')
    expectExit(first, 0)
    for (let i = 0; i < 150; i++) github.repo().addComment(16, `discussion ${i}`, i % 2 ? 'bob' : 'carol')
    const before = github.requests.length
    const second = await plan(16, 'update')
    expectExit(second, 0)
    expect(second.outputs.comment_id).toBe(first.outputs.comment_id)
    expect(marked(16)).toHaveLength(1)
    expect(requestsFor(github, 'issues/list-comments', before).map(r => r.query.page ?? '1')).toEqual([
      '1',
      '2'
    ])
  })

  it('keeps one comment per environment: a prod plan does not overwrite the staging one', async () => {
    github.repo().addPullRequest({ number: 14 })
    const staging = await plan(14, 'create-only')
    const prod = await plan(14, 'create-only', { environment: 'prod' })
    expectExit(staging, 0)
    expectExit(prod, 0)
    const prodMark = MARKER.planComment(WORKING_DIRECTORY, 'prod')
    const comments = github.repo().commentsOf(14)
    expect(comments.map(c => c.body.split('\n')[0])).toEqual([MARK, prodMark])
    expect(prod.outputs.comment_id).not.toBe(staging.outputs.comment_id)

    const again = await plan(14, 'update', { environment: 'prod' })
    expectExit(again, 0)
    expect(again.outputs.comment_id).toBe(prod.outputs.comment_id)
    expect(github.repo().commentsOf(14)).toHaveLength(2)
    expect(github.repo().commentsOf(14)[0].body).toBe(comments[0].body)
  })
})

describe('GitHub API faults on the comment call', () => {
  it('survives 502 twice then 200: the comment is posted and the step succeeds', async () => {
    github.repo().addPullRequest({ number: 11 })
    github.script('issues/create-comment', [FAULT.status(502, 2)])
    const before = github.requests.length
    const run = await plan(11, 'create-only')
    expectExit(run, 0)
    expect(requestsFor(github, 'issues/create-comment', before).map(r => r.status)).toEqual([502, 502, 201])
    expect(marked(11)).toHaveLength(1)
    expect(run.outputs.comment_id).toBe(String(marked(11)[0].id))
    expect(run.stdout).not.toContain('Could not write the PR comment')
  }, 30_000)

  it('waits out a secondary rate limit (429 with Retry-After) and posts the comment', async () => {
    github.repo().addPullRequest({ number: 15 })
    github.script('issues/create-comment', [FAULT.secondaryRateLimit(1)])
    const before = github.requests.length
    const run = await plan(15, 'create-only')
    expectExit(run, 0)
    const posts = requestsFor(github, 'issues/create-comment', before)
    expect(posts.map(r => r.status)).toEqual([429, 201])
    // Behaviour, not speed: the retry came only after the Retry-After second GitHub asked for.
    expect(posts[1].at - posts[0].at).toBeGreaterThanOrEqual(900)
    expect(marked(15)).toHaveLength(1)
  })

  it('a 403 on comments is a warning: no retry, no comment, the plan step still succeeds', async () => {
    github.repo().addPullRequest({ number: 12 })
    github.script('issues/create-comment', [FAULT.forbidden()])
    const before = github.requests.length
    const run = await plan(12, 'delete')
    expectExit(run, 0)
    expect(requestsFor(github, 'issues/create-comment', before).map(r => r.status)).toEqual([403])
    expect(marked(12)).toHaveLength(0)
    expect(run.stdout).toMatch(
      /::warning::Could not write the PR comment: GitHub API call POST \/repos\/acme\/infra\/issues\/12\/comments failed with 403.*pull-requests: write/
    )
    expect(run.stdout).not.toContain('::error::')
    expect(run.outputs.comment_id).toBeUndefined()
    expect(Number(run.outputs.resources_to_destroy)).toBeGreaterThan(0)
    expect(run.summary).toContain(`${run.outputs.resources_to_destroy} to destroy.`)
  })

  it('a 403 on listing comments (update mode) is a warning too', async () => {
    github.repo().addPullRequest({ number: 13 })
    github.script('issues/list-comments', [FAULT.forbidden()])
    const run = await plan(13, 'create-only')
    expectExit(run, 0)
    expect(run.stdout).toContain('::warning::Could not write the PR comment')
    expect(marked(13)).toHaveLength(0)
  })
})
