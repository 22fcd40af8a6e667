/**
 * The plan-specific half of the streaming reader: scanner hooks that pick out the header fields,
 * hand each resource_changes / resource_drift entry to the visitor as soon as it ends, and read
 * `configuration.root_module.variables.*.sensitive` while everything else in `configuration` (and all
 * of planned_values / prior_state) is only scanned.
 */
import { PlanReadError } from '../errors.js'
import {
  caseVariantOf,
  countParsedKeys,
  ENTRY_SCHEMA,
  findCaseVariant,
  findRepeatedKey,
  OUTPUT_CHANGES_SCHEMA,
  TOP_LEVEL_KEYS,
  type KeySchema
} from './json/json-keys.js'
import { CAPTURE, CAPTURE_PARSED, DESCEND, SKIP, type ScanHooks } from './json/json-scanner.js'
import type { PlanHeader, PlanVisitor } from './model.js'
import { STATE_SECTIONS, StateResourceWalker } from './state-resources.js'
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
/** Header values that are objects the gate reads, and the keys Terraform writes in them. */
const HEADER_SCHEMAS: Readonly<Record<string, KeySchema>> = {
  output_changes: OUTPUT_CHANGES_SCHEMA,
  variables: { each: { known: new Set(['value']) } }
}
/** The one key read at each depth of `configuration` (variable names, depth 4, are any name). */
const CONFIGURATION_PATH: Readonly<Record<number, string>> = {
  2: 'root_module',
  3: 'variables',
  5: 'sensitive'
}
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
  /** Keys seen in the object open at each depth of `configuration` that the collector descends into. */
  private readonly configurationKeys = new Map<number, Set<string>>()
  /** prior_state / planned_values resources, for visitors that collect their sensitive values. */
  private readonly state: StateResourceWalker | undefined

  constructor(
    private readonly file: string,
    private readonly visitor: PlanVisitor
  ) {
    const onStateResource = visitor.onStateResource?.bind(visitor)
    if (onStateResource) this.state = new StateResourceWalker(onStateResource)
  }

  onValueStart(depth: number, key: string | undefined, firstByte: number): number {
    if (depth >= 2 && this.state && STATE_SECTIONS.has(this.member))
      return this.state.onValueStart(depth, key, firstByte)
    switch (depth) {
      case 0:
        if (firstByte === OPEN_BRACE) return DESCEND
        this.notObject = describeFirstByte(firstByte)
        return SKIP
      case 1: {
        const action = this.onMember(key as string, firstByte)
        if (action === DESCEND) this.configurationKeys.set(2, new Set())
        return action
      }
      case 2:
        // Entries are JSON.parse'd right away, which validates them: the scanner only finds their end.
        if (SECTIONS.has(this.member)) return CAPTURE_PARSED
        this.checkConfigurationKey(depth, key as string)
        // Only configuration is descended into below depth 1.
        if (key === 'root_module' && firstByte === OPEN_BRACE) {
          this.sensitive.clear()
          return this.descend(depth)
        }
        return SKIP
      case 3:
        this.checkConfigurationKey(depth, key as string)
        if (key === 'variables' && firstByte === OPEN_BRACE) {
          this.sensitive.clear()
          return this.descend(depth)
        }
        return SKIP
      case 4:
        this.checkConfigurationKey(depth, key as string)
        this.variable = key as string
        this.sensitive.set(this.variable, false)
        return firstByte === OPEN_BRACE ? this.descend(depth) : SKIP
      default:
        this.checkConfigurationKey(depth, key as string)
        return key === 'sensitive' ? CAPTURE : SKIP
    }
  }

  /** Descends into the object starting at `depth`: its members' keys are tracked afresh. */
  private descend(depth: number): number {
    this.configurationKeys.set(depth + 1, new Set())
    return DESCEND
  }

  /** A key of `configuration` the collector reads: refused when repeated or a case variant. */
  private checkConfigurationKey(depth: number, key: string): void {
    const where = `configuration (depth ${depth})`
    const seen = this.configurationKeys.get(depth)
    if (seen?.has(key)) {
      throw new PlanReadError(
        this.file,
        `the key '${key}' appears twice in ${where}; terraform never writes that`
      )
    }
    seen?.add(key)
    const expected = CONFIGURATION_PATH[depth]
    if (expected !== undefined && caseVariantOf(key, new Set([expected])) !== undefined) {
      throw new PlanReadError(
        this.file,
        `the key '${key}' in ${where} differs only in case from '${expected}', which terraform writes; terraform never writes it`
      )
    }
  }

  private onMember(key: string, firstByte: number): number {
    if (this.keys.has(key)) {
      throw new PlanReadError(
        this.file,
        `the top-level key '${key}' appears twice; terraform never writes that`
      )
    }
    const variant = caseVariantOf(key, TOP_LEVEL_KEYS)
    if (variant !== undefined) {
      throw new PlanReadError(
        this.file,
        `the top-level key '${key}' differs only in case from '${variant}', which terraform writes; terraform never writes it, and readers that match keys case-insensitively (Go's encoding/json) would read another plan`
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
    if (this.state && STATE_SECTIONS.has(key)) return this.state.start(key, firstByte)
    return SKIP
  }

  onCapture(depth: number, bytes: Buffer, keys?: number): void {
    if (depth >= 2 && this.state && STATE_SECTIONS.has(this.member)) return this.state.onCapture(bytes)
    const value: unknown = JSON.parse(bytes.toString('utf8'))
    if (depth === 2) {
      this.checkEntryKeys(value, bytes, keys)
      const entry = checkPlanEntry(this.file, this.member, this.index, value)
      if (this.member === 'resource_changes') this.visitor.onResourceChange(entry, this.index)
      else this.visitor.onResourceDrift?.(entry, this.index)
      this.index++
    } else if (depth === 1) {
      if (SECTIONS.has(this.member)) throw notAnArray(this.file, this.member, value)
      // Terraform writes format_version first: refuse an unknown major before reading entries of an unknown shape.
      if (this.member === 'format_version') checkFormatVersion(this.file, value)
      const schema = HEADER_SCHEMAS[this.member]
      if (schema) {
        const problem = findRepeatedKey(bytes) ?? findCaseVariant(value, schema)
        if (problem) throw new PlanReadError(this.file, `'${this.member}': ${problem}`)
      }
      this.values.set(this.member, value)
    } else {
      this.sensitive.set(this.variable, value === true)
    }
  }

  /**
   * A resource change is refused when a key repeats anywhere in it (its JSON has more keys than
   * JSON.parse kept: the scanner counted them) or a key of the entry, its change or importing object
   * differs only in case from Terraform's.
   */
  private checkEntryKeys(value: unknown, bytes: Buffer, keys: number | undefined): void {
    const repeated = keys !== undefined && countParsedKeys(value) !== keys
    const problem = repeated
      ? (findRepeatedKey(bytes) ?? 'a key appears twice in it')
      : findCaseVariant(value, ENTRY_SCHEMA)
    if (!problem) return
    const address =
      value !== null &&
      typeof value === 'object' &&
      typeof (value as { address?: unknown }).address === 'string'
        ? ` (${(value as { address: string }).address})`
        : ''
    throw new PlanReadError(this.file, `${this.member}[${this.index}]${address}: ${problem}`)
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
    const header = pickHeader(get, names)
    if (this.keys.has('deferred_changes')) header.deferred = true
    return header
  }
}
