/**
 * The job summary of `validate`: verdict, diagnostics table, and each unformatted file's diff.
 * Pure: returns Markdown; the mode writes it. Tool output is escaped like any other untrusted text.
 */
import { LIMIT } from '../constants.js'
import { codeFence, escapeMarkdown, escapeTableCell, inlineCode, truncateText } from './escape.js'
import type { Diagnostic } from '../parse/validate-diagnostics.js'

export interface ValidateReport {
  directory: string
  valid: boolean
  diagnostics: Diagnostic[]
  errorCount: number
  warningCount: number
  /** Repository-relative paths and diffs of unformatted files. */
  unformatted: { file: string; diff: string }[]
  failOnFormat: boolean
  /** 'ran', or why tflint did not run. */
  tflint: 'ran' | 'not installed' | 'disabled'
}

/** Renders the summary; diffs are cut so the whole stays under GitHub's summary limit. */
export function renderValidateSummary(report: ValidateReport): string {
  const verdict = report.valid ? '✅ valid' : '❌ not valid'
  const lines = [
    `## infra-guard validate: ${verdict}`,
    '',
    `Module ${inlineCode(report.directory)}: ${report.errorCount} error(s), ${report.warningCount} warning(s), ` +
      `${report.unformatted.length} unformatted file(s)${formatNote(report)}. tflint: ${report.tflint}.`,
    ''
  ]
  if (report.diagnostics.length > 0) {
    lines.push('| Severity | Location | Source | Finding |', '| --- | --- | --- | --- |')
    for (const d of report.diagnostics.slice(0, 200)) {
      const where = d.file ? `${d.file}${d.startLine ? `:${d.startLine}` : ''}` : ''
      const finding = truncateText(`${d.title}: ${d.message}`, 300)
      lines.push(
        `| ${d.severity} | ${where ? inlineCode(where) : '–'} | ${d.source} | ${escapeTableCell(finding)} |`
      )
    }
    if (report.diagnostics.length > 200)
      lines.push('', `…and ${report.diagnostics.length - 200} more (see the annotations).`)
    lines.push('')
  }
  if (report.unformatted.length > 0) {
    lines.push('### Unformatted files', '', 'Run `terraform fmt -recursive` to fix them.', '')
    let budget = LIMIT.summaryBytes / 2
    for (const file of report.unformatted) {
      lines.push(`<details><summary>${escapeMarkdown(file.file)}</summary>`, '')
      const diff =
        file.diff.length > budget ? `${file.diff.slice(0, Math.max(0, budget))}\n… (diff cut)` : file.diff
      budget = Math.max(0, budget - diff.length)
      const fence = codeFence(diff)
      lines.push(diff ? `${fence}diff\n${diff}\n${fence}` : '(no diff printed)', '', '</details>', '')
    }
  }
  return lines.join('\n')
}

function formatNote(report: ValidateReport): string {
  return report.unformatted.length > 0 && !report.failOnFormat ? ' (fail_on_format=false: warnings only)' : ''
}
