/**
 * The file side of verification: streamed sha256 hashing, comparing a folder with a manifest's file
 * list, and the error that lists every difference. Pure: no @actions imports.
 */
import { createHash } from 'node:crypto'
import { closeSync, createReadStream, lstatSync, openSync, readdirSync, readSync } from 'node:fs'
import { join } from 'node:path'
import { ArtifactError } from '../../../errors.js'
import { MANIFEST_FILE, type PlanManifest } from './manifest-schema.js'

/** One field where the artifact and the current run disagree. */
export interface ManifestMismatch {
  /** `commitSha`, `workingDirectory`, `environment`, or `file:<name>`. */
  field: string
  expected: string
  found: string
}

/** The artifact does not match this run; lists every differing field. */
export class ManifestMismatchError extends ArtifactError {
  constructor(readonly mismatches: ManifestMismatch[]) {
    super(
      'The plan artifact does not match this run, so the gate refuses it:\n' +
        mismatches.map(describeMismatch).join('\n') +
        '\nRe-run the plan job for this commit, working directory and environment' +
        (mismatches.every(m => m.field === 'commitSha')
          ? ', or set allow_stale_plan: true to accept a plan made at another commit.'
          : '.')
    )
  }
}

/** sha256 and size of a file, read as a stream. */
export async function hashFile(path: string): Promise<{ sha256: string; size: number }> {
  const hash = createHash('sha256')
  let size = 0
  try {
    for await (const chunk of createReadStream(path, {
      highWaterMark: 1024 * 1024
    }) as AsyncIterable<Buffer>) {
      size += chunk.length
      hash.update(chunk)
    }
  } catch (error) {
    throw new ArtifactError(
      `Cannot read '${path}' to hash it for the plan artifact: ${(error as Error).message}`
    )
  }
  return { sha256: hash.digest('hex'), size }
}

/** Synchronous chunked hashing, so verification can stay a plain function without holding files in memory. */
function hashFileSync(path: string): string {
  const hash = createHash('sha256')
  const buffer = Buffer.alloc(1024 * 1024)
  const fd = openSync(path, 'r')
  try {
    for (let read = readSync(fd, buffer); read > 0; read = readSync(fd, buffer))
      hash.update(buffer.subarray(0, read))
  } finally {
    closeSync(fd)
  }
  return hash.digest('hex')
}

/** Every listed file that is missing, not a regular file or changed, and every entry the manifest does not list. */
export function compareFiles(manifest: PlanManifest, dir: string): ManifestMismatch[] {
  const mismatches: ManifestMismatch[] = []
  const listed = new Set(manifest.files.map(f => f.name))
  for (const file of manifest.files) {
    const path = join(dir, file.name)
    let kind: 'missing' | 'file' | 'other'
    try {
      kind = lstatSync(path).isFile() ? 'file' : 'other'
    } catch {
      kind = 'missing'
    }
    const field = `file:${file.name}`
    if (kind === 'missing')
      mismatches.push({ field, expected: `sha256 ${file.sha256}`, found: 'no such file' })
    else if (kind === 'other')
      mismatches.push({ field, expected: 'a regular file', found: 'a folder or link' })
    else {
      const actual = hashFileSync(path)
      if (actual !== file.sha256)
        mismatches.push({ field, expected: `sha256 ${file.sha256}`, found: `sha256 ${actual}` })
    }
  }
  // Anything else in the artifact was not hashed by the plan job, so nothing vouches for it.
  for (const entry of listEntries(dir)) {
    if (entry === MANIFEST_FILE || listed.has(entry)) continue
    mismatches.push({ field: `file:${entry}`, expected: 'nothing (not listed)', found: 'an unlisted entry' })
  }
  return mismatches
}

function listEntries(dir: string, prefix = ''): string[] {
  const entries: string[] = []
  for (const entry of readdirSync(join(dir, prefix), { withFileTypes: true })) {
    const name = prefix ? `${prefix}/${entry.name}` : entry.name
    entries.push(name)
    if (entry.isDirectory()) entries.push(...listEntries(dir, name))
  }
  return entries
}

const IDENTITY_LABELS: Record<string, string> = {
  commitSha: 'commit SHA',
  workingDirectory: 'working directory',
  environment: 'environment'
}

/** One line per mismatch, saying which side each value comes from. */
function describeMismatch(m: ManifestMismatch): string {
  const label = IDENTITY_LABELS[m.field]
  if (label) return `- ${label} differs: this run has ${m.expected}, the plan artifact has ${m.found}`
  return `- file '${m.field.slice('file:'.length)}': manifest says ${m.expected}, artifact has ${m.found}`
}
