/**
 * Real plans from the real terraform binary, made from attacker-chosen configurations. Only the
 * built-in `terraform_data` resource is used, so nothing is downloaded. A scenario may apply a first
 * configuration (local state in the folder) before the second one is planned, so plans can update,
 * replace and delete. Plans are made once per test file, in beforeAll.
 */
import { execFileSync } from 'node:child_process'
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { terraformEnv } from '../../../helpers/run-action.js'

export interface Scenario {
  /** Folder name under the root; also the module's folder as the action sees it. */
  name: string
  /** Applied first (state kept), when given. */
  stage1?: string
  /** The configuration that is planned (and left in the folder for runs that plan themselves). */
  stage2: string
  /** Extra `terraform plan` arguments (e.g. -destroy). */
  planArgs?: string[]
}

export interface RealPlan {
  /** The module folder (stage2 configuration and, after stage1, its local state). */
  dir: string
  /** `terraform show -json` of the saved plan. */
  planJson: string
  /** The saved binary plan. */
  planFile: string
  /** Terraform's human plan text. */
  text: string
  document: PlanJson
}

export type PlanJson = Record<string, unknown> & {
  resource_changes?: { address: string; change: { actions: string[] } }[]
}

/** Runs terraform in `dir` with an empty CLI config and no checkpoint calls. */
export function terraform(dir: string, args: string[]): string {
  return execFileSync('terraform', args, {
    cwd: dir,
    env: { ...process.env, ...terraformEnv(dir), TF_INPUT: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
    maxBuffer: 64 << 20
  }).toString('utf8')
}

/** Writes the configuration of a module folder (replacing every .tf file there). */
export function writeModule(dir: string, source: string): void {
  mkdirSync(dir, { recursive: true })
  writeFileSync(join(dir, 'main.tf'), source)
}

/** Applies stage1 (if any), then plans stage2 and saves the binary plan and its JSON. */
export function makePlan(root: string, scenario: Scenario): RealPlan {
  const dir = join(root, scenario.name)
  rmSync(dir, { recursive: true, force: true })
  writeModule(dir, scenario.stage1 ?? scenario.stage2)
  terraform(dir, ['init', '-input=false', '-no-color'])
  if (scenario.stage1 !== undefined) {
    terraform(dir, ['apply', '-auto-approve', '-input=false', '-no-color'])
    writeModule(dir, scenario.stage2)
  }
  const planFile = join(dir, 'plan.tfplan')
  const text = terraform(dir, [
    'plan',
    '-input=false',
    '-no-color',
    `-out=${planFile}`,
    ...(scenario.planArgs ?? [])
  ])
  const planJson = join(dir, 'plan.json')
  writeFileSync(planJson, terraform(dir, ['show', '-json', planFile]))
  return { dir, planJson, planFile, text, document: JSON.parse(readFileSync(planJson, 'utf8')) as PlanJson }
}

/** HCL string literal for any text (JSON escapes are valid HCL escapes; `${` and `%{` are doubled). */
export function hcl(text: string): string {
  return JSON.stringify(text).replace(/\$\{/g, '$${').replace(/%\{/g, '%%{')
}
