import { describe, expect, it } from '@jest/globals'
import { looksLikeProduction, resolveEnvironment } from '../../src/policy/environment.js'

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
    expect(resolveEnvironment({ branch: 'feature/x' })).toMatchObject({ name: 'dev', source: 'default' })
    expect(resolveEnvironment({})).toMatchObject({ name: 'dev', source: 'default' })
  })
  it('treats alias names case-insensitively and unknown production-like names as protected', () => {
    expect(resolveEnvironment({ explicit: 'PRD' })).toMatchObject({ name: 'prod', protected: true })
    expect(resolveEnvironment({ explicit: 'Production-EU' }).protected).toBe(true)
    expect(resolveEnvironment({ explicit: 'qa' }).protected).toBe(false)
    expect(looksLikeProduction('reproduce')).toBe(false)
  })
})
