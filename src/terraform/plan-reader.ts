/**
 * The one plan reader every mode uses. It hands the analysis one resource entry at a time and
 * returns the small top-level fields; every kind of bad input becomes a PlanReadError naming the file.
 */
import { readFile } from 'node:fs/promises'
import { PlanReadError } from '../errors.js'
import type { PlanDocument, PlanHeader, PlanVisitor } from './plan-types.js'
import {
  checkPlanEntry,
  checkPlanShape,
  collectSensitiveVariables,
  checkDocumentStart,
  describeOffset,
  describeTrailing,
  notAnArray,
  pickHeader,
  sniffPlanStart
} from './plan-validate.js'

/**
 * Streams the file; calls visitor.onResourceChange for each resource_changes entry and
 * visitor.onResourceDrift for each resource_drift entry, in file order; resolves with the top-level
 * header fields. Throws PlanReadError (src/errors.ts) naming the file.
 */
export async function readPlanFile(path: string, visitor: PlanVisitor): Promise<PlanHeader> {
  const document = await readPlanDocument(path)
  document.resource_drift?.forEach((entry, index) => visitor.onResourceDrift?.(entry, index))
  document.resource_changes?.forEach((entry, index) => visitor.onResourceChange(entry, index))
  return pickHeader(
    key => (document as unknown as Record<string, unknown>)[key],
    document.sensitive_variables ?? []
  )
}

/** Reads a whole plan into memory (tests and small plans); same validation and errors. */
export async function readPlanDocument(path: string): Promise<PlanDocument> {
  let bytes: Buffer
  try {
    bytes = await readFile(path)
  } catch (error) {
    throw new PlanReadError(
      path,
      `the file cannot be read (${(error as Error).message}); check the path and the step that wrote it`
    )
  }
  const skip = sniffPlanStart(bytes, path, bytes.length)
  const text = bytes.toString('utf8', skip)
  if (text.trim() === '') throw new PlanReadError(path, 'the file holds only whitespace; expected plan JSON')
  checkDocumentStart(path, text.trimStart())
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch (error) {
    throw describeParseError(path, bytes, skip, text, error as Error)
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    const kind = Array.isArray(parsed) ? 'an array' : parsed === null ? 'null' : `a ${typeof parsed}`
    throw new PlanReadError(path, `the JSON document is ${kind}, not an object, so it is not a plan`)
  }
  const record = parsed as Record<string, unknown>
  checkPlanShape(path, new Set(Object.keys(record)), key => record[key])
  for (const section of ['resource_drift', 'resource_changes'] as const) {
    const entries = record[section]
    if (entries === undefined) continue
    if (!Array.isArray(entries)) throw notAnArray(path, section, entries)
    entries.forEach((entry, index) => checkPlanEntry(path, section, index, entry))
  }
  return {
    ...(record as unknown as PlanDocument),
    sensitive_variables: collectSensitiveVariables(record.configuration)
  }
}

/** Turns JSON.parse's message into one that says where and what (truncated, trailing data, ...). */
function describeParseError(
  path: string,
  bytes: Buffer,
  skip: number,
  text: string,
  error: Error
): PlanReadError {
  const match = /position (\d+)/.exec(error.message)
  if (!match && !/end of JSON input/i.test(error.message))
    return new PlanReadError(path, `invalid JSON: ${error.message}`)
  const charPos = match ? Number(match[1]) : text.length
  const bytePos = skip + Buffer.byteLength(text.slice(0, charPos))
  const where = describeOffset(bytes, bytePos)
  if (/after JSON/.test(error.message)) return describeTrailing(path, text.slice(charPos), where)
  if (/end of JSON input/i.test(error.message) || charPos >= text.length) {
    return new PlanReadError(
      path,
      `the JSON ends early at ${where}; the file is truncated. Regenerate it with \`terraform show -json <planfile>\`.`
    )
  }
  return new PlanReadError(path, `invalid JSON at ${where}: ${error.message}`)
}
