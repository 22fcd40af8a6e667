/**
 * What the GitHub Actions runner does with a step's output, modelled from the runner's own parser
 * (actions/runner: ActionCommandManager.TryProcessCommand, ActionCommand.TryParseV2 / TryParse), so a
 * test can ask "which workflow commands would the runner execute?" instead of grepping for `::`:
 *
 * - The runner reads stdout and stderr line by line; `\n`, `\r\n` and a lone `\r` all end a line.
 * - `::name k=v,…::data` is a command when the line starts with `::` after .NET's TrimStart (which
 *   trims every Unicode white space character: NBSP, U+2000–U+200A, U+3000, …, not zero-width ones)
 *   and `name` is a registered command. Names are matched case-insensitively (`::ERROR::` works).
 * - The legacy `##[name k=v;…]data` is found anywhere in the line (IndexOf), not only at its start.
 * - `::stop-commands::TOKEN` stops all processing until a line that is the command `::TOKEN::`;
 *   meanwhile every line, `::add-mask::secret` included, is printed as plain text, so a secret the
 *   action tries to mask is shown in clear. An empty token never resumes.
 * - `::add-mask::value` hides `value` in every later displayed line.
 *
 * Matching is ordinal, as the runner's parser behaves under invariant globalization.
 */

/** Commands the runner registers (the extensions it ships plus stop-commands). */
export const RUNNER_COMMANDS: ReadonlySet<string> = new Set([
  'stop-commands',
  'set-env',
  'set-output',
  'save-state',
  'add-path',
  'add-mask',
  'add-matcher',
  'remove-matcher',
  'debug',
  'warning',
  'error',
  'notice',
  'group',
  'endgroup',
  'echo'
])

/** Commands infra-guard itself writes (src/toolkit/core.ts); anything else in the log was not its own. */
export const ACTION_COMMANDS: ReadonlySet<string> = new Set([
  'add-mask',
  'debug',
  'warning',
  'error',
  'notice',
  'group',
  'endgroup'
])

/** One command the runner executed. */
export interface RunnerCommand {
  /** Lower-cased command name. */
  name: string
  properties: Record<string, string>
  data: string
  syntax: 'v2' | 'legacy'
  /** The raw line and its index in the stream. */
  line: string
  index: number
}

/** Everything the runner makes of one output stream. */
export interface RunnerView {
  /** Every command executed, in order (stop-commands and the resume token included). */
  commands: RunnerCommand[]
  /**
   * What a reader of the log sees, unmasked: plain lines as written, the text of executed annotations
   * and group titles; executed add-mask/debug/set-output/… lines are not shown.
   */
  visible: string[]
  /** `visible` after the runner's masking (each add-mask applies to later lines only). */
  masked: string[]
  /** Values registered with add-mask. */
  masks: string[]
  /** True when the stream ends with command processing stopped. */
  stopped: boolean
}

/** Characters .NET's Char.IsWhiteSpace accepts, which String.TrimStart removes. */
const DOTNET_WHITESPACE = /^[\t\n\v\f\r\u0020\u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/

/** Splits a stream the way StreamReader.ReadLine does. */
export function runnerLines(text: string): string[] {
  const lines = text.split(/\r\n|\r|\n/)
  if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop()
  return lines
}

function unescape(text: string, mappings: [string, string][]): string {
  let out = text
  for (const [token, replacement] of mappings) out = out.split(replacement).join(token)
  return out
}
const DATA_ESCAPES: [string, string][] = [
  ['\r', '%0D'],
  ['\n', '%0A'],
  ['%', '%25']
]
const PROPERTY_ESCAPES: [string, string][] = [
  ['\r', '%0D'],
  ['\n', '%0A'],
  [':', '%3A'],
  [',', '%2C'],
  ['%', '%25']
]
const LEGACY_ESCAPES: [string, string][] = [
  [';', '%3B'],
  ['\r', '%0D'],
  ['\n', '%0A'],
  [']', '%5D'],
  ['%', '%25']
]

/** .NET's Split(sep, RemoveEmptyEntries) then Split('=', 2, RemoveEmptyEntries), into a case-insensitive map. */
function readProperties(
  text: string,
  separator: string,
  escapes: [string, string][]
): Record<string, string> {
  const properties: Record<string, string> = {}
  for (const part of text.split(separator).filter(p => p !== '')) {
    const at = part.indexOf('=')
    const pair = (at < 0 ? [part] : [part.slice(0, at), part.slice(at + 1)]).filter(p => p !== '')
    if (pair.length === 2) properties[pair[0].toLowerCase()] = unescape(pair[1], escapes)
  }
  return properties
}

type Parsed = Omit<RunnerCommand, 'line' | 'index'>

/** TryParseV2: `::name props::data` at the start of the (whitespace-trimmed) line. */
export function parseV2(line: string, registered: ReadonlySet<string>): Parsed | undefined {
  const message = line.replace(DOTNET_WHITESPACE, '')
  if (!message.startsWith('::')) return undefined
  const end = message.indexOf('::', 2)
  if (end < 0) return undefined
  const info = message.slice(2, end)
  const space = info.indexOf(' ')
  const name = space < 0 ? info : info.slice(0, space)
  if (!registered.has(name.toLowerCase())) return undefined
  const properties = space > 0 ? readProperties(info.slice(space + 1).trim(), ',', PROPERTY_ESCAPES) : {}
  return {
    name: name.toLowerCase(),
    properties,
    data: unescape(message.slice(end + 2), DATA_ESCAPES),
    syntax: 'v2'
  }
}

/** TryParse: the legacy `##[name props]data`, anywhere in the line. */
export function parseLegacy(line: string, registered: ReadonlySet<string>): Parsed | undefined {
  const prefix = line.indexOf('##[')
  if (prefix < 0) return undefined
  const close = line.indexOf(']', prefix)
  if (close < 0) return undefined
  const info = line.slice(prefix + 3, close)
  const space = info.indexOf(' ')
  const name = space < 0 ? info : info.slice(0, space)
  if (!registered.has(name.toLowerCase())) return undefined
  const properties = space > 0 ? readProperties(info.slice(space + 1), ';', LEGACY_ESCAPES) : {}
  return {
    name: name.toLowerCase(),
    properties,
    data: unescape(line.slice(close + 1), LEGACY_ESCAPES),
    syntax: 'legacy'
  }
}

function mask(text: string, masks: string[]): string {
  let out = text
  for (const value of masks) if (value.trim() !== '') out = out.split(value).join('***')
  return out
}

/**
 * Runs one or more streams through the runner's command processing, in order, sharing one state
 * (the runner keeps a single stop-commands state per step for stdout and stderr alike).
 */
export function readRunnerLog(...streams: string[]): RunnerView {
  const registered = new Set(RUNNER_COMMANDS)
  const commands: RunnerCommand[] = []
  const visible: string[] = []
  const masked: string[] = []
  const masks: string[] = []
  let stopToken: string | undefined
  let index = 0
  const show = (text: string): void => {
    visible.push(text)
    masked.push(mask(text, masks))
  }
  for (const stream of streams) {
    for (const line of runnerLines(stream)) {
      const parsed = parseV2(line, registered) ?? parseLegacy(line, registered)
      const at = index++
      if (!parsed) {
        show(line)
        continue
      }
      if (stopToken !== undefined) {
        if (stopToken !== '' && parsed.name === stopToken.toLowerCase()) {
          commands.push({ ...parsed, line, index: at })
          registered.delete(stopToken.toLowerCase())
          stopToken = undefined
        }
        show(line)
        continue
      }
      commands.push({ ...parsed, line, index: at })
      switch (parsed.name) {
        case 'stop-commands':
          stopToken = parsed.data
          if (stopToken !== '') registered.add(stopToken.toLowerCase())
          show(line)
          break
        case 'add-mask':
          if (parsed.data.trim() !== '') masks.push(parsed.data)
          break
        case 'warning':
        case 'error':
        case 'notice':
        case 'group':
          show(parsed.data)
          break
        default:
          break
      }
    }
  }
  return { commands, visible, masked, masks, stopped: stopToken !== undefined }
}

/**
 * Commands in the view that infra-guard did not author: any legacy `##[…]` command (the action
 * never writes one), stop-commands and its resume token, commands outside the action's own
 * vocabulary, and any command whose data or property values start with one of the attack's
 * canaries (attack strings put their canary right after the `::` they forge).
 */
export function foreignCommands(view: RunnerView, canaries: string[]): RunnerCommand[] {
  const startsWithCanary = (text: string): boolean => {
    const trimmed = text.trimStart()
    return canaries.some(canary => trimmed.startsWith(canary))
  }
  return view.commands.filter(
    command =>
      command.syntax === 'legacy' ||
      !ACTION_COMMANDS.has(command.name) ||
      startsWithCanary(command.data) ||
      Object.values(command.properties).some(value => canaries.some(canary => value.includes(canary)))
  )
}

/** Short descriptions of commands, for readable test failures. */
export function describeCommands(commands: RunnerCommand[]): string[] {
  return commands.map(
    c => `${c.syntax} ${c.name} ${JSON.stringify(c.properties)} ${JSON.stringify(c.data.slice(0, 80))}`
  )
}
