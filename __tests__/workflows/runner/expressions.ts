/**
 * `${{ }}` evaluation with GitHub's own expression library (@actions/expressions): the lexer, parser
 * and evaluator GitHub's tooling uses, with the runner's status functions (success(), failure(),
 * always(), cancelled()) supplied by the caller, since only the runner knows the job's state.
 * Template tokens from @actions/workflow-parser (where `a ${{ x }} b` is already `format('a {0}', x)`)
 * are evaluated into plain values.
 */
import { data, Evaluator, Lexer, Parser } from '@actions/expressions'
import type { FunctionDefinition } from '@actions/expressions/funcs/info'
import { truthy } from '@actions/expressions/result'
import {
  isBasicExpression,
  isBoolean,
  isMapping,
  isNumber,
  isSequence,
  isString
} from '@actions/workflow-parser'
import type { TemplateToken } from '@actions/workflow-parser/templates/tokens/template-token'

/** Context names a workflow expression may use (which ones are set depends on where it stands). */
export const CONTEXT_NAMES = [
  'github',
  'env',
  'vars',
  'secrets',
  'inputs',
  'needs',
  'matrix',
  'strategy',
  'steps',
  'job',
  'jobs',
  'runner'
]

/** The job or step state the status functions read. */
export interface StatusFunctions {
  success(): boolean
  failure(): boolean
  cancelled(): boolean
}

/** What an expression can see: plain JSON-like context values and, for conditions, the status. */
export interface Scope {
  contexts: Record<string, unknown>
  status?: StatusFunctions
}

/** An expression the runner could not evaluate; the message names the expression and the cause. */
export class ExpressionFailure extends Error {}

function functionsFor(scope: Scope): Map<string, FunctionDefinition> {
  const status = scope.status
  const define = (name: string, call: () => boolean): [string, FunctionDefinition] => [
    name.toLowerCase(),
    { name, minArgs: 0, maxArgs: 0, call: () => new data.BooleanData(call()) }
  ]
  const needStatus = (name: string) => (): boolean => {
    throw new ExpressionFailure(`${name}() is only available in an if: condition`)
  }
  return new Map([
    define('success', status ? () => status.success() : needStatus('success')),
    define('failure', status ? () => status.failure() : needStatus('failure')),
    define('cancelled', status ? () => status.cancelled() : needStatus('cancelled')),
    define('always', () => true),
    [
      'hashfiles',
      {
        name: 'hashFiles',
        minArgs: 1,
        maxArgs: 255,
        call: () => {
          throw new ExpressionFailure('hashFiles() is not supported by the local workflow runner')
        }
      }
    ]
  ])
}

/** Plain JSON-like value → expression data (dictionaries are case-insensitive, as on GitHub). */
export function toExpressionData(value: unknown): data.ExpressionData {
  return JSON.parse(JSON.stringify(value ?? null), data.reviver) as data.ExpressionData
}

/** Expression data → plain JSON-like value. */
export function fromExpressionData(value: data.ExpressionData): unknown {
  return JSON.parse(JSON.stringify(value, data.replacer)) as unknown
}

/** Evaluates one expression (without the `${{ }}` markers). Throws ExpressionFailure. */
export function evaluateExpression(expression: string, scope: Scope): data.ExpressionData {
  try {
    const { tokens } = new Lexer(expression).lex()
    const functions = functionsFor(scope)
    const parser = new Parser(
      tokens,
      CONTEXT_NAMES,
      [...functions.values()].map(({ name, minArgs, maxArgs }) => ({ name, minArgs, maxArgs }))
    )
    const tree = parser.parse()
    const contexts = new data.Dictionary(
      ...Object.entries(scope.contexts).map(([key, value]) => ({ key, value: toExpressionData(value) }))
    )
    return new Evaluator(tree, contexts, functions).evaluate()
  } catch (error) {
    const cause = error instanceof Error ? error.message : String(error)
    throw new ExpressionFailure(`cannot evaluate \${{ ${expression} }}: ${cause}`)
  }
}

/** Evaluates an `if:` condition (already wrapped in success() && … by the parser when it had none). */
export function evaluateCondition(expression: string, scope: Scope): boolean {
  return truthy(evaluateExpression(expression, scope))
}

/** Evaluates a template token (literal, expression, sequence or mapping) into a plain value. */
export function evaluateToken(token: TemplateToken, scope: Scope): unknown {
  if (isString(token) || isNumber(token) || isBoolean(token)) return token.value
  if (isBasicExpression(token)) return fromExpressionData(evaluateExpression(token.expression, scope))
  if (isSequence(token)) return [...token].map(item => evaluateToken(item, scope))
  if (isMapping(token)) {
    const result: Record<string, unknown> = {}
    for (const pair of token)
      result[String(evaluateToken(pair.key, scope))] = evaluateToken(pair.value, scope)
    return result
  }
  if (token.templateTokenType === 7) return null // TokenType.Null
  throw new ExpressionFailure(
    `${token.typeName()} tokens (such as \${{ insert }}) are not supported by the local workflow runner`
  )
}

/**
 * Evaluates a token that must be a string for the runner (env values, action inputs, `run:`):
 * numbers and booleans become their text, null becomes '', a mapping or sequence is an error.
 */
export function evaluateString(token: TemplateToken, scope: Scope, what: string): string {
  if (isString(token)) return token.value
  if (isNumber(token) || isBoolean(token)) return String(token.value)
  if (token.templateTokenType === 7) return ''
  if (isBasicExpression(token)) {
    const value = evaluateExpression(token.expression, scope)
    if (value.kind === data.Kind.Null) return ''
    if (value.primitive) return value.coerceString()
    throw new ExpressionFailure(`${what}: \${{ ${token.expression} }} is an object or array, not a string`)
  }
  throw new ExpressionFailure(`${what}: a ${token.typeName()} where a string was expected`)
}

/** Evaluates a mapping of strings (env:, with:, outputs:) in order; later entries may not see earlier ones. */
export function evaluateStringMap(
  token: TemplateToken | undefined,
  scope: Scope,
  what: string
): Record<string, string> {
  const result: Record<string, string> = {}
  if (!token) return result
  if (!isMapping(token)) {
    if (isBasicExpression(token)) {
      const value = fromExpressionData(evaluateExpression(token.expression, scope))
      if (value && typeof value === 'object' && !Array.isArray(value)) {
        for (const [key, item] of Object.entries(value)) result[key] = stringify(item)
        return result
      }
    }
    throw new ExpressionFailure(`${what} must be a mapping`)
  }
  for (const pair of token) {
    const key = evaluateString(pair.key, scope, what)
    result[key] = evaluateString(pair.value, scope, `${what}.${key}`)
  }
  return result
}

function stringify(value: unknown): string {
  if (value === null || value === undefined) return ''
  return typeof value === 'object' ? JSON.stringify(value) : String(value)
}
