// Bundles src/index.ts into dist/ with ncc (ESM output, one chunk per dynamic import) and writes
// dist/package.json so that Node treats dist/*.js as ES modules.
import { execFileSync } from 'node:child_process'
import { rmSync, writeFileSync } from 'node:fs'

rmSync('dist', { recursive: true, force: true })
execFileSync(
  'npx',
  [
    'ncc',
    'build',
    'src/index.ts',
    '-o',
    'dist',
    '--license',
    'licenses.txt',
    '--quiet',
    '--target',
    'es2022'
  ],
  {
    stdio: 'inherit'
  }
)
writeFileSync('dist/package.json', JSON.stringify({ type: 'module' }, null, 2) + '\n')
