/**
 * Which tool wrote a plan document, from its first bytes: the top-level keys of the first JSON
 * object decide. Terraform's `show -json` starts with `format_version`; Pulumi's `preview --json`
 * with `config`/`steps`/…; an engine event log's first line is an event (`sequence`, `timestamp`,
 * `…Event`); a Pulumi stack export or checkpoint has `version` then `deployment`/`checkpoint`.
 * Pure and bounded: it reads only the head it is given and says when it needs more.
 * A guess picks a reader; it proves nothing. Each reader refuses the other tool's documents itself.
 */

/** What a document looks like. */
export type SniffedFormat =
  'terraform' | 'pulumi-preview' | 'pulumi-events' | 'pulumi-state' | 'pulumi-text' | 'unknown'

export interface FormatGuess {
  format: SniffedFormat
  /** Why, for messages: the key or text that decided. */
  evidence: string
  /** True when the head ended before anything decided: call again with more bytes (or atEnd). */
  needMore: boolean
}

/** The `plan_format` input. */
export type PlanFormatSetting = 'auto' | 'terraform' | 'pulumi'
export const PLAN_FORMAT_SETTINGS: readonly PlanFormatSetting[] = ['auto', 'terraform', 'pulumi']

/** Keys only a Terraform plan or state has at its top level. */
export const TERRAFORM_KEYS: ReadonlySet<string> = new Set([
  'format_version',
  'terraform_version',
  'planned_values',
  'resource_changes',
  'resource_drift',
  'prior_state',
  'configuration',
  'output_changes',
  'relevant_attributes',
  'applyable',
  'errored',
  'lineage',
  'serial'
])
/** Top-level keys of `pulumi preview --json` (PreviewDigest). */
export const PULUMI_PREVIEW_KEYS: ReadonlySet<string> = new Set([
  'config',
  'steps',
  'diagnostics',
  'duration',
  'changeSummary',
  'maybeCorrupt'
])
/** The first keys of an engine event. */
const EVENT_KEYS = new Set(['sequence'])
const STATE_KEYS = new Set(['deployment', 'checkpoint'])
/** First words of `pulumi preview`'s human output. */
const PULUMI_TEXT =
  /^(Previewing (update|destroy|refresh)|Updating \(|Destroying \(|Refreshing \(|Diagnostics:|Resources:|warning: |error: )/

/** Guesses the format from `head`; `atEnd` says the head is the whole document. */
export function sniffPlanFormat(head: Uint8Array, atEnd = false): FormatGuess {
  const keys = listTopLevelKeys(head)
  if (keys.keys.length === 0 && keys.notObject === undefined && !keys.complete) {
    return atEnd
      ? guess('unknown', 'no content')
      : { format: 'unknown', evidence: 'no content yet', needMore: true }
  }
  if (keys.notObject !== undefined) {
    const text = keys.notObject
    if (PULUMI_TEXT.test(text)) return guess('pulumi-text', `starts with '${firstLine(text)}'`)
    return guess('unknown', text === '' ? 'no content' : `starts with '${firstLine(text)}'`)
  }
  for (let i = 0; i < keys.keys.length; i++) {
    const { valueByte } = keys.keys[i]
    // Keys come from the document: bounded before they reach a message.
    const key = keys.keys[i].key.length > 80 ? `${keys.keys[i].key.slice(0, 79)}…` : keys.keys[i].key
    if (TERRAFORM_KEYS.has(key)) return guess('terraform', `top-level key '${key}'`)
    if (PULUMI_PREVIEW_KEYS.has(key)) return guess('pulumi-preview', `top-level key '${key}'`)
    if (EVENT_KEYS.has(key) || /^[a-z][A-Za-z]*Event$/.test(key))
      return guess('pulumi-events', `first event key '${key}'`)
    // Pulumi events carry a number here, Terraform >= 1.5 plans an RFC 3339 string.
    if (key === 'timestamp' && valueByte !== undefined) {
      if (valueByte >= 0x30 && valueByte <= 0x39) return guess('pulumi-events', "a numeric 'timestamp' key")
      return guess('terraform', "a string 'timestamp' key")
    }
    if (STATE_KEYS.has(key)) return guess('pulumi-state', `top-level key '${key}'`)
  }
  if (keys.complete || atEnd) return guess('unknown', 'no top-level key of a known format')
  return { format: 'unknown', evidence: 'the head ends before a deciding key', needMore: true }
}

/** Which reader to use: the input wins; `auto` follows the guess, Terraform when in doubt (its errors cover the rest). */
export function resolvePlanFormat(setting: PlanFormatSetting, guessed: FormatGuess): 'terraform' | 'pulumi' {
  if (setting !== 'auto') return setting
  return guessed.format.startsWith('pulumi-') ? 'pulumi' : 'terraform'
}

/** True for a valid `plan_format` value. */
export function isPlanFormatSetting(value: string): value is PlanFormatSetting {
  return (PLAN_FORMAT_SETTINGS as readonly string[]).includes(value)
}

/**
 * What a top-level key the Terraform reader met says about the file, when only Pulumi writes it:
 * the message the Terraform reader refuses the document with (undefined for any other key).
 */
export function describePulumiKey(key: string): string | undefined {
  const named = key.length > 80 ? `${key.slice(0, 79)}…` : key
  const setIt = "set plan_format to 'pulumi' or 'auto'"
  if (key === 'steps' || key === 'changeSummary') {
    return `this is a Pulumi preview (\`pulumi preview --json\`, top-level key '${named}'), not a Terraform plan; ${setIt}`
  }
  if (EVENT_KEYS.has(key) || /^[a-z][A-Za-z]*Event$/.test(key)) {
    return `this is a Pulumi engine event log (\`pulumi preview --event-log FILE\`, key '${named}'), not a Terraform plan; ${setIt}`
  }
  if (STATE_KEYS.has(key)) {
    return `this is Pulumi stack state (top-level key '${named}'), not a plan; gate the output of \`terraform show -json <planfile>\` or \`pulumi preview --json\``
  }
  return undefined
}

function guess(format: SniffedFormat, evidence: string): FormatGuess {
  return { format, evidence, needMore: false }
}

/** The top-level keys of the first JSON object in `head`, with the first byte of each value. */
export interface TopLevelKeys {
  keys: { key: string; valueByte?: number }[]
  /** The object ended inside the head. */
  complete: boolean
  /** Set when the head does not start with an object: the first text (up to 120 characters). */
  notObject?: string
}

const MAX_KEYS = 64

/**
 * Lists top-level keys without parsing values: strings and brackets are tracked to skip them.
 * Stops at the end of the head, at the end of the first object, after MAX_KEYS keys, or at the
 * first byte that is not JSON (what follows cannot be trusted to be keys).
 */
export function listTopLevelKeys(head: Uint8Array): TopLevelKeys {
  let i = head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf ? 3 : 0
  i = skipSpace(head, i)
  if (i >= head.length) return { keys: [], complete: false }
  if (head[i] !== 0x7b) {
    const text = Buffer.from(head.subarray(i, i + 240))
      .toString('utf8')
      .slice(0, 120)
    return { keys: [], complete: false, notObject: text }
  }
  const keys: TopLevelKeys['keys'] = []
  i++
  while (keys.length < MAX_KEYS) {
    i = skipSpace(head, i)
    if (i >= head.length) break
    if (head[i] === 0x7d) return { keys, complete: true }
    if (keys.length > 0) {
      // Between members: a comma, or the document is not JSON and what follows is not a key.
      if (head[i] !== 0x2c) break
      i = skipSpace(head, i + 1)
    }
    if (i >= head.length || head[i] !== 0x22) break
    const end = stringEnd(head, i + 1)
    if (end < 0) break
    let key: string
    try {
      key = JSON.parse(Buffer.from(head.subarray(i, end)).toString('utf8')) as string
    } catch {
      break
    }
    i = skipSpace(head, end)
    if (i >= head.length || head[i] !== 0x3a) break
    i = skipSpace(head, i + 1)
    if (i >= head.length) {
      keys.push({ key })
      break
    }
    keys.push({ key, valueByte: head[i] })
    i = valueEnd(head, i)
    if (i < 0) break
  }
  return { keys, complete: false }
}

function skipSpace(b: Uint8Array, i: number): number {
  while (i < b.length && (b[i] === 0x20 || b[i] === 0x0a || b[i] === 0x0d || b[i] === 0x09)) i++
  return i
}

/** Index just past the closing quote of a string whose content starts at `i`; -1 if the head ends first. */
function stringEnd(b: Uint8Array, i: number): number {
  while (i < b.length) {
    const c = b[i]
    if (c === 0x5c) i += 2
    else if (c === 0x22) return i + 1
    else i++
  }
  return -1
}

/** Index just past the value starting at `i` (any JSON value, nested or not); -1 if the head ends first. */
function valueEnd(b: Uint8Array, i: number): number {
  let depth = 0
  while (i < b.length) {
    const c = b[i]
    if (c === 0x22) {
      i = stringEnd(b, i + 1)
      if (i < 0) return -1
      if (depth === 0) return i
      continue
    }
    if (c === 0x7b || c === 0x5b) depth++
    else if (c === 0x7d || c === 0x5d) {
      if (depth === 0) return i
      depth--
      if (depth === 0) return i + 1
    } else if (depth === 0 && (c === 0x2c || c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09)) return i
    i++
  }
  return -1
}

function firstLine(text: string): string {
  const line = text.split(/\r?\n/, 1)[0]
  return line.length > 80 ? `${line.slice(0, 80)}…` : line
}
