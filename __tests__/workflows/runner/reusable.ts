/**
 * The interface of a called (reusable) workflow: its `on.workflow_call` inputs (typed, defaults,
 * required), secrets (`secrets: inherit` or a mapping) and outputs (evaluated over `jobs.<id>`).
 */
import type {
  ReusableWorkflowJob,
  WorkflowCallConfig
} from '@actions/workflow-parser/model/workflow-template'
import { isMapping } from '@actions/workflow-parser'
import { evaluateString, evaluateStringMap, evaluateToken, type Scope } from './expressions.js'
import { field, inputDefinitions, type LoadedWorkflow } from './load-workflow.js'

function callConfig(called: LoadedWorkflow): WorkflowCallConfig {
  const config = called.template.events.workflow_call
  if (!config) throw new Error(`${called.path} has no 'on: workflow_call', so it cannot be called`)
  return config
}

/** The `inputs` context of the called workflow: the caller's `with:` checked against the definitions. */
export function callInputs(
  called: LoadedWorkflow,
  job: ReusableWorkflowJob,
  scope: Scope
): Record<string, unknown> {
  callConfig(called)
  const definitions = inputDefinitions(called, 'workflow_call')
  const given: Record<string, unknown> = {}
  for (const pair of job['input-values'] ?? []) {
    const name = String(evaluateToken(pair.key, scope))
    if (!(name in definitions)) throw new Error(`input '${name}' is not defined in ${called.path}`)
    given[name] = evaluateToken(pair.value, scope)
  }
  const inputs: Record<string, unknown> = {}
  for (const [name, definition] of Object.entries(definitions)) {
    let value = given[name]
    if (value === undefined && definition.default !== undefined)
      value = evaluateToken(definition.default, scope)
    if (value === undefined) {
      if (definition.required)
        throw new Error(`input '${name}' is required by ${called.path} but not provided`)
      value = definition.type === 'boolean' ? false : String(definition.type) === 'number' ? 0 : ''
    }
    const type = definition.type
    if (type === 'boolean' && typeof value !== 'boolean') {
      throw new Error(`input '${name}' of ${called.path} expects a boolean, got ${JSON.stringify(value)}`)
    }
    if (type === 'number' && typeof value !== 'number') {
      throw new Error(`input '${name}' of ${called.path} expects a number, got ${JSON.stringify(value)}`)
    }
    if (type === 'string' && typeof value !== 'string') value = String(value)
    inputs[name] = value
  }
  return inputs
}

/** The `secrets` context of the called workflow. */
export function callSecrets(
  called: LoadedWorkflow,
  job: ReusableWorkflowJob,
  scope: Scope,
  callerSecrets: Record<string, string>
): Record<string, string> {
  const secrets = job['inherit-secrets']
    ? { ...callerSecrets }
    : evaluateStringMap(
        job['secret-values'],
        { contexts: { ...scope.contexts, secrets: callerSecrets } },
        'secrets'
      )
  for (const [name, definition] of Object.entries(callConfig(called).secrets ?? {})) {
    if (definition.required && secrets[name] === undefined) {
      throw new Error(`secret '${name}' is required by ${called.path} but not provided`)
    }
  }
  return secrets
}

/** The called workflow's outputs (`on.workflow_call.outputs.<name>.value`). */
export function callOutputs(called: LoadedWorkflow, scope: Scope): Record<string, string> {
  const on = field(called.root, 'on')
  const outputs = field(field(on, 'workflow_call'), 'outputs')
  const result: Record<string, string> = {}
  if (!outputs || !isMapping(outputs)) return result
  for (const pair of outputs) {
    const name = String(evaluateToken(pair.key, scope))
    const value = field(pair.value, 'value')
    result[name] = value ? evaluateString(value, scope, `output '${name}' of ${called.path}`) : ''
  }
  return result
}
