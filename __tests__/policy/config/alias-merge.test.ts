import { describe, expect, it } from '@jest/globals'
import { parsePolicy } from '../../../src/policy/config/parse-policy.js'
import { resolveEnvironment } from '../../../src/policy/environment.js'

describe('environment aliases in a policy file', () => {
  const policy = parsePolicy(
    [
      'environments:',
      '  prod:',
      '    aliases: [live, Production]',
      '    deployment_windows:',
      '      timezone: Asia/Seoul',
      "      allow: ['Mon-Thu 09:00-17:00']"
    ].join('\n'),
    'infra-guard.yml'
  )

  it('adds to the built-in aliases instead of replacing them', () => {
    expect(policy.environments.prod.aliases).toEqual(['production', 'prd', 'live'])
  })

  it('keeps resolving the built-in alias to the configured environment, windows included', () => {
    const resolved = resolveEnvironment({ explicit: 'production' }, policy.environments)
    expect(resolved.name).toBe('prod')
    expect(policy.environments[resolved.name].deploymentWindows?.allow).toEqual(['Mon-Thu 09:00-17:00'])
    expect(resolveEnvironment({ explicit: 'LIVE' }, policy.environments).name).toBe('prod')
  })
})
