/**
 * Gets plan JSON on disk, whichever way the user supplies the plan: a JSON path, a binary plan
 * (`terraform show -json` on it), or nothing (init + plan + show in the working directory).
 */
import { existsSync, mkdirSync, statSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { InputError, TerraformError } from '../../../errors.js'
import { resolveUserPath } from '../files.js'
import { resolveTerraformBinary, runTerraform } from './cli.js'

export interface PlanRequest {
  /** The root module (absolute, or relative to the process's folder). */
  workingDirectory: string
  /** Relative plan_json / plan_file paths are looked up here first, then in the working directory. */
  workspace?: string
  planJson?: string
  planFile?: string
  terraformBinary: string
  /** Where generated files (plan binary, plan JSON) go. */
  outputDir: string
  /** Extra args for `terraform plan` (drift adds -lock=false). */
  planArgs?: string[]
}

export interface ObtainedPlan {
  /** Absolute path of the plan JSON. */
  planJson: string
  /** Absolute path of the binary plan when there is one (uploaded with the artifact). */
  planFile?: string
  /** How the plan was obtained, for the log and the summary. */
  origin: 'plan_json' | 'plan_file' | 'terraform plan'
  /** The CLI that produced the JSON (after setup-terraform wrapper detection), when one ran. */
  binary?: string
  /** `terraform plan -detailed-exitcode` result when the action ran the plan: 0 no changes, 2 changes. */
  planExitCode?: number
  /**
   * Terraform's human-readable plan, held back from the log: it can show values Terraform failed to
   * mark sensitive (terraform_data copies a sensitive input into its unmarked `output`), so the mode
   * prints it only after the analysis knows what to scrub.
   */
  planOutput?: string
}

/** Produces the plan JSON the analysis reads. Throws InputError/TerraformError with terraform's own message. */
export async function obtainPlan(request: PlanRequest): Promise<ObtainedPlan> {
  const cwd = resolve(request.workingDirectory)
  if (request.planJson && request.planFile) {
    throw new InputError("Inputs 'plan_json' and 'plan_file' are both set; set only one of them")
  }
  const bases = [...(request.workspace ? [request.workspace] : []), cwd]
  if (request.planJson) {
    return { planJson: resolveUserPath(request.planJson, bases, 'plan_json'), origin: 'plan_json' }
  }
  if (!existsSync(cwd) || !statSync(cwd).isDirectory()) {
    throw new InputError(
      `Input 'working_directory' is '${request.workingDirectory}', which is not a directory; set it to the root module's folder`
    )
  }
  const binary = resolveTerraformBinary(request.terraformBinary)
  mkdirSync(request.outputDir, { recursive: true })
  const planJson = join(request.outputDir, 'plan.json')
  if (request.planFile) {
    const planFile = resolveUserPath(request.planFile, bases, 'plan_file')
    await showPlanJson(binary, planFile, cwd, planJson)
    return { planJson, planFile, origin: 'plan_file', binary }
  }
  const planFile = join(request.outputDir, 'plan.tfplan')
  await runTerraform(binary, ['init', '-input=false', '-no-color'], { cwd, echo: true })
  const planned = await runTerraform(
    binary,
    [
      'plan',
      '-input=false',
      '-no-color',
      '-detailed-exitcode',
      `-out=${planFile}`,
      ...(request.planArgs ?? [])
    ],
    { cwd, okExitCodes: [0, 2] }
  )
  await runTerraform(binary, ['show', '-json', '-no-color', planFile], {
    cwd,
    stdoutFile: planJson
  })
  return {
    planJson,
    planFile,
    binary,
    origin: 'terraform plan',
    planExitCode: planned.exitCode,
    planOutput: planned.stdout
  }
}

/**
 * `terraform show -json <planFile>` into `out`, in the root module `cwd` (initialised first when
 * nobody has). Its output holds sensitive values in clear text: it goes to the file, never the log.
 */
export async function showPlanJson(
  binary: string,
  planFile: string,
  cwd: string,
  out: string
): Promise<void> {
  await initIfNeeded(binary, cwd)
  await runTerraform(binary, ['show', '-json', '-no-color', planFile], { cwd, stdoutFile: out })
}

/** `show` on a binary plan needs the providers installed; initialise only when nobody has. */
async function initIfNeeded(binary: string, cwd: string): Promise<void> {
  if (existsSync(join(cwd, '.terraform'))) return
  try {
    await runTerraform(binary, ['init', '-input=false', '-backend=false', '-no-color'], { cwd, echo: true })
  } catch (error) {
    if (error instanceof TerraformError) {
      throw new TerraformError(
        `${error.message}\nterraform show needs an initialised working directory to read a binary plan; run terraform init in '${cwd}' before this step.`,
        error.exitCode,
        error.stderr
      )
    }
    throw error
  }
}
