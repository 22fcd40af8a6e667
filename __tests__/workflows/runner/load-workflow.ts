/**
 * Reads a workflow file with GitHub's own parser (@actions/workflow-parser): the schema check, then
 * the conversion to a workflow template (jobs, needs, if conditions with their implied success(),
 * steps and their generated ids). Any error the parser reports stops the run with every message and
 * the file's name. The parser's raw token tree is kept too: the template leaves out keys the runner
 * needs (`with:`, `working-directory`, `shell`, `defaults`, `timeout-minutes`).
 */
import {
  convertWorkflowTemplate,
  isMapping,
  isSequence,
  NoOperationTraceWriter,
  parseWorkflow,
  type WorkflowTemplate
} from '@actions/workflow-parser'
import type { TemplateToken } from '@actions/workflow-parser/templates/tokens/template-token'
import type { MappingToken } from '@actions/workflow-parser/templates/tokens/mapping-token'
import type { WorkflowJob } from '@actions/workflow-parser/model/workflow-template'

/** A parsed, converted and validated workflow. */
export interface LoadedWorkflow {
  /** Path in the repository, e.g. `.github/workflows/deploy.yml`. */
  path: string
  template: WorkflowTemplate
  /** The parser's token tree of the whole file. */
  root: MappingToken
}

/** The file a workflow or reusable workflow is read from (a commit of the fixture repository). */
export type ReadFile = (path: string) => string | undefined

/** Thrown when GitHub's parser rejects a workflow; the message lists its errors. */
export class WorkflowSyntaxError extends Error {}

/** Parses and converts `path`; reusable workflows it calls are read with `readFile` and validated too. */
export async function loadWorkflow(path: string, readFile: ReadFile): Promise<LoadedWorkflow> {
  const content = readFile(path)
  if (content === undefined) throw new WorkflowSyntaxError(`workflow file '${path}' does not exist`)
  const parsed = parseWorkflow({ name: path, content }, new NoOperationTraceWriter())
  const errors = parsed.context.errors.getErrors().map(error => error.message)
  if (!parsed.value || errors.length > 0) throw syntaxError(path, errors)
  const template = await convertWorkflowTemplate(
    parsed.context,
    parsed.value,
    {
      getFileContent: async ref => {
        if (!('path' in ref) || 'repository' in ref) throw new Error('only local reusable workflows')
        const text = readFile(ref.path)
        if (text === undefined) throw new Error(`no file ${ref.path}`)
        return { name: ref.path, content: text }
      }
    },
    { fetchReusableWorkflowDepth: 1 }
  )
  if (template.errors?.length)
    throw syntaxError(
      path,
      template.errors.map(error => error.Message)
    )
  return { path, template, root: parsed.value.assertMapping('workflow root') }
}

function syntaxError(path: string, errors: string[]): WorkflowSyntaxError {
  const list = [...new Set(errors)].map(message => `  - ${message}`).join('\n')
  return new WorkflowSyntaxError(`GitHub's workflow parser rejects ${path}:\n${list}`)
}

/** The value under `key` in a mapping token, if any. */
export function field(token: TemplateToken | undefined, key: string): TemplateToken | undefined {
  return token && isMapping(token) ? token.find(key) : undefined
}

/** The raw mapping of job `id` in the workflow file. */
export function rawJob(workflow: LoadedWorkflow, id: string): MappingToken {
  const job = field(field(workflow.root, 'jobs'), id)
  if (!job || !isMapping(job)) throw new Error(`${workflow.path}: no job '${id}'`)
  return job
}

/** The raw mapping of the `index`th step of a job (the template keeps the steps in file order). */
export function rawStep(job: MappingToken, index: number): MappingToken {
  const steps = field(job, 'steps')
  if (!steps || !isSequence(steps)) throw new Error('job has no steps')
  const step = steps.get(index)
  if (!isMapping(step)) throw new Error(`step ${index + 1} is not a mapping`)
  return step
}

/** Literal string value of a token (for keys such as `shell` that take no expression). */
export function literal(token: TemplateToken | undefined): string | undefined {
  if (!token) return undefined
  if ('value' in token && (typeof token.value === 'string' || typeof token.value === 'number'))
    return String(token.value)
  return undefined
}

export type { WorkflowJob }

/** An input of `on.workflow_dispatch` or `on.workflow_call`, read from the file (the template drops number and expression defaults). */
export interface InputDefinition {
  type: string
  required: boolean
  default?: TemplateToken
  options: string[]
}

/** The inputs `on.<event>.inputs` declares, in file order. */
export function inputDefinitions(workflow: LoadedWorkflow, event: string): Record<string, InputDefinition> {
  const inputs = field(field(field(workflow.root, 'on'), event), 'inputs')
  const result: Record<string, InputDefinition> = {}
  if (!inputs || !isMapping(inputs)) return result
  for (const pair of inputs) {
    const options = field(pair.value, 'options')
    result[String(literal(pair.key))] = {
      type: literal(field(pair.value, 'type')) ?? 'string',
      required: field(pair.value, 'required')?.toJSON() === true,
      default: field(pair.value, 'default'),
      options: options && isSequence(options) ? [...options].map(option => String(literal(option))) : []
    }
  }
  return result
}
