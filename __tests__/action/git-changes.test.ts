/**
 * The git adapter against real repositories: pull requests diffed from their merge base, pushes
 * from before to after, renames and deletions, odd file names, a shallow clone, a force-pushed-away
 * commit, and event payloads that are not what they claim.
 */
import { describe, expect, it } from '@jest/globals'
import { planFromEvent } from '../../src/action/adapters/change-range.js'
import { gitChanges, type GitChanges, type CompareRange } from '../../src/action/adapters/git-changes.js'
import { DiscoveryError } from '../../src/discovery/errors.js'
import { monorepoGit, shallowClone } from './git-repo.js'

const range = (base: string, head: string, extra: Partial<CompareRange> = {}): CompareRange => ({
  base,
  head,
  mergeBase: true,
  label: 'pull request #7',
  baseMayBeGone: false,
  ...extra
})

async function changesOf(dir: string, compare: CompareRange): Promise<GitChanges> {
  const found = await gitChanges(dir, compare)
  if ('everything' in found) throw new Error(`unexpected fallback: ${found.everything}`)
  return found
}

describe('git changes', () => {
  it("a pull request's changes come from its merge base, not from where main moved since", async () => {
    const repo = monorepoGit()
    repo.git('checkout', '-q', '-b', 'feature')
    repo.write({ 'environments/dev/main.tf': 'module "x" {\n  source = "../../modules/network"\n}\n' })
    const head = repo.commit('change dev')
    repo.git('checkout', '-q', 'main')
    repo.write({ 'environments/prod/extra.tf': '# moved on\n' })
    const base = repo.commit('main moves on')
    const found = await changesOf(repo.dir, range(base, head))
    expect(found.changes).toEqual([{ status: 'modified', path: 'environments/dev/main.tf' }])
    expect(found.from).toBe(repo.git('merge-base', base, head))
  })

  it('reports renames with both paths, deletions, and earlier texts', async () => {
    const repo = monorepoGit()
    const base = repo.git('rev-parse', 'HEAD')
    repo.git('mv', 'environments/staging', 'environments/qa')
    repo.remove('modules/network/outputs.tf')
    repo.write({ 'environments/dev/new.tf': 'locals {}\n' })
    const head = repo.commit('rename staging, drop outputs, add a file')
    const found = await changesOf(repo.dir, range(base, head))
    const byPath = Object.fromEntries(found.changes.map(change => [change.path, change]))
    expect(byPath['environments/qa/main.tf']).toEqual({
      status: 'renamed',
      path: 'environments/qa/main.tf',
      previousPath: 'environments/staging/main.tf'
    })
    expect(byPath['modules/network/outputs.tf']).toEqual({
      status: 'deleted',
      path: 'modules/network/outputs.tf'
    })
    expect(byPath['environments/dev/new.tf']).toEqual({ status: 'added', path: 'environments/dev/new.tf' })
    expect(await found.readBefore('environments/staging/main.tf')).toContain('../../modules/network')
    expect(await found.readBefore('modules/network/outputs.tf')).toContain('output "id"')
    expect(await found.readBefore('environments/dev/new.tf')).toBeUndefined()
  })

  it('keeps file names with spaces, quotes, unicode and line breaks intact', async () => {
    const repo = monorepoGit()
    const base = repo.git('rev-parse', 'HEAD')
    const names = [
      'environments/dev/my file.tf',
      'environments/dev/"quoted".tf',
      'environments/dev/한글.tf',
      'environments/dev/line\nbreak.tf'
    ]
    repo.write(Object.fromEntries(names.map(name => [name, 'locals {}\n'])))
    const head = repo.commit('odd names')
    const found = await changesOf(repo.dir, range(base, head))
    expect(found.changes.map(change => change.path).sort()).toEqual([...names].sort())
  })

  it('on a subfolder, lists only its paths, relative to it', async () => {
    const repo = monorepoGit()
    const base = repo.git('rev-parse', 'HEAD')
    repo.write({ 'environments/dev/a.tf': '', 'modules/network/b.tf': '' })
    const head = repo.commit('two places')
    const found = await changesOf(`${repo.dir}/environments`, range(base, head))
    expect(found.changes).toEqual([{ status: 'added', path: 'dev/a.tf' }])
    repo.write({ 'environments/dev/main.tf': 'locals {}\n' })
    const next = repo.commit('modify')
    const later = await changesOf(`${repo.dir}/environments`, range(head, next, { mergeBase: false }))
    expect(await later.readBefore('dev/main.tf')).toContain('module "m0"')
  })

  it('a push compares before with after directly', async () => {
    const repo = monorepoGit()
    const before = repo.git('rev-parse', 'HEAD')
    repo.write({ 'modules/network/subnets/main.tf': 'resource "terraform_data" "t" {}\n' })
    repo.commit('one')
    repo.write({ 'environments/prod/terraform.tfvars': 'region = "us-east-1"\n' })
    const after = repo.commit('two')
    const found = await changesOf(repo.dir, range(before, after, { mergeBase: false, label: 'push' }))
    expect(found.changes.map(change => change.path).sort()).toEqual([
      'environments/prod/terraform.tfvars',
      'modules/network/subnets/main.tf'
    ])
  })

  it('a shallow checkout fails with the fetch-depth fix', async () => {
    const repo = monorepoGit()
    const base = repo.git('rev-parse', 'HEAD')
    repo.git('checkout', '-q', '-b', 'feature')
    repo.write({ 'environments/dev/x.tf': '' })
    const head = repo.commit('feature')
    const clone = shallowClone(repo, 'feature')
    const error = await gitChanges(clone.dir, range(base, head)).catch((thrown: unknown) => thrown)
    expect(error).toBeInstanceOf(DiscoveryError)
    expect((error as Error).message).toMatch(/shallow.*fetch-depth: 0/)
  })

  it('a push whose before commit is gone (force push) lists everything instead, with the reason', async () => {
    const repo = monorepoGit()
    const after = repo.git('rev-parse', 'HEAD')
    const gone = 'ab'.repeat(20)
    const found = await gitChanges(
      repo.dir,
      range(gone, after, { mergeBase: false, baseMayBeGone: true, label: 'push' })
    )
    expect(found).toEqual({ everything: expect.stringMatching(/force push/) })
    await expect(gitChanges(repo.dir, range(gone, after))).rejects.toThrow(
      /is not in the checkout.*fetch-depth: 0/
    )
  })

  it('outside a git checkout, says how to fix it', async () => {
    const { mkdtempSync } = await import('node:fs')
    const { tmpdir } = await import('node:os')
    const dir = mkdtempSync(`${tmpdir()}/not-git-`)
    await expect(gitChanges(dir, range('a'.repeat(40), 'b'.repeat(40)))).rejects.toThrow(
      /not a git checkout.*all: true/
    )
  })
})

describe('which commits an event compares', () => {
  const sha = (c: string) => c.repeat(40)

  it('a pull request compares base and head from its merge base', () => {
    expect(
      planFromEvent('pull_request', {
        pull_request: { number: 3, base: { sha: sha('a') }, head: { sha: sha('b') } }
      })
    ).toEqual({
      kind: 'compare',
      range: {
        base: sha('a'),
        head: sha('b'),
        mergeBase: true,
        label: 'pull request #3',
        baseMayBeGone: false
      }
    })
  })

  it('a push compares before and after; a new branch lists everything; a deleted branch nothing', () => {
    expect(
      planFromEvent('push', { ref: 'refs/heads/main', before: sha('a'), after: sha('b') })
    ).toMatchObject({
      kind: 'compare',
      range: { mergeBase: false, baseMayBeGone: true }
    })
    expect(planFromEvent('push', { ref: 'refs/heads/new', before: sha('0'), after: sha('b') })).toMatchObject(
      {
        kind: 'everything',
        reason: expect.stringMatching(/created 'refs\/heads\/new'/)
      }
    )
    expect(planFromEvent('push', { before: sha('a'), after: sha('0') })).toMatchObject({ kind: 'nothing' })
  })

  it('a merge group compares its base and head', () => {
    expect(
      planFromEvent('merge_group', { merge_group: { base_sha: sha('c'), head_sha: sha('d') } })
    ).toMatchObject({
      kind: 'compare',
      range: { base: sha('c'), head: sha('d'), mergeBase: true }
    })
  })

  it.each([
    ['an option', '--output=/tmp/pwned'],
    ['a revision expression', 'HEAD~1'],
    ['a short id', 'abc123'],
    ['upper case', 'A'.repeat(40)],
    ['a number', 42]
  ])('refuses %s as a commit id', (_label, value) => {
    expect(() =>
      planFromEvent('pull_request', { pull_request: { base: { sha: value }, head: { sha: sha('b') } } })
    ).toThrow(/does not hold two commit ids.*all: true/)
  })

  it('other events need all: true', () => {
    expect(() => planFromEvent('schedule', {})).toThrow(/'schedule' event. Set all: true/)
  })
})
