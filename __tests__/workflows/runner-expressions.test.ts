/** `${{ }}` evaluation through @actions/expressions, as the local runner wires it. */
import { describe, expect, it } from '@jest/globals'
import {
  evaluateCondition,
  evaluateExpression,
  evaluateStringMap,
  fromExpressionData,
  type Scope
} from './runner/expressions.js'
import { loadWorkflow, rawJob, field } from './runner/load-workflow.js'

const contexts = {
  github: { event_name: 'pull_request', event: { pull_request: { number: 7, labels: [{ name: 'infra' }] } } },
  inputs: { environment: 'Prod', force_recreate: false, retries: 3 },
  needs: {
    discover: { result: 'success', outputs: { modules: '[{"dir":"a","env":"dev"},{"dir":"b"}]', count: '2' } }
  },
  steps: { gate: { outputs: { allowed: 'false' }, outcome: 'success' } },
  env: { EMPTY: '' }
}
const scope: Scope = { contexts }
const value = (expression: string) => fromExpressionData(evaluateExpression(expression, scope))

describe('expressions', () => {
  it('compares strings case-insensitively and coerces types as GitHub does', () => {
    expect(value("inputs.environment == 'prod'")).toBe(true)
    expect(value('needs.discover.outputs.count == 2')).toBe(true)
    expect(value("steps.gate.outputs.allowed == 'true'")).toBe(false)
    expect(value('inputs.force_recreate')).toBe(false)
    expect(value("inputs.force_recreate == 'false'")).toBe(false) // false → 0, 'false' → NaN
    expect(value('inputs.retries > 2')).toBe(true)
  })

  it('returns operands from && and || (the ternary idiom)', () => {
    expect(value("inputs.force_recreate && 'yes' || 'no'")).toBe('no')
    expect(value("env.EMPTY || 'fallback'")).toBe('fallback')
    expect(value('github.event.pull_request.missing')).toBeNull()
  })

  it('parses JSON from job outputs and filters objects with *', () => {
    expect(value('fromJSON(needs.discover.outputs.modules)[0].env')).toBe('dev')
    expect(value('fromJSON(needs.discover.outputs.modules).*.dir')).toEqual(['a', 'b'])
    expect(value("contains(github.event.pull_request.labels.*.name, 'infra')")).toBe(true)
    expect(value("format('{0}-{1}', inputs.environment, github.event.pull_request.number)")).toBe('Prod-7')
    expect(value("startsWith(github.event_name, 'pull')")).toBe(true)
  })

  it('evaluates status functions from the scope, and refuses them outside conditions', () => {
    const failing: Scope = {
      contexts,
      status: { success: () => false, failure: () => true, cancelled: () => false }
    }
    expect(evaluateCondition("failure() && steps.gate.outcome == 'success'", failing)).toBe(true)
    expect(evaluateCondition('success()', failing)).toBe(false)
    expect(evaluateCondition('always()', failing)).toBe(true)
    expect(() => evaluateExpression('success()', scope)).toThrow(/only available in an if: condition/)
  })

  it('names the expression and the cause when it cannot be evaluated', () => {
    expect(() => evaluateExpression("fromJSON('')", scope)).toThrow(
      /cannot evaluate \$\{\{ fromJSON\(''\) \}\}/
    )
    expect(() => evaluateExpression('nosuch.context', scope)).toThrow(/nosuch/)
    expect(() => evaluateExpression("hashFiles('**/*.tf')", scope)).toThrow(/not supported/)
  })

  it('evaluates template tokens from GitHub’s parser: `a ${{ x }} b` becomes a format() call', async () => {
    const workflow = await loadWorkflow('w.yml', () =>
      [
        'on: workflow_dispatch',
        'jobs:',
        '  a:',
        '    runs-on: ubuntu-latest',
        '    env:',
        '      TARGET: deploy-${{ inputs.environment }}-${{ github.event.pull_request.number }}',
        '      FLAG: ${{ inputs.force_recreate }}',
        '      COUNT: 3',
        '    steps: [{ run: "true" }]'
      ].join('\n')
    )
    const env = field(rawJob(workflow, 'a'), 'env')
    expect(evaluateStringMap(env, scope, 'env')).toEqual({
      TARGET: 'deploy-Prod-7',
      FLAG: 'false',
      COUNT: '3'
    })
  })
})
