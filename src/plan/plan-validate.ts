/**
 * Checks shared by every way of reading a plan: what the first bytes say about the file (empty,
 * binary plan, UTF-16, setup-terraform wrapper), whether a parsed document is a plan at all, and
 * whether each resource entry has the fields the analysis relies on. Everything fails closed with
 * a PlanReadError that says what was found and how to produce a proper plan JSON.
 */
import { PlanReadError } from '../errors.js'
import type { PlanHeader, PlanResourceChange } from './model.js'

/** What every message ends with when the file is not what we expected. */
const EXPECTED_PLAN = 'expected the JSON output of `terraform show -json <planfile>` (or `tofu show -json`)'

const WRAPPER_HINT =
  "hashicorp/setup-terraform's wrapper adds its own lines ('[command]…', '::debug::…') to stdout. " +
  'Run the real binary ("$TERRAFORM_CLI_PATH/terraform-bin" show -json <planfile>), set `terraform_wrapper: false` ' +
  "on setup-terraform, or pass the binary plan as 'plan_file' and let infra-guard run show"

/** Top-level keys only a plan has; a document with none of them is some other `-json` output. */
const PLAN_KEYS = [
  'planned_values',
  'resource_changes',
  'resource_drift',
  'prior_state',
  'configuration',
  'output_changes'
]

/** Keys a `terraform.tfstate` file has at its top level. */
const STATE_FILE_KEYS = ['lineage', 'serial']

/** The header keys copied from the top-level object, in the order PlanHeader lists them. */
export const HEADER_KEYS = [
  'format_version',
  'terraform_version',
  'applyable',
  'complete',
  'errored',
  'variables',
  'output_changes',
  'checks'
] as const

/**
 * Looks at the first bytes of a plan file. Returns how many bytes to skip (a UTF-8 byte order mark)
 * or throws for files that cannot be plan JSON whatever follows.
 */
export function sniffPlanStart(head: Uint8Array, file: string, fileSize: number): number {
  if (fileSize === 0)
    throw new PlanReadError(file, `the file is empty; ${EXPECTED_PLAN}. Check the step that wrote it.`)
  if (head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04) {
    throw new PlanReadError(
      file,
      "this is a binary plan file (zip, as written by `terraform plan -out`), not JSON; pass it as 'plan_file' " +
        "instead of 'plan_json', or convert it with `terraform show -json <planfile> > plan.json`"
    )
  }
  const utf16 = describeUtf16(head)
  if (utf16) {
    throw new PlanReadError(
      file,
      `the file is UTF-16 encoded (${utf16}); save it as UTF-8 ` +
        "(PowerShell's `>` writes UTF-16: use `terraform show -json tfplan | Out-File -Encoding utf8 plan.json`)"
    )
  }
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return 3
  return 0
}

/** Names the UTF-16 evidence in the first bytes, or undefined. */
function describeUtf16(head: Uint8Array): string | undefined {
  if (head[0] === 0xff && head[1] === 0xfe) return 'little-endian byte order mark FF FE'
  if (head[0] === 0xfe && head[1] === 0xff) return 'big-endian byte order mark FE FF'
  // Without a BOM, ASCII text in UTF-16 has a NUL in every other byte.
  const n = Math.min(head.length, 64)
  for (let i = 0; i < n; i++) if (head[i] === 0) return `NUL bytes between characters, first at byte ${i}`
  return undefined
}

/** Throws unless the (whitespace-trimmed) text can start a JSON value and is not wrapper output. */
export function checkDocumentStart(file: string, text: string): void {
  if (isWrapperText(text) || !/^[{["\d\-tfn]/.test(text)) throw describeBadStart(file, text)
}

/** Builds the error for text that is not JSON where the document should start. */
function describeBadStart(file: string, text: string): PlanReadError {
  if (isWrapperText(text)) {
    return new PlanReadError(
      file,
      `the file starts with '${firstLine(text)}', not with JSON. ${WRAPPER_HINT}.`
    )
  }
  return new PlanReadError(
    file,
    `the file starts with '${firstLine(text)}', which is not JSON; ${EXPECTED_PLAN}`
  )
}

/** Builds the error for anything that follows the first complete JSON document. */
export function describeTrailing(file: string, text: string, where: string): PlanReadError {
  if (isWrapperText(text)) {
    return new PlanReadError(
      file,
      `the JSON document is followed by other output ('${firstLine(text)}' at ${where}). ${WRAPPER_HINT}.`
    )
  }
  if (text.startsWith('{') || text.startsWith('[')) {
    return new PlanReadError(
      file,
      `the file holds several JSON documents (a second one starts at ${where}); ${EXPECTED_PLAN}, exactly one document. ` +
        'Write only the output of one `terraform show -json` to the file.'
    )
  }
  return new PlanReadError(
    file,
    `unexpected content '${firstLine(text)}' after the end of the JSON document at ${where}; the file may be corrupted. ` +
      'Regenerate it with `terraform show -json <planfile>`.'
  )
}

function isWrapperText(text: string): boolean {
  return /^(\[command\]|::debug::|::set-output|::error::|::warning::|::notice::|::group::)/.test(text)
}

function firstLine(text: string): string {
  const line = text.split(/\r?\n/, 1)[0]
  return line.length > 80 ? `${line.slice(0, 80)}…` : line
}

function kindOf(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'an array'
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`
}

/**
 * Decides from the top-level keys whether the document is a plan, and fails with what it looks like
 * instead. `get` reads an already-parsed top-level value (the streaming reader only has the small ones).
 */
export function checkPlanShape(file: string, keys: ReadonlySet<string>, get: (key: string) => unknown): void {
  const hasPlanKey = PLAN_KEYS.some(key => keys.has(key))
  if (
    STATE_FILE_KEYS.every(key => keys.has(key)) ||
    (keys.has('resources') && keys.has('version') && !hasPlanKey)
  ) {
    throw new PlanReadError(
      file,
      'this is a Terraform state file (terraform.tfstate), not a plan; ' +
        `${EXPECTED_PLAN}. Run \`terraform plan -out=tfplan\` then \`terraform show -json tfplan\`.`
    )
  }
  if (keys.has('values') && !hasPlanKey) {
    throw new PlanReadError(
      file,
      "this is state JSON (it has 'values' but no 'planned_values' or 'resource_changes'): `terraform show -json` " +
        'was run without a plan file. Run `terraform plan -out=tfplan` then `terraform show -json tfplan`.'
    )
  }
  if (!keys.has('format_version')) {
    throw new PlanReadError(
      file,
      `the JSON document has no 'format_version', so it is not a plan; ${EXPECTED_PLAN}`
    )
  }
  checkFormatVersion(file, get('format_version'))
  if (!hasPlanKey) {
    throw new PlanReadError(
      file,
      `the JSON document has 'format_version' but none of ${PLAN_KEYS.join(', ')}, so it is not a plan ` +
        `(the output of another \`-json\` command, or show on an empty state?); ${EXPECTED_PLAN}`
    )
  }
  checkHeaderTypes(file, get)
}

/** Throws unless `version` is a 0.x or 1.x format_version string (checked as soon as it is read). */
export function checkFormatVersion(file: string, version: unknown): void {
  if (typeof version !== 'string' || !/^\d+\.\d+/.test(version)) {
    throw new PlanReadError(
      file,
      `'format_version' must be a string like "1.2"; got ${JSON.stringify(version)}`
    )
  }
  const major = Number(version.split('.')[0])
  if (major !== 0 && major !== 1) {
    throw new PlanReadError(
      file,
      `unsupported plan format_version ${version}; infra-guard reads 0.x and 1.x. Use a Terraform/OpenTofu version ` +
        'whose plan format is 1.x, or upgrade infra-guard.'
    )
  }
}

function checkHeaderTypes(file: string, get: (key: string) => unknown): void {
  for (const key of ['terraform_version'] as const) {
    const value = get(key)
    if (value !== undefined && typeof value !== 'string') {
      throw new PlanReadError(file, `'${key}' must be a string; got ${kindOf(value)}`)
    }
  }
  for (const key of ['applyable', 'complete', 'errored'] as const) {
    const value = get(key)
    if (value !== undefined && typeof value !== 'boolean') {
      throw new PlanReadError(file, `'${key}' must be true or false; got ${kindOf(value)}`)
    }
  }
  for (const key of ['variables', 'output_changes'] as const) {
    const value = get(key)
    if (value !== undefined && kindOf(value) !== 'an object') {
      throw new PlanReadError(file, `'${key}' must be an object; got ${kindOf(value)}`)
    }
  }
}

/** The error for a resource_changes / resource_drift value that is not an array. */
export function notAnArray(file: string, section: string, value: unknown): PlanReadError {
  return new PlanReadError(file, `'${section}' must be an array of resource changes; got ${kindOf(value)}`)
}

/** Checks one resource_changes / resource_drift entry; the analysis may then rely on these fields. */
export function checkPlanEntry(
  file: string,
  section: string,
  index: number,
  entry: unknown
): PlanResourceChange {
  const where = `${section}[${index}]`
  if (kindOf(entry) !== 'an object')
    throw new PlanReadError(file, `${where} must be an object; got ${kindOf(entry)}`)
  const record = entry as Record<string, unknown>
  if (record.address === undefined && section === 'resource_drift') {
    // Terraform 1.0.0 wrote resource_drift entries without an address. Drift is informational (it
    // never changes what apply does), so the entry is named from its parts instead of refused.
    record.address = driftAddress(record, index)
  }
  if (typeof record.address !== 'string' || record.address === '') {
    throw new PlanReadError(
      file,
      `${where} has no 'address' string; the plan is incomplete or not from terraform`
    )
  }
  const named = `${where} (${record.address})`
  if (typeof record.type !== 'string' || record.type === '') {
    throw new PlanReadError(file, `${named} has no 'type' string`)
  }
  if (record.mode !== undefined && typeof record.mode !== 'string') {
    throw new PlanReadError(file, `${named} has a 'mode' that is not a string`)
  }
  const change = record.change
  if (kindOf(change) !== 'an object') throw new PlanReadError(file, `${named} has no 'change' object`)
  const actions = (change as Record<string, unknown>).actions
  if (!Array.isArray(actions) || actions.length === 0 || !actions.every(a => typeof a === 'string')) {
    throw new PlanReadError(file, `${named} has no 'change.actions' list of strings`)
  }
  return record as unknown as PlanResourceChange
}

/** `module.x.aws_s3_bucket.logs["a"]` from an entry's parts, or a placeholder naming the drift entry. */
function driftAddress(record: Record<string, unknown>, index: number): string {
  const { module_address: module, mode, type, name, index: key } = record
  if (typeof type !== 'string' || typeof name !== 'string' || type === '' || name === '')
    return `(resource_drift[${index}], no address)`
  const prefix = typeof module === 'string' && module !== '' ? `${module}.` : ''
  const data = mode === 'data' ? 'data.' : ''
  const instance =
    typeof key === 'number' ? `[${key}]` : typeof key === 'string' ? `[${JSON.stringify(key)}]` : ''
  return `${prefix}${data}${type}.${name}${instance}`
}

/** Copies the header fields that are present (absent ones stay absent, as in JSON.parse). */
export function pickHeader(get: (key: string) => unknown, sensitiveVariables: string[]): PlanHeader {
  const header: Record<string, unknown> = {}
  for (const key of HEADER_KEYS) {
    const value = get(key)
    if (value !== undefined) header[key] = value
  }
  header.sensitive_variables = sensitiveVariables
  return header as unknown as PlanHeader
}
