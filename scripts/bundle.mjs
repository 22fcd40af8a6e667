// Bundles src/index.ts into dist/ with ncc (one chunk per dynamic import) and writes dist/package.json.
// It builds into a scratch folder and swaps it in only on success, so a failed build never leaves the
// repository without a bundle.
//
// The bundle is CommonJS (ncc's `esm: false`; dist/package.json says so), although the sources are ES
// modules: Node's ES module loader costs a job about 8 ms more at start than CommonJS (loader set-up, an
// async read and link per chunk), a quarter of a safety-gate's whole start-up. Chunks load with
// require(); the sources' top-level await and dynamic imports are webpack's to run either way.
import ncc from '@vercel/ncc'
import { mkdirSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'

const scratch = 'dist.next'
rmSync(scratch, { recursive: true, force: true })
const { code, assets, symlinks } = await ncc(join(process.cwd(), 'src/index.ts'), {
  esm: false,
  target: 'es2022',
  license: 'licenses.txt',
  quiet: true
})
mkdirSync(scratch, { recursive: true })
writeFileSync(join(scratch, 'index.js'), code)
for (const [name, asset] of Object.entries(assets)) {
  mkdirSync(dirname(join(scratch, name)), { recursive: true })
  writeFileSync(join(scratch, name), asset.source, { mode: asset.permissions })
}
for (const [name, target] of Object.entries(symlinks ?? {})) symlinkSync(target, join(scratch, name))
// The repository's package.json says "type": "module"; dist/ must say otherwise for Node to load it as CommonJS.
writeFileSync(join(scratch, 'package.json'), JSON.stringify({ type: 'commonjs' }, null, 2) + '\n')
rmSync('dist', { recursive: true, force: true })
renameSync(scratch, 'dist')
