/**
 * Whether an event starts a workflow (its `on:` names the event, and a push or pull request passes
 * the `branches` and `paths` filters), and the typed `inputs` context of a workflow_dispatch run.
 */
import type { WorkflowTemplate } from '@actions/workflow-parser'
import type { DispatchInputValue, EventFacts } from './events.js'
import { inputDefinitions, type LoadedWorkflow } from './load-workflow.js'
import type { FixtureRepository } from './repository.js'

/** Thrown when the event would not start the workflow on GitHub; the message says which filter. */
export class NotTriggeredError extends Error {}

type Filters = {
  branches?: string[]
  'branches-ignore'?: string[]
  paths?: string[]
  'paths-ignore'?: string[]
}

/** Throws NotTriggeredError unless `facts` starts the workflow. */
export function checkTrigger(
  template: WorkflowTemplate,
  facts: EventFacts,
  repo: FixtureRepository,
  path: string
): void {
  const config = (template.events as Record<string, unknown>)[facts.name] as Filters | undefined
  if (config === undefined) {
    throw new NotTriggeredError(
      `${path} is not triggered by '${facts.name}' (on: ${Object.keys(template.events).join(', ')})`
    )
  }
  if (facts.name !== 'pull_request' && facts.name !== 'push') return
  const branch = facts.name === 'pull_request' ? facts.baseRef : facts.refName
  if (!matchesFilters([branch], config.branches, config['branches-ignore'])) {
    throw new NotTriggeredError(`${path}: branch '${branch}' does not pass the branches filter`)
  }
  if (config.paths === undefined && config['paths-ignore'] === undefined) return
  const payload = facts.payload as {
    pull_request?: { base: { sha: string }; head: { sha: string } }
    before?: string
    after?: string
  }
  const [from, to] = payload.pull_request
    ? [
        repo.git('merge-base', payload.pull_request.base.sha, payload.pull_request.head.sha),
        payload.pull_request.head.sha
      ]
    : [payload.before ?? '', payload.after ?? '']
  const changed = repo.git('diff', '--name-only', from, to).split('\n').filter(Boolean)
  if (!matchesFilters(changed, config.paths, config['paths-ignore'])) {
    throw new NotTriggeredError(
      `${path}: no changed file (${changed.join(', ') || 'none'}) passes the paths filter`
    )
  }
}

/** GitHub's filter rule: some value matches the include patterns (last matching pattern wins, `!` negates). */
function matchesFilters(values: string[], include?: string[], ignore?: string[]): boolean {
  if (include) return values.some(value => lastMatch(value, include))
  if (ignore) return values.some(value => !lastMatch(value, ignore))
  return true
}

function lastMatch(value: string, patterns: string[]): boolean {
  let matched = false
  for (const pattern of patterns) {
    const negated = pattern.startsWith('!')
    if (globToRegExp(negated ? pattern.slice(1) : pattern).test(value)) matched = !negated
  }
  return matched
}

/** `**` crosses folders, `*` and `?` do not (GitHub's filter pattern cheat sheet). */
export function globToRegExp(glob: string): RegExp {
  let source = ''
  for (let i = 0; i < glob.length; i++) {
    const char = glob[i]
    if (char === '*' && glob[i + 1] === '*') {
      source += glob[i + 2] === '/' ? '(?:.*/)?' : '.*'
      i += glob[i + 2] === '/' ? 2 : 1
    } else if (char === '*') source += '[^/]*'
    else if (char === '?') source += '[^/]'
    else source += char.replace(/[.+^${}()|[\]\\]/g, '\\$&')
  }
  return new RegExp(`^${source}$`)
}

/** The `inputs` context of a workflow_dispatch run: typed, defaults filled, choices and required checked. */
export function dispatchInputs(
  workflow: LoadedWorkflow,
  given: Record<string, DispatchInputValue>
): Record<string, string | boolean | number> {
  const { path } = workflow
  const definitions = inputDefinitions(workflow, 'workflow_dispatch')
  const result: Record<string, string | boolean | number> = {}
  for (const name of Object.keys(given)) {
    if (!(name in definitions)) throw new Error(`${path}: workflow_dispatch has no input '${name}'`)
  }
  for (const [name, definition] of Object.entries(definitions)) {
    const value = given[name] ?? (definition.default?.toJSON() as DispatchInputValue | undefined)
    if (value === undefined) {
      if (definition.required) throw new Error(`${path}: required input '${name}' not provided`)
      result[name] = definition.type === 'boolean' ? false : ''
      continue
    }
    if (definition.type === 'boolean') {
      if (value !== true && value !== false && value !== 'true' && value !== 'false') {
        throw new Error(`${path}: input '${name}' must be true or false, got '${value}'`)
      }
      result[name] = value === true || value === 'true'
    } else if (definition.type === 'number') {
      result[name] = Number(value)
    } else {
      if (definition.type === 'choice' && !definition.options.includes(String(value))) {
        throw new Error(`${path}: input '${name}' must be one of ${definition.options.join(', ')}`)
      }
      result[name] = String(value)
    }
  }
  return result
}
