// Stand-in for actions/checkout: a real git clone of the fixture repository, with the same ref and
// depth rules (a single commit by default, full history with fetch-depth: 0, detached HEAD for pull
// request merge commits and SHAs). See ../README.md.
import { execFileSync } from 'node:child_process'
import { mkdirSync, readdirSync, rmSync } from 'node:fs'
import { relative, resolve } from 'node:path'
import * as core from '@actions/core'

const git = (cwd, ...args) =>
  execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim()

try {
  const workspace = process.env.GITHUB_WORKSPACE
  const repository = core.getInput('repository')
  if (repository.toLowerCase() !== process.env.GITHUB_REPOSITORY.toLowerCase()) {
    throw new Error(`repository '${repository}': the stand-in can only check out the run's own repository`)
  }
  const target = resolve(workspace, core.getInput('path'))
  if (relative(workspace, target).startsWith('..')) {
    throw new Error(`path '${core.getInput('path')}' resolves outside GITHUB_WORKSPACE`)
  }
  const depthText = core.getInput('fetch-depth')
  const depth = Number(depthText)
  if (!Number.isInteger(depth) || depth < 0)
    throw new Error(`fetch-depth '${depthText}' is not a whole number`)
  mkdirSync(target, { recursive: true })
  if (core.getBooleanInput('clean')) {
    for (const entry of readdirSync(target)) rmSync(resolve(target, entry), { recursive: true, force: true })
  }
  const source = `file://${process.env.STAND_IN_REPOSITORY_DIR}`
  const requested = core.getInput('ref')
  const ref = requested || process.env.GITHUB_REF
  const sha = requested ? undefined : process.env.GITHUB_SHA
  git(target, 'init', '-q')
  git(target, 'remote', 'add', 'origin', source)
  const depthArgs = depth > 0 ? [`--depth=${depth}`] : []
  let checkoutArgs
  if (depth === 0) {
    git(
      target,
      'fetch',
      '-q',
      '--prune',
      'origin',
      '+refs/heads/*:refs/remotes/origin/*',
      '+refs/tags/*:refs/tags/*'
    )
  }
  if (/^[0-9a-f]{40}$/i.test(ref)) {
    git(target, 'fetch', '-q', '--no-tags', ...depthArgs, 'origin', ref)
    checkoutArgs = ['--detach', ref]
  } else if (ref.startsWith('refs/pull/')) {
    const local = ref.replace(/^refs\/pull\//, 'refs/remotes/pull/')
    git(target, 'fetch', '-q', '--no-tags', ...depthArgs, 'origin', `+${sha ?? ref}:${local}`)
    checkoutArgs = ['--detach', local]
  } else if (
    ref.startsWith('refs/tags/') ||
    (requested && git(process.env.STAND_IN_REPOSITORY_DIR, 'tag', '--list', ref))
  ) {
    const tag = ref.replace(/^refs\/tags\//, '')
    git(target, 'fetch', '-q', '--no-tags', ...depthArgs, 'origin', `+refs/tags/${tag}:refs/tags/${tag}`)
    checkoutArgs = ['--detach', `refs/tags/${tag}`]
  } else {
    const branch = ref.replace(/^refs\/heads\//, '')
    git(
      target,
      'fetch',
      '-q',
      '--no-tags',
      ...depthArgs,
      'origin',
      `+${sha ?? `refs/heads/${branch}`}:refs/remotes/origin/${branch}`
    )
    checkoutArgs = ['-B', branch, `refs/remotes/origin/${branch}`]
  }
  git(target, 'checkout', '-q', '--force', ...checkoutArgs)
  const commit = git(target, 'rev-parse', 'HEAD')
  core.info(
    `Checked out ${ref} (${commit}) into ${target}${depth > 0 ? ` with depth ${depth}` : ' with full history'}`
  )
  core.setOutput('ref', ref)
  core.setOutput('commit', commit)
} catch (error) {
  core.setFailed(`checkout stand-in: ${error.stderr || error.message}`)
}
