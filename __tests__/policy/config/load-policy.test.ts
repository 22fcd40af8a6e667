import { describe, expect, it } from '@jest/globals'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { PolicyError } from '../../../src/errors.js'
import { resolveEnvironment } from '../../../src/policy/environment.js'
import { loadPolicyFile as loadPolicy } from '../../../src/action/adapters/files.js'
import { describePolicy } from '../../../src/policy/config/describe-policy.js'
import { parsePolicy } from '../../../src/policy/config/parse-policy.js'
import { ROOT } from '../plan-entries.js'

const EXAMPLE = join(ROOT, 'examples', 'infra-guard.yml')

function problems(yaml: string): string {
  try {
    parsePolicy(yaml, 'policy.yml')
  } catch (error) {
    expect(error).toBeInstanceOf(PolicyError)
    return (error as Error).message
  }
  throw new Error('expected the policy to be rejected')
}

describe('loadPolicy', () => {
  const dir = mkdtempSync(join(tmpdir(), 'infra-guard-policy-'))

  it('uses the built-in defaults when the default file is missing', async () => {
    const loaded = await loadPolicy({ path: join(dir, 'absent.yml'), explicit: false })
    expect(loaded.source).toBe('defaults')
    const { environments } = loaded.policy
    expect(Object.keys(environments)).toEqual(['dev', 'staging', 'prod'])
    expect(environments.prod).toMatchObject({
      protected: true,
      aliases: ['production', 'prd'],
      branches: ['main'],
      requiredApprovals: 0
    })
    expect(environments.prod.deploymentWindows).toBeUndefined()
    expect(environments.prod.maxMonthlyCostIncrease).toBeUndefined()
    expect(environments.prod.resourceLimits).toEqual({})
    expect(environments.dev.protected).toBe(false)
    expect(loaded.policy.requiredTags).toEqual(['Environment', 'Owner', 'CostCenter'])
  })

  it('fails when an explicitly named file is missing, naming the path and the fix', async () => {
    await expect(loadPolicy({ path: join(dir, 'missing.yml'), explicit: true })).rejects.toThrow(
      /Policy file '.*missing\.yml' \(input 'config'\) does not exist; fix the path, or remove the input/
    )
  })

  it('loads the opinionated example, which the schema accepts', async () => {
    const loaded = await loadPolicy({ path: EXAMPLE, explicit: true })
    expect(loaded.source).toBe('file')
    const prod = loaded.policy.environments.prod
    expect(prod.deploymentWindows).toEqual({
      timezone: 'Asia/Seoul',
      allow: [],
      block: ['12-24..12-26', '12-31..01-02']
    })
    expect(loaded.policy.missingCostEstimate).toBe('warn')
    expect(
      [loaded.policy.environments.dev, loaded.policy.environments.staging, prod].map(
        env => env.maxMonthlyCostIncrease
      )
    ).toEqual([50, 100, 500])
    expect(prod.resourceLimits).toEqual({
      aws_instance: 5,
      aws_db_instance: 2,
      '{aws_lb,aws_alb,aws_elb}': 3
    })
    expect(prod.ruleSeverity['required-tags']).toBe('deny')
    expect(loaded.policy.approvalsByCost.map(tier => tier.approvals)).toEqual([1, 2, 3])
    expect(loaded.policy.approvalsByCost[2]).toEqual({
      above: 500,
      upTo: undefined,
      approvals: 3,
      requires: ['business_justification', 'cto_approval']
    })
  })

  it('merges environments key by key and resolves names through the policy', () => {
    const policy = parsePolicy(
      [
        'environments:',
        '  prod:',
        '    max_monthly_cost_increase: 10',
        '  qa-eu:',
        '    branches: ["release/*"]',
        '  prod-eu:',
        '    aliases: [frankfurt]'
      ].join('\n'),
      'p.yml'
    )
    expect(policy.environments.prod).toMatchObject({
      aliases: ['production', 'prd'],
      protected: true,
      maxMonthlyCostIncrease: 10
    })
    expect(policy.environments['prod-eu'].protected).toBe(true) // named like production: protected unless told otherwise
    expect(resolveEnvironment({ branch: 'release/1.2' }, policy.environments)).toMatchObject({
      name: 'qa-eu',
      protected: false
    })
    expect(resolveEnvironment({ explicit: 'Frankfurt' }, policy.environments)).toMatchObject({
      name: 'prod-eu',
      protected: true
    })
  })

  it('treats an empty file as no changes and describes the effective policy', () => {
    const policy = parsePolicy('', 'empty.yml')
    const text = describePolicy(policy)
    expect(text).toContain('prod: protected; aliases: production, prd; branches: main')
    expect(text).toContain('deployment windows: none (any time)')
    expect(text).toContain(
      'Built-in rules: public-database, unencrypted-storage, open-ingress, required-tags'
    )
  })
})

describe('policy validation messages', () => {
  it('names unknown keys with their path, line and the allowed keys', () => {
    const message = problems(
      ['environments:', '  prod:', '    protected: true', '    max_cost: 5'].join('\n')
    )
    expect(message).toContain(
      "Unknown key 'environments.prod.max_cost' (line 4); allowed keys under 'environments.prod': aliases, branches, tags, protected, max_monthly_cost_increase"
    )
  })

  it('rejects unknown top-level keys', () => {
    expect(problems('environment: {}\n')).toContain(
      "Unknown key 'environment' (line 1); allowed keys at the top level: version, environments,"
    )
  })

  it('lists allowed values for enums and names the wrong type', () => {
    const message = problems(
      [
        'rules:',
        '  - { id: x, type: aws_s3_bucket, path: acl, op: eq, value: private, severity: block, message: m }',
        'environments:',
        '  prod: { protected: "yes", required_approvals: -1 }'
      ].join('\n')
    )
    expect(message).toContain(
      "'rules[0].op' (line 2) must be one of equals | not_equals | in | not_in | matches | exists | absent; got 'eq'"
    )
    expect(message).toContain("'rules[0].severity' (line 2) must be one of warn | deny; got 'block'")
    expect(message).toContain("'environments.prod.protected' (line 4) must be true or false; got 'yes'")
    expect(message).toContain("'environments.prod.required_approvals' (line 4) must be at least 0; got -1")
    expect(message).toMatch(/\(4 problem\(s\)\)/)
  })

  it('checks cost tiers, required keys and rule values', () => {
    const message = problems(
      [
        'approvals_by_cost:',
        '  - { up_to: 100, above: 5, approvals: 1 }',
        'rules:',
        '  - { id: y, type: t, path: p, op: equals, severity: warn, message: m }',
        '  - { id: z, type: t, path: p, op: in, value: 3, severity: warn, message: m }'
      ].join('\n')
    )
    expect(message).toContain("'approvals_by_cost[0]' (line 2) must set exactly one of up_to or above")
    expect(message).toContain("'rules[0]' (line 4) is missing the required key 'value'")
    // Semantic checks run only once the schema passes, so check them separately.
    expect(
      problems('rules:\n  - { id: z, type: t, path: p, op: in, value: 3, severity: warn, message: m }\n')
    ).toContain("'rules[0].value' must be a list for op 'in'")
  })

  it('checks time zones, window specs, rule ids and names', () => {
    const message = problems(
      [
        'environments:',
        '  prod:',
        '    deployment_windows: { timezone: Asia/Seol, allow: ["Mon-Thu 9-17"], block: ["last-friday"] }',
        'rule_severity: { public-databases: off }',
        'rules:',
        '  - { id: public-database, type: t, path: p, op: exists, severity: warn, message: m }',
        '  - { id: bad-regex, type: t, path: p, op: matches, value: "(", severity: warn, message: m, environments: [prdo] }'
      ].join('\n')
    )
    expect(message).toContain(
      "'environments.prod.deployment_windows.timezone': 'Asia/Seol' is not an IANA time zone"
    )
    expect(message).toContain(
      "'environments.prod.deployment_windows.allow[0]': 'Mon-Thu 9-17' is not a window; expected forms like"
    )
    expect(message).toContain(
      "'environments.prod.deployment_windows.block[0]': 'last-friday': 'last-friday' is not a day selector"
    )
    expect(message).toContain(
      "'rule_severity.public-databases' names no rule; known rule ids: public-database, unencrypted-storage"
    )
    expect(message).toContain("'rules[0].id' 'public-database' is the id of a built-in rule")
    expect(message).toContain("'rules[1].value' is not a valid regular expression")
    expect(message).toContain(
      "'rules[1].environments[0]' 'prdo' is not an environment; known: dev, staging, prod"
    )
  })

  it('refuses two environments claiming one name, and YAML errors and duplicate keys', () => {
    expect(problems('environments:\n  production: {}\n')).toContain(
      "'environments.production' claims the name 'production', which already belongs to environment 'prod'"
    )
    expect(() => parsePolicy('rules: [\n', 'broken.yml')).toThrow(
      /Policy file 'broken.yml' is not valid YAML/
    )
    expect(() => parsePolicy('version: 1\nversion: 1\n', 'dup.yml')).toThrow(/Map keys must be unique/)
    expect(problems('- a\n- b\n')).toContain("'(top level)' (line 1) must be a mapping")
  })
})
