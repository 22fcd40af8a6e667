/**
 * A small real plan for the artifact tests: terraform plans two built-in `terraform_data` resources
 * (offline), and the binary plan, its JSON and a report become the artifact's files.
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { PlanCounts } from '../../src/analysis/types.js'
import { terraformEnv } from './run-action.js'

export interface PlanFixture {
  dir: string
  files: { name: string; path: string }[]
}

const CONFIG = `
resource "terraform_data" "alpha" {
  input = "one"
}
resource "terraform_data" "beta" {
  input = { owner = "team-a", size = 3 }
}
`

/** Runs terraform init/plan/show once in a fresh folder. */
export function makePlanFixture(): PlanFixture {
  const dir = mkdtempSync(join(tmpdir(), 'infra-guard-artifact-plan-'))
  writeFileSync(join(dir, 'main.tf'), CONFIG)
  const env = { ...process.env, ...terraformEnv(dir) }
  const terraform = (...args: string[]): Buffer =>
    execFileSync('terraform', args, { cwd: dir, env, stdio: 'pipe' })
  terraform('init', '-input=false', '-no-color')
  terraform('plan', '-input=false', '-no-color', '-out=plan.tfplan')
  writeFileSync(join(dir, 'plan.json'), terraform('show', '-json', 'plan.tfplan'))
  writeFileSync(join(dir, 'report.md'), '# Plan\n\n2 to add, 0 to change, 0 to destroy.\n')
  return {
    dir,
    files: ['plan.tfplan', 'plan.json', 'report.md'].map(name => ({ name, path: join(dir, name) }))
  }
}

/** Counts matching the fixture's "2 to add". */
export const FIXTURE_COUNTS: PlanCounts = {
  add: 2,
  change: 0,
  destroy: 0,
  replace: 0,
  import: 0,
  move: 0,
  forget: 0,
  create: 2,
  delete: 0,
  noop: 0,
  read: 0,
  total: 2
}
