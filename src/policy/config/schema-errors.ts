/**
 * Validates a parsed policy document against POLICY_SCHEMA and turns ajv's errors into messages
 * that name the key path (`environments.prod.deployment_windows.allow[0]`), the line, and the
 * allowed values or keys.
 */
import { Ajv, type ErrorObject } from 'ajv'
import type { Document } from 'yaml'
import { LineCounter } from 'yaml'
import { POLICY_SCHEMA } from './schema.js'

let validator: ReturnType<Ajv['compile']> | undefined

function getValidator(): ReturnType<Ajv['compile']> {
  // strictTypes/strictRequired off: `if`/`then` and `oneOf` branches name keys declared by their parent.
  if (validator === undefined) {
    validator = new Ajv({
      allErrors: true,
      verbose: true,
      strict: true,
      strictTypes: false,
      strictRequired: false
    }).compile(POLICY_SCHEMA)
  }
  return validator
}

/** Where a key path sits in the YAML source, for "(line N)". */
export interface SourceMap {
  document: Document
  lines: LineCounter
}

/** Returns one message per problem; empty when the document matches the schema. */
export function validateAgainstSchema(data: unknown, source?: SourceMap): string[] {
  const validate = getValidator()
  if (validate(data)) return []
  const messages: string[] = []
  for (const error of validate.errors ?? []) {
    const message = describeSchemaError(error, data, source)
    if (message !== undefined && !messages.includes(message)) messages.push(message)
  }
  return messages
}

/** `/environments/prod/allow/0` → segments, decoded. */
function pointerSegments(pointer: string): string[] {
  if (pointer === '') return []
  return pointer
    .slice(1)
    .split('/')
    .map(segment => segment.replace(/~1/g, '/').replace(/~0/g, '~'))
}

/** Renders segments as a key path, using the data to tell list indexes from map keys. */
function keyPath(segments: (string | number)[], data: unknown): string {
  let out = ''
  let node = data
  for (const segment of segments) {
    if (Array.isArray(node)) out += `[${segment}]`
    else
      out +=
        out === ''
          ? String(segment)
          : /^[A-Za-z0-9_-]+$/.test(String(segment))
            ? `.${segment}`
            : `["${segment}"]`
    node =
      node !== null && typeof node === 'object'
        ? (node as Record<string, unknown>)[segment as string]
        : undefined
  }
  return out === '' ? '(top level)' : out
}

function lineOf(source: SourceMap | undefined, segments: string[], key?: string): string {
  if (!source) return ''
  const path = segments.map(segment => (/^\d+$/.test(segment) ? Number(segment) : segment))
  const node = source.document.getIn(path, true) as
    { range?: [number, number, number]; items?: unknown[] } | undefined
  let offset = node?.range?.[0]
  if (key !== undefined && Array.isArray(node?.items)) {
    const pair = node.items.find(item => (item as { key?: { value?: unknown } }).key?.value === key) as
      { key?: { range?: [number, number, number] } } | undefined
    offset = pair?.key?.range?.[0] ?? offset
  }
  return offset === undefined ? '' : ` (line ${source.lines.linePos(offset).line})`
}

function shown(value: unknown): string {
  const text = typeof value === 'string' ? `'${value}'` : JSON.stringify(value)
  return text === undefined ? 'nothing' : text.length > 80 ? `${text.slice(0, 77)}...` : text
}

function describeSchemaError(error: ErrorObject, data: unknown, source?: SourceMap): string | undefined {
  // Branch failures inside oneOf/anyOf and the `if` marker are summarised by their parent error.
  if (
    /\/(oneOf|anyOf)\/\d+\//.test(error.schemaPath) ||
    error.keyword === 'if' ||
    error.keyword === 'propertyNames'
  ) {
    return undefined
  }
  const segments = pointerSegments(error.instancePath)
  const path = keyPath(segments, data)
  const at = lineOf(source, segments)
  const parent = error.parentSchema as Record<string, unknown> | undefined
  const params = error.params as Record<string, unknown>
  switch (error.keyword) {
    case 'additionalProperties': {
      const key = String(params.additionalProperty)
      const allowed = Object.keys((parent?.properties as object | undefined) ?? {})
      const full = keyPath([...segments, key], data)
      return `Unknown key '${full}'${lineOf(source, segments, key)}; allowed keys ${path === '(top level)' ? 'at the top level' : `under '${path}'`}: ${allowed.join(', ')}`
    }
    case 'required':
      return `'${path}'${at} is missing the required key '${params.missingProperty}'`
    case 'enum':
      return `'${path}'${at} must be one of ${(params.allowedValues as unknown[]).map(String).join(' | ')}; got ${shown(error.data)}`
    case 'type':
      return `'${path}'${at} must be ${article(String(params.type))}; got ${shown(error.data)}`
    case 'minimum':
    case 'maximum':
      return `'${path}'${at} must be ${error.keyword === 'minimum' ? 'at least' : 'at most'} ${params.limit}; got ${shown(error.data)}`
    case 'minLength':
      return `'${path}'${at} must not be empty`
    case 'minItems':
      return `'${path}'${at} must list at least ${params.limit} item(s)`
    case 'pattern': {
      const hint = typeof parent?.description === 'string' ? ` (${parent.description})` : ''
      if (error.propertyName !== undefined) {
        return `Name '${error.propertyName}' under '${path}'${lineOf(source, segments, error.propertyName)} must match ${params.pattern}${hint}`
      }
      return `'${path}'${at} must match ${params.pattern}${hint}; got ${shown(error.data)}`
    }
    case 'oneOf': {
      const branches = ((parent?.oneOf as { required?: string[] }[] | undefined) ?? []).flatMap(
        branch => branch.required ?? []
      )
      return `'${path}'${at} must set exactly one of ${branches.join(' or ')}`
    }
    case 'anyOf':
      return `'${path}'${at} must be ${String(parent?.description ?? 'a valid value')
        .replace(/\.$/, '')
        .toLowerCase()}; got ${shown(error.data)}`
    default:
      return `'${path}'${at} ${error.message ?? 'is invalid'}`
  }
}

function article(type: string): string {
  const names: Record<string, string> = {
    object: 'a mapping',
    array: 'a list',
    string: 'a string',
    integer: 'a whole number',
    number: 'a number',
    boolean: 'true or false'
  }
  return type
    .split(',')
    .map(part => names[part] ?? part)
    .join(' or ')
}
