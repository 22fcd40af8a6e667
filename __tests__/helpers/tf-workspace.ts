/**
 * Small helpers for tests that run real terraform on throw-away module folders.
 */
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { terraformEnv } from './run-action.js'

/** Creates a temporary "repository" with the given files (paths relative to its root). */
export function makeRepo(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'infra-guard-validate-'))
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true })
    writeFileSync(join(root, path), text)
  }
  return root
}

/** Runs terraform in `cwd` and returns stdout whatever the exit code. */
export function terraform(cwd: string, args: string[]): { stdout: string; status: number } {
  const env = { ...process.env, ...terraformEnv(mkdtempSync(join(tmpdir(), 'infra-guard-tfrc-'))) }
  try {
    return {
      stdout: execFileSync('terraform', args, {
        cwd,
        env,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe']
      }),
      status: 0
    }
  } catch (error) {
    const failed = error as { stdout?: string; status?: number }
    return { stdout: failed.stdout ?? '', status: failed.status ?? -1 }
  }
}
