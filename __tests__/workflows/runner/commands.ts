/**
 * The two ways a step talks back to the runner: environment files (GITHUB_OUTPUT, GITHUB_ENV,
 * GITHUB_PATH, GITHUB_STEP_SUMMARY), and workflow commands in its log (`::error::`, `::add-mask::`,
 * `::stop-commands::`, …). Parsed the way the runner does, so a step that relies on something the
 * runner would not do fails here too.
 */

/** An annotation a step produced (`::error file=…,line=…::message`). */
export interface Annotation {
  level: 'error' | 'warning' | 'notice'
  message: string
  properties: Record<string, string>
}

/**
 * Parses an environment file: `name=value` lines and `name<<DELIMITER` … `DELIMITER` blocks.
 * Throws on a block without its closing delimiter, as the runner fails the step then.
 */
export function parseEnvironmentFile(text: string, file: string): Record<string, string> {
  const result: Record<string, string> = {}
  const lines = text.split('\n')
  if (lines.at(-1) === '') lines.pop()
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].replace(/\r$/, '')
    if (line === '') continue
    const equals = line.indexOf('=')
    const heredoc = line.indexOf('<<')
    if (heredoc > 0 && (equals < 0 || heredoc < equals)) {
      const name = line.slice(0, heredoc)
      const delimiter = line.slice(heredoc + 2)
      if (!delimiter) throw new Error(`${file}: '${name}<<' has no delimiter`)
      const value: string[] = []
      let closed = false
      for (i++; i < lines.length; i++) {
        const current = lines[i].replace(/\r$/, '')
        if (current === delimiter) {
          closed = true
          break
        }
        value.push(current)
      }
      if (!closed) throw new Error(`${file}: matching delimiter not found: '${delimiter}'`)
      result[name] = value.join('\n')
      continue
    }
    if (equals <= 0) throw new Error(`${file}: invalid format '${line}'`)
    result[line.slice(0, equals)] = line.slice(equals + 1)
  }
  return result
}

/** The folders a step added with GITHUB_PATH, in order. */
export function parsePathFile(text: string): string[] {
  return text
    .split('\n')
    .map(line => line.replace(/\r$/, ''))
    .filter(line => line.trim() !== '')
}

const unescapeData = (text: string): string =>
  text.replace(/%0D/gi, '\r').replace(/%0A/gi, '\n').replace(/%25/g, '%')
const unescapeProperty = (text: string): string =>
  unescapeData(text).replace(/%3A/gi, ':').replace(/%2C/gi, ',')

/**
 * Reads a step's log line by line and acts on workflow commands: annotations, masks, stop-commands.
 * `log` is what GitHub would show: masked values replaced by ***.
 */
export class CommandProcessor {
  readonly annotations: Annotation[] = []
  readonly log: string[] = []
  private stopToken: string | undefined

  constructor(private readonly masks: Set<string>) {}

  /** Handles one line of the step's stdout or stderr. */
  line(raw: string): void {
    const trimmed = raw.trimStart()
    const command =
      /^::([A-Za-z-]+)(?: ([^:]*))?::(.*)$/s.exec(trimmed) ??
      // The legacy form the runner still obeys: ##[warning]message, ##[error key=value;…]message.
      /^##\[([A-Za-z-]+)(?: ([^\]]*))?\](.*)$/s.exec(trimmed)
    if (command) {
      const [, name, props, message] = command
      if (this.stopToken !== undefined) {
        if (name === this.stopToken) this.stopToken = undefined
        this.log.push(this.mask(raw))
        return
      }
      this.handle(name, parseProperties(props), message)
      if (name !== 'add-mask') this.log.push(this.mask(raw))
      return
    }
    this.log.push(this.mask(raw))
  }

  /** Replaces every registered mask value by ***. */
  mask(text: string): string {
    let out = text
    for (const secret of [...this.masks].sort((a, b) => b.length - a.length)) {
      if (secret) out = out.split(secret).join('***')
    }
    return out
  }

  private handle(name: string, properties: Record<string, string>, rawMessage: string): void {
    const message = unescapeData(rawMessage)
    switch (name) {
      case 'error':
      case 'warning':
      case 'notice':
        this.annotations.push({ level: name, message: this.mask(message), properties })
        return
      case 'add-mask':
        if (message.trim()) this.masks.add(message.trim())
        return
      case 'stop-commands':
        this.stopToken = message
        return
      case 'set-output':
      case 'save-state':
        this.annotations.push({
          level: 'warning',
          message: `The \`${name}\` command is deprecated and will be disabled soon (the runner ignores it here).`,
          properties: {}
        })
        return
      case 'set-env':
      case 'add-path':
        this.annotations.push({
          level: 'error',
          message: `Unable to process command '::${name}' successfully. The \`${name}\` command is disabled.`,
          properties: {}
        })
        return
      default:
        // group, endgroup, debug, echo and unknown commands change only how the log looks.
        return
    }
  }
}

function parseProperties(text: string | undefined): Record<string, string> {
  const properties: Record<string, string> = {}
  for (const pair of (text ?? '').split(/[,;]/)) {
    const equals = pair.indexOf('=')
    if (equals > 0) properties[pair.slice(0, equals).trim()] = unescapeProperty(pair.slice(equals + 1))
  }
  return properties
}
