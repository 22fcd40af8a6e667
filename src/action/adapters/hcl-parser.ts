/**
 * HCL parsing for discovery through @cdktf/hcl2json: HashiCorp's own hcl library compiled to
 * WebAssembly, so a file means to discovery what it means to terraform. The package reads and
 * starts its WASM module (main.wasm.gz, next to its code; ncc copies it into dist/) as soon as it is
 * imported, which takes about a second, so it is imported on the first file that needs it.
 */
import type { HclParser } from '../../discovery/types.js'

type Parse = (filename: string, contents: string) => Promise<unknown>

let loading: Promise<Parse> | undefined

async function loadParser(): Promise<Parse> {
  const loaded = (await import('@cdktf/hcl2json')) as { parse?: Parse; default?: { parse?: Parse } }
  const parse = loaded.parse ?? loaded.default?.parse
  if (typeof parse !== 'function') throw new Error('@cdktf/hcl2json did not export parse(); reinstall the action')
  return parse
}

/** Parses one file's text into hcl2json's JSON shape; rejects with the parser's message (file:line) on a syntax error. */
export const parseHcl: HclParser = async (path, text) => {
  loading ??= loadParser()
  const parse = await loading
  return parse(path, text)
}
