/**
 * The schemas of the `health_checks` and `output_assertions` inputs: YAML in, typed and validated
 * checks out. Every mistake is an InputError naming the input, the entry and the fix. Pure.
 */
import { parse } from 'yaml'
import { InputError } from '../errors.js'

/** A text expectation: a substring, or a regular expression written `/source/flags`. */
export type TextMatcher =
  { kind: 'substring'; text: string } | { kind: 'regex'; regex: RegExp; source: string }

/** One HTTP check as the user wrote it, with defaults filled in. */
export interface HealthCheck {
  name: string
  /** Exactly one of url and urlFromOutput is set. */
  url?: string
  urlFromOutput?: string
  method: string
  expectStatus: number[]
  expectBody?: TextMatcher
  timeoutSeconds: number
  /** Attempts after the first one. */
  retries: number
  /** Wait before the first retry; doubles after each further failure. */
  intervalSeconds: number
}

/** One expectation about a terraform output. */
export interface OutputAssertion {
  output: string
  expected: { kind: 'equals'; value: unknown } | TextMatcher
}

/** One HTTP attempt of a health check. */
export interface Attempt {
  attempt: number
  /** ISO time the request started. */
  startedAt: string
  durationMs: number
  status?: number
  ok: boolean
  /** Why the attempt failed. */
  error?: string
}

/** A health check's outcome with every attempt. */
export interface CheckResult {
  name: string
  url: string
  method: string
  ok: boolean
  attempts: Attempt[]
  /** From the first request to the verdict, waits included. */
  durationMs: number
  /** The last failure, when not ok. */
  error?: string
}

/** Whether text satisfies a matcher. */
export function matchesText(matcher: TextMatcher, text: string): boolean {
  return matcher.kind === 'substring' ? text.includes(matcher.text) : matcher.regex.test(text)
}

/** "contain 'ok'" / "match /^ok$/", for messages. */
export function describeMatcher(matcher: TextMatcher): string {
  return matcher.kind === 'substring' ? `contain '${matcher.text}'` : `match ${matcher.source}`
}

const CHECK_DEFAULTS = {
  method: 'GET',
  expectStatus: 200,
  timeoutSeconds: 10,
  retries: 3,
  intervalSeconds: 5
}
const METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']
const CHECK_KEYS = [
  'name',
  'url',
  'url_from_output',
  'method',
  'expect_status',
  'expect_body',
  'timeout_seconds',
  'retries',
  'interval_seconds'
]
const EXAMPLE = '- name: api\n  url: https://example.com/health\n  expect_status: 200\n  expect_body: ok'

/** Parses `health_checks` (an empty input means no checks). */
export function parseHealthChecks(raw: string): HealthCheck[] {
  const value = parseYaml(raw, 'health_checks', EXAMPLE)
  if (value === undefined || value === null) return []
  if (!Array.isArray(value)) {
    throw new InputError(`Input 'health_checks' must be a YAML list of checks, like:\n${EXAMPLE}`)
  }
  const checks = value.map((entry, index) => readCheck(entry, index))
  const seen = new Set<string>()
  for (const check of checks) {
    if (seen.has(check.name)) {
      throw new InputError(
        `Input 'health_checks' has two checks named '${check.name}'; give each check its own name`
      )
    }
    seen.add(check.name)
  }
  return checks
}

function readCheck(entry: unknown, index: number): HealthCheck {
  const where = `Input 'health_checks' entry ${index + 1}`
  if (entry === null || typeof entry !== 'object' || Array.isArray(entry)) {
    throw new InputError(`${where} must be a mapping with url or url_from_output, like:\n${EXAMPLE}`)
  }
  const record = entry as Record<string, unknown>
  const unknown = Object.keys(record).filter(key => !CHECK_KEYS.includes(key))
  if (unknown.length > 0) {
    throw new InputError(
      `${where} has unknown key(s) ${unknown.join(', ')}; allowed keys are ${CHECK_KEYS.join(', ')}`
    )
  }
  const url = optionalString(record.url, `${where}: url`)
  const urlFromOutput = optionalString(record.url_from_output, `${where}: url_from_output`)
  if ((url === undefined) === (urlFromOutput === undefined)) {
    throw new InputError(`${where} must set exactly one of url and url_from_output`)
  }
  if (url !== undefined && !/^https?:\/\/[^\s]+$/i.test(url)) {
    throw new InputError(`${where}: url must be an http:// or https:// address; got '${url}'`)
  }
  const name = optionalString(record.name, `${where}: name`) ?? url ?? `output ${urlFromOutput}`
  const method = (optionalString(record.method, `${where}: method`) ?? CHECK_DEFAULTS.method).toUpperCase()
  if (!METHODS.includes(method)) {
    throw new InputError(
      `${where} ('${name}'): method must be one of ${METHODS.join(', ')}; got '${record.method}'`
    )
  }
  const expectBody =
    record.expect_body === undefined
      ? undefined
      : readMatcher(record.expect_body, `${where} ('${name}'): expect_body`)
  return {
    name,
    url,
    urlFromOutput,
    method,
    expectStatus: readStatuses(record.expect_status, `${where} ('${name}'): expect_status`),
    expectBody,
    timeoutSeconds: readNumber(
      record.timeout_seconds,
      CHECK_DEFAULTS.timeoutSeconds,
      0.1,
      600,
      `${where} ('${name}'): timeout_seconds`
    ),
    retries: readNumber(
      record.retries,
      CHECK_DEFAULTS.retries,
      0,
      100,
      `${where} ('${name}'): retries`,
      true
    ),
    intervalSeconds: readNumber(
      record.interval_seconds,
      CHECK_DEFAULTS.intervalSeconds,
      0,
      600,
      `${where} ('${name}'): interval_seconds`
    )
  }
}

/** Parses `output_assertions`: a mapping of output name to expected value or `/regex/`. */
export function parseOutputAssertions(raw: string): OutputAssertion[] {
  const example = 'environment: prod\nendpoint: /^https:\\/\\//\ninstance_count: 3'
  const value = parseYaml(raw, 'output_assertions', example)
  if (value === undefined || value === null) return []
  if (typeof value !== 'object' || Array.isArray(value)) {
    throw new InputError(
      `Input 'output_assertions' must be a YAML mapping of output name to expected value, like:\n${example}`
    )
  }
  return Object.entries(value as Record<string, unknown>).map(([output, expected]) => ({
    output,
    expected:
      typeof expected === 'string' && isRegexLiteral(expected)
        ? readMatcher(expected, `Input 'output_assertions' entry '${output}'`)
        : { kind: 'equals' as const, value: expected }
  }))
}

function parseYaml(raw: string, input: string, example: string): unknown {
  if (raw.trim() === '') return undefined
  try {
    return parse(raw, { prettyErrors: true, uniqueKeys: true })
  } catch (error) {
    const detail = error instanceof Error ? error.message.split('\n')[0] : String(error)
    throw new InputError(
      `Input '${input}' is not valid YAML (${detail}); write it as a block scalar (${input}: |), like:\n${example}`
    )
  }
}

function isRegexLiteral(text: string): boolean {
  return /^\/.+\/[dgimsuy]*$/s.test(text)
}

/** `/source/flags` is a regular expression; anything else is a substring. */
function readMatcher(value: unknown, where: string): TextMatcher {
  if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean') {
    throw new InputError(`${where} must be text (a substring) or /regex/; got ${JSON.stringify(value)}`)
  }
  const text = String(value)
  if (!isRegexLiteral(text)) return { kind: 'substring', text }
  const end = text.lastIndexOf('/')
  const source = text.slice(1, end)
  const flags = text.slice(end + 1).replace(/g/g, '')
  try {
    return { kind: 'regex', regex: new RegExp(source, flags), source: text }
  } catch (error) {
    throw new InputError(
      `${where} is not a valid regular expression (${(error as Error).message}); got ${text}`
    )
  }
}

function readStatuses(value: unknown, where: string): number[] {
  if (value === undefined) return [CHECK_DEFAULTS.expectStatus]
  const list = Array.isArray(value) ? value : [value]
  const statuses = list.map(item => (typeof item === 'string' && /^\d+$/.test(item) ? Number(item) : item))
  if (
    statuses.length === 0 ||
    statuses.some(s => typeof s !== 'number' || !Number.isInteger(s) || s < 100 || s > 599)
  ) {
    throw new InputError(
      `${where} must be an HTTP status (100-599) or a list of them; got ${JSON.stringify(value)}`
    )
  }
  return statuses as number[]
}

function readNumber(
  value: unknown,
  fallback: number,
  min: number,
  max: number,
  where: string,
  integer = false
): number {
  if (value === undefined) return fallback
  const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : value
  if (
    typeof number !== 'number' ||
    !Number.isFinite(number) ||
    number < min ||
    number > max ||
    (integer && !Number.isInteger(number))
  ) {
    throw new InputError(
      `${where} must be ${integer ? 'a whole number' : 'a number'} from ${min} to ${max}; got ${JSON.stringify(value)}`
    )
  }
  return number
}

function optionalString(value: unknown, where: string): string | undefined {
  if (value === undefined || value === null) return undefined
  if (typeof value !== 'string' || value.trim() === '')
    throw new InputError(`${where} must be non-empty text; got ${JSON.stringify(value)}`)
  return value.trim()
}
