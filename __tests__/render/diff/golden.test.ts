/**
 * Golden plans (real terraform, terraform_data and the AWS provider planned offline; see
 * scripts/make-golden-plans.mjs): for every resource `terraform show` prints, every change it
 * reports (+, -, ~ lines) is in the rendered structural diff, nothing is paired that Terraform does
 * not pair (no "443 → 3389"), and no value Terraform marks sensitive appears.
 */
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { diffResourceChange } from '../../../src/analysis/diff/index.js'
import { renderResourceDiff } from '../../../src/render/diff/render-diff.js'
import { checkFact, checkPairs, GOLDEN, GOLDEN_CASES, markedSecrets, type Plan } from './show-facts.js'
import { parseShow, type ShowFact } from './terraform-show.js'
import { markerOf, visibleLines } from './visible-text.js'

const cases = GOLDEN_CASES

/**
 * A positional differ (element i against element i), as the report had before: the control that
 * shows the golden check can fail. It prints `~ path: before → after` for every differing leaf.
 */
function positionalLines(before: unknown, after: unknown, path = ''): string[] {
  const container = (value: unknown): value is Record<string, unknown> =>
    value !== null && typeof value === 'object'
  if (container(before) && container(after)) {
    const keys = new Set([...Object.keys(before), ...Object.keys(after)])
    return [...keys].flatMap(key => {
      const step = Array.isArray(before) ? `[${key}]` : path === '' ? key : `.${key}`
      return positionalLines(before[key], after[key], `${path}${step}`)
    })
  }
  if (JSON.stringify(before) === JSON.stringify(after)) return []
  return [`- ~ ${path}: ${JSON.stringify(before) ?? 'null'} → ${JSON.stringify(after) ?? 'null'}`]
}

function load(name: string): { plan: Plan; facts: Map<string, ShowFact[]> } {
  const plan = JSON.parse(readFileSync(join(GOLDEN, name, 'plan.json'), 'utf8')) as Plan
  const show = parseShow(readFileSync(join(GOLDEN, name, 'show.txt'), 'utf8'))
  return { plan, facts: new Map(show.map(resource => [resource.address, resource.facts])) }
}

describe('golden plans: the structural diff against terraform show', () => {
  it('shows the security group as rule 443 removed and rule 3389 added', () => {
    const { plan } = load('aws-security-group')
    const lines = visibleLines(renderResourceDiff(diffResourceChange(plan.resource_changes![0].change)))
    expect(lines.filter(line => markerOf(line) === '-' && line.includes('from_port = 443'))).toHaveLength(1)
    expect(lines.filter(line => markerOf(line) === '+' && line.includes('from_port = 3389'))).toHaveLength(1)
    expect(lines.filter(line => line.includes('443') && line.includes('3389'))).toEqual([])
  })

  it('catches a positional diff: the check fails on the old way of pairing', () => {
    for (const [name, address] of [
      ['aws-security-group', 'aws_security_group.web'],
      ['list-remove-middle', 'terraform_data.colours']
    ]) {
      const { plan, facts } = load(name)
      const change = plan.resource_changes!.find(entry => entry.address === address)!.change
      const lines = positionalLines(change.before, change.after)
      expect(checkPairs(lines, facts.get(address)!).length).toBeGreaterThan(0)
    }
  })

  it('has the fixtures', () => {
    expect(cases).toEqual(
      expect.arrayContaining([
        'aws-security-group',
        'aws-iam-policy',
        'aws-rds-replace',
        'list-remove-middle',
        'sensitive'
      ])
    )
  })

  for (const name of cases) {
    it(`${name}: every change terraform show reports is in the diff, nothing mis-paired, no secret`, () => {
      const plan = JSON.parse(readFileSync(join(GOLDEN, name, 'plan.json'), 'utf8')) as Plan
      const show = parseShow(readFileSync(join(GOLDEN, name, 'show.txt'), 'utf8'))
      const secrets = markedSecrets(plan)
      const problems: string[] = []
      const rendered: string[] = []
      for (const resource of show) {
        const drift = resource.header.some(line => / has changed$| has been deleted$/.test(line))
        const entries = drift ? plan.resource_drift : plan.resource_changes
        const entry = entries?.find(candidate => candidate.address === resource.address)
        if (!entry) {
          problems.push(`${resource.address}: in terraform show but not in the plan JSON`)
          continue
        }
        const lines = visibleLines(renderResourceDiff(diffResourceChange(entry.change)))
        rendered.push(...lines)
        for (const fact of resource.facts) {
          const problem = checkFact(fact, lines, secrets)
          if (problem) problems.push(`${resource.address}: ${problem}`)
        }
        problems.push(...checkPairs(lines, resource.facts).map(problem => `${resource.address}: ${problem}`))
      }
      const text = rendered.join('\n')
      for (const secret of secrets) if (text.includes(secret)) problems.push(`secret '${secret}' shown`)
      expect(problems).toEqual([])
    })
  }
})
