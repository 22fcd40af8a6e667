/**
 * The engine event log (`--event-log FILE`, `up --json`, the Automation API): one JSON event per
 * line, read line by line with a bounded line length. Each event has `sequence`, `timestamp` and
 * exactly one payload key. Steps come from resourcePreEvent; resOutputsEvent carries refresh
 * results; errors from diagnosticEvent, resOpFailedEvent, errorEvent, mandatory policyEvent and a
 * summaryEvent whose result is not `succeeded`. A log must end with its one summaryEvent: without
 * it the operation did not finish or the file was cut. An event kind this version does not know
 * becomes an entry the analysis cannot read (it might have carried a step).
 */
import { PlanReadError } from '../../errors.js'
import type { DiagnosticLog } from './diagnostics.js'
import { checkChangeSummary, checkConfig, checkFlag } from './preview-collector.js'
import { checkEventStep, kindOf, shorten } from './step-shape.js'
import type { StepMapper } from './step-mapper.js'
import { buildDocumentProblem } from './entries.js'
import { PULUMI_LIMITS } from './types.js'

/** Payload keys that carry nothing the gate needs. */
const IGNORED_EVENTS = new Set([
  'cancelEvent',
  'stdoutEvent',
  'policyRemediationEvent',
  'policyLoadEvent',
  'policyAnalyzeSummaryEvent',
  'policyRemediateSummaryEvent',
  'policyAnalyzeStackSummaryEvent',
  'startDebuggingEvent',
  'progressEvent'
])
const HANDLED_EVENTS = new Set([
  'preludeEvent',
  'summaryEvent',
  'diagnosticEvent',
  'resourcePreEvent',
  'resOutputsEvent',
  'resOpFailedEvent',
  'policyEvent',
  'errorEvent'
])
const NEWLINE = 0x0a

/** What the log said besides its steps. */
export interface EventLogFacts {
  config?: Record<string, string>
  changeSummary?: Record<string, number>
  maybeCorrupt: boolean
  isPreview?: boolean
  result?: string
}

export class EventLogReader {
  private pieces: Buffer[] = []
  private pieceBytes = 0
  private line = 0
  private summaryLine = 0
  private readonly facts: EventLogFacts = { maybeCorrupt: false }

  constructor(
    private readonly file: string,
    private readonly mapper: StepMapper,
    private readonly diagnostics: DiagnosticLog,
    private readonly maxLineBytes: number = PULUMI_LIMITS.lineBytes
  ) {}

  /** Reads the complete lines in `chunk`; keeps the unfinished last one (bounded). */
  feed(chunk: Uint8Array): void {
    const bytes = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength)
    let start = 0
    for (let end = bytes.indexOf(NEWLINE); end !== -1; end = bytes.indexOf(NEWLINE, start)) {
      this.checkLength(end - start)
      const last = bytes.subarray(start, end)
      this.onLine(this.pieces.length === 0 ? last : Buffer.concat([...this.pieces, last]), false)
      this.pieces = []
      this.pieceBytes = 0
      start = end + 1
    }
    if (start < bytes.length) {
      this.checkLength(bytes.length - start)
      // A copy: the caller may reuse its buffer for the next read.
      this.pieces.push(Buffer.from(bytes.subarray(start)))
      this.pieceBytes += bytes.length - start
    }
  }

  /** The input is complete: reads a last line without newline and checks the log was whole. */
  end(): EventLogFacts {
    if (this.pieceBytes > 0) this.onLine(Buffer.concat(this.pieces), true)
    this.pieces = []
    if (this.summaryLine === 0) {
      throw new PlanReadError(
        this.file,
        `the event log ends after ${this.line} line(s) without a summaryEvent: the operation did not finish (cancelled or crashed) or the file was cut. Gate the log of a preview that ran to the end.`
      )
    }
    return this.facts
  }

  private checkLength(more: number): void {
    if (this.pieceBytes + more > this.maxLineBytes) {
      throw new PlanReadError(
        this.file,
        `line ${this.line + 1} is longer than ${this.maxLineBytes} bytes; an event log has one event per line, and no event is that large. Is this an event log?`
      )
    }
  }

  private onLine(bytes: Buffer, last: boolean): void {
    this.line++
    const text = bytes.toString('utf8').replace(/\r$/, '')
    if (text.trim() === '') return
    let event: unknown
    try {
      event = JSON.parse(text)
    } catch (error) {
      throw this.syntaxError(text, last, error as Error)
    }
    if (kindOf(event) !== 'an object') {
      throw new PlanReadError(this.file, `line ${this.line} is ${kindOf(event)}, not an engine event object`)
    }
    const record = event as Record<string, unknown>
    const payloads = Object.keys(record).filter(key => key !== 'sequence' && key !== 'timestamp')
    if (payloads.length !== 1) {
      throw new PlanReadError(
        this.file,
        `line ${this.line} holds ${payloads.length} event payloads (${
          payloads
            .slice(0, 5)
            .map(k => `'${shorten(k, 40)}'`)
            .join(', ') || 'none'
        }); an engine event has exactly one`
      )
    }
    const kind = payloads[0]
    if (this.summaryLine !== 0 && kind !== 'cancelEvent') {
      throw new PlanReadError(
        this.file,
        `line ${this.line} (${shorten(kind, 40)}) follows the summaryEvent of line ${this.summaryLine}: the file joins the logs of several operations. Write one preview per file.`
      )
    }
    if (IGNORED_EVENTS.has(kind)) return
    if (!HANDLED_EVENTS.has(kind)) return this.unknownEvent(kind)
    const payload = record[kind]
    if (kindOf(payload) !== 'an object') {
      throw new PlanReadError(
        this.file,
        `line ${this.line}: '${kind}' must be an object; got ${kindOf(payload)}`
      )
    }
    this.onEvent(kind, payload as Record<string, unknown>)
  }

  private onEvent(kind: string, payload: Record<string, unknown>): void {
    const where = `line ${this.line}`
    switch (kind) {
      case 'resourcePreEvent':
        return this.mapper.step(
          checkEventStep(this.file, payload.metadata, `${where} resourcePreEvent.metadata`)
        )
      case 'resOutputsEvent':
        this.mapper.refreshResult(
          checkEventStep(this.file, payload.metadata, `${where} resOutputsEvent.metadata`)
        )
        return
      case 'resOpFailedEvent': {
        const step = checkEventStep(this.file, payload.metadata, `${where} resOpFailedEvent.metadata`)
        const status = typeof payload.status === 'number' ? ` (status ${payload.status})` : ''
        return this.diagnostics.addError(`the ${shorten(step.op, 40)} step failed${status}`, where, step.urn)
      }
      case 'diagnosticEvent':
        if (payload.ephemeral === true) return
        return this.diagnostics.add(
          typeof payload.severity === 'string' ? payload.severity : '',
          `${typeof payload.prefix === 'string' ? payload.prefix : ''}${typeof payload.message === 'string' ? payload.message : ''}`,
          where,
          typeof payload.urn === 'string' ? payload.urn : undefined
        )
      case 'policyEvent':
        return this.policy(payload, where)
      case 'errorEvent':
        return this.diagnostics.addError(
          typeof payload.error === 'string' ? payload.error : 'errorEvent',
          where
        )
      case 'preludeEvent':
        this.facts.config = checkConfig(this.file, payload.config)
        return
      default:
        return this.summary(payload)
    }
  }

  private summary(payload: Record<string, unknown>): void {
    this.summaryLine = this.line
    const where = `line ${this.line} summaryEvent`
    this.facts.changeSummary = checkChangeSummary(
      this.file,
      payload.resourceChanges,
      `${where}.resourceChanges`
    )
    this.facts.maybeCorrupt = checkFlag(this.file, payload.maybeCorrupt, `${where}.maybeCorrupt`)
    if (payload.isPreview !== undefined)
      this.facts.isPreview = checkFlag(this.file, payload.isPreview, `${where}.isPreview`)
    if (payload.result !== undefined) {
      if (typeof payload.result !== 'string')
        throw new PlanReadError(this.file, `${where}.result must be a string`)
      this.facts.result = payload.result
      if (payload.result !== 'succeeded') {
        this.diagnostics.addError(
          `Pulumi reports the operation's result as '${shorten(payload.result, 40)}'`,
          `line ${this.line}`
        )
      }
    }
  }

  private policy(payload: Record<string, unknown>, where: string): void {
    const level = typeof payload.enforcementLevel === 'string' ? payload.enforcementLevel : ''
    if (level === 'disabled') return
    const name = [payload.policyPackName, payload.policyName]
      .filter(part => typeof part === 'string')
      .join('/')
    const message = `policy ${name || '(unnamed)'} (${level || 'no enforcement level'}): ${typeof payload.message === 'string' ? payload.message : ''}`
    const urn = typeof payload.resourceUrn === 'string' ? payload.resourceUrn : undefined
    // Advisory violations warn; mandatory and anything unknown fail, as Pulumi fails the preview.
    this.diagnostics.add(level === 'advisory' ? 'warning' : 'error', message, where, urn)
  }

  private unknownEvent(kind: string): void {
    const name = shorten(kind, 60)
    const problem = `line ${this.line} holds a '${name}' event, which infra-guard does not know; it may carry a step, so the log is refused`
    const source = `line ${this.line}`
    this.mapper.emitProblem(
      buildDocumentProblem(`event-log.${source}`, 'pulumi:event', `unknown event ${name}`, problem, source)
    )
  }

  private syntaxError(text: string, last: boolean, error: Error): PlanReadError {
    if (last) {
      return new PlanReadError(
        this.file,
        `the last line (${this.line}) is not a complete event: the file is truncated. Gate the log of a preview that ran to the end.`
      )
    }
    if (this.line === 1 && text.trim() === '{') {
      return new PlanReadError(
        this.file,
        'line 1 is only "{": this is pretty-printed JSON, not an event log (one event per line, as `pulumi preview --event-log FILE` writes it). Pass the file pulumi wrote, unchanged.'
      )
    }
    return new PlanReadError(
      this.file,
      `line ${this.line} is not valid JSON (${shorten(error.message, 120)}); an event log has one JSON event per line`
    )
  }
}
