/**
 * The plan manifest's data model and its shape check. A manifest comes from a downloaded artifact,
 * so it is untrusted input: anything that is not exactly the shape this version writes is rejected.
 * Pure: no @actions imports.
 */
import type { PlanCounts } from '../../../analysis/types.js'
import { RISK_LEVELS, type RiskLevel } from '../../../constants.js'
import { ArtifactError } from '../../../errors.js'

/** The manifest schema version this build writes and the only one it accepts. */
export const MANIFEST_SCHEMA_VERSION = 1
/** Name of the manifest inside the artifact. Reserved: no plan file may use it. */
export const MANIFEST_FILE = 'manifest.json'
/** The `kind` tag, so a stray manifest.json from another tool is not mistaken for ours. */
export const MANIFEST_KIND = 'infra-guard-plan'

/** Suggested names for the files `plan` puts in the artifact (the manifest accepts any safe name). */
export const PLAN_ARTIFACT_FILES = {
  planBinary: 'plan.tfplan',
  planJson: 'plan.json',
  report: 'report.md'
} as const

/** One file in the artifact, as hashed when the manifest was built. */
export interface ManifestFile {
  /** Plain file name inside the artifact (no folders). */
  name: string
  /** Lower-case hex sha256 of the file's bytes. */
  sha256: string
  size: number
}

/** The risk summary kept in the manifest: levels and reasons, without the address lists. */
export interface ManifestRisk {
  level: RiskLevel
  reasons: { rule: string; level: RiskLevel; description: string }[]
}

/** What `plan` recorded about the plan it uploaded. */
export interface PlanManifest {
  schemaVersion: typeof MANIFEST_SCHEMA_VERSION
  kind: typeof MANIFEST_KIND
  /** ISO 8601 time the manifest was built. */
  createdAt: string
  commitSha: string
  /** Normalised with normalizeWorkingDirectory. */
  workingDirectory: string
  environment: string
  terraformVersion?: string
  counts: PlanCounts
  risk: ManifestRisk
  files: ManifestFile[]
}

const COUNT_KEYS: (keyof PlanCounts)[] = [
  'add',
  'change',
  'destroy',
  'replace',
  'import',
  'move',
  'forget',
  'create',
  'delete',
  'noop',
  'read',
  'total'
]
const TOP_LEVEL_KEYS = new Set([
  'schemaVersion',
  'kind',
  'createdAt',
  'commitSha',
  'workingDirectory',
  'environment',
  'terraformVersion',
  'counts',
  'risk',
  'files'
])
/** File names a manifest may list: one path segment of safe characters, never `.` or `..`. */
const SAFE_FILE_NAME = /^(?!\.{1,2}$)[A-Za-z0-9._-]{1,200}$/

/** Whether `name` is acceptable as a file name inside the plan artifact. */
export function isSafeArtifactFileName(name: string): boolean {
  return SAFE_FILE_NAME.test(name) && name !== MANIFEST_FILE
}

/** Parses manifest.json text and checks its shape. Throws ArtifactError naming the problem. */
export function parseManifest(text: string, source: string): PlanManifest {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (error) {
    throw new ArtifactError(
      `${source} is not valid JSON (${(error as Error).message}); the plan artifact is damaged. Re-run the plan job.`
    )
  }
  assertManifestShape(value, source)
  return value
}

/**
 * Checks that `value` is a manifest of the supported schema version, field by field. Unknown versions,
 * unknown fields and wrong types all fail closed: a gate must not guess what a newer format means.
 */
export function assertManifestShape(value: unknown, source: string): asserts value is PlanManifest {
  const fail = (problem: string): never => {
    throw new ArtifactError(
      `${source} ${problem}; the gate cannot trust this plan artifact. ` +
        'Use the same infra-guard version in the plan and gate jobs, and re-run the plan job.'
    )
  }
  if (!isRecord(value)) return fail('is not a JSON object')
  if (value.schemaVersion !== MANIFEST_SCHEMA_VERSION) {
    fail(
      `has schemaVersion ${JSON.stringify(value.schemaVersion)}, but this infra-guard only understands ` +
        `schemaVersion ${MANIFEST_SCHEMA_VERSION}`
    )
  }
  if (value.kind !== MANIFEST_KIND)
    fail(`has kind ${JSON.stringify(value.kind)}, expected '${MANIFEST_KIND}'`)
  for (const key of Object.keys(value)) if (!TOP_LEVEL_KEYS.has(key)) fail(`has an unknown field '${key}'`)
  for (const key of ['createdAt', 'commitSha', 'workingDirectory', 'environment'] as const) {
    if (typeof value[key] !== 'string') fail(`field '${key}' must be a string`)
  }
  if (Number.isNaN(Date.parse(value.createdAt as string))) fail(`field 'createdAt' is not a date`)
  if (value.terraformVersion !== undefined && typeof value.terraformVersion !== 'string') {
    fail(`field 'terraformVersion' must be a string`)
  }
  const counts = value.counts
  if (!isRecord(counts)) return fail(`field 'counts' must be an object`)
  for (const key of COUNT_KEYS)
    if (!isCount(counts[key])) fail(`field 'counts.${key}' must be a whole number >= 0`)
  const risk = value.risk
  if (!isRecord(risk) || !isRiskLevel(risk.level))
    return fail(`field 'risk.level' must be one of ${RISK_LEVELS.join('|')}`)
  if (!Array.isArray(risk.reasons)) return fail(`field 'risk.reasons' must be a list`)
  for (const reason of risk.reasons as unknown[]) {
    if (
      !isRecord(reason) ||
      typeof reason.rule !== 'string' ||
      typeof reason.description !== 'string' ||
      !isRiskLevel(reason.level)
    ) {
      fail(`has a malformed entry in 'risk.reasons'`)
    }
  }
  if (!Array.isArray(value.files) || value.files.length === 0)
    return fail(`field 'files' must be a non-empty list`)
  const seen = new Set<string>()
  for (const file of value.files as unknown[]) {
    if (!isRecord(file) || typeof file.name !== 'string') return fail(`has a file entry without a name`)
    if (!isSafeArtifactFileName(file.name)) fail(`lists an unsafe file name ${JSON.stringify(file.name)}`)
    if (seen.has(file.name)) fail(`lists file '${file.name}' twice`)
    seen.add(file.name)
    if (typeof file.sha256 !== 'string' || !/^[0-9a-f]{64}$/.test(file.sha256)) {
      fail(`has no valid sha256 for file '${file.name}'`)
    }
    if (!isCount(file.size)) fail(`has no valid size for file '${file.name}'`)
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function isCount(value: unknown): boolean {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0
}

function isRiskLevel(value: unknown): value is RiskLevel {
  return typeof value === 'string' && (RISK_LEVELS as readonly string[]).includes(value)
}
