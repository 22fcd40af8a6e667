/**
 * Turns the machine-readable output of `terraform validate -json` and `tflint --format json` into
 * one diagnostic shape whose file paths are relative to the repository root, so that GitHub can
 * place each annotation on the pull request diff. Pure: no I/O, no @actions imports.
 */
import { relativeToWorkspace } from './workspace-path.js'

export type DiagnosticSeverity = 'error' | 'warning' | 'notice'

/** One finding, ready to become an annotation. */
export interface Diagnostic {
  source: 'terraform' | 'tflint' | 'fmt'
  severity: DiagnosticSeverity
  /** Short title (terraform's summary, tflint's rule name). */
  title: string
  /** Full text (terraform's detail, tflint's message). */
  message: string
  /** Path relative to the repository root with `/` separators; absent when the finding has no location. */
  file?: string
  startLine?: number
  endLine?: number
  startColumn?: number
  endColumn?: number
}

/** Where the module sits: paths in tool output are relative to `moduleDir`; annotations want `repoRoot`-relative. */
export interface PathContext {
  moduleDir: string
  repoRoot: string
}

interface RawRange {
  filename?: unknown
  start?: { line?: unknown; column?: unknown }
  end?: { line?: unknown; column?: unknown }
}

/**
 * Reads `terraform validate -json`. Anything that is not the documented document (no `diagnostics`
 * array) becomes one error diagnostic: validation that cannot be read must not pass.
 */
export function parseValidateJson(text: string, paths: PathContext): Diagnostic[] {
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch {
    return [unreadable('terraform', 'terraform validate -json did not print JSON', text)]
  }
  const diagnostics = (parsed as { diagnostics?: unknown } | null)?.diagnostics
  if (!Array.isArray(diagnostics)) {
    return [unreadable('terraform', 'terraform validate -json printed JSON without a diagnostics list', text)]
  }
  const out = diagnostics.map(entry => fromTerraform(entry as Record<string, unknown>, paths))
  const valid = (parsed as { valid?: unknown }).valid
  if (valid === false && !out.some(d => d.severity === 'error')) {
    // Terraform said invalid without saying why; keep the verdict.
    out.push(
      unreadable(
        'terraform',
        'terraform validate reported the configuration invalid without an error diagnostic',
        ''
      )
    )
  }
  return out
}

function fromTerraform(entry: Record<string, unknown>, paths: PathContext): Diagnostic {
  const severity = entry.severity === 'warning' ? 'warning' : 'error'
  const summary = typeof entry.summary === 'string' ? entry.summary : 'Terraform diagnostic'
  const detail = typeof entry.detail === 'string' ? entry.detail : ''
  return {
    source: 'terraform',
    severity,
    title: summary,
    message: detail || summary,
    ...location(entry.range as RawRange | undefined, paths)
  }
}

/**
 * Reads `tflint --format json`: `issues` (rule findings) and `errors` (tflint's own failures, which
 * are errors here too: a linter that could not run has not checked anything).
 */
export function parseTflintJson(text: string, paths: PathContext): Diagnostic[] {
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch {
    return [unreadable('tflint', 'tflint --format json did not print JSON', text)]
  }
  const record = (parsed ?? {}) as { issues?: unknown; errors?: unknown }
  if (!Array.isArray(record.issues)) {
    return [unreadable('tflint', 'tflint --format json printed JSON without an issues list', text)]
  }
  const out: Diagnostic[] = []
  for (const raw of record.issues as Record<string, unknown>[]) {
    const rule = (raw.rule ?? {}) as { name?: unknown; severity?: unknown; link?: unknown }
    const name = typeof rule.name === 'string' ? rule.name : 'tflint'
    const link = typeof rule.link === 'string' && rule.link ? ` (${rule.link})` : ''
    out.push({
      source: 'tflint',
      severity: tflintSeverity(rule.severity),
      title: `tflint: ${name}`,
      message: `${typeof raw.message === 'string' ? raw.message : name}${link}`,
      ...location(raw.range as RawRange | undefined, paths)
    })
  }
  for (const raw of Array.isArray(record.errors) ? (record.errors as Record<string, unknown>[]) : []) {
    const message = typeof raw.message === 'string' ? raw.message : JSON.stringify(raw)
    out.push({
      source: 'tflint',
      severity: 'error',
      title: 'tflint error',
      message,
      ...location(raw.range as RawRange, paths)
    })
  }
  return out
}

function tflintSeverity(value: unknown): DiagnosticSeverity {
  const word = typeof value === 'string' ? value.toLowerCase() : ''
  if (word === 'error') return 'error'
  if (word === 'warning') return 'warning'
  return 'notice'
}

/** File and lines when the tool gave a real location (tflint uses an empty filename and line 0 for "none"). */
function location(range: RawRange | undefined, paths: PathContext): Partial<Diagnostic> {
  if (!range || typeof range.filename !== 'string' || range.filename === '') return {}
  const startLine = positiveInt(range.start?.line)
  if (startLine === undefined)
    return { file: relativeToWorkspace(range.filename, paths.repoRoot, paths.moduleDir) }
  const endLine = positiveInt(range.end?.line) ?? startLine
  const startColumn = positiveInt(range.start?.column)
  const endColumn = positiveInt(range.end?.column)
  return {
    file: relativeToWorkspace(range.filename, paths.repoRoot, paths.moduleDir),
    startLine,
    endLine: Math.max(endLine, startLine),
    // GitHub only honours columns on single-line annotations.
    ...(endLine === startLine && startColumn !== undefined ? { startColumn, endColumn } : {})
  }
}

function positiveInt(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isInteger(value) && value > 0 ? value : undefined
}

function unreadable(source: Diagnostic['source'], title: string, text: string): Diagnostic {
  const excerpt = text.trim().slice(0, 500)
  return { source, severity: 'error', title, message: excerpt ? `${title}. Output began: ${excerpt}` : title }
}

/** Counts by severity (notices count as neither). */
export function countDiagnostics(diagnostics: Diagnostic[]): { errors: number; warnings: number } {
  let errors = 0
  let warnings = 0
  for (const d of diagnostics) {
    if (d.severity === 'error') errors++
    else if (d.severity === 'warning') warnings++
  }
  return { errors, warnings }
}
