/**
 * Reads the repository's module call graph: which folders hold configuration files, and which
 * local folders each one calls through `module` blocks. Remote sources are not followed. A source
 * that leaves the repository, a source that is not a literal string, a configuration file linked
 * from outside the repository and an unparsable file are problems (collected, then thrown together);
 * an unparsable file the change touched is only a warning, because its module is affected anyway
 * and its plan job shows terraform's own error.
 */
import { classifySource, configSyntax, mayDeclareModules, moduleBlocksOf } from './config-files.js'
import { joinInside, isWithin, parentOf, plainText, showPath } from './paths.js'
import type { HclParser, ModuleBlock, RepositoryView, SymlinkEntry } from './types.js'

/** One resolved local module call. `to` may name a folder without configuration files. */
export interface ModuleCall {
  from: string
  to: string
  /** The file holding the `module` block. */
  file: string
  name: string
}

export interface ModuleGraph {
  /** Folders holding at least one configuration file. */
  folders: Set<string>
  calls: ModuleCall[]
  /** Calls by the folder they call. */
  callers: Map<string, ModuleCall[]>
}

export interface GraphOptions {
  parseHcl: HclParser
  /** True for paths the change added or modified (their parse errors become warnings). */
  isChanged: (path: string) => boolean
  problems: string[]
  warnings: string[]
}

/** How many links a path may pass through before discovery calls it a loop (as the kernel does). */
const MAX_LINK_HOPS = 40

/** Reads every configuration file that may call modules and returns the graph. */
export async function readModuleGraph(view: RepositoryView, options: GraphOptions): Promise<ModuleGraph> {
  const links = new Map((view.symlinks ?? []).map(link => [link.path, link]))
  const folders = new Set<string>()
  const sources: { path: string; readFrom: string }[] = []
  for (const path of view.files) {
    if (configSyntax(path) === undefined) continue
    folders.add(parentOf(path))
    sources.push({ path, readFrom: path })
  }
  for (const link of links.values()) {
    if (configSyntax(link.path) === undefined) continue
    if (link.target === undefined || link.kind !== 'file') {
      options.problems.push(
        `${showPath(link.path)} is a configuration file linked from outside the repository (or a broken link); discovery cannot see its module calls and terraform would read files the pull request does not show. Replace the link with the file`
      )
      continue
    }
    folders.add(parentOf(link.path))
    sources.push({ path: link.path, readFrom: link.target })
  }
  const calls: ModuleCall[] = []
  for (const source of sources) {
    const changed = options.isChanged(source.path) || options.isChanged(source.readFrom)
    const blocks = await parseConfigFile(view, source.path, source.readFrom, changed, options)
    if (blocks !== undefined) calls.push(...resolveCalls(blocks, source.path, links, options))
  }
  const callers = new Map<string, ModuleCall[]>()
  for (const call of calls) {
    const list = callers.get(call.to)
    if (list) list.push(call)
    else callers.set(call.to, [call])
  }
  return { folders, calls, callers }
}

/**
 * Parses one configuration file; undefined when it cannot call modules or cannot be parsed (then a
 * problem or, for a changed file, a warning is recorded).
 */
export async function parseConfigFile(
  view: RepositoryView,
  path: string,
  readFrom: string,
  changed: boolean,
  options: Pick<GraphOptions, 'parseHcl' | 'problems' | 'warnings'>
): Promise<ModuleBlock[] | undefined> {
  const text = await view.readText(readFrom)
  const syntax = configSyntax(path)
  if (syntax === 'native' && !mayDeclareModules(text)) return undefined
  try {
    return syntax === 'json' ? moduleBlocksOf(JSON.parse(text)) : await options.parseHcl(path, text)
  } catch (error) {
    const detail = plainText(error instanceof Error ? error.message : String(error))
    if (changed) {
      options.warnings.push(
        `${showPath(path)} does not parse (${detail}); its module is treated as affected, and its plan job will show terraform's error`
      )
    } else {
      options.problems.push(
        `${showPath(path)} does not parse, so its module calls are unknown: ${detail}. Fix the file (terraform validate shows the same error)`
      )
    }
    return undefined
  }
}

/** The local calls of one parsed file, resolved to repository folders through any folder links. */
export function resolveCalls(
  blocks: ModuleBlock[],
  file: string,
  links: Map<string, SymlinkEntry>,
  options: Pick<GraphOptions, 'problems' | 'warnings'>
): ModuleCall[] {
  const from = parentOf(file)
  const calls: ModuleCall[] = []
  for (const block of blocks) {
    const where = `module ${JSON.stringify(block.name)} in ${showPath(file)}`
    const source = classifySource(block.source)
    if (source.kind === 'remote') continue
    if (source.kind === 'missing') {
      options.warnings.push(`${where} has no source string; terraform will refuse it`)
      continue
    }
    if (source.kind === 'not-literal') {
      options.problems.push(
        `${where} has a source built from an expression (${JSON.stringify(block.source)}); discovery cannot tell where it points. Write the source as a plain string`
      )
      continue
    }
    if (source.kind === 'absolute') {
      options.problems.push(
        `${where} has an absolute source ${JSON.stringify(block.source)}, which points outside the repository; use a path relative to the file, starting with ./ or ../`
      )
      continue
    }
    const joined = joinInside(from, source.path)
    const target = joined === undefined ? undefined : throughLinks(joined, links)
    if (target === undefined) {
      options.problems.push(
        `${where} has source ${JSON.stringify(block.source)}, which points outside the repository (or outside working_directory, the folder discover searches); local modules must live inside it, or come from a registry or git source`
      )
      continue
    }
    calls.push({ from, to: target, file, name: block.name })
  }
  return calls
}

/**
 * Replaces any linked folder on the way to `path` by its target, as the file system would;
 * undefined when a link on the way leaves the repository, is broken, or the links loop.
 */
function throughLinks(path: string, links: Map<string, SymlinkEntry>): string | undefined {
  if (links.size === 0) return path
  let current = path
  for (let hop = 0; hop < MAX_LINK_HOPS; hop++) {
    const link = linkOnTheWay(current, links)
    if (link === undefined) return current
    if (link.target === undefined) return undefined
    current = current === link.path ? link.target : link.target + current.slice(link.path.length)
    if (link.target === '.') current = current === '.' ? '.' : current.replace(/^\.\//, '')
  }
  return undefined
}

function linkOnTheWay(path: string, links: Map<string, SymlinkEntry>): SymlinkEntry | undefined {
  let end = path.indexOf('/')
  for (;;) {
    const prefix = end === -1 ? path : path.slice(0, end)
    const link = links.get(prefix)
    if (link !== undefined && isWithin(path, link.path)) return link
    if (end === -1) return undefined
    end = path.indexOf('/', end + 1)
  }
}
