/**
 * The files the action reads for the core: plan JSON (handed to the reader as a ByteSource), the
 * policy file and the Infracost file. Opening, checking that a path is a regular file, and turning
 * file-system errors into messages that name the file and input all happen here.
 */
import { closeSync, fstatSync, openSync, readFileSync, readSync } from 'node:fs'
import { PlanReadError, PolicyError } from '../../errors.js'
import type { ByteSource } from '../../plan/byte-source.js'
import { defaultPolicy } from '../../policy/config/defaults.js'
import { parseCostEstimate, type CostEstimate } from '../../policy/cost-estimate.js'
import type { EffectivePolicy } from '../../policy/types.js'

/**
 * Opens a plan file and hands it to `read` as a ByteSource named by its path; closes it afterwards.
 * Throws PlanReadError when the path cannot be opened or is not a regular file.
 */
export function withPlanFile<T>(path: string, read: (source: ByteSource) => T): T {
  let handle: number
  try {
    handle = openSync(path, 'r')
  } catch (error) {
    throw new PlanReadError(
      path,
      `the file cannot be read (${(error as Error).message}); check the path and the step that wrote it`
    )
  }
  try {
    const stat = fstatSync(handle)
    if (!stat.isFile())
      throw new PlanReadError(path, 'this is not a regular file (a directory?); expected plan JSON')
    return read({
      name: path,
      size: stat.size,
      read: (buffer, position) => readSync(handle, buffer, 0, buffer.length, position)
    })
  } finally {
    closeSync(handle)
  }
}

/** The policy in effect and where it came from. */
export interface LoadedPolicy {
  policy: EffectivePolicy
  source: 'file' | 'defaults'
  path: string
}

/**
 * Reads, validates and merges the policy file. A missing default file means the built-in policy; a
 * missing explicit file is an error. Throws PolicyError naming the file and each problem.
 */
export async function loadPolicyFile(options: { path: string; explicit: boolean }): Promise<LoadedPolicy> {
  let text: string
  try {
    text = readFileSync(options.path, 'utf8')
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT' && !options.explicit)
      return { policy: defaultPolicy(), source: 'defaults', path: options.path }
    if (code === 'ENOENT') {
      throw new PolicyError(
        `Policy file '${options.path}' (input 'config') does not exist; fix the path, or remove the input to use the built-in defaults`
      )
    }
    throw new PolicyError(`Policy file '${options.path}' cannot be read: ${(error as Error).message}`)
  }
  // The YAML and JSON Schema libraries are loaded only when there is a policy file to parse.
  const { parsePolicy } = await import('../../policy/config/parse-policy.js')
  return { policy: parsePolicy(text, options.path), source: 'file', path: options.path }
}

/** Reads and parses an Infracost JSON file (input `infracost_json`). */
export function readCostFile(file: string): CostEstimate {
  let text: string
  try {
    text = readFileSync(file, 'utf8')
  } catch (error) {
    throw new PolicyError(
      `Infracost file '${file}' (input 'infracost_json') cannot be read: ${(error as Error).message}`
    )
  }
  return parseCostEstimate(text, file)
}
