/**
 * The tree-sitter module reader against HashiCorp's own parser (@cdktf/hcl2json, the hcl library
 * terraform uses, compiled to WebAssembly): on hand-picked tricky files and on generated ones, both
 * must find the same module blocks with the same sources, and refuse the same broken files.
 */
import { describe, expect, it } from '@jest/globals'
import { parse as hcl2json } from '@cdktf/hcl2json'
import fc from 'fast-check'
import { parseHcl } from '../../src/action/adapters/hcl-parser.js'
import { classifySource, moduleBlocksOf } from '../../src/discovery/config-files.js'
import type { ModuleBlock } from '../../src/discovery/types.js'

/** What discovery makes of a file's blocks: name, kind of source and local path. */
const meaning = (blocks: ModuleBlock[]) =>
  blocks
    .map(block => {
      const source = classifySource(block.source)
      return `${block.name} ${source.kind}${source.kind === 'local' ? ` ${source.path}` : ''}`
    })
    .sort()

async function reference(text: string): Promise<string[] | 'error'> {
  try {
    return meaning(moduleBlocksOf(await hcl2json('main.tf', text)))
  } catch {
    return 'error'
  }
}

async function ours(text: string): Promise<string[] | 'error'> {
  try {
    return meaning(await parseHcl('main.tf', text))
  } catch {
    return 'error'
  }
}

const TRICKY: Record<string, string> = {
  'decoys in comments':
    '# module "a" { source = "../evil" }\n// module "b" {}\n/* module "c" {\n source = "../x" } */\nmodule "real" {\n  source = "./real"\n}\n',
  'decoy in a heredoc':
    'locals {\n  text = <<EOT\nmodule "x" {\n  source = "../evil"\n}\nEOT\n}\nmodule "y" {\n  source = "../y"\n}\n',
  'decoy in an indented heredoc':
    'locals {\n  text = <<-EOT\n    module "x" { source = "../evil" }\n    EOT\n}\n',
  'decoy in a string': 'locals {\n  s = "module \\"x\\" { source = \\"../evil\\" }"\n}\n',
  'module blocks nested in other blocks are not calls':
    'terraform {\n  module "n" {\n    source = "../nested"\n  }\n}\nresource "x" "y" {\n  dynamic "module" {\n    for_each = []\n    content {}\n  }\n}\n',
  'one-line block': 'module "one" { source = "../one" }\n',
  'identifier label': 'module bare {\n  source = "./bare"\n}\n',
  'unicode escapes': 'module "esc" {\n  source = "\\u002e\\u002e/x\\u002fy"\n}\n',
  'backslash escapes': 'module "bs" {\n  source = ".\\\\win\\\\path"\n}\n',
  'interpolated source': 'module "t" {\n  source = "${path.module}/x"\n}\n',
  'template directive': 'module "d" {\n  source = "%{ if true }../x%{ endif }"\n}\n',
  'escaped interpolation': 'module "e" {\n  source = "$${x}"\n}\n',
  'parenthesised source': 'module "p" {\n  source = ("../p")\n}\n',
  'no source': 'module "n" {\n  version = "1.0"\n}\n',
  'two blocks one label': 'module "dup" {\n  source = "../a"\n}\nmodule "dup" {\n  source = "../b"\n}\n',
  'registry and git':
    'module "r" {\n  source = "hashicorp/consul/aws"\n}\nmodule "g" {\n  source = "git::https://example.com/x.git?ref=v1"\n}\n',
  'complex arguments':
    'module "c" {\n  source = "../c"\n  m = { a = [for x in var.l : { k = x }], b = var.c ? "}" : "{" }\n  s = "${jsonencode({ a = "}" })}"\n}\n',
  'byte order mark': '\uFEFFmodule "bom" {\n  source = "../bom"\n}\n',
  'tabs and a comment before the brace': 'module\t"tab"\t/* why */ {\n\tsource\t=\t"../tab" # trailing\n}\n',
  'CRLF line endings': 'module "crlf" {\r\n  source = "../crlf"\r\n}\r\n',
  'unicode names': 'module "모듈" {\n  source = "../공유/네트워크"\n}\n',
  'broken: missing brace': 'module "x" {\n  source = "../x"\n',
  'broken: missing value': 'module "x" {\n  source = \n}\n',
  'broken: unterminated string': 'module "x" {\n  source = "../x\n}\n',
  'broken: unterminated heredoc': 'locals {\n  a = <<EOT\nmodule "x" { source = "../x" }\n}\n',
  'broken: stray token': 'module "x" {\n  source = "../x"\n}\n}\n'
}

describe('tree-sitter module reader agrees with HashiCorp hcl', () => {
  it.each(Object.entries(TRICKY))('%s', async (_label, text) => {
    const expected = await reference(text)
    expect(await ours(text)).toEqual(expected)
  })

  const name = fc.stringMatching(/^[a-z][a-z0-9_-]{0,8}$/)
  const path = fc.array(fc.constantFrom('..', '.', 'mods', 'net', 'a b', 'x.y'), {
    minLength: 1,
    maxLength: 4
  })
  const source = fc.oneof(
    path.map(parts => `"./${parts.join('/')}"`),
    path.map(parts => `"../${parts.join('/')}"`),
    fc.constantFrom('"hashicorp/x/aws"', '"${var.a}/x"', '"./a\\u002fb"', '"../\\"q\\""', '("../p")')
  )
  const moduleBlock = fc
    .tuple(name, source, fc.boolean())
    .map(([label, value, oneLine]) =>
      oneLine
        ? `module "${label}" { source = ${value} }`
        : `module "${label}" {\n  source = ${value}\n  n = 1\n}`
    )
  const decoy = fc
    .tuple(name, source)
    .chain(([label, value]) =>
      fc.constantFrom(
        `# module "${label}" { source = ${value} }`,
        `/* module "${label}" {\n source = ${value} } */`,
        `locals {\n  h_${label.replace(/-/g, '_')} = <<EOT\nmodule "${label}" {\n  source = ${value}\n}\nEOT\n}`,
        `resource "t" "${label}" {\n  nested {\n    module = "x"\n  }\n}`,
        `terraform {\n  module "${label}" {\n    source = ${value}\n  }\n}`
      )
    )

  it('on generated files', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.oneof(moduleBlock, decoy), { maxLength: 6 }), async parts => {
        const text = parts.join('\n') + '\n'
        expect(await ours(text)).toEqual(await reference(text))
      }),
      { numRuns: 120 }
    )
  })
})
