// Jest global setup: bundles the current sources with ncc into .test-dist/ (gitignored), so the
// end-to-end tests run the action the way the runner does (`node index.js`) on the code being tested,
// never on the committed dist/. The bundle is rebuilt whenever the sources, the lock or the build
// script changed since the last build; INFRA_GUARD_TEST_BUNDLE names another bundle to test instead.
import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join, relative } from 'node:path'

const ROOT = join(import.meta.dirname, '..', '..')
const OUT = '.test-dist'
const STAMP = join(ROOT, OUT, 'sources.sha256')

/** Every file the bundle is made from, sorted. */
function inputs() {
  const files = ['package.json', 'package-lock.json', 'tsconfig.json', 'scripts/bundle.mjs']
  const walk = dir => {
    for (const entry of readdirSync(join(ROOT, dir), { withFileTypes: true })) {
      const path = join(dir, entry.name)
      if (entry.isDirectory()) walk(path)
      else files.push(path)
    }
  }
  walk('src')
  return files.sort()
}

function sourcesHash() {
  const hash = createHash('sha256')
  for (const file of inputs())
    hash.update(`${relative(ROOT, join(ROOT, file))}\0`).update(readFileSync(join(ROOT, file)))
  return hash.digest('hex')
}

export default function bundleForTests() {
  if (process.env.INFRA_GUARD_TEST_BUNDLE) return
  const hash = sourcesHash()
  if (existsSync(STAMP) && readFileSync(STAMP, 'utf8') === hash) return
  execFileSync(process.execPath, ['scripts/bundle.mjs', OUT], { cwd: ROOT, stdio: 'inherit' })
  writeFileSync(STAMP, hash)
}
