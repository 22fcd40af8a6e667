// Bundles src/index.ts into dist/ with ncc (ESM output, one chunk per dynamic import) and writes
// dist/package.json so that Node treats dist/*.js as ES modules. It builds into a scratch folder and
// swaps it in only on success, so a failed build never leaves the repository without a bundle.
//
// Why ES modules and not a CommonJS bundle (ncc's API has `esm: false`): CommonJS starts a safety-gate
// ~7 ms sooner on Node 20 (~1 ms on Node 24, the action's runtime), but webpack's CommonJS rendering of
// @azure/storage-common's ESM crc64 shim (`createRequire(import.meta.url)`) is broken, so the artifact
// upload and download fail with "crc64_require is not a function".
import { execFileSync } from 'node:child_process'
import { renameSync, rmSync, writeFileSync } from 'node:fs'
import { mergeGateChunks } from './merge-chunks.mjs'

const scratch = 'dist.next'
rmSync(scratch, { recursive: true, force: true })
execFileSync(
  'npx',
  [
    'ncc',
    'build',
    'src/index.ts',
    '-o',
    scratch,
    '--license',
    'licenses.txt',
    '--quiet',
    '--target',
    'es2022'
  ],
  { stdio: 'inherit' }
)
mergeGateChunks(scratch)
writeFileSync(`${scratch}/package.json`, JSON.stringify({ type: 'module' }, null, 2) + '\n')
rmSync('dist', { recursive: true, force: true })
renameSync(scratch, 'dist')
