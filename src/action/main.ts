/**
 * Entry logic: read inputs, run the requested mode, and turn any thrown value into a failed step.
 * This is the only place that fails the step (log.fail).
 */
import * as core from '@actions/core'
import { OUTPUT, type Mode } from '../constants.js'
import { describeError, GateDeniedError } from '../errors.js'
import { readInputs, requestedMode, type ActionInputs } from './inputs.js'
import * as log from './log.js'

/** A mode's entry point. It throws to fail the step; it sets its own outputs before throwing. */
export type ModeRunner = (inputs: ActionInputs) => Promise<void>

/**
 * Modes are loaded on demand so that, say, a safety-gate on a local plan never parses the
 * Octokit or artifact client code (ncc splits each dynamic import into its own chunk).
 */
async function loadMode(mode: Mode): Promise<ModeRunner> {
  switch (mode) {
    case 'plan':
      return (await import('./modes/plan.js')).runPlan
    case 'safety-gate':
      return (await import('./modes/safety-gate.js')).runSafetyGate
    case 'validate':
      return (await import('./modes/validate.js')).runValidate
    case 'drift':
      return (await import('./modes/drift.js')).runDrift
    case 'post-deploy':
      return (await import('./modes/post-deploy.js')).runPostDeploy
    case 'discover':
      return (await import('./modes/discover.js')).runDiscover
  }
}

/** Runs the action. Never throws: failures become a failed step with the reason (log.fail). */
export async function run(): Promise<void> {
  // Node would print a stray rejection to stderr as it is, and its message may quote foreign text.
  process.on('unhandledRejection', reason => fail(reason))
  try {
    const inputs = readInputs()
    const runMode = await loadMode(inputs.mode)
    await runMode(inputs)
  } catch (error) {
    fail(error)
  }
}

function fail(error: unknown): void {
  // A gate that failed before it could decide (bad inputs included) must still read as a refusal.
  if (requestedMode() === 'safety-gate' && !(error instanceof GateDeniedError))
    core.setOutput(OUTPUT.allowed, 'false')
  // A denial is the gate's own words with the plan's fragments already scrubbed (renderGateLog):
  // scrubbed again as a whole, a plan could blank those words by marking them sensitive.
  log.fail(error instanceof GateDeniedError ? new log.OwnText([error.message], []) : describeError(error))
}
