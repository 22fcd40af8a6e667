/**
 * Runs git through @actions/exec without echoing, keeping stdout as bytes (diffs are NUL-separated
 * and blobs may be binary). Arguments go straight to the process, never through a shell.
 */
import * as exec from '@actions/exec'
import { DiscoveryError } from '../../discovery/errors.js'
import { plainText } from '../../discovery/paths.js'

export interface GitResult {
  exitCode: number
  stdout: Buffer
  stderr: string
}

/** Runs `git <args>` in `cwd`; a git that cannot be started is a DiscoveryError saying so. */
export async function runGit(cwd: string, args: string[], input?: Buffer): Promise<GitResult> {
  const stdout: Buffer[] = []
  let stderr = ''
  let exitCode: number
  try {
    exitCode = await exec.exec('git', args, {
      cwd,
      input,
      silent: true,
      ignoreReturnCode: true,
      listeners: {
        stdout: data => stdout.push(data),
        stderr: data => (stderr += data.toString('utf8'))
      }
    })
  } catch (error) {
    throw new DiscoveryError(
      `discover needs git to compare commits, and it could not run: ${error instanceof Error ? error.message : String(error)}. Install git on the runner (GitHub-hosted runners have it)`
    )
  }
  return { exitCode, stdout: Buffer.concat(stdout), stderr: plainText(stderr.trim()) }
}
