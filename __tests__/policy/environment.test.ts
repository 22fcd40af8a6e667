import { describe, expect, it } from '@jest/globals'
import { defaultPolicy } from '../../src/policy/config/defaults.js'
import {
  environmentNameProblem,
  looksLikeProduction,
  refPatternsOverlap,
  resolveEnvironment
} from '../../src/policy/environment.js'

describe('resolveEnvironment', () => {
  it('prefers the explicit input over dispatch and branch', () => {
    expect(resolveEnvironment({ explicit: 'staging', dispatch: 'prod', branch: 'main' })).toMatchObject({
      name: 'staging',
      source: 'input',
      protected: false
    })
  })
  it('uses workflow_dispatch input before the branch', () => {
    expect(resolveEnvironment({ dispatch: 'production', branch: 'develop' })).toMatchObject({
      name: 'prod',
      requested: 'production',
      source: 'workflow_dispatch',
      protected: true
    })
  })
  it('maps branches main→prod, staging→staging, develop→dev, other→dev', () => {
    expect(resolveEnvironment({ branch: 'main' }).name).toBe('prod')
    expect(resolveEnvironment({ branch: 'staging' }).name).toBe('staging')
    expect(resolveEnvironment({ branch: 'develop' }).name).toBe('dev')
    expect(resolveEnvironment({ branch: 'feature/x' })).toMatchObject({ name: 'dev', source: 'branch' })
    expect(resolveEnvironment({})).toMatchObject({ name: 'dev', source: 'default' })
  })
  it('treats names case-insensitively after NFKC and trimming; an undeclared name is protected', () => {
    expect(resolveEnvironment({ explicit: 'PRD' })).toMatchObject({ name: 'prod', protected: true })
    expect(resolveEnvironment({ explicit: ' ｐｒｏｄ ' })).toMatchObject({ name: 'prod', protected: true })
    expect(resolveEnvironment({ explicit: 'Production-EU' }).protected).toBe(true)
    expect(resolveEnvironment({ explicit: 'qa' })).toMatchObject({ name: 'qa', protected: true })
    expect(resolveEnvironment({ explicit: 'pr\u043ed' }).protected).toBe(true)
    expect(resolveEnvironment({ explicit: 'staging' }).protected).toBe(false)
    expect(looksLikeProduction('reproduce')).toBe(false)
  })
  it("resolves the repository's default branch like main, whatever it is called", () => {
    expect(resolveEnvironment({ branch: 'master', defaultBranch: 'master' })).toMatchObject({
      name: 'prod',
      source: 'branch',
      requested: 'master'
    })
    expect(resolveEnvironment({ branch: 'master', defaultBranch: 'main' }).name).toBe('dev')
    expect(resolveEnvironment({ branch: 'trunk', defaultBranch: 'trunk' }, policyEnvironments()).name).toBe(
      'prod'
    )
  })
  it('sends tags to the environment that claims them, otherwise to prod; other refs to prod', () => {
    expect(resolveEnvironment({ tag: 'v1.4.0' })).toMatchObject({
      name: 'prod',
      source: 'tag',
      protected: true
    })
    const environments = policyEnvironments()
    environments.staging.tags = ['rc-*']
    expect(resolveEnvironment({ tag: 'rc-7' }, environments)).toMatchObject({
      name: 'staging',
      source: 'tag'
    })
    expect(resolveEnvironment({ tag: 'v2' }, environments).name).toBe('prod')
    expect(resolveEnvironment({ otherRef: 'refs/notes/x' })).toMatchObject({ name: 'prod', source: 'ref' })
  })
  it('when two environments claim a branch, the protected one wins', () => {
    const environments = policyEnvironments()
    environments.dev.branches = ['*']
    expect(resolveEnvironment({ branch: 'main' }, environments).name).toBe('prod')
    expect(resolveEnvironment({ branch: 'feature' }, environments).name).toBe('dev')
  })
})

describe('environmentNameProblem', () => {
  it.each([
    ['prod eu', /space character U\+0020/],
    ['prod\u200b', /invisible character U\+200B/],
    ['pro\u00add', /invisible character U\+00AD/],
    ['staging\n::error::x', /control character U\+000A/],
    ['   ', /empty/]
  ])('%j cannot be a name', (name, problem) => {
    expect(environmentNameProblem(name)).toMatch(problem)
  })
  it.each(['prod', 'prod-eu', 'ｐｒｏｄ', ' staging ', 'prod:eu', 'team/app'])('%j can', name => {
    expect(environmentNameProblem(name)).toBeUndefined()
  })
})

describe('refPatternsOverlap', () => {
  it.each([
    ['main', 'main', true],
    ['main', 'develop', false],
    ['*', 'main', true],
    ['release/*', 'release/v1', true],
    ['release/*', 'release/v1*', true],
    ['release/*', 'hotfix/*', false],
    ['release/v1', 'release/v2*', false]
  ])('%s and %s: %s', (a, b, overlap) => {
    expect(refPatternsOverlap(a, b)).toBe(overlap)
    expect(refPatternsOverlap(b, a)).toBe(overlap)
  })
})

/** The built-in environments as a policy holds them (a copy the test may change). */
function policyEnvironments() {
  return defaultPolicy().environments
}
