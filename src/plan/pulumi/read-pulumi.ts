/**
 * The Pulumi reader: Pulumi's JSON → the plan entries and header the Terraform reader emits, so the
 * analysis, risk rules, gate and reports work unchanged. Pure: it reads the ByteSource it is handed
 * (as readPlan does), opens nothing, reads no environment and no clock. The one entry is
 * readPulumiSource; every mode reaches it through readPlanEntries (../plan-format.ts).
 *
 * Design note
 * - Two formats, told apart by their first top-level key (sniff-format.ts):
 *   1. `pulumi preview --json`: ONE document, the "preview digest" (`display.PreviewDigest`,
 *      pkg/display/json.go; written by ShowPreviewDigest, pkg/backend/display/json.go): `config`,
 *      `steps` (op, urn, oldState, newState, diffReasons, replaceReasons, detailedDiff), `diagnostics`,
 *      `duration`, `changeSummary`, `maybeCorrupt`. Secrets are the string "[secret]".
 *   2. The engine event log (`--event-log FILE`, `up --json`, the Automation API; `apitype.EngineEvent`,
 *      sdk/go/common/apitype/events.go): one event per line; steps in resourcePreEvent.metadata (op,
 *      urn, type, old, new, keys, diffs), secrets as the signature object
 *      {"4dabf18193072939515e22adb298388d": "1b47061264138c4ac30d75fd1eb44270", "ciphertext": …}.
 *   Field tables with citations into pulumi/pulumi: FORMAT.md of the shared Pulumi fixture
 *   collection (`../shared/fixtures/pulumi/` beside the repository); samples in __fixtures__/pulumi.
 * - Reading follows the Terraform rules: streaming, memory bounded by the largest step (the digest
 *   goes through the project's byte scanner, json-scanner.ts; the event log is read line by line
 *   with a bounded line), and fail closed: anything malformed, truncated or of the wrong shape is a
 *   PlanReadError naming the file and the fix; the visitor may have seen entries by then.
 *   What grows with the document: one small record per URN (repeated steps, replacement halves
 *   waiting for their `replace`, bounded by PULUMI_LIMITS.pendingHalves).
 * - What the mapping guarantees (step-mapper.ts, replacements.ts):
 *   every step becomes an entry except the root stack and default providers (counted in
 *   `pulumi.skipped`); counts come from the steps, never from changeSummary, which is only checked
 *   against them (summary-check.ts); a replacement is one replace entry whatever the order of its
 *   steps, and a side not shown is assumed destructive; an op, event or summary key this version
 *   does not know becomes an entry the analysis cannot read, so the gate denies; `oldState.protect`
 *   is kept on every entry (`pulumi.protect`); secrets and unknowns get Terraform's sensitive and
 *   after_unknown marks (values.ts); every error diagnostic, failed step, failed result or
 *   mandatory policy violation sets `errored`, which the gate denies, and is kept in
 *   `pulumi.diagnostics`.
 */
import type { ByteSource } from '../byte-source.js'
import { JsonScanner } from '../json/json-scanner.js'
import type { PlanVisitor } from '../model.js'
import { sniffPlanFormat, type FormatGuess } from '../sniff-format.js'
import { DiagnosticLog } from './diagnostics.js'
import { checkObjectStart, checkText, describeScanError, formatFromGuess } from './document-checks.js'
import { EventLogReader } from './event-log.js'
import { PreviewCollector } from './preview-collector.js'
import { StepMapper } from './step-mapper.js'
import { PULUMI_FORMAT_VERSION, type PulumiFormat, type PulumiPlanHeader } from './types.js'

export interface PulumiReadOptions {
  /** Force a format instead of detecting it from the content. */
  format?: PulumiFormat
  /** Longest event-log line in bytes (default PULUMI_LIMITS.lineBytes). */
  maxLineBytes?: number
  /** Bytes per read; default 1 MiB. Tests use tiny chunks to split every token across reads. */
  chunkSize?: number
}

/** Feed the document in chunks of any size, then call end() for the header. */
interface PulumiReader {
  feed(chunk: Uint8Array): void
  end(): PulumiPlanHeader
}

/** Bytes buffered at most while looking for the deciding first key. */
const MAX_HEAD = 1 << 20
const DEFAULT_CHUNK = 1 << 20

/**
 * Reads a Pulumi document from `source` in chunks and hands every entry to `visitor` as soon as its
 * step is read; returns the header. Throws PlanReadError naming `source.name`; after a throw,
 * discard what the visitor collected. The same streaming, bounded, fail-closed reading as readPlan.
 */
export function readPulumiSource(
  source: ByteSource,
  visitor: PlanVisitor,
  options: PulumiReadOptions = {}
): PulumiPlanHeader {
  const reader: PulumiReader = new Reader(source.name, visitor, options)
  const chunkSize = Math.max(1, options.chunkSize ?? DEFAULT_CHUNK)
  // One buffer for every read; the reader copies what it keeps across reads.
  const chunk = Buffer.allocUnsafe(Math.max(1, Math.min(chunkSize, source.size)))
  for (let position = 0; position < source.size;) {
    const bytesRead = source.read(chunk.subarray(0, Math.min(chunk.length, source.size - position)), position)
    if (bytesRead === 0) break
    reader.feed(chunk.subarray(0, bytesRead))
    position += bytesRead
  }
  return reader.end()
}

/**
 * The stacks a Pulumi document's steps name, in order of first appearance: the environment of a run
 * that names none comes from them. Reads the whole document (it must be valid to name any).
 */
export function readPulumiStacks(source: ByteSource): string[] {
  return readPulumiSource(source, { onResourceChange: () => undefined }).pulumi.stacks
}

class Reader implements PulumiReader {
  private head: Buffer[] = []
  private headBytes = 0
  private nextSniff = 64
  private format: PulumiFormat | undefined
  private scanner: JsonScanner | undefined
  private collector: PreviewCollector | undefined
  private events: EventLogReader | undefined
  private fed = 0
  private lines = 1
  private readonly diagnostics = new DiagnosticLog()
  private readonly mapper: StepMapper

  constructor(
    private readonly file: string,
    visitor: PlanVisitor,
    private readonly options: PulumiReadOptions
  ) {
    this.mapper = new StepMapper(file, visitor)
  }

  feed(chunk: Uint8Array): void {
    if (chunk.length === 0) return
    if (this.format !== undefined) {
      this.parse(Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength))
      return
    }
    this.head.push(Buffer.from(chunk))
    this.headBytes += chunk.length
    // Sniff again only each time the head has doubled: tiny chunks cost no more than big ones.
    if (this.headBytes < this.nextSniff && !this.options.format) return
    this.nextSniff = this.headBytes * 2
    const head = Buffer.concat(this.head)
    this.head = [head]
    const guessed = this.options.format ? undefined : sniffPlanFormat(head)
    if (this.options.format || !guessed?.needMore || this.headBytes >= MAX_HEAD) this.start(head, guessed)
  }

  end(): PulumiPlanHeader {
    if (this.format === undefined) {
      const head = Buffer.concat(this.head)
      this.start(head, this.options.format ? undefined : sniffPlanFormat(head, true))
    }
    let facts
    if (this.events) facts = this.events.end()
    else {
      try {
        this.scanner?.end()
      } catch (error) {
        throw describeScanError(this.file, error, Buffer.alloc(0), this.fed, this.lines)
      }
      facts = (this.collector as PreviewCollector).finish()
    }
    this.mapper.finish(facts.changeSummary)
    return this.header(facts)
  }

  /** Decides the format from the head, then reads the head. */
  private start(head: Buffer, guessed: FormatGuess | undefined): void {
    this.head = []
    const body = head.subarray(head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf ? 3 : 0)
    checkText(this.file, body)
    const format = this.options.format ?? formatFromGuess(this.file, guessed as FormatGuess)
    checkObjectStart(this.file, body)
    this.format = format
    if (format === 'event-log') {
      this.mapper.deferRefresh = true
      this.events = new EventLogReader(this.file, this.mapper, this.diagnostics, this.options.maxLineBytes)
    } else {
      this.collector = new PreviewCollector(this.file, this.mapper, this.diagnostics)
      this.scanner = new JsonScanner(this.collector)
    }
    this.parse(body)
  }

  private parse(bytes: Buffer): void {
    if (this.events) {
      this.events.feed(bytes)
      return
    }
    try {
      ;(this.scanner as JsonScanner).feed(bytes)
    } catch (error) {
      throw describeScanError(this.file, error, bytes, this.fed, this.lines)
    }
    this.fed += bytes.length
    for (let i = bytes.indexOf(0x0a); i !== -1; i = bytes.indexOf(0x0a, i + 1)) this.lines++
  }

  private header(facts: {
    config?: Record<string, string>
    changeSummary?: Record<string, number>
    maybeCorrupt: boolean
    isPreview?: boolean
    result?: string
  }): PulumiPlanHeader {
    const format = this.format as PulumiFormat
    if (facts.maybeCorrupt) {
      this.diagnostics.addError(
        'Pulumi reports that the stack state may be corrupt (maybeCorrupt)',
        'summary'
      )
    }
    const log = this.diagnostics
    const header: PulumiPlanHeader = {
      format_version: PULUMI_FORMAT_VERSION[format],
      errored: log.errorCount > 0,
      complete: true,
      sensitive_variables: [],
      pulumi: {
        format,
        ...this.mapper.describe(),
        diagnostics: log.kept,
        errorCount: log.errorCount,
        warningCount: log.warningCount,
        omittedDiagnostics: log.omitted,
        maybeCorrupt: facts.maybeCorrupt
      }
    }
    if (facts.config) {
      header.variables = Object.fromEntries(
        Object.entries(facts.config).map(([name, value]) => [name, { value }])
      )
    }
    if (facts.changeSummary) header.pulumi.changeSummary = facts.changeSummary
    if (facts.isPreview !== undefined) header.pulumi.isPreview = facts.isPreview
    if (facts.result !== undefined) header.pulumi.result = facts.result
    return header
  }
}

export { EXPECTED_PULUMI } from './document-checks.js'
