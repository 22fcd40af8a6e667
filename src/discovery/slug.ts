/**
 * A module folder as one word that can go into artifact names (which refuse `/`, `\`, `:`, `<`, `>`,
 * `|`, `*`, `?`, `"` and line breaks) and stays distinct for distinct folders, so that the legs of one
 * matrix never overwrite each other's plan or verdict artifacts.
 *
 * `/` becomes `-` and a `-` of the name is doubled. Folder names that discovery hands on never start
 * with `-` (see unsafePathReason), so a run of dashes in a slug reads back one way only: 2k dashes
 * are k dashes of the name, 2k + 1 are k dashes and then a `/`. `environments/prod` → `environments-prod`,
 * `services/web-api/eu` → `services-web--api-eu`; the repository root is `-root`, which no folder
 * can produce because a slug of a folder never starts with `-`.
 */
import { ROOT } from './paths.js'

/** The slug of the repository root. */
export const ROOT_SLUG = '-root'

/** The slug of a module folder (repository- or workspace-relative, `/`-separated, `.` for the root). */
export function moduleSlug(folder: string): string {
  if (folder === ROOT) return ROOT_SLUG
  return folder.replace(/[-/]/g, char => (char === '/' ? '-' : '--'))
}
