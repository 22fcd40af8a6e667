/** Paths relative to the workspace: the one helper behind annotations, manifests, markers and reports. */
import { describe, expect, it } from '@jest/globals'
import { relativeToWorkspace } from '../../src/parse/workspace-path.js'

describe('relativeToWorkspace', () => {
  it('resolves paths outside the module folder and absolute paths', () => {
    expect(relativeToWorkspace('../shared/a.tf', '/repo', '/repo/envs/prod')).toBe('envs/shared/a.tf')
    expect(relativeToWorkspace('/repo/x/y.tf', '/repo', '/repo/envs')).toBe('x/y.tf')
    expect(relativeToWorkspace('main.tf', '/repo', '/repo')).toBe('main.tf')
  })

  it('resolves against the workspace by default and names the workspace itself "."', () => {
    expect(relativeToWorkspace('infra/prod', '/repo')).toBe('infra/prod')
    expect(relativeToWorkspace('.', '/repo')).toBe('.')
    expect(relativeToWorkspace('/repo/', '/repo')).toBe('.')
    expect(relativeToWorkspace('/elsewhere/mod', '/repo')).toBe('../elsewhere/mod')
  })
})
