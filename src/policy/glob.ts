/**
 * Globs for resource types and addresses: `*` any run of characters, `?` one character,
 * `{a,b}` alternatives. Everything else is literal, including `.`, `[` and `"` in addresses.
 */

const cache = new Map<string, RegExp>()

/** Compiles a glob into an anchored regular expression (cached: the same globs run over every entry). */
function compileGlob(glob: string): RegExp {
  let compiled = cache.get(glob)
  if (!compiled) {
    compiled = new RegExp(`^${translate(glob)}$`, 's')
    cache.set(glob, compiled)
  }
  return compiled
}

function translate(glob: string): string {
  let out = ''
  let depth = 0
  for (const char of glob) {
    if (char === '*') out += '.*'
    else if (char === '?') out += '.'
    else if (char === '{') {
      depth++
      out += '(?:'
    } else if (char === '}' && depth > 0) {
      depth--
      out += ')'
    } else if (char === ',' && depth > 0) out += '|'
    else out += char.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&')
  }
  // An unclosed brace is literal text gone wrong; close it so the pattern still compiles.
  return out + ')'.repeat(depth)
}

/** True when `value` matches `glob`. */
export function matchesGlob(glob: string, value: string): boolean {
  return compileGlob(glob).test(value)
}

/**
 * Address globs. A glob that does not start with `module.` or a wildcard also matches the same
 * resource inside any module: `aws_db_instance.*` protects `module.db.aws_db_instance.main` too,
 * because protecting more is the safe reading. `module.network.aws_vpc.*` stays within that module.
 */
export function matchesAddressGlob(glob: string, address: string): boolean {
  if (matchesGlob(glob, address)) return true
  if (glob.startsWith('module.') || glob.startsWith('*')) return false
  const resourcePart = stripModulePath(address)
  return resourcePart !== address && matchesGlob(glob, resourcePart)
}

/** `module.a.module.b["x"].aws_vpc.main` → `aws_vpc.main`. */
function stripModulePath(address: string): string {
  let rest = address
  while (rest.startsWith('module.')) {
    const next = skipModuleStep(rest)
    if (next === undefined) return address
    rest = next
  }
  return rest
}

/** Skips `module.<name>` plus an optional `[index]` (which may contain quoted dots) and the following dot. */
function skipModuleStep(text: string): string | undefined {
  let i = 'module.'.length
  while (i < text.length && text[i] !== '.' && text[i] !== '[') i++
  if (text[i] === '[') {
    let inString = false
    for (; i < text.length; i++) {
      const char = text[i]
      if (inString && char === '\\') i++
      else if (char === '"') inString = !inString
      else if (char === ']' && !inString) break
    }
    i++
  }
  return text[i] === '.' ? text.slice(i + 1) : undefined
}
