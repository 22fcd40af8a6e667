/**
 * Repository paths as discovery sees them: relative, `/`-separated, no `.` or `..` segments, and the
 * repository root written as `.`. Every path that leaves this folder as an output is checked by
 * `unsafePathReason`, because module folders become matrix values that reach `working-directory`,
 * shell scripts, artifact names and comment markers in users' workflows.
 */

/** The repository root. */
export const ROOT = '.'

/** The folder that holds `path` (`.` for a top-level file). */
export function parentOf(path: string): string {
  const slash = path.lastIndexOf('/')
  return slash === -1 ? ROOT : path.slice(0, slash)
}

/** The last segment of a path. */
export function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1)
}

/** Joins a folder and a relative path and removes `.` and `..` segments; undefined when the result leaves the root. */
export function joinInside(folder: string, relative: string): string | undefined {
  const segments = folder === ROOT ? [] : folder.split('/')
  for (const segment of relative.split('/')) {
    if (segment === '' || segment === '.') continue
    if (segment === '..') {
      if (segments.length === 0) return undefined
      segments.pop()
    } else segments.push(segment)
  }
  return segments.length === 0 ? ROOT : segments.join('/')
}

/** True when `path` is `folder` or lies below it. */
export function isWithin(path: string, folder: string): boolean {
  if (folder === ROOT) return true
  return path === folder || (path.startsWith(folder) && path.charCodeAt(folder.length) === 47) /* / */
}

/** Every folder from `folder` up to the root, deepest first. */
export function* foldersUpFrom(folder: string): Generator<string> {
  let current = folder
  for (;;) {
    yield current
    if (current === ROOT) return
    current = parentOf(current)
  }
}

/** Plain code-unit order, the same on every machine and locale. */
export function comparePaths(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

/**
 * A segment of a module folder may hold letters and digits of any script, combining marks, `_`,
 * `.` and `-`, and must not start with `-`. Everything else a shell, an expression or a log reads as
 * syntax (spaces, quotes, `$`, backticks, `;`, `|`, `&`, `*`, newlines, control and bidi characters)
 * is refused rather than escaped: the folder name is the value users pass on, and no escaping
 * survives every place they pass it to.
 */
const SAFE_SEGMENT = /^[\p{L}\p{N}_.][\p{L}\p{M}\p{N}_.-]*$/u
const MAX_PATH_CHARS = 400

/** Why a module folder cannot be handed to a workflow, or undefined when it can. */
export function unsafePathReason(path: string): string | undefined {
  if (path === ROOT) return undefined
  if (path.length > MAX_PATH_CHARS) return `it is longer than ${MAX_PATH_CHARS} characters`
  for (const segment of path.split('/')) {
    if (segment === '' || segment === '.' || segment === '..') return 'it has an empty, `.` or `..` segment'
    if (!SAFE_SEGMENT.test(segment)) {
      return 'folder names may hold only letters, digits, `_`, `.` and `-` (not first), so that no shell, expression or log reads part of the name as syntax'
    }
  }
  return undefined
}

/**
 * A path for a message: plain in quotes when it is made of safe characters, otherwise JSON-quoted
 * with control and format characters escaped, so a hostile name cannot forge a log line or a
 * workflow command.
 */
export function showPath(path: string): string {
  if (/^[\w./@+=,-]*$/u.test(path)) return `'${path}'`
  return plainText(JSON.stringify(path))
}

/** Text from outside (a parser's message that quotes a file name) with control and format characters escaped. */
export function plainText(text: string): string {
  return text.replace(/[\p{C}\u2028\u2029]/gu, char => `\\u{${char.codePointAt(0)!.toString(16)}}`)
}
