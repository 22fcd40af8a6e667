// Bundles src/index.ts with ncc into dist/ (or the folder given as the first argument) and writes a
// package.json there so that Node treats the bundle's .js files as ES modules (@actions/* are ESM-only).
// It builds into a scratch folder and swaps it in only on success, so a failed build never leaves the
// target without a bundle.
import { execFileSync } from 'node:child_process'
import { renameSync, rmSync, writeFileSync } from 'node:fs'

const target = process.argv[2] ?? 'dist'
const scratch = `${target}.next`
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
writeFileSync(`${scratch}/package.json`, JSON.stringify({ type: 'module' }, null, 2) + '\n')
rmSync(target, { recursive: true, force: true })
renameSync(scratch, target)
