/**
 * `pulumi preview --json` (the preview digest, one document) through the project's byte scanner:
 * hooks that take each `steps[i]` and `diagnostics[i]` as soon as it ends (JSON.parse validates
 * it), capture the small top-level values, and skip everything else, so memory is bounded by the
 * largest step as for Terraform plans.
 */
import { PlanReadError } from '../../errors.js'
import { CAPTURE, CAPTURE_PARSED, DESCEND, SKIP, type ScanHooks } from '../json/json-scanner.js'
import { PULUMI_PREVIEW_KEYS, TERRAFORM_KEYS } from '../sniff-format.js'
import type { DiagnosticLog } from './diagnostics.js'
import { checkDigestStep, kindOf, shorten } from './step-shape.js'
import type { StepMapper } from './step-mapper.js'

const OPEN_BRACE = 0x7b
const OPEN_BRACKET = 0x5b
const LISTS = new Set(['steps', 'diagnostics'])
const CAPTURED = new Set(['config', 'changeSummary', 'duration', 'maybeCorrupt'])

/** What the document said besides its steps. */
export interface PreviewTopLevel {
  config?: Record<string, string>
  changeSummary?: Record<string, number>
  maybeCorrupt: boolean
}

export class PreviewCollector implements ScanHooks {
  private readonly keys = new Set<string>()
  private readonly values = new Map<string, unknown>()
  private member = ''
  private index = 0
  private notObject = false

  constructor(
    private readonly file: string,
    private readonly mapper: StepMapper,
    private readonly diagnostics: DiagnosticLog
  ) {}

  onValueStart(depth: number, key: string | undefined, firstByte: number): number {
    if (depth === 0) {
      if (firstByte === OPEN_BRACE) return DESCEND
      this.notObject = true
      return SKIP
    }
    if (depth === 2) return CAPTURE_PARSED
    const name = key as string
    if (this.keys.has(name)) {
      throw new PlanReadError(
        this.file,
        `the top-level key '${shorten(name, 80)}' appears twice; pulumi never writes that`
      )
    }
    this.keys.add(name)
    this.member = name
    if (TERRAFORM_KEYS.has(name)) {
      throw new PlanReadError(
        this.file,
        `this is a Terraform plan (top-level key '${name}'), not a Pulumi preview; set plan_format to 'terraform' or 'auto'`
      )
    }
    if (name === 'deployment' || name === 'checkpoint') throw stateError(this.file, name)
    if (LISTS.has(name)) {
      this.index = 0
      return firstByte === OPEN_BRACKET ? DESCEND : CAPTURE
    }
    return CAPTURED.has(name) ? CAPTURE : SKIP
  }

  onCapture(depth: number, bytes: Buffer): void {
    const value: unknown = JSON.parse(bytes.toString('utf8'))
    if (depth === 2) {
      const source = `${this.member}[${this.index++}]`
      if (this.member === 'steps') this.mapper.step(checkDigestStep(this.file, value, source))
      else this.diagnostic(value, source)
      return
    }
    if (LISTS.has(this.member)) {
      throw new PlanReadError(this.file, `'${this.member}' must be an array; got ${kindOf(value)}`)
    }
    this.values.set(this.member, value)
  }

  /** After the whole document was scanned: checks what a preview must have; returns the top-level facts. */
  finish(): PreviewTopLevel {
    if (this.notObject) {
      throw new PlanReadError(this.file, 'the JSON document is not an object, so it is not a Pulumi preview')
    }
    if (![...this.keys].some(key => PULUMI_PREVIEW_KEYS.has(key))) {
      throw new PlanReadError(
        this.file,
        `the JSON object has none of the keys of \`pulumi preview --json\` (${[...PULUMI_PREVIEW_KEYS].join(', ')}); write the preview with \`pulumi preview --json > preview.json\``
      )
    }
    if (!this.keys.has('steps')) {
      throw new PlanReadError(
        this.file,
        "the preview has no 'steps' (pulumi lists at least the stack's own step); it is incomplete or edited. Write it again with `pulumi preview --json`"
      )
    }
    return {
      config: checkConfig(this.file, this.values.get('config')),
      changeSummary: checkChangeSummary(this.file, this.values.get('changeSummary'), "'changeSummary'"),
      maybeCorrupt: checkFlag(this.file, this.values.get('maybeCorrupt'), "'maybeCorrupt'")
    }
  }

  private diagnostic(value: unknown, source: string): void {
    if (kindOf(value) !== 'an object')
      throw new PlanReadError(this.file, `${source} must be an object; got ${kindOf(value)}`)
    const record = value as Record<string, unknown>
    const severity = record.severity ?? ''
    const message = record.message ?? ''
    const urn = record.urn
    if (
      typeof severity !== 'string' ||
      typeof message !== 'string' ||
      (urn !== undefined && typeof urn !== 'string')
    ) {
      throw new PlanReadError(this.file, `${source} must have string 'severity', 'message' and 'urn' fields`)
    }
    this.diagnostics.add(severity, message, source, urn)
  }
}

/** The error for a stack export or checkpoint given as a preview. */
export function stateError(file: string, key: string): PlanReadError {
  return new PlanReadError(
    file,
    `this is Pulumi stack state (top-level key '${key}', as written by \`pulumi stack export\` or a backend checkpoint), not a preview; gate the output of \`pulumi preview --json\``
  )
}

/** `config`: a map of strings (secret values are already "[secret]"). */
export function checkConfig(file: string, value: unknown): Record<string, string> | undefined {
  if (value === undefined || value === null) return undefined
  if (kindOf(value) !== 'an object' || Object.values(value as object).some(v => typeof v !== 'string')) {
    throw new PlanReadError(file, "'config' must be an object of strings")
  }
  return value as Record<string, string>
}

/** `changeSummary` / `resourceChanges`: op → whole number of steps. */
export function checkChangeSummary(
  file: string,
  value: unknown,
  where: string
): Record<string, number> | undefined {
  if (value === undefined || value === null) return undefined
  if (
    kindOf(value) !== 'an object' ||
    Object.values(value as object).some(count => !Number.isSafeInteger(count) || (count as number) < 0)
  ) {
    throw new PlanReadError(file, `${where} must map ops to whole numbers of steps`)
  }
  return value as Record<string, number>
}

/** An optional boolean. */
export function checkFlag(file: string, value: unknown, where: string): boolean {
  if (value === undefined || value === null) return false
  if (typeof value !== 'boolean')
    throw new PlanReadError(file, `${where} must be true or false; got ${kindOf(value)}`)
  return value
}
