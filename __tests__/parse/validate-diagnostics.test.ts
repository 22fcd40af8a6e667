import { beforeAll, describe, expect, it } from '@jest/globals'
import { join } from 'node:path'
import { countDiagnostics, parseTflintJson, parseValidateJson } from '../../src/parse/validate-diagnostics.js'
import { makeRepo, terraform } from '../helpers/tf-workspace.js'

describe('parseValidateJson on real terraform validate -json output', () => {
  let root: string
  let output: string
  beforeAll(() => {
    root = makeRepo({
      'infra/main.tf': 'resource "terraform_data" "a" {\n  input = var.missing\n}\n',
      'infra/calls.tf': 'module "inner" {\n  source = "./modules/inner"\n}\n',
      'infra/modules/inner/main.tf': 'resource "terraform_data" "x" {\n  input = local.nope\n}\n'
    })
    terraform(join(root, 'infra'), ['init', '-backend=false', '-input=false', '-no-color'])
    output = terraform(join(root, 'infra'), ['validate', '-json', '-no-color']).stdout
  })

  it('places each error at its file and line, relative to the repository root', () => {
    const diagnostics = parseValidateJson(output, { moduleDir: join(root, 'infra'), repoRoot: root })
    const byFile = Object.fromEntries(diagnostics.map(d => [d.file, d]))
    expect(Object.keys(byFile).sort()).toEqual(['infra/main.tf', 'infra/modules/inner/main.tf'])
    expect(byFile['infra/main.tf']).toMatchObject({
      severity: 'error',
      title: 'Reference to undeclared input variable',
      startLine: 2,
      endLine: 2,
      startColumn: 11
    })
    expect(byFile['infra/main.tf'].message).toContain('"missing"')
    expect(byFile['infra/modules/inner/main.tf']).toMatchObject({
      startLine: 2,
      title: 'Reference to undeclared local value'
    })
    expect(countDiagnostics(diagnostics)).toEqual({ errors: 2, warnings: 0 })
  })

  it('reports a syntax error with its location even though init failed', () => {
    const broken = makeRepo({ 'main.tf': 'resource "terraform_data" "a" {\n  input = \n}\n' })
    const init = terraform(broken, ['init', '-backend=false', '-input=false', '-no-color'])
    expect(init.status).not.toBe(0)
    const diagnostics = parseValidateJson(terraform(broken, ['validate', '-json', '-no-color']).stdout, {
      moduleDir: broken,
      repoRoot: broken
    })
    expect(diagnostics).toEqual([
      expect.objectContaining({ severity: 'error', file: 'main.tf', startLine: 2, endLine: 3 })
    ])
    // Multi-line ranges carry no columns: GitHub ignores columns there.
    expect(diagnostics[0].startColumn).toBeUndefined()
  })

  it('turns output that is not validate JSON into an error instead of a pass', () => {
    const paths = { moduleDir: '/r', repoRoot: '/r' }
    expect(parseValidateJson('Error: something', paths)).toEqual([
      expect.objectContaining({ severity: 'error' })
    ])
    expect(parseValidateJson('{"valid": true}', paths)).toEqual([
      expect.objectContaining({ severity: 'error' })
    ])
    expect(parseValidateJson('{"valid": false, "diagnostics": []}', paths)).toHaveLength(1)
    expect(parseValidateJson('{"valid": true, "diagnostics": []}', paths)).toEqual([])
  })
})

describe('parseTflintJson', () => {
  const paths = { moduleDir: '/repo/infra', repoRoot: '/repo' }
  // The documented shape of `tflint --format json` (tflint is not installed on this machine).
  const sample = JSON.stringify({
    issues: [
      {
        rule: {
          name: 'terraform_unused_declarations',
          severity: 'warning',
          link: 'https://example.test/rule'
        },
        message: 'variable "x" is declared but not used',
        range: { filename: 'variables.tf', start: { line: 4, column: 1 }, end: { line: 4, column: 13 } },
        callers: []
      },
      {
        rule: { name: 'terraform_required_version', severity: 'info', link: '' },
        message: 'terraform "required_version" attribute is required',
        range: { filename: '', start: { line: 0, column: 0 }, end: { line: 0, column: 0 } },
        callers: []
      },
      {
        rule: { name: 'aws_instance_invalid_type', severity: 'error' },
        message: 'bad type',
        range: { filename: 'modules/x/main.tf', start: { line: 7, column: 3 }, end: { line: 9, column: 1 } }
      }
    ],
    errors: [{ message: 'Failed to load plugin', severity: 'error' }]
  })

  it('maps rules to severities and paths to the repository root', () => {
    const diagnostics = parseTflintJson(sample, paths)
    expect(diagnostics.map(d => [d.severity, d.file, d.startLine])).toEqual([
      ['warning', 'infra/variables.tf', 4],
      ['notice', undefined, undefined],
      ['error', 'infra/modules/x/main.tf', 7],
      ['error', undefined, undefined]
    ])
    expect(diagnostics[0].title).toBe('tflint: terraform_unused_declarations')
    expect(diagnostics[0].message).toContain('https://example.test/rule')
    expect(countDiagnostics(diagnostics)).toEqual({ errors: 2, warnings: 1 })
  })

  it('fails closed on output it cannot read', () => {
    expect(parseTflintJson('Failed to initialize plugins', paths)[0].severity).toBe('error')
    expect(parseTflintJson('{}', paths)[0].severity).toBe('error')
  })
})
