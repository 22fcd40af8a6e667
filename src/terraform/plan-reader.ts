/**
 * The one plan reader every mode uses. It streams the file in Buffer chunks through a validating
 * byte scanner, materialises one resource_changes / resource_drift entry at a time and returns the
 * small top-level fields, so memory is bounded by the largest entry, not by the file (plans can be
 * larger than V8's maximum string). Every kind of bad input becomes a PlanReadError naming the file.
 */
import { open, stat, type FileHandle } from 'node:fs/promises'
import { PlanReadError } from '../errors.js'
import { JsonScanner, JsonSyntaxError, SKIP } from './json-scanner.js'
import { parallelReading, readPlanFileInWorker, type ParallelReadOptions } from './parallel-reader.js'
import { PlanCollector } from './plan-collector.js'
import type { PlanDocument, PlanHeader, PlanResourceChange, PlanVisitor } from './plan-types.js'
import { checkDocumentStart, describeTrailing, sniffPlanStart } from './plan-validate.js'

/** Tuning knobs; tests use a tiny chunk size to split every token across reads. */
export interface ReadPlanOptions {
  /** Bytes per read; default 1 MiB. */
  chunkSize?: number
  /**
   * Read on two threads (parallel-reader.ts), or `false` for one. Default: what
   * configureParallelReading set (the action's entry point sets it; unset means one thread).
   */
  parallel?: ParallelReadOptions | false
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
  const parallel = options.parallel ?? parallelReading()
  if (parallel && (await sizeIfFile(path)) >= parallel.minBytes) {
    return readPlanFileInWorker(path, visitor, parallel, options.chunkSize)
  }
  return scanPlanFile(path, new PlanCollector(path, visitor), { chunkSize: options.chunkSize })
}

/** How scanPlanFile reads. */
export interface ScanPlanOptions {
  chunkSize?: number
  /** See ScanOptions.deferSkipped: skipped containers are only skimmed, their ranges handed here. */
  deferSkipped?: (start: number, end: number) => void
}

/**
 * Streams the file through the validating scanner into `collector` and returns its header. The
 * single-threaded reader, and the worker's half of the parallel one (whose collector forwards entries).
 */
export async function scanPlanFile(
  path: string,
  collector: PlanCollector,
  options: ScanPlanOptions = {}
): Promise<PlanHeader> {
  const handle = await openPlan(path)
  try {
    const stat = await handle.stat()
    if (!stat.isFile())
      throw new PlanReadError(path, 'this is not a regular file (a directory?); expected plan JSON')
    const size = stat.size
    const chunkSize = Math.max(1, options.chunkSize ?? DEFAULT_CHUNK)
    const head = Buffer.alloc(Math.min(size, 4096))
    await handle.read(head, 0, head.length, 0)
    const skip = sniffPlanStart(head, path, size)
    const start = head.toString('utf8', skip).trimStart()
    if (start !== '') checkDocumentStart(path, start)
    const scanner = new JsonScanner(collector, { deferSkipped: options.deferSkipped, startOffset: skip })
    try {
      // One buffer for every read: a fresh 1 MiB Buffer per read piles up as garbage outside V8's
      // heap until a major GC, which was most of the peak RSS on a gigabyte plan.
      const chunk = Buffer.allocUnsafe(Math.max(1, Math.min(chunkSize, size - skip)))
      for (let position = skip; position < size;) {
        const { bytesRead } = await handle.read(chunk, 0, Math.min(chunk.length, size - position), position)
        if (bytesRead === 0) break
        scanner.feed(bytesRead === chunk.length ? chunk : chunk.subarray(0, bytesRead))
        position += bytesRead
      }
      scanner.end()
    } catch (error) {
      if (error instanceof JsonSyntaxError) throw await describeSyntaxError(path, handle, error)
      // A hook's own complaint belongs to the value it was looking at.
      if (error instanceof PlanReadError) throw new PlanReadError(path, error.detail, scanner.lastValueOffset)
      throw error
    }
    try {
      return collector.finish()
    } catch (error) {
      if (error instanceof PlanReadError) throw new PlanReadError(path, error.detail, size)
      throw error
    }
  } finally {
    await handle.close()
  }
}

/**
 * Validates byte ranges that a scan with deferSkipped only skimmed, in order; returns the first
 * problem, worded and positioned exactly as the one-pass scan would have, or undefined.
 */
export async function validateDeferredRanges(
  path: string,
  ranges: Array<[number, number]>,
  chunkSize = DEFAULT_CHUNK
): Promise<PlanReadError | undefined> {
  if (ranges.length === 0) return undefined
  const handle = await openPlan(path)
  try {
    const chunk = Buffer.allocUnsafe(Math.max(1, chunkSize))
    for (const [start, end] of ranges) {
      const scanner = new JsonScanner({ onValueStart: () => SKIP, onCapture() {} }, { startOffset: start })
      try {
        for (let position = start; position < end;) {
          const want = Math.min(chunk.length, end - position)
          const { bytesRead } = await handle.read(chunk, 0, want, position)
          if (bytesRead === 0) break
          scanner.feed(bytesRead === chunk.length ? chunk : chunk.subarray(0, bytesRead))
          position += bytesRead
        }
        scanner.end()
      } catch (error) {
        if (error instanceof JsonSyntaxError) return describeSyntaxError(path, handle, error)
        throw error
      }
    }
    return undefined
  } finally {
    await handle.close()
  }
}

/** Reads a whole plan into memory (tests and small plans); same validation and errors. */
export async function readPlanDocument(path: string, options: ReadPlanOptions = {}): Promise<PlanDocument> {
  const changes: PlanResourceChange[] = []
  const visitor = { onResourceChange: (entry: PlanResourceChange) => changes.push(entry) }
  const header = await readPlanFile(path, visitor, options)
  const handle = await openPlan(path)
  try {
    const size = (await handle.stat()).size
    if (size > MAX_DOCUMENT_BYTES) {
      throw new PlanReadError(
        path,
        `the plan is ${size} bytes, too large to hold in memory; use readPlanFile`
      )
    }
    const bytes = await handle.readFile()
    const skip = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0
    // The scan above validated the document, so this parse cannot fail.
    const parsed = JSON.parse(bytes.toString('utf8', skip)) as PlanDocument
    return { ...parsed, sensitive_variables: header.sensitive_variables }
  } finally {
    await handle.close()
  }
}

/** The file's size, or -1 when it is not a readable regular file (the one-thread path then words the error). */
async function sizeIfFile(path: string): Promise<number> {
  try {
    const info = await stat(path)
    return info.isFile() ? info.size : -1
  } catch {
    return -1
  }
}

async function openPlan(path: string): Promise<FileHandle> {
  try {
    return await open(path, 'r')
  } catch (error) {
    throw new PlanReadError(
      path,
      `the file cannot be read (${(error as Error).message}); check the path and the step that wrote it`
    )
  }
}

/** Words a scanner error with its line and column (found by a second pass; error path only). */
async function describeSyntaxError(
  path: string,
  handle: FileHandle,
  error: JsonSyntaxError
): Promise<PlanReadError> {
  const where = await locateOffset(handle, error.offset)
  const detail = describeSyntaxProblem(error, where)
  if (detail !== undefined) return new PlanReadError(path, detail, error.offset)
  const tail = Buffer.alloc(200)
  const { bytesRead } = await handle.read(tail, 0, tail.length, error.offset)
  const trailing = describeTrailing(path, tail.toString('utf8', 0, bytesRead), where)
  return new PlanReadError(path, trailing.detail, error.offset)
}

/** The wording of a syntax error other than trailing content (which needs the bytes that follow). */
function describeSyntaxProblem(error: JsonSyntaxError, where: string): string | undefined {
  switch (error.reason) {
    case 'empty':
      return 'the file holds only whitespace; expected plan JSON'
    case 'truncated':
      return `the JSON ends early at ${where}; the file is truncated. Regenerate it with \`terraform show -json <planfile>\`.`
    case 'trailing':
      return undefined
    default:
      return `invalid JSON at ${where}: ${error.message}`
  }
}

async function locateOffset(handle: FileHandle, offset: number): Promise<string> {
  let line = 1
  let lineStart = 0
  const chunk = Buffer.allocUnsafe(DEFAULT_CHUNK)
  for (let position = 0; position < offset;) {
    const { bytesRead } = await handle.read(chunk, 0, Math.min(chunk.length, offset - position), position)
    if (bytesRead === 0) break
    for (let i = chunk.indexOf(0x0a); i !== -1 && i < bytesRead; i = chunk.indexOf(0x0a, i + 1)) {
      line++
      lineStart = position + i + 1
    }
    position += bytesRead
  }
  return `line ${line} column ${offset - lineStart + 1} (byte ${offset})`
}
