/**
 * The renderers: pure functions from the analysis, the gate's verdict and the other modes' results
 * to Markdown, JSON and log lines. Nothing here does I/O; the modes write the results where they
 * belong. Code outside src/render imports from this file only.
 */
export type { ReportContext } from './context.js'
export { renderPlanComment, renderPlanReport } from './plan-report.js'
export { renderGateLog, renderGateReport } from './gate-report.js'
export { driftIssueTitle, renderDriftReport, type DriftContext } from './drift-report.js'
export {
  buildWebhookPayload,
  renderDeploymentRecord,
  type DeployedPlan,
  type DeploymentRecord
} from './deployment-record.js'
export { renderValidateSummary, type ValidateReport } from './validate-report.js'
export { scrubSensitive } from './scrub.js'
