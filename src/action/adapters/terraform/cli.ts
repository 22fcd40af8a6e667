/**
 * The only place that runs the terraform (or tofu) binary. One wrapper, `runTerraform`, returns
 * `{stdout, stderr, exitCode}`; callers decide what an exit code means (plan's 2 is "changes").
 * terraform always runs silent: its output quotes attacker-written source lines and values, so what
 * is shown reaches the log only through the log funnel (`echo`), line by line, defused.
 */
import * as exec from '@actions/exec'
import { createWriteStream, existsSync } from 'node:fs'
import { join } from 'node:path'
import { TerraformError } from '../../../errors.js'
import { lineSink, own, info } from '../../log.js'

export interface TerraformResult {
  stdout: string
  stderr: string
  exitCode: number
}

export interface TerraformRunOptions {
  cwd: string
  /** Write stdout to this file instead of collecting it (plan JSON can be larger than a string may be). */
  stdoutFile?: string
  /**
   * Show the command and its stdout and stderr in the log, through the log funnel (default false).
   * Never for commands whose output holds values in clear text (show -json, output -json).
   */
  echo?: boolean
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
  const shown = options.echo ? lineSink() : undefined
  if (shown) info(own`[command]${binary} ${args.join(' ')}`)
  let exitCode: number
  try {
    exitCode = await exec.exec(binary, args, {
      cwd: options.cwd,
      ignoreReturnCode: true,
      // Never let @actions/exec print: it would write terraform's output to stdout as it is.
      silent: true,
      env: { ...stringEnv(process.env), CHECKPOINT_DISABLE: '1', TF_IN_AUTOMATION: '1', ...options.env },
      listeners: {
        stdout: (data: Buffer) => {
          if (file) file.write(data)
          else stdoutChunks.push(data)
          shown?.write(data)
        },
        stderr: (data: Buffer) => {
          stderrChunks.push(data)
          shown?.write(data)
        }
      }
    })
  } catch (error) {
    file?.destroy()
    shown?.end()
    const detail = error instanceof Error ? error.message : String(error)
    throw new TerraformError(
      `Could not run '${binary}': ${detail}. Install Terraform (hashicorp/setup-terraform) or OpenTofu, or set 'terraform_binary' to its path.`,
      -1,
      ''
    )
  }
  shown?.end()
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
