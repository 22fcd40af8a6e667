/**
 * The tree-sitter reader must survive ncc: it loads web-tree-sitter's module and two WASM files at
 * run time, which only works when ncc copies them into the bundle byte for byte. This bundles a
 * small entry that runs discovery with the real reader, in a fresh folder, and runs it as the
 * runner would (`node index.js`, ES module output, another working folder).
 */
import { describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { REPO_ROOT } from '../helpers/run-action.js'

describe('discovery in an ncc bundle', () => {
  it('reads module blocks with the bundled WASM parser and refuses a broken file', () => {
    // The entry sits in build/ (ignored by git) so that it is an ES module of this package, like src/index.ts.
    mkdirSync(join(REPO_ROOT, 'build'), { recursive: true })
    const work = mkdtempSync(join(REPO_ROOT, 'build', 'discover-bundle-'))
    try {
      const entry = join(work, 'entry.ts')
      writeFileSync(entry, ENTRY)
      const out = mkdtempSync(join(tmpdir(), 'discover-bundle-dist-'))
      execFileSync('npx', ['ncc', 'build', entry, '-o', out, '--quiet', '--target', 'es2022'], {
        cwd: REPO_ROOT,
        stdio: 'pipe'
      })
      writeFileSync(join(out, 'package.json'), '{"type":"module"}\n')
      expect(readdirSync(out)).toEqual(
        expect.arrayContaining([
          'index.js',
          'tree-sitter-hcl.wasm',
          'web-tree-sitter.js',
          'web-tree-sitter.wasm'
        ])
      )
      const printed = execFileSync(process.execPath, [join(out, 'index.js')], {
        cwd: tmpdir(),
        encoding: 'utf8'
      })
      expect(JSON.parse(printed)).toEqual({
        modules: [{ working_directory: 'live/prod', environment: 'prod', slug: 'live-prod' }],
        broken: expect.stringMatching(/^syntax error at line \d+/)
      })
    } finally {
      rmSync(work, { recursive: true, force: true })
    }
  }, 180_000)
})

const ENTRY = `import { parseHcl } from '../../src/action/adapters/hcl-parser.js'
import { discoverModules } from '../../src/discovery/discover.js'
const files: Record<string, string> = {
  'live/prod/main.tf': 'module "net" {\\n  source = "../../modules/net"\\n}\\n',
  'modules/net/main.tf': 'resource "terraform_data" "x" {}\\n'
}
const result = await discoverModules({
  repository: { files: Object.keys(files), readText: path => files[path] },
  changes: [{ status: 'modified', path: 'modules/net/main.tf' }],
  environments: [{ name: 'prod', aliases: [], paths: [] }],
  fallbackEnvironment: 'dev',
  parseHcl
})
let broken = 'accepted'
try {
  await parseHcl('bad.tf', 'module "x" {\\n  source = \\n')
} catch (error) {
  broken = (error as Error).message
}
console.log(JSON.stringify({ modules: result.modules, broken }))
`
