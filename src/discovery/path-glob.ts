/**
 * Globs over module folders, as written in the policy's `environments.<name>.paths`:
 * `*` any run of characters within one folder name, `?` one character (not `/`), `**` any number of
 * whole folders (none included, so `environments/prod/**` also matches `environments/prod`),
 * `{a,b}` alternatives. Everything else is literal. A leading `./` and a trailing `/` are ignored.
 */

const cache = new Map<string, RegExp>()

/** True when the module folder `path` (repository-relative, `.` for the root) matches `glob`. */
export function matchesPathGlob(glob: string, path: string): boolean {
  let compiled = cache.get(glob)
  if (!compiled) {
    compiled = new RegExp(`^${translate(normaliseGlob(glob))}$`, 'u')
    cache.set(glob, compiled)
  }
  return compiled.test(path)
}

function normaliseGlob(glob: string): string {
  let text = glob.trim()
  while (text.startsWith('./')) text = text.slice(2)
  while (text.length > 1 && text.endsWith('/')) text = text.slice(0, -1)
  return text === '' ? '.' : text
}

function translate(glob: string): string {
  let out = ''
  let depth = 0
  for (let i = 0; i < glob.length; i++) {
    const char = glob[i]
    if (char === '*' && glob[i + 1] === '*') {
      const atStart = i === 0 || glob[i - 1] === '/'
      const atEnd = i + 2 === glob.length || glob[i + 2] === '/'
      if (atStart && atEnd) {
        // `**/` at the start or middle: zero or more folders; `/**` at the end: the folder itself or below.
        if (i + 2 === glob.length) {
          if (out.endsWith('/')) out = `${out.slice(0, -1)}(?:/.*)?`
          else out += '.*'
        } else {
          out += '(?:[^/]+/)*'
          i++
        }
        i++
        continue
      }
    }
    if (char === '*') out += '[^/]*'
    else if (char === '?') out += '[^/]'
    else if (char === '{') {
      depth++
      out += '(?:'
    } else if (char === '}' && depth > 0) {
      depth--
      out += ')'
    } else if (char === ',' && depth > 0) out += '|'
    else out += char.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&')
  }
  return out + ')'.repeat(depth)
}
