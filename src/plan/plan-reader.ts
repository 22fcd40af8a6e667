/**
 * The one plan reader every mode uses. It streams a ByteSource in chunks through a validating byte
 * scanner, materialises one resource_changes / resource_drift entry at a time and returns the small
 * top-level fields, so memory is bounded by the largest entry, not by the plan (plans can be larger
 * than V8's maximum string). Every kind of bad input becomes a PlanReadError naming the source.
 */
import { PlanReadError } from '../errors.js'
import type { ByteSource } from './byte-source.js'
import { JsonScanner, JsonSyntaxError } from './json/json-scanner.js'
import { PlanCollector } from './plan-collector.js'
import type { PlanHeader, PlanVisitor } from './model.js'
import { checkDocumentStart, describeTrailing, sniffPlanStart } from './plan-validate.js'

/** Tuning knobs; tests use a tiny chunk size to split every token across reads. */
export interface ReadPlanOptions {
  /** Bytes per read; default 1 MiB. */
  chunkSize?: number
}

const DEFAULT_CHUNK = 1 << 20

/**
 * Reads the plan; calls visitor.onResourceChange for each resource_changes entry and
 * visitor.onResourceDrift for each resource_drift entry, in document order; returns the top-level
 * header fields. Throws PlanReadError naming `source.name`. The visitor may already have seen entries
 * when a later part of the plan turns out to be bad: discard its results on a throw.
 */
export function readPlan(
  source: ByteSource,
  visitor: PlanVisitor,
  options: ReadPlanOptions = {}
): PlanHeader {
  const { name, size } = source
  const chunkSize = Math.max(1, options.chunkSize ?? DEFAULT_CHUNK)
  const head = Buffer.alloc(Math.min(size, 4096))
  const headLength = readFully(source, head, 0)
  const skip = sniffPlanStart(head.subarray(0, headLength), name, size)
  const start = head.toString('utf8', skip, headLength).trimStart()
  if (start !== '') checkDocumentStart(name, start)
  const collector = new PlanCollector(name, visitor)
  const scanner = new JsonScanner(collector)
  try {
    // One buffer for every read: a fresh Buffer per read would pile up as garbage outside V8's heap
    // until a major GC.
    const chunk = Buffer.allocUnsafe(Math.max(1, Math.min(chunkSize, size - skip)))
    for (let position = skip; position < size;) {
      const bytesRead = source.read(chunk.subarray(0, Math.min(chunk.length, size - position)), position)
      if (bytesRead === 0) break
      scanner.feed(bytesRead === chunk.length ? chunk : chunk.subarray(0, bytesRead))
      position += bytesRead
    }
    scanner.end()
  } catch (error) {
    if (error instanceof JsonSyntaxError) throw describeSyntaxError(source, error)
    throw error
  }
  return collector.finish()
}

/** Fills `buffer` from `position` as far as the source goes; returns the bytes read. */
function readFully(source: ByteSource, buffer: Buffer, position: number): number {
  let filled = 0
  while (filled < buffer.length) {
    const bytesRead = source.read(buffer.subarray(filled), position + filled)
    if (bytesRead === 0) break
    filled += bytesRead
  }
  return filled
}

/** Words a scanner error with its line and column (found by a second pass; error path only). */
function describeSyntaxError(source: ByteSource, error: JsonSyntaxError): PlanReadError {
  const where = locateOffset(source, error.offset)
  switch (error.reason) {
    case 'empty':
      return new PlanReadError(source.name, 'the file holds only whitespace; expected plan JSON')
    case 'truncated':
      return new PlanReadError(
        source.name,
        `the JSON ends early at ${where}; the file is truncated. Regenerate it with \`terraform show -json <planfile>\`.`
      )
    case 'trailing': {
      const tail = Buffer.alloc(Math.max(0, Math.min(200, source.size - error.offset)))
      const bytesRead = readFully(source, tail, error.offset)
      return describeTrailing(source.name, tail.toString('utf8', 0, bytesRead), where)
    }
    default:
      return new PlanReadError(source.name, `invalid JSON at ${where}: ${error.message}`)
  }
}

function locateOffset(source: ByteSource, offset: number): string {
  let line = 1
  let lineStart = 0
  const chunk = Buffer.allocUnsafe(Math.max(1, Math.min(DEFAULT_CHUNK, offset)))
  for (let position = 0; position < offset;) {
    const bytesRead = source.read(chunk.subarray(0, Math.min(chunk.length, offset - position)), position)
    if (bytesRead === 0) break
    for (let i = chunk.indexOf(0x0a); i !== -1 && i < bytesRead; i = chunk.indexOf(0x0a, i + 1)) {
      line++
      lineStart = position + i + 1
    }
    position += bytesRead
  }
  return `line ${line} column ${offset - lineStart + 1} (byte ${offset})`
}
