/**
 * Reads `module` blocks from native-syntax HCL with tree-sitter (web-tree-sitter and the
 * tree-sitter-hcl grammar, both WebAssembly, loaded once on the first file that needs them).
 *
 * Why not @cdktf/hcl2json, HashiCorp's own parser compiled to WebAssembly: it takes about 10 ms per
 * kilobyte, too slow for repositories with a thousand root modules, and it finds its WASM file
 * through `__dirname`, which ncc neither relocates nor defines in an ES module bundle. It stays in the
 * test suite as the reference this reader is compared with.
 *
 * Only what discovery needs is read: top-level `module` blocks and their `source`. A file with any
 * syntax error is refused whole (rejects), because error recovery could hide a module block.
 */
import { readFile } from 'node:fs/promises'
import { pathToFileURL } from 'node:url'
import type { Node, Parser as TreeParser } from 'web-tree-sitter'
import type { HclParser, ModuleBlock } from '../../discovery/types.js'

// web-tree-sitter's module is loaded as a file of its own, not bundled: webpack rewrites its
// `await import("module")` into a namespace without `createRequire`, and the library then fails.
// ncc's asset relocator copies the file into dist/ and replaces this URL by the copy's path (a
// string); in tests it stays a URL to the installed package. (The relocator skips a file it cannot
// parse, such as one using `??=`, so this file avoids that syntax.)
const RUNTIME_JS: URL | string = new URL(
  '../../../node_modules/web-tree-sitter/web-tree-sitter.js',
  import.meta.url
)

let loading: Promise<TreeParser> | undefined

async function loadParser(): Promise<TreeParser> {
  const href = typeof RUNTIME_JS === 'string' ? pathToFileURL(RUNTIME_JS).href : RUNTIME_JS.href
  const { Parser, Language } = (await import(
    /* webpackIgnore: true */ href
  )) as typeof import('web-tree-sitter')
  // Each WASM file is read where it is named: ncc's asset relocator copies files read this way
  // into dist/ byte for byte (a `new URL` kept in a variable would pass through a text loader
  // and arrive corrupted).
  const runtime = await readFile(
    new URL('../../../node_modules/web-tree-sitter/web-tree-sitter.wasm', import.meta.url)
  )
  const grammar = await readFile(
    new URL(
      '../../../node_modules/@tree-sitter-grammars/tree-sitter-hcl/tree-sitter-hcl.wasm',
      import.meta.url
    )
  )
  await Parser.init({ wasmBinary: runtime })
  const parser = new Parser()
  parser.setLanguage(await Language.load(new Uint8Array(grammar)))
  return parser
}

/** The module blocks of one file; rejects naming the first error's line and column. */
export const parseHcl: HclParser = async (path, text) => {
  if (loading === undefined) loading = loadParser()
  const parser = await loading
  const tree = parser.parse(text)
  if (tree === null) throw new Error('the parser gave up on this file')
  try {
    const root = tree.rootNode
    if (root.hasError) throw new Error(`syntax error ${describeError(root)}`)
    return moduleBlocks(root)
  } finally {
    tree.delete()
  }
}

function moduleBlocks(root: Node): ModuleBlock[] {
  const blocks: ModuleBlock[] = []
  const body = root.namedChildren.find(child => child?.type === 'body')
  for (const block of body?.namedChildren ?? []) {
    if (block?.type !== 'block') continue
    const [type, ...rest] = block.namedChildren
    if (type?.type !== 'identifier' || type.text !== 'module') continue
    const label = rest.find(node => node?.type === 'string_lit' || node?.type === 'identifier')
    const name = label ? (label.type === 'string_lit' ? stringValue(label) : label.text) : ''
    const sources = (rest.find(node => node?.type === 'body')?.namedChildren ?? []).filter(
      node => node?.type === 'attribute' && node.namedChildren[0]?.text === 'source'
    )
    // No source is Terraform's error to report; several (also an error) are all followed.
    if (sources.length === 0) blocks.push({ name, source: undefined })
    for (const attribute of sources) blocks.push({ name, source: sourceValue(attribute as Node) })
  }
  return blocks
}

/** A plain quoted string as its decoded value; any other expression as `{ expression }` text. */
function sourceValue(attribute: Node): ModuleBlock['source'] {
  const expression = attribute.namedChildren[1]
  const literal = expression?.namedChildren.length === 1 ? expression.namedChildren[0] : undefined
  const string = literal?.type === 'literal_value' ? literal.namedChildren[0] : undefined
  if (string?.type === 'string_lit') return stringValue(string)
  return { expression: expression?.text ?? '' }
}

/** The text between the quotes, with HCL's escapes decoded (\n \r \t \" \\ \uNNNN \UNNNNNNNN, $${, %%{). */
function stringValue(node: Node): string {
  const raw = node.text.slice(1, -1)
  return raw.replace(/\\(u[0-9A-Fa-f]{4}|U[0-9A-Fa-f]{8}|.)|\$\$\{|%%\{/gs, (match, escape?: string) => {
    if (match === '$${') return '${'
    if (match === '%%{') return '%{'
    const code = escape as string
    if (code[0] === 'u' || code[0] === 'U') {
      const point = parseInt(code.slice(1), 16)
      return point <= 0x10ffff ? String.fromCodePoint(point) : match
    }
    return { n: '\n', r: '\r', t: '\t', '"': '"', '\\': '\\' }[code] ?? match
  })
}

function describeError(root: Node): string {
  const stack: Node[] = [root]
  while (stack.length > 0) {
    const node = stack.pop() as Node
    if (node.isError || node.isMissing) {
      const where = `at line ${node.startPosition.row + 1}, column ${node.startPosition.column + 1}`
      return node.isMissing ? `${where}: missing ${node.type}` : where
    }
    for (let i = node.childCount - 1; i >= 0; i--) {
      const child = node.child(i)
      if (child?.hasError || child?.isMissing) stack.push(child)
    }
  }
  return ''
}
