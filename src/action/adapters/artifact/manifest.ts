/**
 * Builds and verifies the plan artifact's manifest: sha256 of every file plus the identity of the
 * run that made the plan (commit, working directory, environment). The gate trusts a downloaded
 * plan only when every file and every identity field matches. Pure: no @actions imports.
 */
import { isAbsolute, posix, relative } from 'node:path'
import type { PlanCounts, RiskAssessment } from '../../../analysis/types.js'
import type { RiskLevel } from '../../../constants.js'
import { ArtifactError } from '../../../errors.js'
import {
  assertManifestShape,
  isSafeArtifactFileName,
  MANIFEST_FILE,
  MANIFEST_KIND,
  MANIFEST_SCHEMA_VERSION,
  type PlanManifest
} from './manifest-schema.js'

import { compareFiles, hashFile, ManifestMismatchError, type ManifestMismatch } from './artifact-files.js'

export * from './manifest-schema.js'
export { hashFile, ManifestMismatchError, type ManifestMismatch } from './artifact-files.js'

/** A file to put into the artifact: its name there and where it is now. */
export interface ArtifactFileInput {
  name: string
  path: string
}

export interface BuildManifestOptions {
  files: ArtifactFileInput[]
  commitSha: string
  workingDirectory: string
  environment: string
  terraformVersion?: string
  counts: PlanCounts
  /** The risk level alone, or the full assessment (its reasons are kept without address lists). */
  risk: RiskLevel | RiskAssessment
  /** Makes relative working directories comparable when an absolute path is given; default none. */
  workspace?: string
  /** For tests: the creation time to record. */
  now?: Date
}

/** What the current run expects the plan to have been made for. */
export interface ExpectedIdentity {
  commitSha: string
  workingDirectory: string
  environment: string
  workspace?: string
}

/** The outcome of a successful verification. */
export interface VerificationResult {
  manifest: PlanManifest
  /** Names of the files whose sha256 matched. */
  verifiedFiles: string[]
  /** True when the commits differ and allow_stale_plan accepted it; the summary must say so. */
  staleRelaxed: boolean
  /** Set when staleRelaxed: the plan's commit and this run's commit. */
  staleCommit?: { planned: string; current: string }
}

/** Hashes every file (streamed, so large plans do not sit in memory) and records the run's identity. */
export async function buildManifest(options: BuildManifestOptions): Promise<PlanManifest> {
  const names = new Set<string>()
  for (const file of options.files) {
    if (!isSafeArtifactFileName(file.name)) {
      throw new ArtifactError(
        `Artifact file name '${file.name}' is not allowed: use letters, digits, '.', '_' or '-', ` +
          `no folders, and not '${MANIFEST_FILE}'`
      )
    }
    if (names.has(file.name)) throw new ArtifactError(`Artifact file name '${file.name}' is given twice`)
    names.add(file.name)
  }
  if (options.files.length === 0) throw new ArtifactError('A plan artifact needs at least one file')
  const files = []
  for (const file of options.files) {
    const { sha256, size } = await hashFile(file.path)
    files.push({ name: file.name, sha256, size })
  }
  const manifest: PlanManifest = {
    schemaVersion: MANIFEST_SCHEMA_VERSION,
    kind: MANIFEST_KIND,
    createdAt: (options.now ?? new Date()).toISOString(),
    commitSha: options.commitSha,
    workingDirectory: normalizeWorkingDirectory(options.workingDirectory, options.workspace),
    environment: options.environment,
    counts: { ...options.counts },
    risk:
      typeof options.risk === 'string'
        ? { level: options.risk, reasons: [] }
        : {
            level: options.risk.level,
            reasons: options.risk.reasons.map(r => ({
              rule: r.rule,
              level: r.level,
              description: r.description
            }))
          },
    files
  }
  if (options.terraformVersion) manifest.terraformVersion = options.terraformVersion
  return manifest
}

/**
 * Checks a downloaded artifact against its manifest and the current run. Throws ArtifactError when
 * the manifest is malformed or of an unknown version, and ManifestMismatchError listing every file
 * that is missing, changed or unexpected and every identity field that differs.
 * `allowStalePlan` relaxes only the commit check; the result records that it did.
 */
export function verifyManifest(
  manifest: PlanManifest,
  dir: string,
  expected: ExpectedIdentity,
  options: { allowStalePlan: boolean } = { allowStalePlan: false }
): VerificationResult {
  assertManifestShape(manifest as unknown, `${MANIFEST_FILE} in the plan artifact`)
  const mismatches: ManifestMismatch[] = []
  let staleCommit: VerificationResult['staleCommit']
  if (manifest.commitSha.toLowerCase() !== expected.commitSha.toLowerCase()) {
    if (options.allowStalePlan) staleCommit = { planned: manifest.commitSha, current: expected.commitSha }
    else
      mismatches.push({
        field: 'commitSha',
        expected: quote(expected.commitSha),
        found: quote(manifest.commitSha)
      })
  }
  const expectedDir = normalizeWorkingDirectory(expected.workingDirectory, expected.workspace)
  const foundDir = normalizeWorkingDirectory(manifest.workingDirectory)
  if (expectedDir !== foundDir) {
    mismatches.push({ field: 'workingDirectory', expected: quote(expectedDir), found: quote(foundDir) })
  }
  if (manifest.environment !== expected.environment) {
    mismatches.push({
      field: 'environment',
      expected: quote(expected.environment),
      found: quote(manifest.environment)
    })
  }
  mismatches.push(...compareFiles(manifest, dir))
  if (mismatches.length > 0) throw new ManifestMismatchError(mismatches)
  return {
    manifest,
    verifiedFiles: manifest.files.map(f => f.name),
    staleRelaxed: staleCommit !== undefined,
    ...(staleCommit ? { staleCommit } : {})
  }
}

/** Checks only the files in `dir` against the manifest (used before upload and by verifyManifest). */
export function verifyManifestFiles(manifest: PlanManifest, dir: string): void {
  const mismatches = compareFiles(manifest, dir)
  if (mismatches.length > 0) throw new ManifestMismatchError(mismatches)
}

/**
 * Makes working directories comparable: forward slashes, no `./`, no trailing slash, `.` for the
 * root; an absolute path inside `workspace` becomes relative to it.
 */
export function normalizeWorkingDirectory(dir: string, workspace?: string): string {
  let value = dir.trim().replace(/\\/g, '/')
  if (workspace && isAbsolute(value)) {
    const inside = relative(workspace, value).replace(/\\/g, '/')
    if (!inside.startsWith('..') && !isAbsolute(inside)) value = inside
  }
  const normalised = posix.normalize(value === '' ? '.' : value)
  return normalised.length > 1 ? normalised.replace(/\/+$/, '') : normalised
}

function quote(value: string): string {
  return value === '' ? '(empty)' : `'${value}'`
}
