/**
 * The workflow snippets in README.md and docs/ pass the same checks as the examples: GitHub's parser,
 * actionlint, action.yml, no `${{ }}` pasted into run:, and current actions. A snippet that is a list
 * of steps is checked inside a minimal workflow_dispatch job.
 */
import { describe, expect, it } from '@jest/globals'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse, stringify } from 'yaml'
import { REPO_ROOT } from '../workflows/runner/actions.js'
import { loadWorkflow } from '../workflows/runner/load-workflow.js'
import {
  checkLocalActionUse,
  expressionsInRun,
  lintWithActionlint,
  parserErrors,
  unplayableActions
} from './workflow-checks.js'

const DOCUMENTS = ['README.md', ...readdirSync(join(REPO_ROOT, 'docs')).map(name => `docs/${name}`)]
const INFRA_GUARD = /^acme-platform\/infra-guard@(v1|[0-9a-f]{40})$/

interface Snippet {
  name: string
  /** The snippet as a complete workflow. */
  workflow: string
}

/** The ```yaml blocks of a Markdown file that are workflows or lists of steps. */
function workflowSnippets(document: string): Snippet[] {
  const text = readFileSync(join(REPO_ROOT, document), 'utf8')
  const snippets: Snippet[] = []
  for (const [index, match] of [...text.matchAll(/```ya?ml\n([\s\S]*?)```/g)].entries()) {
    const body = match[1]
    const line = text.slice(0, match.index).split('\n').length + 1
    const value = parse(body) as unknown
    const name = `${document}:${line} (yaml block ${index + 1})`
    if (value && typeof value === 'object' && 'jobs' in value) {
      snippets.push({ name, workflow: body })
    } else if (
      Array.isArray(value) &&
      value.every(step => step && typeof step === 'object' && ('uses' in step || 'run' in step))
    ) {
      const workflow = {
        on: 'workflow_dispatch',
        jobs: { snippet: { 'runs-on': 'ubuntu-latest', steps: value } }
      }
      snippets.push({ name, workflow: stringify(workflow) })
    }
  }
  return snippets
}

const SNIPPETS = DOCUMENTS.flatMap(workflowSnippets)
const aliasesIn = (workflow: string) =>
  [...workflow.matchAll(/uses: (\S+)/g)].map(m => m[1]).filter(uses => INFRA_GUARD.test(uses))

describe('workflow snippets in README.md and docs/', () => {
  it('are found: four workflows and two step lists (Installation) in README, none in docs/', () => {
    const count = (document: string) =>
      SNIPPETS.filter(snippet => snippet.name.startsWith(`${document}:`)).length
    const workflows = SNIPPETS.filter(
      snippet => snippet.name.startsWith('README.md:') && /^# /.test(snippet.workflow)
    )
    expect([count('README.md'), workflows.length, SNIPPETS.length]).toEqual([6, 4, 6])
  })

  it.each(SNIPPETS.map(snippet => [snippet.name, snippet] as const))(
    '%s passes GitHub’s parser and actionlint',
    async (_name, snippet) => {
      expect(await parserErrors('snippet.yml', () => snippet.workflow)).toEqual([])
      const path = '.github/workflows/snippet.yml'
      expect((await lintWithActionlint([{ path, content: snippet.workflow }]))[path]).toEqual([])
    }
  )

  it.each(SNIPPETS.map(snippet => [snippet.name, snippet] as const))(
    '%s uses declared inputs, current actions, and no ${{ }} in run:',
    async (_name, snippet) => {
      const workflow = await loadWorkflow('snippet.yml', () => snippet.workflow)
      expect(expressionsInRun(workflow)).toEqual([])
      expect(unplayableActions(workflow, aliasesIn(snippet.workflow))).toEqual([])
      const uses = (value: string) => INFRA_GUARD.test(value)
      expect(checkLocalActionUse(snippet.workflow, { uses })).toEqual([])
    }
  )
})
