/**
 * The one plan reader every mode uses. It streams the file in Buffer chunks through a validating
 * byte scanner, materialises one resource_changes / resource_drift entry at a time and returns the
 * small top-level fields, so memory is bounded by the largest entry, not by the file (plans can be
 * larger than V8's maximum string). Every kind of bad input becomes a PlanReadError naming the file.
 */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs'
import { PlanReadError } from '../errors.js'
import { JsonScanner, JsonSyntaxError } from './json/json-scanner.js'
import { PlanCollector } from './plan-collector.js'
import type { PlanDocument, PlanHeader, PlanResourceChange, PlanVisitor } from './model.js'
import { checkDocumentStart, describeTrailing, sniffPlanStart } from './plan-validate.js'

/** Tuning knobs; tests use a tiny chunk size to split every token across reads. */
export interface ReadPlanOptions {
  /** Bytes per read; default 1 MiB. */
  chunkSize?: number
}

const DEFAULT_CHUNK = 1 << 20
/** readPlanDocument holds the whole text; refuse before V8's string limit turns into an opaque error. */
const MAX_DOCUMENT_BYTES = 256 << 20

/**
 * Streams the file; calls visitor.onResourceChange for each resource_changes entry and
 * visitor.onResourceDrift for each resource_drift entry, in file order; resolves with the top-level
 * header fields. Throws PlanReadError (src/errors.ts) naming the file. The visitor may already have
 * seen entries when a later part of the file turns out to be bad: discard its results on a throw.
 */
export async function readPlanFile(
  path: string,
  visitor: PlanVisitor,
  options: ReadPlanOptions = {}
): Promise<PlanHeader> {
  // Synchronous reads: nothing else runs while a plan is read.
  const handle = openPlan(path)
  try {
    const stat = fstatSync(handle)
    if (!stat.isFile())
      throw new PlanReadError(path, 'this is not a regular file (a directory?); expected plan JSON')
    const size = stat.size
    const chunkSize = Math.max(1, options.chunkSize ?? DEFAULT_CHUNK)
    const head = Buffer.alloc(Math.min(size, 4096))
    readSync(handle, head, 0, head.length, 0)
    const skip = sniffPlanStart(head, path, size)
    const start = head.toString('utf8', skip).trimStart()
    if (start !== '') checkDocumentStart(path, start)
    const collector = new PlanCollector(path, visitor)
    const scanner = new JsonScanner(collector)
    try {
      // One buffer for every read: a fresh Buffer per read would pile up as garbage outside V8's heap
      // until a major GC.
      const chunk = Buffer.allocUnsafe(Math.max(1, Math.min(chunkSize, size - skip)))
      for (let position = skip; position < size;) {
        const bytesRead = readSync(handle, chunk, 0, Math.min(chunk.length, size - position), position)
        if (bytesRead === 0) break
        scanner.feed(bytesRead === chunk.length ? chunk : chunk.subarray(0, bytesRead))
        position += bytesRead
      }
      scanner.end()
    } catch (error) {
      if (error instanceof JsonSyntaxError) throw describeSyntaxError(path, handle, error)
      throw error
    }
    return collector.finish()
  } finally {
    closeSync(handle)
  }
}

/** Reads a whole plan into memory (tests and small plans); same validation and errors. */
export async function readPlanDocument(path: string, options: ReadPlanOptions = {}): Promise<PlanDocument> {
  const changes: PlanResourceChange[] = []
  const header = await readPlanFile(path, { onResourceChange: entry => changes.push(entry) }, options)
  const handle = openPlan(path)
  try {
    const size = fstatSync(handle).size
    if (size > MAX_DOCUMENT_BYTES) {
      throw new PlanReadError(
        path,
        `the plan is ${size} bytes, too large to hold in memory; use readPlanFile`
      )
    }
    const bytes = Buffer.allocUnsafe(size)
    for (let at = 0; at < size;) {
      const read = readSync(handle, bytes, at, size - at, at)
      if (read === 0)
        throw new PlanReadError(path, 'the file shrank while it was read; is a step still writing it?')
      at += read
    }
    const skip = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0
    // The scan above validated the document, so this parse cannot fail.
    const parsed = JSON.parse(bytes.toString('utf8', skip)) as PlanDocument
    return { ...parsed, sensitive_variables: header.sensitive_variables }
  } finally {
    closeSync(handle)
  }
}

function openPlan(path: string): number {
  try {
    return openSync(path, 'r')
  } catch (error) {
    throw new PlanReadError(
      path,
      `the file cannot be read (${(error as Error).message}); check the path and the step that wrote it`
    )
  }
}

/** Words a scanner error with its line and column (found by a second pass; error path only). */
function describeSyntaxError(path: string, handle: number, error: JsonSyntaxError): PlanReadError {
  const where = locateOffset(handle, error.offset)
  switch (error.reason) {
    case 'empty':
      return new PlanReadError(path, 'the file holds only whitespace; expected plan JSON')
    case 'truncated':
      return new PlanReadError(
        path,
        `the JSON ends early at ${where}; the file is truncated. Regenerate it with \`terraform show -json <planfile>\`.`
      )
    case 'trailing': {
      const tail = Buffer.alloc(200)
      const bytesRead = readSync(handle, tail, 0, tail.length, error.offset)
      return describeTrailing(path, tail.toString('utf8', 0, bytesRead), where)
    }
    default:
      return new PlanReadError(path, `invalid JSON at ${where}: ${error.message}`)
  }
}

function locateOffset(handle: number, offset: number): string {
  let line = 1
  let lineStart = 0
  const chunk = Buffer.allocUnsafe(DEFAULT_CHUNK)
  for (let position = 0; position < offset;) {
    const bytesRead = readSync(handle, chunk, 0, Math.min(chunk.length, offset - position), position)
    if (bytesRead === 0) break
    for (let i = chunk.indexOf(0x0a); i !== -1 && i < bytesRead; i = chunk.indexOf(0x0a, i + 1)) {
      line++
      lineStart = position + i + 1
    }
    position += bytesRead
  }
  return `line ${line} column ${offset - lineStart + 1} (byte ${offset})`
}
