/**
 * GitHub's REST OpenAPI description (from @octokit/openapi) as a request checker for the fake server:
 * finds the operation for a method and path, and checks path and query parameters and the JSON body
 * against it with ajv. OpenAPI 3.0 `nullable` is rewritten to JSON Schema; `$ref`s to
 * components are loaded into ajv lazily, so only the schemas a test touches get compiled.
 */
import { Ajv, type ValidateFunction } from 'ajv'
import formatsModule from 'ajv-formats'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { REPO_ROOT } from '../run-action.js'

export const SPEC_FILE = join(
  REPO_ROOT,
  'node_modules',
  '@octokit',
  'openapi',
  'generated',
  'api.github.com.json'
)

type Json = Record<string, unknown>
interface Parameter {
  name: string
  in: 'path' | 'query' | 'header' | 'cookie'
  required?: boolean
  schema?: Json
}

/** One operation of the description. */
export interface Operation {
  method: string
  /** Path template, e.g. /repos/{owner}/{repo}/issues. */
  template: string
  operationId: string
  segments: string[]
  parameters: Parameter[]
  bodySchema?: Json
  bodyRequired: boolean
}

interface Spec {
  paths: Record<string, Record<string, Json>>
  components: Record<string, Record<string, Json>>
}

// ajv-formats is CommonJS: its function is the module itself, which NodeNext types as `{ default }`.
const addFormats = ((formatsModule as unknown as { default?: unknown }).default ??
  formatsModule) as unknown as (ajv: Ajv) => Ajv

const SCHEMA_BASE = 'https://fake-github.test/components/schemas/'

/** The loaded description with its operations indexed by path length; built once per module instance. */
export class OpenApiIndex {
  private readonly bySegments = new Map<number, Operation[]>()
  private readonly ajv = new Ajv({ strict: false, allErrors: true, logger: false, validateSchema: false })
  private readonly registered = new Set<string>()
  private readonly compiled = new Map<string, ValidateFunction>()

  constructor(private readonly spec: Spec) {
    addFormats(this.ajv)
    for (const [template, item] of Object.entries(spec.paths)) {
      const shared = ((item.parameters as unknown as Json[] | undefined) ?? []).map(
        p => this.resolve(p) as unknown as Parameter
      )
      for (const [method, raw] of Object.entries(item)) {
        if (!['get', 'post', 'put', 'patch', 'delete', 'head'].includes(method)) continue
        const op = raw as Json
        const own = ((op.parameters as Json[] | undefined) ?? []).map(
          p => this.resolve(p) as unknown as Parameter
        )
        const body = op.requestBody ? this.resolve(op.requestBody as Json) : undefined
        const content = body?.content as Record<string, { schema?: Json }> | undefined
        const segments = template.split('/').slice(1)
        const entry: Operation = {
          method: method.toUpperCase(),
          template,
          operationId: String(op.operationId),
          segments,
          parameters: [...shared, ...own],
          bodySchema: content?.['application/json']?.schema,
          bodyRequired: body?.required === true
        }
        const list = this.bySegments.get(segments.length) ?? []
        list.push(entry)
        this.bySegments.set(segments.length, list)
      }
    }
  }

  /** The operation for a method and path, with its path parameters; the most literal template wins. */
  match(method: string, pathname: string): { op: Operation; params: Record<string, string> } | undefined {
    const parts = pathname.split('/').slice(1)
    let best: { op: Operation; params: Record<string, string>; literals: number } | undefined
    for (const op of this.bySegments.get(parts.length) ?? []) {
      if (op.method !== method) continue
      const params: Record<string, string> = {}
      let literals = 0
      const fits = op.segments.every((segment, i) => {
        const name = /^\{(\w+)\}$/.exec(segment)?.[1]
        if (name) return parts[i] !== '' && (params[name] = decodeURIComponent(parts[i])) !== undefined
        literals++
        return segment === parts[i]
      })
      if (fits && (!best || literals > best.literals)) best = { op, params, literals }
    }
    return best && { op: best.op, params: best.params }
  }

  /** Every way the request breaks the operation's description; empty when it conforms. */
  checkRequest(
    op: Operation,
    params: Record<string, string>,
    query: URLSearchParams,
    body: unknown
  ): string[] {
    const problems: string[] = []
    const known = new Set<string>()
    for (const parameter of op.parameters) {
      if (parameter.in !== 'path' && parameter.in !== 'query') continue
      const value =
        parameter.in === 'path' ? params[parameter.name] : (query.get(parameter.name) ?? undefined)
      if (parameter.in === 'query') known.add(parameter.name)
      if (value === undefined) {
        if (parameter.required)
          problems.push(`missing required ${parameter.in} parameter '${parameter.name}'`)
        continue
      }
      const schema = parameter.schema ?? {}
      const check = this.validator(`param:${op.operationId}:${parameter.name}`, schema)
      if (!check(coerce(value, schema))) {
        problems.push(
          `${parameter.in} parameter '${parameter.name}'='${value}' ${this.ajv.errorsText(check.errors)}`
        )
      }
    }
    for (const name of query.keys()) {
      if (!known.has(name)) problems.push(`query parameter '${name}' is not described for ${op.operationId}`)
    }
    if (body === undefined) {
      if (op.bodyRequired) problems.push(`a JSON request body is required by ${op.operationId}`)
      return problems
    }
    if (!op.bodySchema) return [...problems, `${op.operationId} takes no request body`]
    const check = this.validator(`body:${op.operationId}`, op.bodySchema)
    if (!check(body)) problems.push(`request body: ${this.ajv.errorsText(check.errors, { dataVar: 'body' })}`)
    const properties = op.bodySchema.properties as Json | undefined
    if (properties && body && typeof body === 'object' && !Array.isArray(body)) {
      for (const key of Object.keys(body)) {
        if (!(key in properties))
          problems.push(`request body property '${key}' is not described for ${op.operationId}`)
      }
    }
    return problems
  }

  /** The operation named by its operationId ('issues/create') or as 'METHOD /template'. */
  find(key: string): Operation | undefined {
    for (const list of this.bySegments.values()) {
      const op = list.find(entry => entry.operationId === key || `${entry.method} ${entry.template}` === key)
      if (op) return op
    }
    return undefined
  }

  /** A validator for an operation's JSON response with the given status (for tests of response shapes). */
  responseValidator(operationId: string, status: number): ValidateFunction {
    const op = this.find(operationId)
    if (op) {
      const raw = this.spec.paths[op.template][op.method.toLowerCase()].responses as Record<string, Json>
      const response = this.resolve(raw[String(status)] ?? {})
      const schema = (response.content as Record<string, { schema?: Json }> | undefined)?.['application/json']
        ?.schema
      if (!schema) throw new Error(`${operationId} describes no JSON response for ${status}`)
      return this.validator(`response:${operationId}:${status}`, schema)
    }
    throw new Error(`unknown operation ${operationId}`)
  }

  /** An example value from components/examples (GitHub's recorded responses). */
  example(name: string): unknown {
    const example = this.spec.components.examples[name] as { value?: unknown } | undefined
    if (!example) throw new Error(`no example '${name}' in the description`)
    return structuredClone(example.value)
  }

  /** Error text for the last failed validator. */
  errorsText(validate: ValidateFunction): string {
    return this.ajv.errorsText(validate.errors)
  }

  private validator(key: string, schema: Json): ValidateFunction {
    let validate = this.compiled.get(key)
    if (!validate) {
      validate = this.ajv.compile(this.prepare(schema))
      this.compiled.set(key, validate)
    }
    return validate
  }

  /** Rewrites a schema for ajv and registers every component it reaches. */
  private prepare(schema: Json): Json {
    const pending: string[] = []
    const converted = convert(schema, pending)
    while (pending.length > 0) {
      const name = pending.pop() as string
      if (this.registered.has(name)) continue
      this.registered.add(name)
      const component = this.spec.components.schemas[name]
      if (!component) throw new Error(`the description has no schema '${name}'`)
      this.ajv.addSchema({ ...convert(component, pending), $id: SCHEMA_BASE + name })
    }
    return converted
  }

  private resolve(node: Json): Json {
    const ref = node.$ref
    if (typeof ref !== 'string') return node
    const [, , kind, name] = ref.split('/')
    return this.resolve(this.spec.components[kind][name])
  }
}

/** OpenAPI 3.0 schema → JSON Schema for ajv: `nullable`, component `$ref`s, no example payloads. */
function convert(node: unknown, pending: string[]): Json {
  if (Array.isArray(node)) return node.map(item => convert(item, pending)) as unknown as Json
  if (!node || typeof node !== 'object') return node as Json
  const out: Json = {}
  for (const [key, value] of Object.entries(node as Json)) {
    if (key === 'nullable' || key === 'example' || key === 'examples') continue
    if (key === '$ref' && typeof value === 'string') {
      const name = value.replace('#/components/schemas/', '')
      pending.push(name)
      out.$ref = SCHEMA_BASE + name
    } else if (key === 'properties' && value && typeof value === 'object') {
      out.properties = Object.fromEntries(
        Object.entries(value).map(([name, sub]) => [name, convert(sub, pending)])
      )
    } else {
      out[key] = convert(value, pending)
    }
  }
  if ((node as Json).nullable !== true) return out
  if (typeof out.type === 'string') {
    out.type = [out.type, 'null']
    if (Array.isArray(out.enum)) out.enum = [...out.enum, null]
    return out
  }
  return { anyOf: [out, { type: 'null' }] }
}

/** Query and path values arrive as strings; give them the type the schema asks for before checking. */
function coerce(value: string, schema: Json): unknown {
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type
  if (type === 'integer' || type === 'number') return /^-?\d+(\.\d+)?$/.test(value) ? Number(value) : value
  if (type === 'boolean') return value === 'true' ? true : value === 'false' ? false : value
  if (type === 'array') return value.split(',')
  return value
}

let loaded: OpenApiIndex | undefined

/** The description, parsed once per module instance (it is 13 MB). */
export function loadOpenApi(): OpenApiIndex {
  loaded ??= new OpenApiIndex(JSON.parse(readFileSync(SPEC_FILE, 'utf8')) as Spec)
  return loaded
}
