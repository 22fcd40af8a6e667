/**
 * Discovery: the root modules a change affects, ready for a GitHub matrix.
 *
 * A root module is a folder with configuration files that no other folder calls as a local module,
 * or one the policy lists. A change affects a root module when it touches a file whose nearest
 * module folder is the root module or any folder it calls, directly or through other local modules
 * (a file in a subfolder that is not a module itself belongs to the module above it, such as
 * templates read with `path.module`). A link inside a module makes the module depend on what the
 * link points at.
 */
import { describeCycle, findCycle } from './cycles.js'
import { DiscoveryError } from './errors.js'
import { environmentOf, listedByPolicy } from './environments.js'
import { readModuleGraph, type ModuleGraph } from './module-graph.js'
import { comparePaths, foldersUpFrom, isWithin, parentOf, showPath, unsafePathReason } from './paths.js'
import { deletedModuleFolders, removedRootModules } from './removed-modules.js'
import { selectShard } from './shard.js'
import { moduleSlug } from './slug.js'
import type { DiscoveredModule, DiscoveryRequest, DiscoveryResult, FileChange } from './types.js'

/** How many problems one error message lists before it counts the rest. */
const LISTED_PROBLEMS = 20

/** Computes the affected (or, without changes, all) root modules. Throws DiscoveryError on bad input. */
export async function discoverModules(request: DiscoveryRequest): Promise<DiscoveryResult> {
  const warnings: string[] = []
  const problems: string[] = []
  const changes = request.changes
  const touchedNow = new Set(
    (changes ?? []).filter(change => change.status !== 'deleted').map(change => change.path)
  )
  const graph = await readModuleGraph(request.repository, {
    parseHcl: request.parseHcl,
    isChanged: path => touchedNow.has(path),
    problems,
    warnings
  })
  if (problems.length > 0) throw new DiscoveryError(summariseProblems(problems))
  const cycle = findCycle(graph)
  if (cycle) throw new DiscoveryError(describeCycle(cycle))
  const roots = rootModules(graph, request, warnings)

  const deleted = changes === undefined ? new Set<string>() : deletedModuleFolders(changes, graph)
  for (const call of graph.calls) {
    if (!graph.folders.has(call.to) && !deleted.has(call.to)) {
      warnings.push(
        `Module ${JSON.stringify(call.name)} in ${showPath(call.file)} calls ${showPath(call.to)}, which holds no configuration files; terraform init will fail there`
      )
    }
  }
  let affected = roots
  let removed: string[] = []
  if (changes !== undefined) {
    const reached = affectedFolders(changes, graph, deleted, request)
    affected = roots.filter(root => reached.has(root))
    removed = await removedRootModules(deleted, request, graph, warnings)
  }
  const modules = selectShard(toEntries(affected, request), request.shard)
  return {
    modules,
    totalAffected: affected.length,
    rootModules: roots.length,
    removedModules: toEntries(removed, request),
    changedFiles: changedPaths(changes ?? []),
    warnings
  }
}

/** Folders nobody else calls, and folders the policy lists (with a warning when those are also called). */
function rootModules(graph: ModuleGraph, request: DiscoveryRequest, warnings: string[]): string[] {
  const roots: string[] = []
  for (const folder of graph.folders) {
    const callers = (graph.callers.get(folder) ?? []).filter(call => call.from !== folder)
    const listed = listedByPolicy(folder, request.environments)
    if (callers.length === 0) roots.push(folder)
    else if (listed) {
      roots.push(folder)
      warnings.push(
        `${showPath(folder)} is called as a module by ${showPath(callers[0].from)} but the policy's environments.<name>.paths list it, so it is also planned as a root module; narrow the glob if that is not meant`
      )
    }
  }
  return roots.sort(comparePaths)
}

/** Every folder whose module the change reaches: owners of changed paths, then their callers, transitively. */
function affectedFolders(
  changes: readonly FileChange[],
  graph: ModuleGraph,
  deleted: Set<string>,
  request: DiscoveryRequest
): Set<string> {
  const candidates = new Set<string>([...graph.folders, ...graph.callers.keys(), ...deleted])
  const ownerOf = (path: string): string | undefined => {
    for (const folder of foldersUpFrom(parentOf(path))) if (candidates.has(folder)) return folder
    return undefined
  }
  const paths = changedPaths(changes)
  const reached = new Set<string>()
  const queue: string[] = []
  const reach = (folder: string | undefined): void => {
    if (folder === undefined || reached.has(folder)) return
    reached.add(folder)
    queue.push(folder)
  }
  for (const path of paths) reach(ownerOf(path))
  for (const link of request.repository.symlinks ?? []) {
    const target = link.target
    if (target !== undefined && paths.some(path => isWithin(path, target))) reach(ownerOf(link.path))
  }
  while (queue.length > 0) {
    const folder = queue.pop() as string
    for (const call of graph.callers.get(folder) ?? []) reach(call.from)
  }
  return reached
}

/** Matrix entries with their environments, sorted; refuses folder names that are unsafe to hand on. */
function toEntries(folders: readonly string[], request: DiscoveryRequest): DiscoveredModule[] {
  const unsafe: string[] = []
  const entries: DiscoveredModule[] = []
  for (const folder of [...folders].sort(comparePaths)) {
    const reason = unsafePathReason(folder)
    if (reason) unsafe.push(`${showPath(folder)}: ${reason}`)
    else
      entries.push({
        working_directory: folder,
        environment: environmentOf(folder, request.environments, request.fallbackEnvironment),
        slug: moduleSlug(folder)
      })
  }
  if (unsafe.length > 0) {
    throw new DiscoveryError(
      `Root module folder names that cannot be passed to a workflow safely; rename them:\n${unsafe.map(line => `  - ${line}`).join('\n')}`
    )
  }
  return entries
}

function changedPaths(changes: readonly FileChange[]): string[] {
  const paths = new Set<string>()
  for (const change of changes) {
    paths.add(change.path)
    if (change.previousPath !== undefined) paths.add(change.previousPath)
  }
  return [...paths].sort(comparePaths)
}

function summariseProblems(problems: string[]): string {
  const listed = problems.slice(0, LISTED_PROBLEMS).map(problem => `  - ${problem}`)
  if (problems.length > LISTED_PROBLEMS) listed.push(`  - … and ${problems.length - LISTED_PROBLEMS} more`)
  return `Discovery cannot build the module graph (${problems.length} problem(s)):\n${listed.join('\n')}`
}
