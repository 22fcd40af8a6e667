/**
 * The project's own error types. Library code throws these; only main.ts turns a thrown value into
 * a failed step. Every message says what went wrong, where, and how to fix it.
 */

/** Base class: anything the action reports on purpose. */
export class InfraGuardError extends Error {
  constructor(message: string) {
    super(message)
    this.name = new.target.name
  }
}

/** An input is missing, malformed or contradicts another input. */
export class InputError extends InfraGuardError {}

/** A plan file could not be read or is not a plan the action understands. Always fails the gate. */
export class PlanReadError extends InfraGuardError {
  constructor(
    readonly file: string,
    detail: string
  ) {
    super(`Cannot read plan '${file}': ${detail}`)
  }
}

/** The policy file is missing, invalid YAML, or does not match the schema. */
export class PolicyError extends InfraGuardError {}

/** A terraform command failed; carries terraform's own message. */
export class TerraformError extends InfraGuardError {
  constructor(
    message: string,
    readonly exitCode: number,
    readonly stderr: string
  ) {
    super(message)
  }
}

/** The plan artifact is missing, incomplete, or does not match this run. */
export class ArtifactError extends InfraGuardError {}

/** A GitHub API call failed after its retries. */
export class GitHubApiError extends InfraGuardError {
  constructor(
    message: string,
    readonly status?: number
  ) {
    super(message)
  }
}

/** The safety gate refused the plan; its outputs (allowed=false) are already set. */
export class GateDeniedError extends InfraGuardError {}

/**
 * Turns any thrown value into a message without losing it. Fields are read rather than classes
 * checked, because fetch's errors may come from another realm and hide the reason (ECONNREFUSED,
 * ENOTFOUND) in `cause`, sometimes behind an empty message: the causes are appended in order.
 */
export function describeError(error: unknown, depth = 0): string {
  const own = ownMessage(error)
  const cause = typeof error === 'object' && error !== null ? (error as { cause?: unknown }).cause : undefined
  if (cause === undefined || depth >= MAX_CAUSES) return own
  return `${own}: ${describeError(cause, depth + 1)}`
}

/** How many causes deep describeError follows (a cause chain can loop). */
const MAX_CAUSES = 5

function ownMessage(error: unknown): string {
  if (typeof error === 'string') return error
  if (typeof error === 'object' && error !== null) {
    const { message, code } = error as { message?: unknown; code?: unknown }
    if (typeof message === 'string' && message !== '') return message
    if (typeof code === 'string') return code
    if (error instanceof Error) return String(error)
  }
  try {
    return `Unexpected non-error value thrown: ${JSON.stringify(error)}`
  } catch {
    return 'Unexpected non-error value thrown'
  }
}
