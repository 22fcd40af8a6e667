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

/** Turns any thrown value into a message without losing it. */
export function describeError(error: unknown): string {
  if (error instanceof Error) return error.message
  if (typeof error === 'string') return error
  try {
    return `Unexpected non-error value thrown: ${JSON.stringify(error)}`
  } catch {
    return 'Unexpected non-error value thrown'
  }
}
