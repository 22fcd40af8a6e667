/**
 * A local GitHub Actions workflow runner for tests: GitHub's parser and expression libraries, real
 * processes, real environment files, the suite's loopback GitHub and results services. README.md in
 * this folder says what it plays and what it refuses.
 */
export { actionBundle, REPO_ROOT, STAND_IN_VERSIONS } from './actions.js'
export type { RunEvent } from './events.js'
export { FixtureRepository, type PullRequestRefs } from './repository.js'
export { NotTriggeredError } from './triggers.js'
export { WorkflowSyntaxError } from './load-workflow.js'
export {
  expectJobResult,
  runWorkflow,
  type RunOptions,
  type WorkflowRun,
  type JobSummary
} from './workflow-run.js'
export type { Annotation, ApprovalRequest, JobRun, Result, StepRun, TimelineEvent } from './types.js'
