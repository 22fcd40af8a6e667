/**
 * Paths as the workspace sees them: annotations, manifests, markers and reports name folders and
 * files relative to the repository root, with `/` separators on every platform.
 */
import { relative, resolve, sep } from 'node:path'

/**
 * `path` (resolved against `base`, the workspace unless given) relative to the workspace, with `/`
 * separators; `.` for the workspace itself.
 */
export function relativeToWorkspace(path: string, workspace: string, base: string = workspace): string {
  const rel = relative(resolve(workspace), resolve(base, path))
  return rel === '' ? '.' : rel.split(sep).join('/')
}
