/** The shape of the key-attribute tables (data only). */

/** Why a reviewer looks at an attribute. */
export type KeyConcern =
  'identity' | 'network' | 'iam' | 'encryption' | 'public-access' | 'size' | 'protection'

/**
 * One attribute to show. `path` is dotted with `[*]` for every element of a list or set and
 * `{json}` for a string holding a JSON document (`policy{json}.Statement[*]`); `fields` keeps only
 * these fields of an object found there (one line per security-group rule or policy statement).
 */
export interface KeyAttributeRule {
  path: string
  concern: KeyConcern
  fields?: readonly string[]
}

/** Shorthand for the tables. */
export function rule(path: string, concern: KeyConcern, fields?: readonly string[]): KeyAttributeRule {
  return fields ? { path, concern, fields } : { path, concern }
}

/** Fields of an IAM policy statement a reviewer reads. */
export const STATEMENT_FIELDS = [
  'Sid',
  'Effect',
  'Principal',
  'NotPrincipal',
  'Action',
  'NotAction',
  'Resource',
  'NotResource',
  'Condition'
] as const
