/**
 * The file-system walker on real folders: skipped folders, links inside and outside the repository,
 * and its bounds; then discovery over what it read.
 */
import { describe, expect, it } from '@jest/globals'
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { parseHcl } from '../../src/action/adapters/hcl-parser.js'
import { readRepositoryTree, DEFAULT_TREE_LIMITS } from '../../src/action/adapters/repository-tree.js'
import { discoverModules } from '../../src/discovery/discover.js'
import { DEFAULT_ENVS, modified } from '../discovery/memory-repo.js'

function tree(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'discover-tree-'))
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true })
    writeFileSync(join(dir, path), text)
  }
  return dir
}

describe('repository tree', () => {
  it('lists files, skipping .git, .terraform and node_modules', () => {
    const dir = tree({
      'live/main.tf': '',
      'live/.terraform/modules/x/main.tf': '',
      '.git/config': '',
      'node_modules/pkg/main.tf': '',
      '.github/workflows/ci.yml': ''
    })
    expect([...readRepositoryTree(dir).files].sort()).toEqual(['.github/workflows/ci.yml', 'live/main.tf'])
  })

  it('describes links: inside with their target, outside or broken without one', () => {
    const outside = tree({ 'secret.tf': 'module "x" {\n  source = "/etc"\n}\n' })
    const dir = tree({ 'modules/net/main.tf': '', 'live/main.tf': '' })
    symlinkSync('../modules', join(dir, 'live/shared'))
    symlinkSync(join(outside, 'secret.tf'), join(dir, 'live/evil.tf'))
    symlinkSync('/nonexistent/nowhere', join(dir, 'live/broken'))
    symlinkSync('../.git', join(dir, 'live/gitdir'))
    const links = Object.fromEntries((readRepositoryTree(dir).symlinks ?? []).map(link => [link.path, link]))
    expect(links['live/shared']).toEqual({ path: 'live/shared', target: 'modules', kind: 'folder' })
    expect(links['live/evil.tf']).toEqual({ path: 'live/evil.tf' })
    expect(links['live/broken']).toEqual({ path: 'live/broken' })
    expect(links['live/gitdir']).toEqual({ path: 'live/gitdir' })
  })

  it('stops with a clear error past its bounds', () => {
    const dir = tree({ 'a/b/c/d/main.tf': '', 'x.tf': '' })
    expect(() => readRepositoryTree(dir, { ...DEFAULT_TREE_LIMITS, maxDepth: 2 })).toThrow(
      /nested more than 2 levels.*working_directory/
    )
    expect(() => readRepositoryTree(dir, { ...DEFAULT_TREE_LIMITS, maxEntries: 3 })).toThrow(
      /more than 3 files and folders/
    )
    const view = readRepositoryTree(dir, { ...DEFAULT_TREE_LIMITS, maxFileBytes: 0 })
    writeFileSync(join(dir, 'x.tf'), 'locals {}\n')
    expect(() => view.readText('x.tf')).toThrow(/'x.tf' is 10 bytes, more than the 0/)
  })
})

describe('discovery over a real tree', () => {
  const run = (dir: string, changes?: ReturnType<typeof modified>) =>
    discoverModules({
      repository: readRepositoryTree(dir),
      changes,
      environments: DEFAULT_ENVS,
      fallbackEnvironment: 'dev',
      parseHcl
    })

  it('a .tf file linked from outside the repository stops discovery', async () => {
    const outside = tree({ 'secret.tf': 'module "x" {\n  source = "../y"\n}\n' })
    const dir = tree({ 'live/main.tf': '' })
    symlinkSync(join(outside, 'secret.tf'), join(dir, 'live/evil.tf'))
    await expect(run(dir)).rejects.toThrow(
      /'live\/evil\.tf' is a configuration file linked from outside the repository/
    )
  })

  it('a module reached through a linked folder follows the real folder', async () => {
    const dir = tree({
      'live/dev/main.tf': 'module "n" {\n  source = "./shared/net"\n}\n',
      'modules/net/main.tf': ''
    })
    symlinkSync('../../modules', join(dir, 'live/dev/shared'))
    const result = await run(dir, modified('modules/net/main.tf'))
    expect(result.modules.map(module => module.working_directory)).toEqual(['live/dev'])
  })

  it('a source that climbs out through a link is refused', async () => {
    const outside = tree({ 'mod/main.tf': '' })
    const dir = tree({ 'live/main.tf': 'module "n" {\n  source = "./ext/mod"\n}\n' })
    symlinkSync(outside, join(dir, 'live/ext'))
    await expect(run(dir)).rejects.toThrow(/'live\/main\.tf' has source "\.\/ext\/mod", which points outside/)
  })
})
