/** Parses the workflow commands (`::error file=...::message`, `::warning::`, …) the action prints. */
/** The `::error file=...::message` style commands the action printed, parsed. */
export interface WorkflowCommand {
  command: string
  properties: Record<string, string>
  message: string
}

/** Parses the workflow commands @actions/core writes to stdout (error, warning, notice, ...). */
export function parseCommands(stdout: string, command?: string): WorkflowCommand[] {
  const out: WorkflowCommand[] = []
  for (const line of stdout.split(/\r?\n/)) {
    const match = /^::([a-z-]+)(?: ([^:]*))?::(.*)$/.exec(line)
    if (!match || (command && match[1] !== command)) continue
    const properties: Record<string, string> = {}
    for (const pair of (match[2] ?? '').split(',').filter(Boolean)) {
      const at = pair.indexOf('=')
      properties[pair.slice(0, at)] = unescapeProperty(pair.slice(at + 1))
    }
    out.push({ command: match[1], properties, message: unescapeData(match[3]) })
  }
  return out
}

function unescapeData(text: string): string {
  return text.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%')
}

function unescapeProperty(text: string): string {
  return unescapeData(text).replace(/%3A/g, ':').replace(/%2C/g, ',')
}
