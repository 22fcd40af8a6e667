/**
 * Protected resources end to end: address globs that a protected environment never destroys or
 * replaces, even with force_recreate, unless the exact address is listed in allow_destroy. The plans
 * are the renamed real plans (cloud-db-replace: aws_db_instance.db replaced; cloud-modules: module
 * resources deleted).
 */
import { describe, expect, it } from '@jest/globals'
import { denials, finding, fixture, runGate, scratchDir, writeText } from './policy-helpers.js'

const dir = scratchDir('protected')
const databases = writeText(dir, 'databases.yml', 'protected_resources: ["aws_db_instance.*"]\n')
const legacyModule = writeText(dir, 'legacy.yml', 'protected_resources: ["module.legacy.*"]\n')
const dbReplace = fixture('cloud-db-replace')

const gate = (inputs: Record<string, string>) => runGate({ environment: 'prod', ...inputs })

describe('protected_resources', () => {
  it('denies replacing aws_db_instance.db in prod even with force_recreate=true', async () => {
    const run = await gate({ plan_json: dbReplace, config: databases, force_recreate: 'true' })
    expect(run.exitCode).toBe(1)
    expect(run.outputs.allowed).toBe('false')
    expect(denials(run)).toEqual(['protected-resource'])
    const protectedFinding = finding(run, 'protected-resource')
    expect(protectedFinding.addresses).toEqual(['aws_db_instance.db'])
    expect(protectedFinding.message).toContain('force_recreate does not cover them')
    expect(protectedFinding.remedy).toContain('allow_destroy: aws_db_instance.db')
    // force_recreate did its own job: the destroy guard is only a warning now.
    expect(finding(run, 'prod-destroy-guard').severity).toBe('warn')
    expect(run.stdout).toMatch(
      /^::error::1 protected resource\(s\) would be destroyed or replaced in 'prod'/m
    )
    expect(run.summary).toContain('aws_db_instance.db')
  })

  it('allows it when the exact address is in allow_destroy (with force_recreate)', async () => {
    const run = await gate({
      plan_json: dbReplace,
      config: databases,
      force_recreate: 'true',
      allow_destroy: 'aws_db_instance.db'
    })
    expect(run.exitCode).toBe(0)
    expect(run.outputs.allowed).toBe('true')
    const protectedFinding = finding(run, 'protected-resource')
    expect(protectedFinding.severity).toBe('warn')
    expect(protectedFinding.message).toContain('allowed by allow_destroy')
    expect(run.stdout).toMatch(/^::warning::protected-resource: /m)
  })

  it('does not accept a glob in allow_destroy: only exact addresses open the door', async () => {
    const run = await gate({
      plan_json: dbReplace,
      config: databases,
      force_recreate: 'true',
      allow_destroy: 'aws_db_instance.*'
    })
    expect(run.exitCode).toBe(1)
    expect(denials(run)).toEqual(['protected-resource'])
  })

  it('still needs force_recreate when the address is in allow_destroy', async () => {
    const run = await gate({ plan_json: dbReplace, config: databases, allow_destroy: 'aws_db_instance.db' })
    expect(run.exitCode).toBe(1)
    expect(denials(run)).toEqual(['prod-destroy-guard'])
    expect(finding(run, 'protected-resource').severity).toBe('warn')
  })

  it('does not apply in an unprotected environment', async () => {
    const run = await runGate({ plan_json: dbReplace, config: databases, environment: 'staging' })
    expect(run.exitCode).toBe(0)
    expect(finding(run, 'protected-resource').message).toContain("'staging' is not a protected environment")
  })

  it('a module glob protects that module only; allow_destroy lists every address it lets go', async () => {
    const plan = fixture('cloud-modules')
    const denied = await gate({ plan_json: plan, config: legacyModule, force_recreate: 'true' })
    expect(denied.exitCode).toBe(1)
    expect(finding(denied, 'protected-resource').addresses.sort()).toEqual([
      'module.legacy.aws_instance.node[0]',
      'module.legacy.aws_ssm_parameter.config'
    ])
    const partly = await gate({
      plan_json: plan,
      config: legacyModule,
      force_recreate: 'true',
      allow_destroy: 'module.legacy.aws_instance.node[0]'
    })
    expect(partly.exitCode).toBe(1)
    expect(finding(partly, 'protected-resource').addresses).toEqual([
      'module.legacy.aws_ssm_parameter.config'
    ])
    const allowed = await gate({
      plan_json: plan,
      config: legacyModule,
      force_recreate: 'true',
      allow_destroy: 'module.legacy.aws_instance.node[0]\nmodule.legacy.aws_ssm_parameter.config'
    })
    expect(allowed.exitCode).toBe(0)
    expect(allowed.outputs.allowed).toBe('true')
  })
})
