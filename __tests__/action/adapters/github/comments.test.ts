import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { MARKER } from '../../../../src/constants.js'
import { upsertMarkedComment } from '../../../../src/action/adapters/github/comments.js'
import { InputError } from '../../../../src/errors.js'
import { startFakeGitHub, type FakeGitHub, type FakeRepo } from '../../../helpers/fake-github.js'
import { testClient } from './test-client.js'

const marker = MARKER.planComment('infra/prod', 'prod')
let github: FakeGitHub
let repo: FakeRepo
let number = 100

beforeAll(async () => {
  github = await startFakeGitHub()
  repo = github.repo('acme', 'infra')
})
afterAll(() => github.stop())
beforeEach(() => {
  number++
  repo.addPullRequest({ number, author: 'alice' })
})

const request = (body: string, mode: 'update' | 'new' = 'update') => ({
  owner: 'acme',
  repo: 'infra',
  issueNumber: number,
  marker,
  body,
  mode
})

describe('upsertMarkedComment', () => {
  it('creates the comment once, then updates it in place', async () => {
    const client = testClient(github.url)
    const first = await upsertMarkedComment(client, request('plan one'))
    const second = await upsertMarkedComment(client, request('plan two'))
    expect(first.action).toBe('created')
    expect(second).toEqual({ id: first.id, url: first.url, action: 'updated' })
    const comments = repo.commentsOf(number)
    expect(comments).toHaveLength(1)
    expect(comments[0].body).toBe(`${marker}\nplan two`)
    expect(first.url).toBe(`${github.url}/acme/infra/pull/${number}#issuecomment-${first.id}`)
    expect(github.violations).toEqual([])
  })

  it('finds its comment beyond the first page of a long thread', async () => {
    const mine = repo.addComment(number, `${marker}\nold plan`)
    for (let i = 0; i < 230; i++) repo.addComment(number, `chatter ${i}`, 'bob')
    const result = await upsertMarkedComment(testClient(github.url), request('new plan'))
    expect(result).toMatchObject({ id: mine.id, action: 'updated' })
    const listCalls = github.requests.filter(
      r => r.operationId === 'issues/list-comments' && r.path.includes(`/${number}/`)
    )
    expect(listCalls.map(r => r.query.page ?? '1')).toEqual(['1', '2', '3'])
    expect(repo.commentsOf(number)).toHaveLength(231)
    expect(github.violations).toEqual([])
  })

  it("ignores a comment that only quotes the marker, and another module's marker", async () => {
    repo.addComment(number, `> ${marker}\n> quoted by a reviewer`, 'bob')
    repo.addComment(number, `${MARKER.planComment('infra/dev', 'dev')}\ndev plan`)
    const result = await upsertMarkedComment(testClient(github.url), request('prod plan'))
    expect(result.action).toBe('created')
    expect(repo.commentsOf(number)).toHaveLength(3)
  })

  it('never edits a comment someone else wrote with the marker pasted in', async () => {
    const pasted = repo.addComment(number, `${marker}\nLooks fine, nothing destroyed.`, 'mallory')
    const result = await upsertMarkedComment(testClient(github.url), request('real plan'))
    expect(result.action).toBe('created')
    expect(result.id).not.toBe(pasted.id)
    expect(repo.comments.get(pasted.id)?.body).toBe(`${marker}\nLooks fine, nothing destroyed.`)
    expect(github.violations).toEqual([])
  })

  it("with a user token, updates only that user's marked comments (GET /user), not the bot's or others'", async () => {
    github.state.tokens.set('pat-deployer', 'deployer')
    const bots = repo.addComment(number, `${marker}\nfrom GITHUB_TOKEN`)
    const client = testClient(github.url, { token: 'pat-deployer' })
    const first = await upsertMarkedComment(client, request('one'))
    const second = await upsertMarkedComment(client, request('two'))
    expect(first.action).toBe('created')
    expect(second).toMatchObject({ id: first.id, action: 'updated' })
    expect(repo.comments.get(bots.id)?.body).toBe(`${marker}\nfrom GITHUB_TOKEN`)
    expect(repo.comments.get(first.id)?.user.login).toBe('deployer')
    expect(github.requests.some(r => r.operationId === 'users/get-authenticated' && r.status === 200)).toBe(
      true
    )
  })

  it("mode 'new' posts a fresh comment every time and leaves the old ones", async () => {
    const client = testClient(github.url)
    const first = await upsertMarkedComment(client, request('one', 'new'))
    const second = await upsertMarkedComment(client, request('two', 'new'))
    expect([first.action, second.action]).toEqual(['created', 'created'])
    expect(second.id).not.toBe(first.id)
    expect(repo.commentsOf(number).map(c => c.body)).toEqual([`${marker}\none`, `${marker}\ntwo`])
  })

  it('updates the newest marked comment when several exist', async () => {
    repo.addComment(number, `${marker}\nfirst`)
    const newer = repo.addComment(number, `${marker}\nsecond`)
    const result = await upsertMarkedComment(testClient(github.url), request('third'))
    expect(result.id).toBe(newer.id)
  })

  it('refuses a body over the limit and a marker that is not a hidden comment, before calling GitHub', async () => {
    const before = github.requests.length
    await expect(upsertMarkedComment(testClient(github.url), request('x'.repeat(70_000)))).rejects.toThrow(
      /at most 65536/
    )
    await expect(
      upsertMarkedComment(testClient(github.url), { ...request('x'), marker: 'infra-guard' })
    ).rejects.toBeInstanceOf(InputError)
    expect(github.requests.length).toBe(before)
  })
})
