/**
 * `validate` mode: terraform init (no backend), fmt -check, validate -json and tflint in the root
 * module; every finding becomes an annotation on the file and line it is about, relative to the
 * repository root so that GitHub shows it on the pull request diff.
 */
import * as core from '@actions/core'
import * as log from '../log.js'
import { existsSync, statSync } from 'node:fs'
import { resolve } from 'node:path'
import { OUTPUT } from '../../constants.js'
import { InputError, TerraformError } from '../../errors.js'
import { resolveEnvironment } from '../../policy/environment.js'
import { resolveTerraformBinary } from '../adapters/terraform/cli.js'
import {
  findOnPath,
  runFmtCheck,
  runTflint,
  runValidateInit,
  runValidateJson
} from '../adapters/terraform/validate.js'
import {
  countDiagnostics,
  parseTflintJson,
  parseValidateJson,
  type Diagnostic
} from '../../parse/validate-diagnostics.js'
import { parseFmtOutput } from '../../parse/fmt-output.js'
import { relativeToWorkspace } from '../../parse/workspace-path.js'
import { renderValidateSummary, type ValidateReport } from '../../render/index.js'
import type { ActionInputs } from '../inputs.js'
import { writeJobSummary } from './job-summary.js'

/** Runs validate; fails the step on errors, and on unformatted files unless fail_on_format is false. */
export async function runValidate(inputs: ActionInputs): Promise<void> {
  const environment = resolveEnvironment(inputs.environmentRequest)
  core.setOutput(OUTPUT.environment, environment.name)
  const repoRoot = resolve(inputs.context.workspace)
  const moduleDir = resolve(repoRoot, inputs.workingDirectory)
  if (!existsSync(moduleDir) || !statSync(moduleDir).isDirectory()) {
    throw new InputError(
      `Input 'working_directory' is '${inputs.workingDirectory}', which is not a directory under '${repoRoot}'; set it to the root module's folder`
    )
  }
  const paths = { moduleDir, repoRoot }
  const binary = resolveTerraformBinary(inputs.terraformBinary)
  const tflintPath = locateTflint(inputs.tflint)

  const init = await log.group('terraform init -backend=false', () => runValidateInit(binary, moduleDir))
  const fmt = await log.group('terraform fmt -check -recursive -diff', () => runFmtCheck(binary, moduleDir))
  const validated = await log.group('terraform validate -json', () => runValidateJson(binary, moduleDir))
  const diagnostics = parseValidateJson(validated.stdout, paths)
  const unformatted = parseFmtOutput(fmt.stdout).map(entry => ({
    file: relativeToWorkspace(entry.file, repoRoot, moduleDir),
    diff: entry.diff
  }))
  addToolFailures(diagnostics, init.exitCode, init.stderr, fmt.exitCode, fmt.stderr, unformatted.length)
  if (tflintPath) {
    const linted = await log.group('tflint --format json', () => runTflint(tflintPath, moduleDir))
    diagnostics.push(...parseTflintJson(linted.stdout || linted.stderr, paths))
  }

  const { errors, warnings } = countDiagnostics(diagnostics)
  const valid = errors === 0 && (!inputs.failOnFormat || unformatted.length === 0)
  core.setOutput(OUTPUT.valid, String(valid))
  core.setOutput(OUTPUT.errorCount, String(errors))
  core.setOutput(OUTPUT.warningCount, String(warnings))
  core.setOutput(OUTPUT.unformattedFiles, JSON.stringify(unformatted.map(entry => entry.file)))
  annotate(diagnostics, unformatted, inputs.failOnFormat)

  const report: ValidateReport = {
    directory: relativeToWorkspace(inputs.workingDirectory, repoRoot),
    valid,
    diagnostics,
    errorCount: errors,
    warningCount: warnings,
    unformatted,
    failOnFormat: inputs.failOnFormat,
    tflint: tflintPath ? 'ran' : inputs.tflint === 'false' ? 'disabled' : 'not installed'
  }
  await writeJobSummary(renderValidateSummary(report))
  if (!valid) {
    const parts = []
    if (errors > 0) parts.push(`${errors} error(s)`)
    if (inputs.failOnFormat && unformatted.length > 0) {
      parts.push(
        `${unformatted.length} unformatted file(s) (run terraform fmt -recursive, or set fail_on_format: false)`
      )
    }
    throw new TerraformError(
      `Validation failed in '${report.directory}': ${parts.join(', ')}; see the annotations and the job summary`,
      1,
      ''
    )
  }
  log.info(log.own`Validation passed: ${warnings} warning(s), ${unformatted.length} unformatted file(s)`)
}

/** tflint: `false` never, `true` required, `auto` when installed. */
function locateTflint(mode: ActionInputs['tflint']): string | undefined {
  if (mode === 'false') return undefined
  const found = findOnPath('tflint')
  if (!found && mode === 'true') {
    throw new InputError(
      "Input 'tflint' is 'true' but no tflint executable is on PATH; install it first (for example with terraform-linters/setup-tflint) or set tflint: auto"
    )
  }
  return found
}

/**
 * A failed init or an fmt that could not parse the files must not pass silently; validate usually
 * reports the same problem with a location, so these are added only when it did not.
 */
function addToolFailures(
  diagnostics: Diagnostic[],
  initExit: number,
  initStderr: string,
  fmtExit: number,
  fmtStderr: string,
  unformattedCount: number
): void {
  if (diagnostics.some(d => d.severity === 'error')) return
  if (initExit !== 0) {
    diagnostics.push({
      source: 'terraform',
      severity: 'error',
      title: 'terraform init failed',
      message: excerpt(initStderr)
    })
  }
  if (fmtExit !== 0 && unformattedCount === 0) {
    diagnostics.push({
      source: 'fmt',
      severity: 'error',
      title: 'terraform fmt could not check the files',
      message: excerpt(fmtStderr)
    })
  }
}

function excerpt(text: string): string {
  const trimmed = text.trim()
  return trimmed.length > 2000 ? `${trimmed.slice(0, 2000)}…` : trimmed || '(no output)'
}

function annotate(
  diagnostics: Diagnostic[],
  unformatted: { file: string; diff: string }[],
  failOnFormat: boolean
): void {
  for (const d of diagnostics) {
    const properties: core.AnnotationProperties = {
      title: d.title,
      file: d.file,
      startLine: d.startLine,
      endLine: d.endLine,
      startColumn: d.startColumn,
      endColumn: d.endColumn
    }
    if (d.severity === 'error') log.error(d.message, properties)
    else if (d.severity === 'warning') log.warning(d.message, properties)
    else log.notice(d.message, properties)
  }
  for (const entry of unformatted) {
    const line = firstChangedLine(entry.diff)
    const properties = { title: 'terraform fmt', file: entry.file, startLine: line, endLine: line }
    const message =
      'terraform fmt would change this file; run terraform fmt -recursive (diff in the job summary)'
    if (failOnFormat) log.error(message, properties)
    else log.warning(message, properties)
  }
}

/** The old-file line where the first hunk's first change sits, so the annotation points at it. */
function firstChangedLine(diff: string): number {
  const lines = diff.split('\n')
  const start = lines.findIndex(line => line.startsWith('@@ '))
  if (start < 0) return 1
  let line = Number(/^@@ -(\d+)/.exec(lines[start])?.[1] ?? 1)
  for (const text of lines.slice(start + 1)) {
    if (text.startsWith('-') || text.startsWith('+')) break
    line++
  }
  return Math.max(1, line)
}
