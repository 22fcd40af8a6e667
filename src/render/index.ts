/**
 * The renderers: pure functions from the analysis (and the gate's verdict) to Markdown and log
 * lines. Nothing here imports @actions/*; the modes write the results where they belong.
 */
export type { ReportContext } from './context.js'
export { renderPlanComment, renderPlanReport } from './plan-report.js'
export { renderGateLog, renderGateReport } from './gate-report.js'
export { deriveRollbackPlan } from './rollback.js'
export { escapeDetailsSummary, escapeLogLine, escapeMarkdown, escapeTableCell, inlineCode } from './escape.js'
export { scrubSensitive, SENSITIVE_PLACEHOLDER } from './scrub.js'
