/**
 * Which files Terraform and OpenTofu read as configuration, and what a module call's `source` means.
 * The rules follow Terraform's loader: `.tf` and `.tf.json` (and OpenTofu's `.tofu`, `.tofu.json`)
 * in a folder, not its subfolders; names starting with `.`, ending with `~`, or wrapped in `#` are
 * editor files and ignored. A source is a local path only when it starts with `./` or `../` (or the
 * Windows forms); anything else goes to the registry or a remote getter and is not followed.
 */
import { baseName } from './paths.js'
import type { ModuleBlock } from './types.js'

const NATIVE_SUFFIXES = ['.tf', '.tofu']
const JSON_SUFFIXES = ['.tf.json', '.tofu.json']

/** The syntax a configuration file is written in, or undefined when Terraform would not read it. */
export function configSyntax(path: string): 'native' | 'json' | undefined {
  const name = baseName(path)
  if (name.startsWith('.') || name.endsWith('~') || (name.startsWith('#') && name.endsWith('#')))
    return undefined
  if (JSON_SUFFIXES.some(suffix => name.endsWith(suffix) && name.length > suffix.length)) return 'json'
  if (NATIVE_SUFFIXES.some(suffix => name.endsWith(suffix) && name.length > suffix.length)) return 'native'
  return undefined
}

/**
 * False only when a native-syntax file cannot declare a module block: block types are bare
 * identifiers, which HCL has no way to escape, so a file without the word cannot hold one. Files
 * that fail this test are not parsed at all, which keeps discovery fast on large repositories.
 */
export function mayDeclareModules(text: string): boolean {
  return text.includes('module')
}

/** What a module call's `source` asks for. */
export type ModuleSource =
  | { kind: 'local'; path: string }
  | { kind: 'remote' }
  | { kind: 'absolute' }
  | { kind: 'not-literal' }
  | { kind: 'missing' }

const LOCAL_PREFIXES = ['./', '../', '.\\', '..\\']

/** Classifies a source value as written (after HCL decoding). */
export function classifySource(value: unknown): ModuleSource {
  if (typeof value === 'object' && value !== null && 'expression' in value) return { kind: 'not-literal' }
  if (typeof value !== 'string' || value.trim() === '') return { kind: 'missing' }
  if (value.includes('${') || value.includes('%{')) return { kind: 'not-literal' }
  if (value === '.' || value === '..' || LOCAL_PREFIXES.some(prefix => value.startsWith(prefix))) {
    // Terraform treats backslashes in a local source as separators; so does discovery.
    return { kind: 'local', path: value.replace(/\\/g, '/') }
  }
  if (/^(?:\/|\\\\|[A-Za-z]:[\\/]|file:)/i.test(value)) return { kind: 'absolute' }
  return { kind: 'remote' }
}

/**
 * The module blocks of a file in Terraform's JSON syntax (`module.<label>: body`, or arrays of
 * either; also hcl2json's `module.<label>: [body]`). JSON strings are templates in Terraform's JSON
 * syntax, so a source holding `${` is classified as an expression by classifySource.
 */
export function moduleBlocksOf(document: unknown): ModuleBlock[] {
  const blocks: ModuleBlock[] = []
  const collect = (value: unknown): void => {
    if (Array.isArray(value)) {
      for (const item of value) collect(item)
      return
    }
    if (!isObject(value)) return
    for (const [name, bodies] of Object.entries(value)) {
      // Terraform's JSON syntax reads a "//" property as a comment.
      if (name === '//') continue
      for (const body of Array.isArray(bodies) ? bodies : [bodies]) {
        const source = isObject(body) ? body.source : undefined
        blocks.push({
          name,
          source:
            typeof source === 'string' || source === undefined
              ? source
              : { expression: JSON.stringify(source) }
        })
      }
    }
  }
  if (isObject(document)) collect(document.module)
  else if (Array.isArray(document)) for (const item of document) if (isObject(item)) collect(item.module)
  return blocks
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
