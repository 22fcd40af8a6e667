/**
 * Every name the action shares with the outside world lives here: modes, inputs, outputs,
 * hidden markers and limits. Keep action.yml and README.md in step (a test checks both).
 */

/** The modes the `mode` input accepts, in the order the README documents them. */
export const MODES = ['validate', 'plan', 'safety-gate', 'drift', 'post-deploy', 'discover'] as const
export type Mode = (typeof MODES)[number]

/** Input names (snake_case so that INPUT_* variables stay plain shell names). */
export const INPUT = {
  mode: 'mode',
  workingDirectory: 'working_directory',
  environment: 'environment',
  forceRecreate: 'force_recreate',
  dryRun: 'dry_run',
  skipTests: 'skip_tests',
  planFile: 'plan_file',
  planJson: 'plan_json',
  planFormat: 'plan_format',
  terraformBinary: 'terraform_binary',
  config: 'config',
  githubToken: 'github_token',
  artifactName: 'artifact_name',
  artifactRetentionDays: 'artifact_retention_days',
  comment: 'comment',
  prNumber: 'pr_number',
  allowStalePlan: 'allow_stale_plan',
  allowDestroy: 'allow_destroy',
  infracostJson: 'infracost_json',
  costOverride: 'cost_override',
  enforceApprovals: 'enforce_approvals',
  emergencyOverride: 'emergency_override',
  overrideReason: 'override_reason',
  tflint: 'tflint',
  failOnFormat: 'fail_on_format',
  failOnDrift: 'fail_on_drift',
  driftLabel: 'drift_label',
  healthChecks: 'health_checks',
  outputAssertions: 'output_assertions',
  notifyWebhook: 'notify_webhook',
  all: 'all',
  shard: 'shard'
} as const

/** Output names. */
export const OUTPUT = {
  environment: 'environment',
  resourcesToAdd: 'resources_to_add',
  resourcesToChange: 'resources_to_change',
  resourcesToDestroy: 'resources_to_destroy',
  resourcesToReplace: 'resources_to_replace',
  resourcesToImport: 'resources_to_import',
  resourcesToMove: 'resources_to_move',
  resourcesToForget: 'resources_to_forget',
  hasChanges: 'has_changes',
  risk: 'risk',
  riskReasons: 'risk_reasons',
  planJson: 'plan_json',
  summaryMarkdown: 'summary_markdown',
  artifactId: 'artifact_id',
  commentId: 'comment_id',
  allowed: 'allowed',
  planFile: 'plan_file',
  gateReasons: 'gate_reasons',
  policyViolations: 'policy_violations',
  requiredApprovals: 'required_approvals',
  monthlyCostChange: 'monthly_cost_change',
  costCurrency: 'cost_currency',
  valid: 'valid',
  errorCount: 'error_count',
  warningCount: 'warning_count',
  unformattedFiles: 'unformatted_files',
  driftDetected: 'drift_detected',
  driftedResources: 'drifted_resources',
  driftJson: 'drift_json',
  driftIssueNumber: 'drift_issue_number',
  healthy: 'healthy',
  failedChecks: 'failed_checks',
  rollbackRecommended: 'rollback_recommended',
  modules: 'modules',
  count: 'count',
  changedFiles: 'changed_files',
  removedModules: 'removed_modules'
} as const

/** Hidden HTML markers that let the action find its own comments and issues again. */
export const MARKER = {
  /** `<!-- infra-guard:plan dir=<dir> env=<env> -->` identifies one PR comment per root module and environment. */
  planComment: (dir: string, env: string): string =>
    `<!-- infra-guard:plan dir=${markerValue(dir)} env=${markerValue(env)} -->`,
  /** One drift issue per root module and environment. */
  driftIssue: (dir: string, env: string): string =>
    `<!-- infra-guard:drift dir=${markerValue(dir)} env=${markerValue(env)} -->`
} as const

/** Marker values must not be able to end the HTML comment they sit in. */
function markerValue(value: string): string {
  return encodeURIComponent(value)
}

/** The error text the production destroy guard prints; users grep their logs for it. */
export const PROD_DESTROY_MESSAGE =
  'Production deployment with resource destruction requires force_recreate=true'

/** Limits. */
export const LIMIT = {
  /** GitHub rejects comment and issue bodies longer than this many characters. */
  commentChars: 65536,
  /** Headroom kept under the comment limit for the truncation note and the marker. */
  commentReserve: 2048,
  /** GitHub's job summary limit is 1 MiB per step; stay under it. */
  summaryBytes: 1000 * 1024,
  /** How many changes the analysis keeps in detail; the rest are counted. Destructive ones are kept first. */
  detailedChanges: 2000,
  /** How many destructive addresses the gate lists in full; further ones are counted. */
  destructiveAddresses: 10000,
  /** How long one short plan value (an ID, a port, a check message) may be before it is cut. */
  attributeValueChars: 200,
  /** Longest wait for the artifact service, per lookup and per download (its client has no timeout). */
  artifactTimeoutMs: 180_000,
  /** Default number of deletions in one plan that makes the risk critical. */
  deletionThreshold: 10,
  /** Addresses listed per risk reason or rollback step; further ones are counted. */
  reasonAddresses: 100
} as const

/** Default artifact name used by `plan` to upload and by `safety-gate`/`post-deploy` to download. */
export const DEFAULT_ARTIFACT_NAME = 'infra-guard-plan'

/** Days the plan artifact is kept: long enough for a deploy job that waits for approval, short for a file holding plan.tfplan. */
export const DEFAULT_ARTIFACT_RETENTION_DAYS = 5

/** Default policy file path (a missing default file means built-in defaults). */
export const DEFAULT_CONFIG_PATH = '.github/infra-guard.yml'

/** Risk levels in increasing order. */
export const RISK_LEVELS = ['none', 'low', 'medium', 'high', 'critical'] as const
export type RiskLevel = (typeof RISK_LEVELS)[number]
