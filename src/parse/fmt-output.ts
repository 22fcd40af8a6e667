/**
 * Reads what `terraform fmt -check -recursive -diff` prints: each unformatted file's name, then
 * (with -diff) a unified diff `--- old/<file>` / `+++ new/<file>` with hunks. Hunk headers carry
 * line counts, so the parser consumes exactly the diff's lines and never mistakes a diff line for a
 * file name (or the other way round). Pure.
 */

/** One file terraform fmt would change, with its diff (empty when fmt printed none). */
export interface UnformattedFile {
  /** Path as terraform printed it (relative to the module directory). */
  file: string
  diff: string
}

const HUNK = /^@@ -\d+(?:,(\d+))? \+\d+(?:,(\d+))? @@/

/** Parses fmt's stdout. File names come first; a diff that follows a name is attached to it. */
export function parseFmtOutput(stdout: string): UnformattedFile[] {
  const lines = stdout.replace(/\r\n/g, '\n').split('\n')
  const files: UnformattedFile[] = []
  const byName = new Map<string, UnformattedFile>()
  let i = 0
  while (i < lines.length) {
    const line = lines[i]
    if (line.startsWith('--- old/') && lines[i + 1]?.startsWith('+++ new/')) {
      const name = line.slice('--- old/'.length)
      const [diff, next] = readDiff(lines, i)
      const entry = byName.get(name) ?? addFile(files, byName, name)
      entry.diff = diff
      i = next
      continue
    }
    if (line.trim() !== '' && !byName.has(line)) addFile(files, byName, line)
    i++
  }
  return files
}

function addFile(
  files: UnformattedFile[],
  byName: Map<string, UnformattedFile>,
  name: string
): UnformattedFile {
  const entry = { file: name, diff: '' }
  files.push(entry)
  byName.set(name, entry)
  return entry
}

/** Reads the two header lines and every hunk that follows; returns the diff text and the next line index. */
function readDiff(lines: string[], start: number): [string, number] {
  const out = [lines[start], lines[start + 1]]
  let i = start + 2
  for (;;) {
    const header = HUNK.exec(lines[i] ?? '')
    if (!header) break
    out.push(lines[i])
    i++
    let oldLeft = header[1] === undefined ? 1 : Number(header[1])
    let newLeft = header[2] === undefined ? 1 : Number(header[2])
    while (i < lines.length && (oldLeft > 0 || newLeft > 0 || lines[i].startsWith('\\'))) {
      const line = lines[i]
      const kind = line[0]
      if (kind === '-') oldLeft--
      else if (kind === '+') newLeft--
      else if (kind === '\\') {
        // "\ No newline at end of file" belongs to the line before it.
      } else {
        // Context lines (" " or an empty line where the trailing space was trimmed) count for both sides.
        oldLeft--
        newLeft--
      }
      out.push(line)
      i++
    }
  }
  return [out.join('\n'), i]
}
