/**
 * Pulumi's diagnostics, failed steps and policy violations, kept so that an error can never vanish:
 * every error is counted (and the header then says `errored`, which the gate denies), the first
 * PULUMI_LIMITS.diagnostics errors and warnings are kept with colour codes removed, the rest counted.
 * A severity this version does not know counts as an error.
 */
import { PULUMI_LIMITS, type PulumiDiagnostic } from './types.js'

/** Severities that are neither errors nor warnings (program output, debug logging). */
const QUIET_SEVERITIES = new Set(['info', 'info#err', 'debug'])

/** Pulumi's colour directives, e.g. `<{%reset%}>`, `<{%fg 1%}>`. */
const COLOUR_CODES = /<\{%[^%]*%\}>/g

/** Collects diagnostics while a document is read. */
export class DiagnosticLog {
  readonly kept: PulumiDiagnostic[] = []
  errorCount = 0
  warningCount = 0
  omitted = 0

  /** Records one diagnostic; `severity` is taken as Pulumi wrote it. */
  add(severity: string, message: string, source: string, urn?: string): void {
    const level = QUIET_SEVERITIES.has(severity) ? 'quiet' : severity === 'warning' ? 'warning' : 'error'
    if (level === 'quiet') return
    if (level === 'warning') this.warningCount++
    else this.errorCount++
    if (this.kept.length >= PULUMI_LIMITS.diagnostics) {
      this.omitted++
      return
    }
    const diagnostic: PulumiDiagnostic = {
      severity:
        level === 'error' && severity !== 'error' ? `error (severity '${severity.slice(0, 40)}')` : level,
      message: cleanMessage(message),
      source
    }
    if (urn !== undefined && urn !== '') diagnostic.urn = urn.length > 2000 ? `${urn.slice(0, 1999)}…` : urn
    this.kept.push(diagnostic)
  }

  /** Records an error the reader itself derived (a failed step, a failed result). */
  addError(message: string, source: string, urn?: string): void {
    this.add('error', message, source, urn)
  }
}

/** Removes colour directives, trims, and cuts the message to PULUMI_LIMITS.messageChars. */
export function cleanMessage(message: string): string {
  const plain = message.replace(COLOUR_CODES, '').trim()
  return plain.length > PULUMI_LIMITS.messageChars
    ? `${plain.slice(0, PULUMI_LIMITS.messageChars - 1)}…`
    : plain
}
