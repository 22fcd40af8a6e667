/**
 * This repository's own workflows (.github/workflows: CI, check-dist, release) pass the same checks as
 * the examples: GitHub's parser, actionlint, action.yml for `uses: ./`, no `${{ }}` in run:, and
 * only actions on node24 majors.
 */
import { describe, expect, it } from '@jest/globals'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'yaml'
import {
  checkLocalActionUse,
  expressionsInRun,
  lintWithActionlint,
  parserErrors,
  unplayableActions
} from '../examples/workflow-checks.js'
import { REPO_ROOT } from './runner/actions.js'
import { loadWorkflow } from './runner/load-workflow.js'

const DIR = join(REPO_ROOT, '.github', 'workflows')
const FILES = readdirSync(DIR)
  .filter(name => name.endsWith('.yml'))
  .sort()
const read = (path: string) => readFileSync(join(REPO_ROOT, path), 'utf8')
const paths = FILES.map(name => `.github/workflows/${name}`)

describe('.github/workflows', () => {
  it('holds CI, check-dist and the release workflow', () => {
    expect(FILES).toEqual(['check-dist.yml', 'ci.yml', 'release.yml'])
  })

  it.each(paths)('%s passes GitHub’s parser and actionlint', async path => {
    expect(await parserErrors(path, read)).toEqual([])
    expect((await lintWithActionlint([{ path, content: read(path) }]))[path]).toEqual([])
  })

  it.each(paths)(
    '%s pastes no ${{ }} into run:, uses node24 actions, and only declared infra-guard inputs',
    async path => {
      const workflow = await loadWorkflow(path, read)
      expect(expressionsInRun(workflow)).toEqual([])
      expect(unplayableActions(workflow)).toEqual([])
      expect(checkLocalActionUse(read(path))).toEqual([])
    }
  )

  it('releases only v1.MINOR.PATCH tags, after checking dist/, and then moves v1', () => {
    const release = parse(read('.github/workflows/release.yml')) as {
      on: { push: { tags: string[] } }
      permissions: unknown
      jobs: Record<
        string,
        { needs?: string; permissions?: Record<string, string>; steps: { run?: string }[] }
      >
    }
    expect(release.on.push.tags).toEqual(['v1.[0-9]+.[0-9]+'])
    expect(release.permissions).toEqual({})
    expect(release.jobs.verify.permissions).toEqual({ contents: 'read' })
    expect(release.jobs.publish).toMatchObject({ needs: 'verify', permissions: { contents: 'write' } })
    const verify = release.jobs.verify.steps.map(step => step.run ?? '').join('\n')
    expect(verify).toContain('npm run bundle')
    expect(verify).toContain('git status --porcelain -- dist')
    const publish = release.jobs.publish.steps.map(step => step.run ?? '').join('\n')
    expect(publish).toContain('git tag --force v1 "$GITHUB_SHA"')
    expect(publish).toContain('git push --force origin refs/tags/v1')
  })
})
