/**
 * Builds real plan JSON with the terraform binary (built-in terraform_data, offline) for the reader
 * tests, plus the committed fixtures under __fixtures__/plans/ when they exist.
 */
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { REPO_ROOT, terraformEnv } from '../helpers/run-action.js'

/** A configuration whose plan has creates, a sensitive variable, nested maps, unicode and escapes. */
export const MIXED_CONFIG = `
variable "db_password" {
  type      = string
  sensitive = true
  default   = "hunter2"
}
variable "region" {
  default = "eu-west-1"
}
resource "terraform_data" "web" {
  count = 3
  input = {
    name   = "web-\${count.index}"
    note   = "quote \\" brace { } [ ] backslash \\\\ tab \\t unicode é 日本 🚀"
    tags   = { env = "prod", team = "core" }
    ports  = [80, 443, -1.5e3]
  }
}
resource "terraform_data" "db" {
  input = var.db_password
}
output "first" {
  value = terraform_data.web[0].output
}
`

/** Runs init + plan -out + show -json in `dir`; applies `before` first when given (for updates/deletes). */
export function makePlanJson(mainTf: string, options: { before?: string; destroy?: boolean } = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'reader-plan-'))
  const env = { ...process.env, ...terraformEnv(dir) }
  const run = (args: string[]): string => execFileSync('terraform', args, { cwd: dir, env, encoding: 'utf8' })
  if (options.before !== undefined) {
    writeFileSync(join(dir, 'main.tf'), options.before)
    run(['init', '-input=false'])
    run(['apply', '-input=false', '-auto-approve'])
  }
  writeFileSync(join(dir, 'main.tf'), mainTf)
  run(['init', '-input=false'])
  run(['plan', '-input=false', '-out=tfplan', ...(options.destroy ? ['-destroy'] : [])])
  const json = execFileSync('terraform', ['show', '-json', 'tfplan'], { cwd: dir, env, maxBuffer: 1 << 28 })
  const path = join(dir, 'plan.json')
  writeFileSync(path, json)
  return path
}

/** Every committed plan fixture (`*.expected.json` beside them are analysis results, not plans). */
export function listFixturePlans(): string[] {
  const dir = join(REPO_ROOT, '__fixtures__', 'plans')
  if (!existsSync(dir)) return []
  const found: string[] = []
  const walk = (folder: string): void => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const full = join(folder, entry.name)
      if (entry.isDirectory()) walk(full)
      else if (entry.name.endsWith('.json') && !entry.name.endsWith('.expected.json')) found.push(full)
    }
  }
  walk(dir)
  return found.sort()
}

/** A scratch folder for hand-made bad files. */
export function scratchDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'reader-bad-'))
  mkdirSync(dir, { recursive: true })
  return dir
}
