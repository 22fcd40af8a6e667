/**
 * End to end: safety-gate with enforce_approvals=true looks up, on the fake GitHub server, the pull
 * request merged into GITHUB_SHA and its reviews, and counts approvals the way branch protection does:
 * the author's own approval never counts, a later "changes requested" cancels an approval.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import { rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { FAULT, sha, startFakeGitHub, type FakeGitHub } from '../helpers/fake-github.js'
import type { ActionRun } from '../helpers/run-action.js'
import { expectExit, fixturePlan, makeWorkspace, requestsFor, runWithGitHub } from './github-harness.js'

let github: FakeGitHub
let workspace: string
let policy: string

beforeAll(async () => {
  github = await startFakeGitHub()
  workspace = makeWorkspace()
  policy = join(workspace, 'infra-guard.yml')
  writeFileSync(policy, 'version: 1\nenvironments:\n  prod:\n    required_approvals: 2\n')
})

afterEach(() => {
  expect(github.violations).toEqual([])
  expect(github.unhandled).toEqual([])
  github.unscript()
})

afterAll(async () => {
  await github?.stop()
  if (workspace) rmSync(workspace, { recursive: true, force: true })
})

let nextPull = 20

/** A pull request by alice merged into main, with reviews in the order given; returns its merge commit. */
function mergedPull(reviews: [login: string, state: 'APPROVED' | 'CHANGES_REQUESTED' | 'COMMENTED'][]) {
  const number = nextPull++
  const mergeCommit = sha(`merge-${number}`)
  github.repo().addPullRequest({
    number,
    author: 'alice',
    mergedAt: '2026-01-05T10:00:00Z',
    mergeCommitSha: mergeCommit
  })
  for (const [login, state] of reviews) github.repo().addReview(number, login, state)
  return { number, mergeCommit }
}

/** The deploy job's gate on a push to main (no pull_request event: the PR is found by commit). */
function gate(commit: string, inputs: Record<string, string> = {}) {
  return runWithGitHub({
    github,
    workspace,
    sha: commit,
    inputs: {
      mode: 'safety-gate',
      environment: 'prod',
      plan_json: fixturePlan('create-only'),
      config: policy,
      enforce_approvals: 'true',
      ...inputs
    }
  })
}

function approvalsFinding(run: ActionRun): { severity: string; message: string } | undefined {
  const reasons = JSON.parse(run.outputs.gate_reasons ?? '[]') as {
    rule: string
    severity: string
    message: string
  }[]
  return reasons.find(reason => reason.rule === 'approvals')
}

describe('enforce_approvals against the merged pull request', () => {
  it('denies too few approvals, naming who approved and how many are missing; self-approval ignored', async () => {
    const pull = mergedPull([
      ['alice', 'APPROVED'],
      ['bob', 'APPROVED'],
      ['carol', 'COMMENTED']
    ])
    const before = github.requests.length
    const run = await gate(pull.mergeCommit)
    expectExit(run, 1)
    expect(run.outputs.allowed).toBe('false')
    expect(run.outputs.required_approvals).toBe('2')
    const finding = approvalsFinding(run)
    expect(finding?.severity).toBe('deny')
    expect(finding?.message).toContain(`1 of 2 required approval(s) on pull request #${pull.number}`)
    expect(finding?.message).toContain('approved by bob; 1 more needed')
    expect(finding?.message).not.toMatch(/approved by [^;]*alice/)
    expect(run.stdout).toContain('1 more needed')
    // The pull request was found by the commit, then read with its reviews.
    const called = github.requests.slice(before).map(request => request.operationId)
    expect(called).toEqual([
      'repos/list-pull-requests-associated-with-commit',
      'pulls/get',
      'pulls/list-reviews'
    ])
    expect(requestsFor(github, 'repos/list-pull-requests-associated-with-commit', before)[0].path).toContain(
      pull.mergeCommit
    )
  })

  it('allows enough approvals from reviewers other than the author', async () => {
    const pull = mergedPull([
      ['bob', 'APPROVED'],
      ['alice', 'APPROVED'],
      ['carol', 'APPROVED']
    ])
    const run = await gate(pull.mergeCommit)
    expectExit(run, 0)
    expect(run.outputs.allowed).toBe('true')
    const finding = approvalsFinding(run)
    expect(finding?.severity).toBe('pass')
    expect(finding?.message).toContain(`2 of 2 required approval(s) on pull request #${pull.number}`)
    expect(finding?.message).toContain('approved by bob, carol')
  })

  it('an approval later replaced by "changes requested" does not count', async () => {
    const pull = mergedPull([
      ['bob', 'APPROVED'],
      ['carol', 'APPROVED'],
      ['carol', 'CHANGES_REQUESTED']
    ])
    const run = await gate(pull.mergeCommit)
    expectExit(run, 1)
    expect(run.outputs.allowed).toBe('false')
    expect(approvalsFinding(run)?.message).toContain('approved by bob; 1 more needed')
  })

  it('denies when no pull request brought the commit in', async () => {
    const run = await gate(sha('pushed-straight-to-main'))
    expectExit(run, 1)
    expect(run.outputs.allowed).toBe('false')
    expect(approvalsFinding(run)?.message).toContain('no pull request was found for this commit')
  })

  it('fails closed when the reviews cannot be read (403), naming the permission', async () => {
    const pull = mergedPull([
      ['bob', 'APPROVED'],
      ['carol', 'APPROVED']
    ])
    github.script('pulls/list-reviews', [FAULT.forbidden()])
    const run = await gate(pull.mergeCommit)
    expectExit(run, 1)
    expect(run.outputs.allowed).toBe('false')
    const reasons = JSON.parse(run.outputs.gate_reasons) as {
      rule: string
      severity: string
      message: string
    }[]
    expect(reasons).toHaveLength(1)
    expect(reasons[0]).toMatchObject({ rule: 'fail-closed', severity: 'deny' })
    expect(reasons[0].message).toMatch(/403.*pull-requests: read/)
  })

  it('without enforce_approvals the reviews are not looked up and the plan is allowed', async () => {
    const pull = mergedPull([])
    const before = github.requests.length
    const run = await gate(pull.mergeCommit, { enforce_approvals: 'false' })
    expectExit(run, 0)
    expect(run.outputs.allowed).toBe('true')
    expect(run.outputs.required_approvals).toBe('2')
    expect(github.requests.slice(before)).toEqual([])
  })
})
