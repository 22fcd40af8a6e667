/**
 * Real git repositories in a temporary folder for the git adapter and discover mode tests, seeded
 * with the fixture monorepo (three environments, a shared network module with a nested one).
 */
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { monorepoFiles } from '../discovery/memory-repo.js'

export interface GitRepo {
  dir: string
  git(...args: string[]): string
  write(files: Record<string, string>): void
  remove(...paths: string[]): void
  commit(message: string): string
}

const GIT_ENV = {
  ...process.env,
  GIT_AUTHOR_NAME: 'Test',
  GIT_AUTHOR_EMAIL: 'test@example.com',
  GIT_COMMITTER_NAME: 'Test',
  GIT_COMMITTER_EMAIL: 'test@example.com',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null'
}

/** Opens a git helper on an existing folder. */
export function gitAt(dir: string): GitRepo {
  const git = (...args: string[]) =>
    execFileSync('git', args, { cwd: dir, env: GIT_ENV, encoding: 'utf8' }).trim()
  return {
    dir,
    git,
    write(files) {
      for (const [path, text] of Object.entries(files)) {
        mkdirSync(dirname(join(dir, path)), { recursive: true })
        writeFileSync(join(dir, path), text)
      }
    },
    remove(...paths) {
      for (const path of paths) rmSync(join(dir, path), { recursive: true, force: true })
    },
    commit(message) {
      git('add', '-A')
      git('commit', '-q', '--allow-empty', '-m', message)
      return git('rev-parse', 'HEAD')
    }
  }
}

/** A new repository on branch main holding the fixture monorepo in one commit. */
export function monorepoGit(prefix = 'discover-git-'): GitRepo {
  const dir = mkdtempSync(join(tmpdir(), prefix))
  const repo = gitAt(dir)
  repo.git('init', '-q', '-b', 'main')
  repo.write(monorepoFiles())
  repo.commit('monorepo')
  return repo
}

/** `git clone --depth 1 file://…` of a repository (what actions/checkout does by default). */
export function shallowClone(source: GitRepo, branch: string): GitRepo {
  const dir = mkdtempSync(join(tmpdir(), 'discover-shallow-'))
  execFileSync('git', ['clone', '-q', '--depth', '1', '--branch', branch, `file://${source.dir}`, dir], {
    env: GIT_ENV
  })
  return gitAt(dir)
}
