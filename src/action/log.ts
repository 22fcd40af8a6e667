/**
 * The action's one way to the log. The runner executes the workflow commands it finds in a step's
 * stdout and stderr: a line that starts with `::name …::` once its leading white space is trimmed, and
 * a legacy `##[name]` anywhere in a line; a lone `\r` ends a line as well as `\n`. Text the action did
 * not write (terraform's output, plan values, policy strings, inputs, error messages that quote any of
 * those) can hold such lines, and one `::stop-commands::` among them would turn every later
 * `::add-mask::` into plain text. So every message goes through here:
 *
 * - foreign text is scrubbed of secrets (the scrubber is installed with `setLogScrubber`);
 * - every plain line is cut at `\r` and `\n` and defused where the runner could read a command:
 *   a backslash goes before a leading `::` and before the `[` of every `##[` (see `neutralise`);
 * - annotations and group titles go out as the commands @actions/core writes, whose data is escaped.
 *
 * Nothing else in src/action writes to stdout or stderr (eslint enforces it), and child processes run
 * silent with their output fed through `lineSink`.
 */
import * as core from '@actions/core'
import { StringDecoder } from 'node:string_decoder'

/** Replaces secrets in text the action did not write; the secrets side supplies it. */
export type Scrubber = (text: string) => string

const identity: Scrubber = text => text
let scrubber: Scrubber = identity

/**
 * Installs the scrubber applied to every foreign part of every later message (the whole text of a
 * plain string message, the interpolated values of an `own` message). Passing nothing restores the
 * identity.
 */
export function setLogScrubber(scrub: Scrubber = identity): void {
  scrubber = scrub
}

/** A message whose literal parts the action wrote itself; see `own`. */
export class OwnText {
  constructor(
    readonly literals: readonly string[],
    readonly values: readonly unknown[]
  ) {}
}

/**
 * Tagged template for a message in the action's own words: the literal parts are never scrubbed, every
 * interpolated value is foreign (scrubbed). `log.info(own\`Plan JSON from ${path}\`)`.
 */
export function own(literals: TemplateStringsArray, ...values: unknown[]): OwnText {
  return new OwnText([...literals], values)
}

/** A plain string is foreign as a whole: the scrubber sees all of it. */
export type Message = string | OwnText

/** The message as it is printed: foreign parts scrubbed. */
function compose(message: Message): string {
  if (typeof message === 'string') return scrubber(message)
  let text = message.literals[0] ?? ''
  message.values.forEach((value, index) => {
    text += scrubber(String(value)) + (message.literals[index + 1] ?? '')
  })
  return text
}

/**
 * Characters the runner's white-space trim removes (.NET Char.IsWhiteSpace), and characters a
 * culture-aware comparison would skip (controls and invisible format characters): none of them may
 * hide a `::` at the start of a line.
 */
const LEADING = /^[\s\u0085\p{Cc}\p{Cf}\p{Default_Ignorable_Code_Point}]*/u
/** `#`, `#`, `[` with only ignorable characters between them. */
const LEGACY =
  /#([\p{Cc}\p{Cf}\p{Default_Ignorable_Code_Point}]*)#([\p{Cc}\p{Cf}\p{Default_Ignorable_Code_Point}]*)\[/gu
const COLONS = /^:[\p{Cc}\p{Cf}\p{Default_Ignorable_Code_Point}]*:/u

/**
 * Makes text safe to print as plain log lines: cut into lines at `\r\n`, `\r` and `\n` (as the runner
 * reads them), a backslash before a line's leading `::` (`\::error::…`) and before the `[` of every
 * `##[` (`##\[error]`). Everything else is kept as written.
 */
export function neutralise(text: string): string {
  return text
    .split(/\r\n|\r|\n/)
    .map(line => {
      const defused = line.replace(LEGACY, '#$1#$2\\[')
      const indent = LEADING.exec(defused)?.[0] ?? ''
      const rest = defused.slice(indent.length)
      return COLONS.test(rest) ? `${indent}\\${rest}` : defused
    })
    .join('\n')
}

/** Plain log lines. */
export function info(message: Message): void {
  core.info(neutralise(compose(message)))
}

/** A debug line (shown when the run has debug logging on). */
export function debug(message: Message): void {
  core.debug(compose(message))
}

/** Annotation properties with their text scrubbed like the message. */
function annotation(properties?: core.AnnotationProperties): core.AnnotationProperties {
  if (!properties) return {}
  const out: core.AnnotationProperties = { ...properties }
  if (properties.title !== undefined) out.title = scrubber(properties.title)
  if (properties.file !== undefined) out.file = scrubber(properties.file)
  return out
}

/** A warning annotation (the runner also prints it in the log). */
export function warning(message: Message, properties?: core.AnnotationProperties): void {
  core.warning(compose(message), annotation(properties))
}

/** An error annotation; it does not fail the step (see `fail`). */
export function error(message: Message, properties?: core.AnnotationProperties): void {
  core.error(compose(message), annotation(properties))
}

/** A notice annotation. */
export function notice(message: Message, properties?: core.AnnotationProperties): void {
  core.notice(compose(message), annotation(properties))
}

/** Fails the step with an error annotation; main.ts is the only caller. */
export function fail(message: Message): void {
  core.setFailed(compose(message))
}

/** Runs `work` inside a collapsed log group titled `title`. */
export async function group<T>(title: Message, work: () => Promise<T>): Promise<T> {
  return core.group(compose(title), work)
}

/** Receives a child process's output in chunks and prints it as plain lines through `info`. */
export interface LineSink {
  write(chunk: Buffer): void
  /** Prints what is left after the last line break. */
  end(): void
}

/**
 * A sink that prints complete lines as they arrive (a `\r` at the end of a chunk waits for the next
 * one, in case a `\n` follows), so long commands show progress and no line is split in two.
 */
export function lineSink(): LineSink {
  const decoder = new StringDecoder('utf8')
  let pending = ''
  const flush = (final: boolean): void => {
    const lines = pending.split(/\r\n|\r(?!$)|\n/)
    pending = lines.pop() ?? ''
    if (final && pending !== '') {
      lines.push(pending.replace(/\r$/, ''))
      pending = ''
    }
    for (const line of lines) info(line)
  }
  return {
    write: chunk => {
      pending += decoder.write(chunk)
      flush(false)
    },
    end: () => {
      pending += decoder.end()
      flush(true)
    }
  }
}
