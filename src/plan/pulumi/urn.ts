/**
 * Pulumi resource URNs: `urn:pulumi:<stack>::<project>::<qualified type>::<name>`, where the
 * qualified type is the parent types and the resource's own type joined by `$`, and the name is
 * everything after the third `::` (names may themselves contain `::`).
 */

/** The parts of a URN. */
export interface ParsedUrn {
  stack: string
  project: string
  /** The resource's own type token, e.g. `aws:s3/bucket:Bucket`. */
  type: string
  /** Parent type tokens, outermost first. */
  parentTypes: string[]
  name: string
}

const PREFIX = 'urn:pulumi:'

/** Parses a URN; undefined when it does not have the four parts. */
export function parseUrn(urn: string): ParsedUrn | undefined {
  if (!urn.startsWith(PREFIX)) return undefined
  const parts = urn.slice(PREFIX.length).split('::')
  if (parts.length < 4) return undefined
  const [stack, project, qualified] = parts
  const name = parts.slice(3).join('::')
  const types = qualified.split('$')
  if (stack === '' || project === '' || types.some(type => type === '')) return undefined
  return { stack, project, type: types[types.length - 1], parentTypes: types.slice(0, -1), name }
}

/** The readable `type::name` form used in reports. */
export function displayName(parsed: ParsedUrn): string {
  return `${parsed.type}::${parsed.name}`
}

/** The root stack resource: `pulumi:pulumi:Stack` with no parent type. */
export function isRootStack(parsed: ParsedUrn): boolean {
  return parsed.type === 'pulumi:pulumi:Stack' && parsed.parentTypes.length === 0
}

/**
 * A default provider: `pulumi:providers:<package>` named `default` or `default_<version>` (the
 * engine's naming, e.g. `default_6_63_0`). The engine creates these itself; they are no change a
 * reviewer made and never reach `pulumi preview --json`.
 */
export function isDefaultProvider(parsed: ParsedUrn): boolean {
  return (
    parsed.parentTypes.length === 0 &&
    parsed.type.startsWith('pulumi:providers:') &&
    /^default(_[0-9A-Za-z_-]+)?$/.test(parsed.name)
  )
}
