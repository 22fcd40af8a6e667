// Merges the chunks a safety-gate loads into one file. ncc splits every module group shared by two
// modes into its own chunk, so a gate imports five ES modules (reader, analysis, policy, render, the
// mode), each resolved, read, compiled and linked on its own: merged, a gate starts ~3 ms sooner.
// A mode that needs some of these chunks loads the merged file instead (a few more KiB to parse).
//
// It edits webpack's output text, so it checks every pattern it relies on and fails the build, rather
// than write a bundle that cannot load, when ncc's output no longer looks the way it expects.
import { readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

const MERGED = 'safety-gate'
const GATE_IMPORT =
  /Promise\.all\(\/\* import\(\) \*\/\[((?:__nccwpck_require__\.e\(\d+\), )*__nccwpck_require__\.e\(\d+\))\]\)\.then\(__nccwpck_require__\.bind\(__nccwpck_require__, \d+\)\)\)\.runSafetyGate/g
const CHUNK =
  /^export const id = (\d+);\nexport const ids = \[([\d,]+)\];\nexport const modules = \{\n([\s\S]*)\n\};\n?$/
const FILE_NAME = 'return "" + chunkId + ".index.js";'

/** Rewrites `dir` (ncc's ESM output) so that the safety-gate's chunks are one file. */
export function mergeGateChunks(dir) {
  const entryPath = join(dir, 'index.js')
  let entry = readFileSync(entryPath, 'utf8')
  const imports = [...entry.matchAll(GATE_IMPORT)]
  if (imports.length !== 1) fail(`expected one safety-gate import in index.js, found ${imports.length}`)
  const chunkIds = [...imports[0][1].matchAll(/\d+/g)].map(match => match[0])
  if (chunkIds.length < 2) return

  const ids = []
  const bodies = []
  for (const chunkId of chunkIds) {
    const text = readFileSync(join(dir, `${chunkId}.index.js`), 'utf8')
    const chunk = CHUNK.exec(text)
    if (!chunk || chunk[1] !== chunkId) fail(`chunk ${chunkId}.index.js is not in the expected format`)
    ids.push(...chunk[2].split(','))
    bodies.push(chunk[3])
  }
  writeFileSync(
    join(dir, `${MERGED}.index.js`),
    `export const id = ${JSON.stringify(MERGED)};\nexport const ids = [${ids.join(',')}];\nexport const modules = {\n${bodies.join(',\n')}\n};\n`
  )

  if (entry.split(FILE_NAME).length !== 2) fail('expected one chunk file-name function in index.js')
  const redirect = Object.fromEntries(chunkIds.map(id => [id, MERGED]))
  entry = entry.replace(
    FILE_NAME,
    `return (${JSON.stringify(redirect)}[chunkId] || chunkId) + ".index.js"; // merged by scripts/merge-chunks.mjs`
  )
  writeFileSync(entryPath, entry)
  for (const chunkId of chunkIds) rmSync(join(dir, `${chunkId}.index.js`))
}

function fail(problem) {
  throw new Error(`merge-chunks: ${problem}; ncc's output changed, update scripts/merge-chunks.mjs`)
}
