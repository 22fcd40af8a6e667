/**
 * What a `uses:` step can name, and nothing else: the action under test (`uses: ./`, run from the
 * bundle the suite chooses) and the local stand-ins for the few marketplace actions the examples
 * use (see stand-ins/README.md). Each is a JavaScript action with an action.yml, run the way the
 * runner runs one. Any other `uses:` is an error that names the step, so an example cannot depend
 * on something this runner would only pretend to run.
 */
import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { parse } from 'yaml'
import { BUNDLE_ENTRY } from '../../helpers/run-action.js'

/** The repository root (this file is __tests__/workflows/runner/actions.ts). */
export const REPO_ROOT = resolve(import.meta.dirname, '..', '..', '..')

/** The JavaScript file `uses: ./` runs: the suite's fresh bundle of the current sources (see run-action.ts). */
export function actionBundle(): string {
  return BUNDLE_ENTRY
}

const STAND_INS = join(import.meta.dirname, 'stand-ins')

/** An action's metadata, as the runner reads it from action.yml. */
export interface ActionInput {
  default?: string
  required?: boolean
}

/** A JavaScript action the runner can start. */
export interface JavaScriptAction {
  /** How the workflow named it, e.g. `actions/checkout@v6`. */
  uses: string
  /** The folder GITHUB_ACTION_PATH points at. */
  dir: string
  /** The script node runs. */
  main: string
  /** `runs.using` (node20, node24). */
  using: string
  inputs: Record<string, ActionInput>
  outputs: string[]
  /** True for the stand-ins, which also get the runner's STAND_IN_* variables. */
  standIn: boolean
}

/** A stand-in and the version tags it plays (only releases that run on node24). */
interface StandIn {
  name: string
  folder: string
  versions: string[]
}

/** Current majors that run on node24; node20-era tags are refused (issue 15: examples stay current). */
export const STAND_IN_VERSIONS: StandIn[] = [
  { name: 'actions/checkout', folder: 'checkout', versions: ['v5', 'v6'] },
  { name: 'actions/setup-node', folder: 'setup-node', versions: ['v5', 'v6'] },
  { name: 'hashicorp/setup-terraform', folder: 'setup-terraform', versions: ['v4'] },
  { name: 'actions/upload-artifact', folder: 'upload-artifact', versions: ['v6', 'v7'] },
  { name: 'actions/download-artifact', folder: 'download-artifact', versions: ['v7', 'v8'] },
  { name: 'pulumi/actions', folder: 'pulumi-actions', versions: ['v7'] }
]

/** Thrown for a `uses:` the runner does not provide; the message names the step. */
export class UnsupportedActionError extends Error {}

/**
 * Resolves a step's `uses:`. `aliases` are extra names for the action under test (README snippets
 * say `acme-platform/infra-guard@v1`).
 */
export function resolveAction(uses: string, where: string, aliases: string[] = []): JavaScriptAction {
  if (uses === './' || aliases.includes(uses)) {
    return { ...readMetadata(REPO_ROOT, uses, false), main: actionBundle() }
  }
  if (uses.startsWith('./') || uses.startsWith('docker://')) {
    throw new UnsupportedActionError(
      `${where}: 'uses: ${uses}' is not supported by the local runner; only 'uses: ./' (infra-guard itself) is`
    )
  }
  const at = uses.lastIndexOf('@')
  const name = at > 0 ? uses.slice(0, at) : uses
  const version = at > 0 ? uses.slice(at + 1) : ''
  const standIn = STAND_IN_VERSIONS.find(candidate => candidate.name === name)
  if (!standIn) {
    throw new UnsupportedActionError(
      `${where}: 'uses: ${uses}' has no local stand-in (available: ${STAND_IN_VERSIONS.map(s => s.name).join(', ')}). ` +
        'Examples may only use actions the runner can play, so that they stay runnable.'
    )
  }
  if (!standIn.versions.includes(version)) {
    throw new UnsupportedActionError(
      `${where}: '${uses}' is not a version the stand-in plays (${standIn.versions.map(v => `${name}@${v}`).join(', ')}); ` +
        'older majors run on node20, which GitHub has retired'
    )
  }
  return readMetadata(join(STAND_INS, standIn.folder), uses, true)
}

function readMetadata(dir: string, uses: string, standIn: boolean): JavaScriptAction {
  const file = join(dir, 'action.yml')
  const metadata = parse(readFileSync(file, 'utf8')) as {
    inputs?: Record<string, { default?: unknown; required?: boolean }>
    outputs?: Record<string, unknown>
    runs?: { using?: string; main?: string; pre?: string; post?: string }
  }
  const runs = metadata.runs ?? {}
  if (!runs.using?.startsWith('node') || !runs.main) {
    throw new UnsupportedActionError(`${file}: only JavaScript actions (runs.using: node*) are supported`)
  }
  if (runs.pre || runs.post) {
    throw new UnsupportedActionError(`${file}: pre/post scripts are not supported by the local runner`)
  }
  const inputs: Record<string, ActionInput> = {}
  for (const [name, input] of Object.entries(metadata.inputs ?? {})) {
    inputs[name] = {
      default: input.default === undefined || input.default === null ? undefined : String(input.default),
      required: input.required === true
    }
  }
  return {
    uses,
    dir,
    main: join(dir, runs.main),
    using: runs.using,
    inputs,
    outputs: Object.keys(metadata.outputs ?? {}),
    standIn
  }
}
