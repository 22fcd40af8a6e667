/**
 * Compares terraform outputs (`terraform output -json`) with `output_assertions`. Values of
 * outputs Terraform marks sensitive, or that are secrets by name (`db_password`), are compared like
 * any other but never appear in a message; in other outputs, secrets found by name, shape or pair
 * (a nested `password`) are shown as `(sensitive)`. Pure.
 */
import { planSecrets, type PlanSecrets } from '../analysis/plan-secrets.js'
import { redactTrees } from '../analysis/redact/redact-values.js'
import { isSecretName, looksLikeSecretText } from '../analysis/secret-names.js'
import { addAllStrings, collectSensitiveStrings } from '../analysis/sensitive-values.js'
import { describeMatcher, matchesText, type OutputAssertion } from './post-deploy-config.js'

/** One entry of `terraform output -json`. */
export interface TerraformOutput {
  value: unknown
  sensitive: boolean
  type?: unknown
}

export interface AssertionResult {
  output: string
  ok: boolean
  sensitive: boolean
  /** Safe to print: contains no sensitive value. */
  message: string
}

const SHOWN_CHARS = 120

/**
 * The secrets among a module's outputs: everything in an output Terraform marks sensitive, and in
 * the others every secret by name, shape or name/value pair, as a plan's are collected.
 */
export function outputSecrets(outputs: Record<string, TerraformOutput>): Set<string> {
  const sink = new Set<string>()
  for (const [name, output] of Object.entries(outputs)) {
    if (output.sensitive) addAllStrings(output.value, sink)
    else collectSensitiveStrings(output.value, undefined, sink, 0, name)
  }
  return sink
}

/** True when the whole output is to be treated as sensitive: marked, or a secret by its name. */
export function isSensitiveOutput(name: string, output: TerraformOutput): boolean {
  return (
    output.sensitive === true ||
    (isSecretName(name) && typeof output.value === 'string' && looksLikeSecretText(output.value))
  )
}

/**
 * Evaluates every assertion; a missing output is a failure, not a skip. `secrets` (default: the
 * outputs' own, see outputSecrets) are shown as `(sensitive)` wherever a message quotes a value.
 */
export function evaluateOutputAssertions(
  assertions: OutputAssertion[],
  outputs: Record<string, TerraformOutput>,
  secrets: PlanSecrets = planSecrets(outputSecrets(outputs))
): AssertionResult[] {
  const show = (value: unknown): string => showValue(value, secrets)
  return assertions.map(assertion => {
    const output = Object.hasOwn(outputs, assertion.output) ? outputs[assertion.output] : undefined
    if (!output) {
      const names = Object.keys(outputs)
      return {
        output: assertion.output,
        ok: false,
        sensitive: false,
        message: `output '${assertion.output}' does not exist (outputs: ${names.length > 0 ? names.join(', ') : 'none'})`
      }
    }
    const sensitive = isSensitiveOutput(assertion.output, output)
    const expected = assertion.expected
    if (expected.kind === 'equals') {
      const ok = valuesEqual(output.value, expected.value)
      const message = ok
        ? 'equals the expected value'
        : sensitive
          ? 'does not equal the expected value (sensitive output: values not shown)'
          : `expected ${show(expected.value)}, got ${show(output.value)}`
      return { output: assertion.output, ok, sensitive, message }
    }
    const text = typeof output.value === 'string' ? output.value : JSON.stringify(output.value)
    const ok = matchesText(expected, text)
    const message = ok
      ? `matches ${expected.kind === 'regex' ? expected.source : 'the expected text'}`
      : sensitive
        ? `does not ${describeMatcher(expected)} (sensitive output: value not shown)`
        : `${show(output.value)} does not ${describeMatcher(expected)}`
    return { output: assertion.output, ok, sensitive, message }
  })
}

/**
 * Deep equality, lenient only across scalar spellings that YAML and Terraform write differently
 * (`3` and `"3"`, `true` and `"true"`): a YAML author cannot always control the scalar's type.
 */
function valuesEqual(actual: unknown, expected: unknown): boolean {
  if (isScalar(actual) && isScalar(expected)) {
    if (actual === null || expected === null) return actual === expected
    return String(actual) === String(expected)
  }
  if (Array.isArray(actual) && Array.isArray(expected)) {
    return (
      actual.length === expected.length && actual.every((item, index) => valuesEqual(item, expected[index]))
    )
  }
  if (isRecord(actual) && isRecord(expected)) {
    const keys = Object.keys(actual)
    return (
      keys.length === Object.keys(expected).length &&
      keys.every(key => Object.hasOwn(expected, key) && valuesEqual(actual[key], expected[key]))
    )
  }
  return false
}

function isScalar(value: unknown): value is string | number | boolean | null {
  return value === null || ['string', 'number', 'boolean'].includes(typeof value)
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
}

/** A value for a message: secrets hidden before it is cut, so no beginning of one is left. */
export function showValue(value: unknown, secrets: PlanSecrets): string {
  const text = JSON.stringify(redactTrees([value], secrets)[0]) ?? 'undefined'
  return text.length > SHOWN_CHARS ? `${text.slice(0, SHOWN_CHARS - 1)}…` : text
}
