/**
 * The environment of a module folder, in this order: the policy's `environments.<name>.paths`
 * globs; else a folder name on its path that is an environment's name or alias
 * (`environments/production/eu` → prod); else the fallback the caller resolved (input, dispatch,
 * branch, default). Two environments claiming one folder is an error, as with branches: guessing
 * could put production behind a development policy.
 */
import { DiscoveryError } from './errors.js'
import { matchesPathGlob } from './path-glob.js'
import { ROOT, showPath } from './paths.js'
import type { DiscoveryEnvironment } from './types.js'

/** True when any environment's policy paths list the folder. */
export function listedByPolicy(folder: string, environments: readonly DiscoveryEnvironment[]): boolean {
  return environments.some(environment => environment.paths.some(glob => matchesPathGlob(glob, folder)))
}

/** The canonical environment name for a module folder. Throws DiscoveryError on a conflict. */
export function environmentOf(
  folder: string,
  environments: readonly DiscoveryEnvironment[],
  fallback: string
): string {
  const byPolicy = environments.filter(environment =>
    environment.paths.some(glob => matchesPathGlob(glob, folder))
  )
  if (byPolicy.length > 1) {
    const claims = byPolicy.map(
      environment =>
        `${environment.name} (${environment.paths.filter(glob => matchesPathGlob(glob, folder)).join(', ')})`
    )
    throw new DiscoveryError(
      `Module folder ${showPath(folder)} matches the paths of ${byPolicy.length} environments: ${claims.join(' and ')}. Make the globs under environments.<name>.paths in the policy file exclusive`
    )
  }
  if (byPolicy.length === 1) return byPolicy[0].name
  const byName = new Set<string>()
  if (folder !== ROOT) {
    for (const segment of folder.split('/')) {
      const word = segment.toLowerCase()
      for (const environment of environments) {
        const names = [environment.name, ...environment.aliases].map(name => name.toLowerCase())
        if (names.includes(word)) byName.add(environment.name)
      }
    }
  }
  if (byName.size > 1) {
    throw new DiscoveryError(
      `Module folder ${showPath(folder)} has folder names of ${byName.size} environments (${[...byName].sort().join(', ')}). List it under environments.<name>.paths in the policy file to say which one it belongs to`
    )
  }
  if (byName.size === 1) return [...byName][0]
  return fallback
}
