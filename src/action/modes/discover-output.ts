/**
 * How discovery's answer leaves the action: outputs as JSON that a workflow can also paste into a
 * quoted shell string without harm, and a short job summary.
 */
import { moduleSlug } from '../../discovery/slug.js'
import type { DiscoveredModule, DiscoveryResult } from '../../discovery/types.js'

/**
 * JSON with every character outside printable ASCII, and the shell's `$`, backtick and `'`, written
 * as \u escapes. `fromJSON` reads it back unchanged; a workflow that interpolates the value into a
 * single- or double-quoted shell string (which it should not) still gets no command substitution
 * and no way out of the quotes. These characters can only occur inside JSON strings, so the
 * replacement never touches the structure.
 */
export function shellSafeJson(value: unknown): string {
  return JSON.stringify(value).replace(
    /[^\x20-\x7e]|[$`']/g,
    char => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`
  )
}

/** Prefixes repository-relative module folders with where the repository sits in the workspace (slugs follow). */
export function underPrefix(modules: readonly DiscoveredModule[], prefix: string): DiscoveredModule[] {
  if (prefix === '' || prefix === '.') return [...modules]
  return modules.map(module => {
    const folder = module.working_directory === '.' ? prefix : `${prefix}/${module.working_directory}`
    return { ...module, working_directory: folder, slug: moduleSlug(folder) }
  })
}

/** The job summary: one line of counts, the modules to plan, and any removed root module. */
export function renderDiscoverySummary(
  result: DiscoveryResult,
  modules: readonly DiscoveredModule[],
  removed: readonly DiscoveredModule[],
  scope: string
): string {
  const lines = [
    '## infra-guard discover',
    '',
    `${modules.length} root module(s) to plan (${scope}; ${result.rootModules} root module(s) in the repository, ${result.changedFiles.length} changed file(s)).`,
    ''
  ]
  if (modules.length > 0) {
    lines.push('| Module | Environment |', '| --- | --- |')
    for (const module of modules)
      lines.push(`| \`${module.working_directory}\` | \`${module.environment}\` |`)
    lines.push('')
  }
  if (removed.length > 0) {
    lines.push(
      `**Removed root modules** — deleted by this change; whatever they managed is not destroyed by deleting the code. Destroy it first from the base branch, or remove it from state deliberately:`,
      ''
    )
    for (const module of removed) lines.push(`- \`${module.working_directory}\` (${module.environment})`)
    lines.push('')
  }
  return lines.join('\n')
}
