/**
 * What changed, from git: the pull request's merge base to its head, or a push's `before` to
 * `after`, as `git diff --name-status -z` reports it. The commits come from the event payload, so
 * they are checked to be commit ids before git sees them. History is needed: a shallow checkout
 * (actions/checkout's default) does not hold the merge base, and discover stops with the fix
 * (`fetch-depth: 0`) rather than fetching behind the workflow's back or guessing from one commit.
 */
import { configSyntax } from '../../discovery/config-files.js'
import { DiscoveryError } from '../../discovery/errors.js'
import type { ChangeStatus, FileChange } from '../../discovery/types.js'
import { runGit } from './git-run.js'

/** Two commits to compare; with `mergeBase`, from their common ancestor (a pull request's own changes). */
export interface CompareRange {
  base: string
  head: string
  mergeBase: boolean
  /** For messages: 'pull request #12', 'push to refs/heads/main'. */
  label: string
  /** A push's `before` may have been force-pushed away; then everything is listed instead. */
  baseMayBeGone: boolean
}

export interface GitChanges {
  changes: FileChange[]
  /** The commit compared from (the merge base for pull requests). */
  from: string
  /** Text of a changed path in `from`; undefined when it did not exist or is not a configuration file. */
  readBefore: (path: string) => Promise<string | undefined>
}

/** The answer when the compared commits cannot be diffed but listing everything is the safe reading. */
export interface NoBase {
  everything: string
}

const SHALLOW_CLONE_FIX =
  "the checkout is shallow. Give actions/checkout 'fetch-depth: 0' in this job so that discover can find what the change touched"

/** Lists the changed paths under `folder` (relative to it). Throws DiscoveryError with the fix when history is missing. */
export async function gitChanges(folder: string, range: CompareRange): Promise<GitChanges | NoBase> {
  const inside = await runGit(folder, ['rev-parse', '--is-inside-work-tree'])
  if (inside.exitCode !== 0) {
    throw new DiscoveryError(
      `discover compares commits with git, but the working directory is not a git checkout (${inside.stderr || 'git rev-parse failed'}). Run actions/checkout with 'fetch-depth: 0' before it, or set all: true`
    )
  }
  const shallow = async () =>
    (await runGit(folder, ['rev-parse', '--is-shallow-repository'])).stdout.toString('utf8').trim() === 'true'
  for (const [role, sha] of [
    ['base', range.base],
    ['head', range.head]
  ] as const) {
    const present = await runGit(folder, ['cat-file', '-e', `${sha}^{commit}`])
    if (present.exitCode === 0) continue
    if (await shallow())
      throw new DiscoveryError(
        `Commit ${sha} (the ${range.label}'s ${role}) is missing: ${SHALLOW_CLONE_FIX}`
      )
    if (role === 'base' && range.baseMayBeGone) {
      return {
        everything: `the ${range.label}'s previous commit ${sha} is not in the repository (a force push?), so there is nothing to compare with; every root module is listed`
      }
    }
    throw new DiscoveryError(
      `Commit ${sha} (the ${range.label}'s ${role}) is not in the checkout. Give actions/checkout 'fetch-depth: 0' (and check out the event's commit)`
    )
  }
  let from = range.base
  if (range.mergeBase) {
    const found = await runGit(folder, ['merge-base', range.base, range.head])
    if (found.exitCode !== 0) {
      if (await shallow())
        throw new DiscoveryError(`The ${range.label}'s merge base is missing: ${SHALLOW_CLONE_FIX}`)
      throw new DiscoveryError(
        `The ${range.label}'s base ${range.base} and head ${range.head} share no history (${found.stderr || 'git merge-base found none'}); discover cannot tell what changed. Set all: true to list every root module`
      )
    }
    from = found.stdout.toString('utf8').trim()
  }
  const diff = await runGit(folder, [
    '-c',
    'core.quotePath=false',
    'diff',
    '--name-status',
    '-z',
    '--find-renames',
    '--no-ext-diff',
    '--no-textconv',
    '--relative',
    from,
    range.head,
    '--'
  ])
  if (diff.exitCode !== 0) {
    throw new DiscoveryError(
      `git diff ${from} ${range.head} failed: ${diff.stderr || `exit code ${diff.exitCode}`}`
    )
  }
  const changes = parseNameStatus(diff.stdout.toString('utf8'))
  return { changes, from, readBefore: await beforeReader(folder, from, changes) }
}

const STATUS: Record<string, ChangeStatus> = {
  A: 'added',
  M: 'modified',
  D: 'deleted',
  R: 'renamed',
  C: 'copied',
  T: 'type-changed'
}

/** Parses `git diff --name-status -z` output: `M\0path\0`, `R100\0old\0new\0`. */
export function parseNameStatus(output: string): FileChange[] {
  const fields = output.split('\0')
  const changes: FileChange[] = []
  for (let i = 0; i < fields.length;) {
    const code = fields[i++]
    if (code === '') continue
    const status = STATUS[code[0]]
    if (status === undefined) {
      // Unmerged (U) or unknown (X) entries: treat the path as modified, which can only add work.
      changes.push({ status: 'modified', path: fields[i++] })
    } else if (status === 'renamed' || status === 'copied') {
      const previousPath = fields[i++]
      changes.push({ status, path: fields[i++], previousPath })
    } else changes.push({ status, path: fields[i++] })
  }
  return changes.filter(change => change.path !== undefined && change.path !== '')
}

/** Largest earlier version of a configuration file discovery reads. */
const MAX_BEFORE_BYTES = 16 * 1024 * 1024

/**
 * Reads the earlier text of every changed configuration file in one `git cat-file --batch` run,
 * the first time one is asked for.
 */
async function beforeReader(
  folder: string,
  from: string,
  changes: FileChange[]
): Promise<GitChanges['readBefore']> {
  const wanted = new Set<string>()
  for (const change of changes) {
    const before = change.status === 'renamed' ? change.previousPath : change.path
    if (change.status === 'added' || change.status === 'copied' || before === undefined) continue
    // cat-file --batch reads one name per line; a path with a line break cannot be named (it then counts as unknown).
    if (configSyntax(before) !== undefined && !/[\n\r]/.test(before)) wanted.add(before)
  }
  let texts: Promise<Map<string, string>> | undefined
  return async path => {
    if (!wanted.has(path)) return undefined
    texts ??= readBlobs(folder, from, [...wanted])
    return (await texts).get(path)
  }
}

async function readBlobs(folder: string, from: string, paths: string[]): Promise<Map<string, string>> {
  const prefix = (await runGit(folder, ['rev-parse', '--show-prefix'])).stdout.toString('utf8').trim()
  const input = Buffer.from(paths.map(path => `${from}:${prefix}${path}\n`).join(''), 'utf8')
  const result = await runGit(folder, ['cat-file', '--batch'], input)
  if (result.exitCode !== 0) throw new DiscoveryError(`git cat-file --batch failed: ${result.stderr}`)
  const texts = new Map<string, string>()
  const out = result.stdout
  let offset = 0
  for (const path of paths) {
    const lineEnd = out.indexOf(10, offset)
    if (lineEnd === -1) break
    const header = out.subarray(offset, lineEnd).toString('utf8').split(' ')
    offset = lineEnd + 1
    if (header[1] === 'missing' || header.length < 3) continue
    const size = Number(header[2])
    if (header[1] === 'blob' && size <= MAX_BEFORE_BYTES)
      texts.set(path, out.subarray(offset, offset + size).toString('utf8'))
    offset += size + 1
  }
  return texts
}
