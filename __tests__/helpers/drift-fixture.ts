/**
 * An applied terraform_data configuration with local state, and a way to drift it: the state file is
 * edited the way a change made outside Terraform would leave it, then restored.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { makeRepo, terraform } from './tf-workspace.js'

export const DRIFT_CONFIG = `resource "terraform_data" "web" {
  input = "v1"
}

resource "terraform_data" "db" {
  input = { size = 10 }
}
`

export interface AppliedRepo {
  root: string
  moduleDir: string
  /** Changes terraform_data.web's input in the state to `value` (as if edited by hand in the console). */
  drift(value: string): void
  /** Puts the applied state back. */
  restore(): void
}

/** Creates a repository with `infra/` applied. */
export function applyDriftRepo(): AppliedRepo {
  const root = makeRepo({ 'infra/main.tf': DRIFT_CONFIG })
  const moduleDir = join(root, 'infra')
  if (terraform(moduleDir, ['init', '-input=false', '-no-color']).status !== 0)
    throw new Error('terraform init failed')
  if (terraform(moduleDir, ['apply', '-auto-approve', '-input=false', '-no-color']).status !== 0)
    throw new Error('apply failed')
  const statePath = join(moduleDir, 'terraform.tfstate')
  const applied = readFileSync(statePath, 'utf8')
  return {
    root,
    moduleDir,
    drift(value: string) {
      const state = JSON.parse(applied)
      const web = state.resources.find((r: { name: string }) => r.name === 'web')
      web.instances[0].attributes.input.value = value
      web.instances[0].attributes.output.value = value
      writeFileSync(statePath, JSON.stringify(state, null, 2))
    },
    restore() {
      writeFileSync(statePath, applied)
    }
  }
}
