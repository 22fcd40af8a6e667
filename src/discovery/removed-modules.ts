/**
 * Root modules the change deleted. A folder whose configuration files were all deleted was a root
 * module unless something called it before the change. Before the change, callers were either files
 * the change left alone (their calls are in today's graph) or files it modified, deleted or renamed
 * away, whose earlier text the caller hands in; so no second walk of the old tree is needed.
 */
import { configSyntax } from './config-files.js'
import { listedByPolicy } from './environments.js'
import { parseConfigFile, resolveCalls, type ModuleGraph } from './module-graph.js'
import { parentOf, showPath } from './paths.js'
import type { DiscoveryRequest, FileChange } from './types.js'

/** Folders that held configuration files before the change and hold none now. */
export function deletedModuleFolders(changes: readonly FileChange[], graph: ModuleGraph): Set<string> {
  const deleted = new Set<string>()
  for (const change of changes) {
    const gone =
      change.status === 'deleted'
        ? change.path
        : change.status === 'renamed'
          ? change.previousPath
          : undefined
    if (gone === undefined || configSyntax(gone) === undefined) continue
    const folder = parentOf(gone)
    if (!graph.folders.has(folder)) deleted.add(folder)
  }
  return deleted
}

/** The deleted folders that were root modules, sorted. */
export async function removedRootModules(
  deleted: Set<string>,
  request: DiscoveryRequest,
  graph: ModuleGraph,
  warnings: string[]
): Promise<string[]> {
  const called = new Set<string>()
  for (const folder of deleted) if (graph.callers.has(folder)) called.add(folder)
  if (request.readBefore && called.size < deleted.size) {
    const links = new Map((request.repository.symlinks ?? []).map(link => [link.path, link]))
    for (const change of request.changes ?? []) {
      const before = change.status === 'renamed' ? change.previousPath : change.path
      if (before === undefined || change.status === 'added' || change.status === 'copied') continue
      if (configSyntax(before) === undefined) continue
      const text = await request.readBefore(before)
      if (text === undefined) continue
      const problems: string[] = []
      const earlier = {
        files: [before],
        readText: () => text
      }
      const blocks = await parseConfigFile(earlier, before, before, false, {
        parseHcl: request.parseHcl,
        problems,
        warnings: problems
      })
      const calls =
        blocks === undefined ? [] : resolveCalls(blocks, before, links, { problems, warnings: problems })
      if (problems.length > 0) {
        warnings.push(
          `The version of ${showPath(before)} before the change could not be read for module calls, so folders it may have called are reported as removed root modules: ${problems[0]}`
        )
      }
      for (const call of calls) if (call.to !== call.from && deleted.has(call.to)) called.add(call.to)
    }
  }
  return [...deleted]
    .filter(folder => !called.has(folder) || listedByPolicy(folder, request.environments))
    .sort()
}
