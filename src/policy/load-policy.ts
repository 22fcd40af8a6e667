/**
 * Finds the policy file. A missing default file means the built-in policy; a missing explicit file is
 * an error. The parser (YAML and JSON Schema, half a megabyte of code) is loaded only when there is
 * a file to parse, so runs on the built-in defaults start fast.
 */
import { readFileSync } from 'node:fs'
import { PolicyError } from '../errors.js'
import { defaultPolicy } from './config/defaults.js'
import type { EffectivePolicy } from './types.js'

export { describePolicy } from './config/describe-policy.js'

/** The policy in effect and where it came from. */
export interface LoadedPolicy {
  policy: EffectivePolicy
  source: 'file' | 'defaults'
  path: string
}

/** Reads, validates and merges the policy file. Throws PolicyError naming the file and each problem. */
export async function loadPolicy(options: { path: string; explicit: boolean }): Promise<LoadedPolicy> {
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
  const { parsePolicy } = await import('./config/parse-policy.js')
  return { policy: parsePolicy(text, options.path), source: 'file', path: options.path }
}
