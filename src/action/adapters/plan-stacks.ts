/**
 * The environment request of a run whose plan is a Pulumi preview and which names no environment
 * (no `environment` input, no workflow_dispatch input): the stacks the preview's URNs name are added,
 * so the environment is resolved from the stack (policy/environment.ts). The preview is read here
 * once for its stacks, before the environment is known, and once more by the analysis; the gate
 * checks that both reads saw the same stack (policy/checks/pulumi-plan.ts).
 */
import { choosePlanFormat } from '../../plan/plan-format.js'
import { readPulumiStacks } from '../../plan/pulumi/read-pulumi.js'
import type { EnvironmentRequest } from '../../policy/environment.js'
import type { ActionInputs } from '../inputs.js'
import { resolveUserPath, withPlanFile } from './files.js'

/** The request with `stacks` when plan_json is a Pulumi preview and nothing else names the environment. */
export function requestWithPlanStacks(inputs: ActionInputs): EnvironmentRequest {
  const request = inputs.environmentRequest
  if (request.explicit || request.dispatch || !inputs.planJson || inputs.planFile) return request
  if (inputs.planFormat === 'terraform') return request
  const path = resolveUserPath(
    inputs.planJson,
    [inputs.context.workspace, inputs.workingDirectory],
    'plan_json'
  )
  return withPlanFile(path, source => {
    if (choosePlanFormat(source, inputs.planFormat).format !== 'pulumi') return request
    return { ...request, stacks: readPulumiStacks(source) }
  })
}
