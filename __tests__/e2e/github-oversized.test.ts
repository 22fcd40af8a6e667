/**
 * End to end: an oversized plan (4,000 changes made by replicating real fixture entries under unique
 * addresses, passed as plan_json) through `node index.js` in plan mode: the PR comment posted to
 * the fake GitHub server stays under GitHub's 65,536-character limit and still carries the risk, the
 * counts and every destructive change, and says where the whole report is.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import { rmSync } from 'node:fs'
import { join } from 'node:path'
import { LIMIT, MARKER } from '../../src/constants.js'
import { sha, startFakeGitHub, type FakeGitHub } from '../helpers/fake-github.js'
import {
  expectExit,
  makeWorkspace,
  readPlan,
  RUN_ID,
  runWithGitHub,
  SERVER_URL,
  WORKING_DIRECTORY,
  writeReplicatedPlan
} from './github-harness.js'

const MARK = MARKER.planComment(WORKING_DIRECTORY, 'staging')
let github: FakeGitHub
let workspace: string

beforeAll(async () => {
  github = await startFakeGitHub()
  workspace = makeWorkspace()
})

afterEach(() => expect(github.violations).toEqual([]))

afterAll(async () => {
  await github?.stop()
  if (workspace) rmSync(workspace, { recursive: true, force: true })
})

const plan = (pr: number, planJson: string) =>
  runWithGitHub({
    github,
    workspace,
    pr,
    sha: sha(`pr-${pr}-head`),
    inputs: { mode: 'plan', environment: 'staging', plan_json: planJson }
  })

const marked = (pr: number) =>
  github
    .repo()
    .commentsOf(pr)
    .filter(c => c.body.split('\n').includes(MARK))

describe('oversized plan', () => {
  it('keeps the comment under 65,536 characters with risk, counts and every destructive change', async () => {
    github.repo().addPullRequest({ number: 10 })
    const source = readPlan('mixed')
    const entry = (actions: string) =>
      source.resource_changes.find(rc => rc.mode === 'managed' && rc.change.actions.join(',') === actions)!
    // 4,000 changes: every 50th a deletion, the rest creates with long addresses that cannot all fit.
    const path = join(workspace, 'oversized-plan.json')
    const byAction = await writeReplicatedPlan(path, source, 4000, i =>
      i % 50 === 0 ? entry('delete') : entry('create')
    )
    const deleted = byAction.get('delete') ?? []
    const created = byAction.get('create') ?? []
    expect(deleted).toHaveLength(80)

    const run = await plan(10, path)
    expectExit(run, 0)
    expect(run.outputs.resources_to_add).toBe(String(created.length))
    expect(run.outputs.resources_to_destroy).toBe(String(deleted.length))
    const [comment] = marked(10)
    expect(marked(10)).toHaveLength(1)
    expect(comment.body.length).toBeLessThan(LIMIT.commentChars)
    expect(comment.body).toContain(`Risk: ${run.outputs.risk.toUpperCase()}`)
    expect(comment.body).toContain(
      `Plan: ${created.length} to add, 0 to change, ${deleted.length} to destroy.`
    )
    expect(comment.body).toContain(`Destroyed or replaced (${deleted.length})`)
    for (const address of deleted) expect(comment.body).toContain(address)
    // What was cut is said, and where the whole report is: the job summary of this run and the artifact.
    expect(comment.body).toMatch(/shortened to fit GitHub's 65,536-character comment limit/)
    expect(comment.body).toContain(`[job summary](${SERVER_URL}/acme/infra/actions/runs/${RUN_ID})`)
    expect(comment.body).toMatch(/plan artifact/)
    // The job summary holds what the comment had to leave out.
    const cut = created.filter(address => !comment.body.includes(address))
    expect(cut.length).toBeGreaterThan(0)
    expect(run.summary).toContain(cut[0])
  })

  it('with thousands of deletions, keeps the header and counts and cuts the list with a visible note', async () => {
    github.repo().addPullRequest({ number: 11 })
    const source = readPlan('bulk-delete')
    const deletion = source.resource_changes.find(rc => rc.change.actions.join(',') === 'delete')!
    const path = join(workspace, 'mass-deletion-plan.json')
    const byAction = await writeReplicatedPlan(path, source, 3000, () => deletion)
    const deleted = byAction.get('delete') ?? []
    expect(deleted).toHaveLength(3000)

    const run = await plan(11, path)
    expectExit(run, 0)
    expect(run.outputs.risk).toBe('critical')
    const [comment] = marked(11)
    expect(marked(11)).toHaveLength(1)
    expect(comment.body.length).toBeLessThan(LIMIT.commentChars)
    expect(comment.body).toContain('Risk: CRITICAL')
    expect(comment.body).toContain('Plan: 0 to add, 0 to change, 3000 to destroy.')
    expect(comment.body).toContain('Destroyed or replaced (3000)')
    expect(comment.body).toContain(deleted[0])
    expect(comment.body).toMatch(/… \d+ more destroyed or replaced address\(es\) not shown here/)
    expect(comment.body).toMatch(/shortened to fit GitHub's 65,536-character comment limit/)
  })
})
