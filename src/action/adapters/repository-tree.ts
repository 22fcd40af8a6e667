/**
 * Builds discovery's view of the checked-out repository: every regular file, every symbolic link
 * with where it points, and a reader. It skips `.git`, `.terraform` and `node_modules`, does not
 * descend into linked folders (their targets are walked where they really are, when inside the
 * repository), and stops with an error past fixed bounds, so a hostile tree cannot exhaust the job.
 */
import { readdirSync, readFileSync, realpathSync, statSync } from 'node:fs'
import { isAbsolute, join, relative, sep } from 'node:path'
import { DiscoveryError } from '../../discovery/errors.js'
import { showPath } from '../../discovery/paths.js'
import type { RepositoryView, SymlinkEntry } from '../../discovery/types.js'

/** Folders never walked: git's database, terraform's provider and module cache, npm packages. */
const SKIPPED_FOLDERS = new Set(['.git', '.terraform', 'node_modules'])

export interface TreeLimits {
  /** Files, folders and links together. */
  maxEntries: number
  maxDepth: number
  /** Largest configuration file discovery reads. */
  maxFileBytes: number
}

export const DEFAULT_TREE_LIMITS: TreeLimits = {
  maxEntries: 500_000,
  maxDepth: 64,
  maxFileBytes: 16 * 1024 * 1024
}

/** Walks `root` (an absolute folder) and returns the view discovery reads. */
export function readRepositoryTree(root: string, limits: TreeLimits = DEFAULT_TREE_LIMITS): RepositoryView {
  const realRoot = realpathSync(root)
  const files: string[] = []
  const symlinks: SymlinkEntry[] = []
  let entries = 0
  const pending: { folder: string; depth: number }[] = [{ folder: '', depth: 0 }]
  while (pending.length > 0) {
    const { folder, depth } = pending.pop() as { folder: string; depth: number }
    if (depth > limits.maxDepth) {
      throw new DiscoveryError(
        `Folder ${showPath(folder)} is nested more than ${limits.maxDepth} levels deep; discovery stops there. Set working_directory to the part of the repository that holds the Terraform code`
      )
    }
    for (const entry of readdirSync(join(root, folder), { withFileTypes: true })) {
      if (++entries > limits.maxEntries) {
        throw new DiscoveryError(
          `The repository holds more than ${limits.maxEntries} files and folders; discovery stops there. Set working_directory to the part of the repository that holds the Terraform code`
        )
      }
      const path = folder === '' ? entry.name : `${folder}/${entry.name}`
      if (entry.isDirectory()) {
        if (!SKIPPED_FOLDERS.has(entry.name)) pending.push({ folder: path, depth: depth + 1 })
      } else if (entry.isFile()) files.push(path)
      else if (entry.isSymbolicLink()) symlinks.push(describeLink(root, realRoot, path))
    }
  }
  return {
    files,
    symlinks,
    readText: path => readText(root, path, limits.maxFileBytes)
  }
}

/** Where a link points, as a repository path; no target when it leaves the repository or is broken. */
function describeLink(root: string, realRoot: string, path: string): SymlinkEntry {
  let real: string
  try {
    real = realpathSync(join(root, path))
  } catch {
    return { path }
  }
  const inside = relative(realRoot, real)
  if (inside === '..' || inside.startsWith(`..${sep}`) || isAbsolute(inside)) return { path }
  const target = inside === '' ? '.' : inside.split(sep).join('/')
  const firstSegment = target.split('/').find(segment => SKIPPED_FOLDERS.has(segment))
  if (firstSegment !== undefined) return { path }
  const stats = statSync(real)
  // Anything but a file or a folder (a device, a socket) is treated like a broken link.
  if (!stats.isFile() && !stats.isDirectory()) return { path }
  return { path, target, kind: stats.isDirectory() ? 'folder' : 'file' }
}

function readText(root: string, path: string, maxBytes: number): string {
  const full = join(root, path)
  const size = statSync(full).size
  if (size > maxBytes) {
    throw new DiscoveryError(
      `${showPath(path)} is ${size} bytes, more than the ${maxBytes} discovery reads from one configuration file; split it`
    )
  }
  return readFileSync(full, 'utf8')
}
