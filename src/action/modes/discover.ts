/**
 * `discover` mode: the root modules a pull request or push affects (or, with `all: true`, every
 * root module), as JSON for `strategy.matrix`. Outputs: `modules` ([{working_directory,
 * environment}]), `count`, `changed_files`, `removed_modules`. It reads the checked-out tree and git
 * history only; it runs no terraform.
 */
import * as core from '@actions/core'
import * as log from '../log.js'
import { isAbsolute, relative, resolve, sep } from 'node:path'
import { existsSync, statSync } from 'node:fs'
import { discoverModules } from '../../discovery/discover.js'
import { unsafePathReason } from '../../discovery/paths.js'
import type { DiscoveryEnvironment, FileChange, ShardSpec } from '../../discovery/types.js'
import { OUTPUT } from '../../constants.js'
import { InputError } from '../../errors.js'
import type { ActionInputs } from '../inputs.js'
import { resolveEnvironment } from '../../policy/environment.js'
import { loadPolicyFile } from '../adapters/files.js'
import type { EnvironmentPolicy } from '../../policy/types.js'
import { planFromEvent } from '../adapters/change-range.js'
import { gitChanges } from '../adapters/git-changes.js'
import { parseHcl } from '../adapters/hcl-parser.js'
import { readRepositoryTree } from '../adapters/repository-tree.js'
import { renderDiscoverySummary, shellSafeJson, underPrefix } from './discover-output.js'

/** The discover mode's own inputs, read by inputs.ts when mode is discover. */
export interface DiscoverSettings {
  /** List every root module, ignoring what changed (scheduled drift). */
  all: boolean
  /** This job's slice when the affected modules exceed one matrix. */
  shard?: ShardSpec
  /** The event payload (GITHUB_EVENT_PATH), for the commits to compare. */
  event?: Record<string, unknown>
}

/** What the mode reads from the action's inputs. */
export type DiscoverInputs = Pick<
  ActionInputs,
  'workingDirectory' | 'environmentRequest' | 'config' | 'context'
> & {
  discover?: DiscoverSettings
}

/** Runs discovery and sets its outputs; throws (DiscoveryError, InputError, PolicyError) to fail the step. */
export async function runDiscover(inputs: DiscoverInputs): Promise<void> {
  const settings = inputs.discover
  if (settings === undefined)
    throw new Error('discover mode started without its settings (inputs.ts must read them)')
  const workspace = resolve(inputs.context.workspace)
  const root = resolve(workspace, inputs.workingDirectory)
  const prefix = relative(workspace, root).split(sep).join('/')
  if (
    prefix === '..' ||
    prefix.startsWith('../') ||
    isAbsolute(prefix) ||
    !existsSync(root) ||
    !statSync(root).isDirectory()
  ) {
    throw new InputError(
      `Input 'working_directory' is '${inputs.workingDirectory}', which is not a folder inside the workspace; for discover it names the part of the repository to search (default: the whole checkout)`
    )
  }
  const prefixProblem = prefix === '' ? undefined : unsafePathReason(prefix)
  if (prefixProblem)
    throw new InputError(`Input 'working_directory' cannot prefix module folders: ${prefixProblem}`)

  const loaded = await loadPolicyFile(inputs.config)
  const environments = Object.entries(loaded.policy.environments).map(([name, policy]) =>
    toDiscoveryEnvironment(name, policy)
  )
  const fallback = resolveEnvironment(inputs.environmentRequest, loaded.policy.environments).name

  const repository = await log.group('Read the repository tree', async () => {
    const view = readRepositoryTree(root)
    log.info(`${view.files.length} file(s), ${view.symlinks?.length ?? 0} link(s) under '${prefix || '.'}'`)
    return view
  })
  const { changes, readBefore, scope } = await log.group('What changed', () =>
    findChanges(root, settings, inputs.context.eventName)
  )
  const result = await log.group('Discover root modules', () =>
    discoverModules({
      repository,
      changes,
      readBefore,
      environments,
      fallbackEnvironment: fallback,
      shard: settings.shard,
      parseHcl
    })
  )
  const modules = underPrefix(result.modules, prefix)
  const removed = underPrefix(result.removedModules, prefix)
  const changedFiles =
    prefix === '' ? result.changedFiles : result.changedFiles.map(path => `${prefix}/${path}`)
  core.setOutput(OUTPUT.modules, shellSafeJson(modules))
  core.setOutput(OUTPUT.count, String(modules.length))
  core.setOutput(OUTPUT.changedFiles, shellSafeJson(changedFiles))
  core.setOutput(OUTPUT.removedModules, shellSafeJson(removed))

  for (const warning of result.warnings) log.warning(warning)
  for (const module of removed) {
    log.warning(
      `Root module '${module.working_directory}' (${module.environment}) is deleted by this change; deleting the code does not destroy what it manages. Destroy it from the base branch first, or remove it from state on purpose`
    )
  }
  for (const module of modules) log.info(`${module.working_directory} → ${module.environment}`)
  const shard = settings.shard
    ? `, shard ${settings.shard.index}/${settings.shard.total} of ${result.totalAffected}`
    : ''
  log.info(`${modules.length} root module(s) to plan (${scope}${shard})`)
  try {
    await core.summary.addRaw(renderDiscoverySummary(result, modules, removed, scope + shard)).write()
  } catch (error) {
    core.summary.emptyBuffer()
    log.notice(`The job summary was not written: ${error instanceof Error ? error.message : String(error)}`)
  }
}

/** The policy's view of one environment. */
function toDiscoveryEnvironment(name: string, policy: EnvironmentPolicy): DiscoveryEnvironment {
  return { name, aliases: policy.aliases, paths: policy.paths }
}

interface FoundChanges {
  changes?: FileChange[]
  readBefore?: (path: string) => Promise<string | undefined>
  scope: string
}

async function findChanges(
  root: string,
  settings: DiscoverSettings,
  eventName: string
): Promise<FoundChanges> {
  if (settings.all) {
    log.info('all: true — every root module is listed')
    return { scope: 'all root modules' }
  }
  const plan = planFromEvent(eventName, settings.event)
  if (plan.kind === 'everything') {
    log.warning(`discover: ${plan.reason}`)
    return { scope: 'all root modules' }
  }
  if (plan.kind === 'nothing') {
    log.notice(`discover: ${plan.reason}`)
    return { changes: [], scope: 'nothing changed' }
  }
  const found = await gitChanges(root, plan.range)
  if ('everything' in found) {
    log.warning(`discover: ${found.everything}`)
    return { scope: 'all root modules' }
  }
  log.info(
    `${found.changes.length} changed path(s) between ${found.from} and ${plan.range.head} (${plan.range.label})`
  )
  return {
    changes: found.changes,
    readBefore: found.readBefore,
    scope: `affected by the ${plan.range.label}`
  }
}
