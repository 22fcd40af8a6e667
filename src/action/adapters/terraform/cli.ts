/**
 * The only place that runs the terraform (or tofu) binary. One wrapper, `runTerraform`, returns
 * `{stdout, stderr, exitCode}`; callers decide what an exit code means (plan's 2 is "changes").
 */
import * as exec from '@actions/exec'
import { createWriteStream, existsSync } from 'node:fs'
import { join } from 'node:path'
import { TerraformError } from '../../../errors.js'

export interface TerraformResult {
  stdout: string
  stderr: string
  exitCode: number
}

export interface TerraformRunOptions {
  cwd: string
  /** Write stdout to this file instead of collecting it (plan JSON can be larger than a string may be). */
  stdoutFile?: string
  /** Keep stdout out of the log (show -json holds sensitive values in clear text). */
  silent?: boolean
  /** Exit codes that are not failures; default [0]. */
  okExitCodes?: number[]
  env?: Record<string, string>
}

/**
 * hashicorp/setup-terraform's wrapper (terraform_wrapper: true) puts a Node script named `terraform`
 * on PATH that adds its own lines to stdout, which corrupts `show -json`. It exports
 * TERRAFORM_CLI_PATH, the folder of the real binary `terraform-bin`: call that one instead.
 */
export function resolveTerraformBinary(requested: string, env: NodeJS.ProcessEnv = process.env): string {
  const wrapperDir = env.TERRAFORM_CLI_PATH
  if (requested === 'terraform' && wrapperDir) {
    const real = join(wrapperDir, 'terraform-bin')
    if (existsSync(real)) return real
  }
  return requested
}

/** Runs one terraform command. Throws TerraformError with terraform's own message on a non-OK exit. */
export async function runTerraform(
  binary: string,
  args: string[],
  options: TerraformRunOptions
): Promise<TerraformResult> {
  const okExitCodes = options.okExitCodes ?? [0]
  const file = options.stdoutFile ? createWriteStream(options.stdoutFile) : undefined
  const stdoutChunks: Buffer[] = []
  const stderrChunks: Buffer[] = []
  let exitCode: number
  try {
    exitCode = await exec.exec(binary, args, {
      cwd: options.cwd,
      ignoreReturnCode: true,
      silent: options.silent ?? false,
      env: { ...stringEnv(process.env), CHECKPOINT_DISABLE: '1', TF_IN_AUTOMATION: '1', ...options.env },
      listeners: {
        stdout: (data: Buffer) => (file ? file.write(data) : stdoutChunks.push(data)),
        stderr: (data: Buffer) => stderrChunks.push(data)
      }
    })
  } catch (error) {
    file?.destroy()
    const detail = error instanceof Error ? error.message : String(error)
    throw new TerraformError(
      `Could not run '${binary}': ${detail}. Install Terraform (hashicorp/setup-terraform) or OpenTofu, or set 'terraform_binary' to its path.`,
      -1,
      ''
    )
  }
  if (file)
    await new Promise<void>((resolve, reject) =>
      file.end((err?: Error | null) => (err ? reject(err) : resolve()))
    )
  const result = {
    stdout: Buffer.concat(stdoutChunks).toString('utf8'),
    stderr: Buffer.concat(stderrChunks).toString('utf8'),
    exitCode
  }
  if (!okExitCodes.includes(exitCode)) {
    throw new TerraformError(
      `'${binary} ${args[0]}' failed with exit code ${exitCode} in '${options.cwd}':\n${terraformMessage(result)}`,
      exitCode,
      result.stderr
    )
  }
  return result
}

/** Terraform writes its errors to stderr (and sometimes stdout); keep its own words. */
function terraformMessage(result: TerraformResult): string {
  const text = result.stderr.trim() || result.stdout.trim()
  return text.length > 8000 ? `${text.slice(0, 8000)}\n… (truncated)` : text
}

function stringEnv(env: NodeJS.ProcessEnv): Record<string, string> {
  const out: Record<string, string> = {}
  for (const [key, value] of Object.entries(env)) if (value !== undefined) out[key] = value
  return out
}
