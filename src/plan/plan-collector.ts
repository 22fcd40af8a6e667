/**
 * The plan-specific half of the streaming reader: scanner hooks that pick out the header fields,
 * hand each resource_changes / resource_drift entry to the visitor as soon as it ends, and read
 * `configuration.root_module.variables.*.sensitive` while everything else in `configuration` (and all
 * of planned_values / prior_state) is only scanned.
 */
import { PlanReadError } from '../errors.js'
import { CAPTURE, CAPTURE_PARSED, DESCEND, SKIP, type ScanHooks } from './json/json-scanner.js'
import type { PlanHeader, PlanVisitor } from './model.js'
import {
  checkFormatVersion,
  checkPlanEntry,
  checkPlanShape,
  HEADER_KEYS,
  notAnArray,
  pickHeader
} from './plan-validate.js'
import { describePulumiKey } from './sniff-format.js'

const HEADER = new Set<string>(HEADER_KEYS)
const SECTIONS = new Set(['resource_changes', 'resource_drift'])
const OPEN_BRACE = 0x7b
const OPEN_BRACKET = 0x5b

/** What a document that does not start with '{' is, from its first byte. */
function describeFirstByte(c: number): string {
  if (c === OPEN_BRACKET) return 'an array'
  if (c === 0x22) return 'a string'
  if (c === 0x74 || c === 0x66) return 'a boolean'
  if (c === 0x6e) return 'null'
  return 'a number'
}

export class PlanCollector implements ScanHooks {
  private readonly keys = new Set<string>()
  private readonly values = new Map<string, unknown>()
  /** Root variable name → declared sensitive; Map keeps JSON.parse's "first position, last value" order. */
  private readonly sensitive = new Map<string, boolean>()
  private notObject: string | undefined
  private member = ''
  private variable = ''
  private index = 0

  constructor(
    private readonly file: string,
    private readonly visitor: PlanVisitor
  ) {}

  onValueStart(depth: number, key: string | undefined, firstByte: number): number {
    switch (depth) {
      case 0:
        if (firstByte === OPEN_BRACE) return DESCEND
        this.notObject = describeFirstByte(firstByte)
        return SKIP
      case 1:
        return this.onMember(key as string, firstByte)
      case 2:
        // Entries are JSON.parse'd right away, which validates them: the scanner only finds their end.
        if (SECTIONS.has(this.member)) return CAPTURE_PARSED
        // Only configuration is descended into below depth 1.
        if (key === 'root_module' && firstByte === OPEN_BRACE) {
          this.sensitive.clear()
          return DESCEND
        }
        return SKIP
      case 3:
        if (key === 'variables' && firstByte === OPEN_BRACE) {
          this.sensitive.clear()
          return DESCEND
        }
        return SKIP
      case 4:
        this.variable = key as string
        this.sensitive.set(this.variable, false)
        return firstByte === OPEN_BRACE ? DESCEND : SKIP
      default:
        return key === 'sensitive' ? CAPTURE : SKIP
    }
  }

  private onMember(key: string, firstByte: number): number {
    if (this.keys.has(key)) {
      throw new PlanReadError(
        this.file,
        `the top-level key '${key}' appears twice; terraform never writes that`
      )
    }
    this.keys.add(key)
    this.member = key
    // Only Pulumi writes these: say which tool made the file (plan_format chose the wrong reader).
    const pulumi = describePulumiKey(key)
    if (pulumi) throw new PlanReadError(this.file, pulumi)
    if (HEADER.has(key)) return CAPTURE
    if (SECTIONS.has(key)) {
      this.index = 0
      return firstByte === OPEN_BRACKET ? DESCEND : CAPTURE
    }
    if (key === 'configuration') return firstByte === OPEN_BRACE ? DESCEND : SKIP
    return SKIP
  }

  onCapture(depth: number, bytes: Buffer): void {
    const value: unknown = JSON.parse(bytes.toString('utf8'))
    if (depth === 2) {
      const entry = checkPlanEntry(this.file, this.member, this.index, value)
      if (this.member === 'resource_changes') this.visitor.onResourceChange(entry, this.index)
      else this.visitor.onResourceDrift?.(entry, this.index)
      this.index++
    } else if (depth === 1) {
      if (SECTIONS.has(this.member)) throw notAnArray(this.file, this.member, value)
      // Terraform writes format_version first: refuse an unknown major before reading entries of an unknown shape.
      if (this.member === 'format_version') checkFormatVersion(this.file, value)
      this.values.set(this.member, value)
    } else {
      this.sensitive.set(this.variable, value === true)
    }
  }

  /** After the whole document was scanned: is it a plan? Returns its header. */
  finish(): PlanHeader {
    if (this.notObject) {
      throw new PlanReadError(
        this.file,
        `the JSON document is ${this.notObject}, not an object, so it is not a plan`
      )
    }
    const get = (key: string): unknown => this.values.get(key)
    checkPlanShape(this.file, this.keys, get)
    const names = [...this.sensitive].filter(([, isSensitive]) => isSensitive).map(([name]) => name)
    return pickHeader(get, names)
  }
}
