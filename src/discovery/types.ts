/**
 * Discovery's inputs and outputs. Discovery is pure: the caller hands it a view of the repository
 * (file list, a reader, symlinks), what changed, the policy's environments and an HCL parser, and
 * gets back the root modules to plan. Paths are repository-relative, `/`-separated, `.` for the root.
 */

/** How a file changed between the compared commits (git's name-status letters, spelled out). */
export type ChangeStatus = 'added' | 'modified' | 'deleted' | 'renamed' | 'copied' | 'type-changed'

/** One changed path. A rename or copy also names the path it came from. */
export interface FileChange {
  status: ChangeStatus
  path: string
  previousPath?: string
}

/** A symbolic link found in the tree; `target` is repository-relative, or undefined when it leaves the repository or is broken. */
export interface SymlinkEntry {
  path: string
  target?: string
  /** What the link points at, when it points inside the repository. */
  kind?: 'file' | 'folder'
}

/** The repository as it is now (the checked-out tree). */
export interface RepositoryView {
  /** Regular files (not links), repository-relative. */
  files: readonly string[]
  symlinks?: readonly SymlinkEntry[]
  /** Reads one file named in `files`. */
  readText(path: string): Promise<string> | string
}

/**
 * One `module` block: its label and its `source` — the decoded string when it is a plain quoted
 * string, `{ expression }` (the text as written) when it is anything else, undefined when absent.
 */
export interface ModuleBlock {
  name: string
  source: string | { expression: string } | undefined
}

/**
 * Reads the top-level `module` blocks of a native-syntax HCL file; rejects (with the parser's
 * message) on any syntax error. Injected so that discovery stays free of the WASM loader and its
 * file access.
 */
export type HclParser = (path: string, text: string) => Promise<ModuleBlock[]>

/** What discovery needs to know about one environment. */
export interface DiscoveryEnvironment {
  /** Canonical name, as in the policy. */
  name: string
  aliases: readonly string[]
  /** Globs of module folders that belong to this environment (policy `environments.<name>.paths`). */
  paths: readonly string[]
}

/** Which slice of the affected modules this job lists (`shard: 2/3` is index 2 of total 3). */
export interface ShardSpec {
  index: number
  total: number
}

export interface DiscoveryRequest {
  repository: RepositoryView
  /** What changed; undefined lists every root module (the `all` input, scheduled drift). */
  changes?: readonly FileChange[]
  /**
   * The content of a changed path before the change, for paths the change modified, deleted or
   * renamed away; undefined when the path did not exist. Used to tell a deleted root module from a
   * deleted shared module. Without it every deleted module folder is reported as removed.
   */
  readBefore?: (path: string) => Promise<string | undefined>
  environments: readonly DiscoveryEnvironment[]
  /** The environment of a module that no policy path or folder name assigns. */
  fallbackEnvironment: string
  shard?: ShardSpec
  parseHcl: HclParser
}

/** One matrix entry. snake_case because it is the action's output, read by workflows. */
export interface DiscoveredModule {
  working_directory: string
  environment: string
  /** The folder as one word for artifact names, distinct for distinct folders (see slug.ts). */
  slug: string
}

export interface DiscoveryResult {
  /** The affected root modules of this shard, sorted by folder. */
  modules: DiscoveredModule[]
  /** Affected root modules in all shards. */
  totalAffected: number
  /** Root modules in the repository. */
  rootModules: number
  /** Root modules the change deleted, sorted (every shard lists all of them). */
  removedModules: DiscoveredModule[]
  /** The changed paths the answer is based on, sorted (renames list both paths). */
  changedFiles: string[]
  /** Things the caller should show as warnings (for example a changed file that does not parse). */
  warnings: string[]
}
