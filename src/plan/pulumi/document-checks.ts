/**
 * Checks on the document as a whole, before and while it is scanned: what the first bytes say
 * (empty, UTF-16, another tool's output), and the wording of scanner errors (position, fix).
 */
import { PlanReadError } from '../../errors.js'
import { JsonSyntaxError } from '../json/json-scanner.js'
import type { FormatGuess } from '../sniff-format.js'
import { stateError } from './preview-collector.js'
import { shorten } from './step-shape.js'
import type { PulumiFormat } from './types.js'

/** The whole-document expectation every "not a preview" message ends with. */
export const EXPECTED_PULUMI =
  'expected the output of `pulumi preview --json` or an engine event log (`pulumi preview --event-log FILE`)'

/** The format a sniffed guess stands for; throws for what is not Pulumi JSON. */
export function formatFromGuess(file: string, guessed: FormatGuess): PulumiFormat {
  switch (guessed.format) {
    case 'pulumi-events':
      return 'event-log'
    case 'terraform':
      throw new PlanReadError(
        file,
        `this is a Terraform plan or state (${guessed.evidence}), not Pulumi JSON; set plan_format to 'terraform' or 'auto'`
      )
    case 'pulumi-state':
      throw stateError(file, guessed.evidence.replace(/^top-level key '|'$/g, ''))
    case 'pulumi-text':
      throw new PlanReadError(
        file,
        `this is the human-readable output of pulumi (${guessed.evidence}), not JSON; ${EXPECTED_PULUMI}`
      )
    default:
      return 'preview-json'
  }
}

/**
 * A scanner error as a PlanReadError with its position (`linesBefore`: lines before the chunk);
 * other errors pass unchanged.
 */
export function describeScanError(
  file: string,
  error: unknown,
  chunk: Buffer,
  chunkStart: number,
  linesBefore: number
): unknown {
  if (!(error instanceof JsonSyntaxError)) return error
  const where = locate(error.offset, chunk, chunkStart, linesBefore)
  switch (error.reason) {
    case 'empty':
      return new PlanReadError(file, `the file holds only whitespace; ${EXPECTED_PULUMI}`)
    case 'truncated':
      return new PlanReadError(
        file,
        `the JSON ends early at ${where}; the file is truncated. Write it again with \`pulumi preview --json > preview.json\` and let the command finish.`
      )
    case 'trailing': {
      const at = error.offset - chunkStart
      const text =
        at >= 0 ? chunk.toString('utf8', at, Math.min(chunk.length, at + 80)).split(/\r?\n/, 1)[0] : ''
      return new PlanReadError(
        file,
        `the preview JSON is followed by other content ('${shorten(text, 80)}' at ${where}); write only the stdout of \`pulumi preview --json\` to the file`
      )
    }
    default:
      return new PlanReadError(file, `invalid JSON at ${where}: ${error.message}`)
  }
}

/** `line L column C (byte B)` when the offset lies in the current chunk, else `byte B`. */
function locate(offset: number, chunk: Buffer, chunkStart: number, linesBefore: number): string {
  const at = offset - chunkStart
  if (at < 0 || at > chunk.length) return `byte ${offset}`
  let line = linesBefore
  let lineStart = -1
  for (let i = chunk.indexOf(0x0a); i !== -1 && i < at; i = chunk.indexOf(0x0a, i + 1)) {
    line++
    lineStart = i
  }
  const column = lineStart === -1 ? undefined : at - lineStart
  return column === undefined
    ? `line ${line} (byte ${offset})`
    : `line ${line} column ${column} (byte ${offset})`
}

/** Refuses what cannot be Pulumi JSON whatever follows: empty, blank, UTF-16. */
export function checkText(file: string, body: Buffer): void {
  if (body.length === 0)
    throw new PlanReadError(file, `the file is empty; ${EXPECTED_PULUMI}. Check the step that wrote it.`)
  const probe = body.subarray(0, 64)
  if (
    (probe[0] === 0xff && probe[1] === 0xfe) ||
    (probe[0] === 0xfe && probe[1] === 0xff) ||
    probe.includes(0)
  ) {
    throw new PlanReadError(
      file,
      "the file is UTF-16 encoded (or binary); save it as UTF-8 (PowerShell's `>` writes UTF-16: use `| Out-File -Encoding utf8`)"
    )
  }
  if (firstNonSpace(body) === body.length) {
    throw new PlanReadError(file, `the file starts with only whitespace; ${EXPECTED_PULUMI}`)
  }
}

/** Refuses a document that does not start with an object (after what sniffing could explain). */
export function checkObjectStart(file: string, body: Buffer): void {
  const start = firstNonSpace(body)
  if (body[start] === 0x7b) return
  const text = body.toString('utf8', start, Math.min(body.length, start + 200))
  throw new PlanReadError(
    file,
    `the file starts with '${shorten(text.split(/\r?\n/, 1)[0], 80)}', which is not a JSON object; ${EXPECTED_PULUMI}`
  )
}

function firstNonSpace(body: Buffer): number {
  let at = 0
  while (
    at < body.length &&
    (body[at] === 0x20 || body[at] === 0x0a || body[at] === 0x0d || body[at] === 0x09)
  )
    at++
  return at
}
