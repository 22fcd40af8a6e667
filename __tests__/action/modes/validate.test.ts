/** End to end: the bundled action in validate mode, on real terraform. */
import { describe, expect, it } from '@jest/globals'
import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { delimiter, join } from 'node:path'
import { makeRepo } from '../../helpers/tf-workspace.js'
import { parseCommands } from '../../helpers/workflow-commands.js'
import { runAction } from '../../helpers/run-action.js'

const CLEAN = 'resource "terraform_data" "a" {\n  input = "x"\n}\n'
const UNFORMATTED = 'resource "terraform_data" "b" {\n  input     = "y"\n}\n'
const BROKEN = 'resource "terraform_data" "c" {\n  input = var.missing\n}\n'

/** PATH without any tflint, so `auto` finds none and `true` must fail. */
const PATH_WITHOUT_TFLINT = (process.env.PATH ?? '')
  .split(delimiter)
  .filter(dir => !dir.includes('tflint'))
  .join(delimiter)

async function validate(root: string, inputs: Record<string, string>, path = PATH_WITHOUT_TFLINT) {
  return runAction({
    inputs: { mode: 'validate', working_directory: 'infra', ...inputs },
    env: { GITHUB_WORKSPACE: root, PATH: path },
    cwd: root
  })
}

describe('validate mode', () => {
  it('passes a clean module and says so in every output', async () => {
    const root = makeRepo({ 'infra/main.tf': CLEAN })
    const run = await validate(root, {})
    expect(run.exitCode).toBe(0)
    expect(run.outputs).toMatchObject({
      valid: 'true',
      error_count: '0',
      warning_count: '0',
      unformatted_files: '[]'
    })
    expect(parseCommands(run.stdout).filter(c => c.command === 'error' || c.command === 'warning')).toEqual(
      []
    )
    expect(run.summary).toContain('infra-guard validate: ✅ valid')
    expect(run.summary).toContain('tflint: not installed')
  })

  it('annotates errors and unformatted files at repository-relative paths and fails', async () => {
    const root = makeRepo({
      'infra/main.tf': CLEAN,
      'infra/broken.tf': BROKEN,
      'infra/sub/ugly.tf': UNFORMATTED
    })
    const run = await validate(root, {})
    expect(run.exitCode).toBe(1)
    expect(run.outputs).toMatchObject({ valid: 'false', error_count: '1', warning_count: '0' })
    expect(JSON.parse(run.outputs.unformatted_files)).toEqual(['infra/sub/ugly.tf'])
    const errors = parseCommands(run.stdout, 'error')
    const validateError = errors.find(c => c.properties.title === 'Reference to undeclared input variable')
    expect(validateError?.properties).toMatchObject({ file: 'infra/broken.tf', line: '2', endLine: '2' })
    const fmtError = errors.find(c => c.properties.title === 'terraform fmt')
    expect(fmtError?.properties).toMatchObject({ file: 'infra/sub/ugly.tf', line: '2' })
    expect(run.summary).toContain('-  input     = "y"')
    expect(run.summary).toContain('+  input = "y"')
    expect(run.stdout).toMatch(/::error::Validation failed in 'infra': 1 error\(s\), 1 unformatted file/)
  })

  it('turns unformatted files into warnings with fail_on_format: false', async () => {
    const root = makeRepo({ 'infra/ugly.tf': UNFORMATTED })
    const run = await validate(root, { fail_on_format: 'false' })
    expect(run.exitCode).toBe(0)
    expect(run.outputs).toMatchObject({
      valid: 'true',
      error_count: '0',
      unformatted_files: '["infra/ugly.tf"]'
    })
    expect(parseCommands(run.stdout, 'warning').map(c => c.properties.file)).toEqual(['infra/ugly.tf'])
    expect(parseCommands(run.stdout, 'error')).toEqual([])
  })

  it('fails with a clear message when tflint is required but not installed', async () => {
    const root = makeRepo({ 'infra/main.tf': CLEAN })
    const run = await validate(root, { tflint: 'true' })
    expect(run.exitCode).toBe(1)
    expect(run.stdout).toContain("Input 'tflint' is 'true' but no tflint executable is on PATH")
  })

  it('runs tflint when it is on PATH and annotates its findings', async () => {
    // tflint cannot be installed here (no network): a stand-in executable prints tflint's JSON format.
    const bin = mkdtempSync(join(tmpdir(), 'infra-guard-tflint-'))
    const report = {
      issues: [
        {
          rule: { name: 'terraform_naming_convention', severity: 'warning', link: '' },
          message: 'resource name should be snake_case',
          range: { filename: 'main.tf', start: { line: 1, column: 1 }, end: { line: 1, column: 30 } }
        }
      ],
      errors: []
    }
    writeFileSync(join(bin, 'tflint'), `#!/bin/sh\necho '${JSON.stringify(report)}'\nexit 2\n`)
    chmodSync(join(bin, 'tflint'), 0o755)
    const root = makeRepo({ 'infra/main.tf': CLEAN })
    const run = await validate(root, {}, `${bin}${delimiter}${PATH_WITHOUT_TFLINT}`)
    expect(run.exitCode).toBe(0)
    expect(run.outputs).toMatchObject({ valid: 'true', warning_count: '1' })
    const warning = parseCommands(run.stdout, 'warning')[0]
    expect(warning.properties).toMatchObject({
      file: 'infra/main.tf',
      line: '1',
      title: 'tflint: terraform_naming_convention'
    })
    expect(run.summary).toContain('tflint: ran')
  })
})
