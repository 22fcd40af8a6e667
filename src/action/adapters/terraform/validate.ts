/**
 * The commands `validate` runs: terraform init/fmt/validate, and tflint. Exit codes are returned,
 * not judged: the mode decides what each one means (fmt's 3 is "unformatted files", not a crash).
 */
import { accessSync, constants, statSync } from 'node:fs'
import { delimiter, isAbsolute, join } from 'node:path'
import { runTerraform, type TerraformResult } from './cli.js'

/** Every exit code counts as a result here; runTerraform still throws when the binary cannot start. */
const ANY_EXIT = Array.from({ length: 256 }, (_, code) => code)

/** `terraform init -backend=false -input=false`: providers and modules only, no state access. */
export async function runValidateInit(binary: string, cwd: string): Promise<TerraformResult> {
  return runTerraform(binary, ['init', '-backend=false', '-input=false', '-no-color'], {
    cwd,
    okExitCodes: ANY_EXIT,
    echo: true
  })
}

/** `terraform fmt -check -recursive -diff`: exit 0 clean, 3 (or 1 on older versions) unformatted, 2 syntax errors. */
export async function runFmtCheck(binary: string, cwd: string): Promise<TerraformResult> {
  return runTerraform(binary, ['fmt', '-check', '-recursive', '-diff', '-no-color'], {
    cwd,
    okExitCodes: ANY_EXIT
  })
}

/** `terraform validate -json`: exit 1 with JSON on invalid configurations, which is a result, not a crash. */
export async function runValidateJson(binary: string, cwd: string): Promise<TerraformResult> {
  return runTerraform(binary, ['validate', '-json', '-no-color'], {
    cwd,
    okExitCodes: ANY_EXIT
  })
}

/** `tflint --format json`: exit 0 clean, 2 issues found, 1 tflint's own error (its JSON says which). */
export async function runTflint(tflintPath: string, cwd: string): Promise<TerraformResult> {
  return runTerraform(tflintPath, ['--format', 'json', '--no-color'], {
    cwd,
    okExitCodes: ANY_EXIT
  })
}

/** The first executable called `name` on PATH, like `command -v`. */
export function findOnPath(name: string, env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (isAbsolute(name)) return isExecutable(name) ? name : undefined
  const extensions = process.platform === 'win32' ? (env.PATHEXT ?? '.EXE;.CMD;.BAT').split(';') : ['']
  for (const dir of (env.PATH ?? '').split(delimiter)) {
    if (!dir) continue
    for (const extension of extensions) {
      const candidate = join(dir, name + extension)
      if (isExecutable(candidate)) return candidate
    }
  }
  return undefined
}

function isExecutable(path: string): boolean {
  try {
    if (!statSync(path).isFile()) return false
    accessSync(path, constants.X_OK)
    return true
  } catch {
    return false
  }
}
