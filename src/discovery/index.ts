/**
 * Module discovery, the pure core of the `discover` mode: no file system, no git, no clock. The
 * action's adapters build the repository view and the change list; this folder decides.
 */
export { discoverModules } from './discover.js'
export { DiscoveryError } from './errors.js'
export { MATRIX_JOB_LIMIT, parseShard } from './shard.js'
export { matchesPathGlob } from './path-glob.js'
export { unsafePathReason } from './paths.js'
export { moduleSlug } from './slug.js'
export type * from './types.js'
