/**
 * The runner protocol the modes speak: inputs from INPUT_* variables, outputs through the
 * GITHUB_OUTPUT file, workflow commands (::group::, ::warning::, ::add-mask::, …) on stdout and the
 * job summary file. The functions mirror @actions/core's names and semantics, so the modes read like
 * any action; a conformance test compares both on the same values.
 *
 * Why not @actions/core itself: it imports @actions/http-client and undici at load time for its
 * OIDC helper, which nothing here uses. That import alone is most of a safety-gate's start-up
 * (about 60 ms of 125 ms on Node 24, with `node -e 0` at 32 ms), and every job pays it.
 */
import { accessSync, appendFileSync, constants as fsConstants, existsSync } from 'node:fs'
import { writeStdout } from './stdout.js'

/**
 * os.EOL without loading node:os at start-up (its value is exactly this on every platform Node runs on).
 */
const EOL = process.platform === 'win32' ? '\r\n' : '\n'

/** Where an annotation points (same fields as @actions/core's AnnotationProperties). */
export interface AnnotationProperties {
  title?: string
  file?: string
  startLine?: number
  endLine?: number
  startColumn?: number
  endColumn?: number
}

/** An input's value, trimmed; '' when unset. */
export function getInput(name: string): string {
  return (process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim()
}

/**
 * Sets an output through GITHUB_OUTPUT as a `name<<delimiter` block, with a delimiter that occurs
 * nowhere in the name or the value, so a value cannot end its block early and forge another output.
 */
export function setOutput(name: string, value: unknown): void {
  const text = commandValue(value)
  const file = process.env.GITHUB_OUTPUT
  if (file) {
    if (!existsSync(file)) throw new Error(`Missing file at path: ${file}`)
    const delimiter = delimiterFor(name, text)
    appendFileSync(file, `${name}<<${delimiter}${EOL}${text}${EOL}${delimiter}${EOL}`, 'utf8')
    return
  }
  writeStdout(EOL)
  issue('set-output', text, { name })
}

/** Masks a value in the log from now on. */
export function setSecret(secret: string): void {
  issue('add-mask', secret)
}

export function info(message: string): void {
  writeStdout(message + EOL)
}

export function debug(message: string): void {
  issue('debug', message)
}

export function notice(message: string | Error, properties: AnnotationProperties = {}): void {
  issue('notice', messageOf(message), annotation(properties))
}

export function warning(message: string | Error, properties: AnnotationProperties = {}): void {
  issue('warning', messageOf(message), annotation(properties))
}

export function error(message: string | Error, properties: AnnotationProperties = {}): void {
  issue('error', messageOf(message), annotation(properties))
}

/** Marks the step failed (exit code 1) and logs the message as an error annotation. */
export function setFailed(message: string | Error): void {
  process.exitCode = 1
  error(message)
}

/** Runs `work` inside a collapsed log group. */
export async function group<T>(name: string, work: () => Promise<T>): Promise<T> {
  issue('group', name)
  try {
    return await work()
  } finally {
    issue('endgroup', '')
  }
}

/** The job summary: Markdown appended to the GITHUB_STEP_SUMMARY file. */
class Summary {
  private buffer = ''

  addRaw(text: string, addEOL = false): this {
    this.buffer += addEOL ? text + EOL : text
    return this
  }

  emptyBuffer(): this {
    this.buffer = ''
    return this
  }

  /** Appends the buffer to the summary file; throws when the runner gave none. */
  async write(): Promise<this> {
    const file = process.env.GITHUB_STEP_SUMMARY
    if (!file)
      throw new Error(
        'Unable to find environment variable for $GITHUB_STEP_SUMMARY. Check if your runtime environment supports job summaries.'
      )
    // Synchronous, like setOutput: node:fs/promises would cost every start ~2.5 ms to load.
    try {
      accessSync(file, fsConstants.R_OK | fsConstants.W_OK)
    } catch {
      throw new Error(
        `Unable to access summary file: '${file}'. Check if the file has correct read/write permissions.`
      )
    }
    appendFileSync(file, this.buffer, { encoding: 'utf8' })
    return this.emptyBuffer()
  }
}

export const summary = new Summary()

/**
 * A heredoc delimiter absent from both name and value. The runner ends a block at the first line equal
 * to the delimiter; as the delimiter occurs nowhere in the value, no line of it can be that line. That
 * check, not secrecy, is what makes the block safe, so the random part need not be unpredictable:
 * Math.random suffices (node:crypto's randomUUID cost ~5 ms of start-up to load), and a clash with the
 * value, however unlikely, only draws a new one.
 */
function delimiterFor(name: string, text: string): string {
  for (;;) {
    let random = ''
    while (random.length < 32)
      random += Math.floor(Math.random() * 0x100000000)
        .toString(16)
        .padStart(8, '0')
    const delimiter = `ghadelimiter_${random}`
    if (!name.includes(delimiter) && !text.includes(delimiter)) return delimiter
  }
}

function messageOf(message: string | Error): string {
  return message instanceof Error ? message.toString() : message
}

function commandValue(value: unknown): string {
  if (value === null || value === undefined) return ''
  return typeof value === 'string' || value instanceof String ? String(value) : JSON.stringify(value)
}

function annotation(properties: AnnotationProperties): Record<string, string | number | undefined> {
  return {
    title: properties.title,
    file: properties.file,
    line: properties.startLine,
    endLine: properties.endLine,
    col: properties.startColumn,
    endColumn: properties.endColumn
  }
}

/** Writes `::command key=value,…::message` with the runner's escaping, so no value can end the command. */
function issue(
  command: string,
  message: string,
  properties: Record<string, string | number | undefined> = {}
): void {
  const props = Object.entries(properties)
    .filter(([, value]) => Boolean(value))
    .map(([key, value]) => `${key}=${escapeProperty(commandValue(value))}`)
  const head = props.length > 0 ? `::${command} ${props.join(',')}` : `::${command}`
  writeStdout(`${head}::${escapeData(message)}${EOL}`)
}

function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
}

function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C')
}
