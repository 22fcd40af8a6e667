/**
 * The files the action reads for the core: plan JSON (handed to the reader as a ByteSource), the
 * policy file and the Infracost file. Opening, checking that a path is a regular file, and turning
 * file-system errors into messages that name the file and input all happen here.
 *
 * Every file is opened without blocking and checked with fstat before a byte is read: a FIFO would
 * otherwise wait for a writer forever, and /dev/zero never ends. The policy file is the pull
 * request's own on pull_request runs (a committed symlink to either is followed), so it gets these
 * checks too, and a size limit.
 */
import { closeSync, constants, fstatSync, openSync, readSync, statSync, type Stats } from 'node:fs'
import { isAbsolute, resolve } from 'node:path'
import { InputError, PlanReadError, PolicyError } from '../../errors.js'
import type { ByteSource } from '../../plan/byte-source.js'
import { defaultPolicy } from '../../policy/config/defaults.js'
import { parseCostEstimate, type CostEstimate } from '../../policy/cost-estimate.js'
import type { EffectivePolicy } from '../../policy/types.js'

/** Policy files are a page or two of YAML; anything near this is not one. */
export const MAX_POLICY_BYTES = 1 << 20
/** Infracost JSON for a big monorepo stays well under this. */
const MAX_COST_BYTES = 256 << 20

/** What a path that is not a regular file is: "a directory", "a FIFO (named pipe)", … */
export function describeFileKind(stat: Stats): string {
  if (stat.isDirectory()) return 'a directory'
  if (stat.isFIFO()) return 'a FIFO (named pipe)'
  if (stat.isCharacterDevice()) return 'a character device'
  if (stat.isBlockDevice()) return 'a block device'
  if (stat.isSocket()) return 'a socket'
  return 'not a regular file'
}

/** Thrown by openRegularFile; `code` is the errno code when the open failed. */
class FileOpenError extends Error {
  constructor(
    message: string,
    readonly code?: string
  ) {
    super(message)
  }
}

/**
 * Opens `path` without blocking and checks that it is a regular file (following symlinks) of at most
 * `maxBytes`. Returns the descriptor, which the caller closes, and the size.
 */
function openRegularFile(path: string, maxBytes = Infinity): { fd: number; size: number } {
  let fd: number
  try {
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0))
  } catch (error) {
    const { code, message } = error as NodeJS.ErrnoException
    throw new FileOpenError(`the file cannot be read (${message})`, code)
  }
  try {
    const stat = fstatSync(fd)
    if (!stat.isFile()) throw new FileOpenError(`it is ${describeFileKind(stat)}, not a regular file`)
    if (stat.size > maxBytes) {
      throw new FileOpenError(`it is ${stat.size} bytes; at most ${maxBytes} bytes are read`)
    }
    return { fd, size: stat.size }
  } catch (error) {
    closeSync(fd)
    throw error
  }
}

/** Reads a whole small file that openRegularFile accepted, as UTF-8. */
function readSmallFile(path: string, maxBytes: number): string {
  const { fd, size } = openRegularFile(path, maxBytes)
  try {
    const buffer = Buffer.alloc(size)
    let filled = 0
    while (filled < size) {
      const bytesRead = readSync(fd, buffer, filled, size - filled, filled)
      if (bytesRead === 0) break
      filled += bytesRead
    }
    return buffer.toString('utf8', 0, filled)
  } finally {
    closeSync(fd)
  }
}

/**
 * Finds a path the user gave in an input: an absolute path as is; a relative one against each base
 * in turn (the workspace, then working_directory). Throws InputError naming the input when nothing
 * is there, or when what is there is not a regular file (a directory, FIFO, device).
 */
export function resolveUserPath(path: string, bases: string[], inputName: string): string {
  const candidates = isAbsolute(path) ? [path] : [...new Set(bases.map(base => resolve(base, path)))]
  for (const candidate of candidates) {
    let stat: Stats
    try {
      stat = statSync(candidate)
    } catch {
      continue
    }
    if (stat.isFile()) return candidate
    throw new InputError(
      `Input '${inputName}' names '${candidate}', which is ${describeFileKind(stat)}, not a regular file; name the file itself`
    )
  }
  throw new InputError(
    `Input '${inputName}' names '${path}', which does not exist (looked in ${candidates.join(' and ')}). ` +
      `Check the path, or make sure the step that writes it ran in this job (or download its artifact first).`
  )
}

/**
 * Opens a plan file and hands it to `read` as a ByteSource named by its path; closes it afterwards.
 * Throws PlanReadError when the path cannot be opened or is not a regular file.
 */
export function withPlanFile<T>(path: string, read: (source: ByteSource) => T): T {
  let opened: { fd: number; size: number }
  try {
    opened = openRegularFile(path)
  } catch (error) {
    if (!(error instanceof FileOpenError)) throw error
    throw new PlanReadError(
      path,
      `${error.message}; expected plan JSON. Check the path and the step that wrote it`
    )
  }
  const { fd, size } = opened
  try {
    return read({
      name: path,
      size,
      read: (buffer, position) => readSync(fd, buffer, 0, buffer.length, position)
    })
  } finally {
    closeSync(fd)
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
 * missing explicit file is an error, and so is anything that is not a regular file of at most
 * MAX_POLICY_BYTES. Throws PolicyError naming the file and each problem.
 */
export async function loadPolicyFile(options: { path: string; explicit: boolean }): Promise<LoadedPolicy> {
  let text: string
  const named = `Policy file '${options.path}'${options.explicit ? " (input 'config')" : ''}`
  try {
    text = readSmallFile(options.path, MAX_POLICY_BYTES)
  } catch (error) {
    if (!(error instanceof FileOpenError)) throw error
    if (error.code === 'ENOENT' && !options.explicit)
      return { policy: defaultPolicy(), source: 'defaults', path: options.path }
    if (error.code === 'ENOENT') {
      throw new PolicyError(
        `${named} does not exist; fix the path, or remove the input to use the built-in defaults`
      )
    }
    throw new PolicyError(
      `${named} cannot be read: ${error.message}. A policy file is a YAML file in the repository`
    )
  }
  // The YAML and JSON Schema libraries are loaded only when there is a policy file to parse.
  const { parsePolicy } = await import('../../policy/config/parse-policy.js')
  return { policy: parsePolicy(text, options.path), source: 'file', path: options.path }
}

/** Reads and parses an Infracost JSON file (input `infracost_json`). */
export function readCostFile(file: string): CostEstimate {
  let text: string
  try {
    text = readSmallFile(file, MAX_COST_BYTES)
  } catch (error) {
    if (!(error instanceof FileOpenError)) throw error
    throw new PolicyError(
      `Infracost file '${file}' (input 'infracost_json') cannot be read: ${error.message}`
    )
  }
  return parseCostEstimate(text, file)
}
