/**
 * The test's own list of a plan's secrets, computed from the raw JSON without any project code:
 * strings under `true` in before_sensitive/after_sensitive (and state `sensitive_values`) marks,
 * values of variables and outputs declared sensitive, output changes marked sensitive, and values
 * under keys that look secret even when nothing marked them.
 */

type Json = Record<string, unknown>

/** Key names that hold secrets whatever the provider marked (an independent list, not the project's). */
const SECRET_NAME =
  /pass(word|wd|phrase)|secret|token|private_?key|api_?key|access_?key|credential|connection_?string/i

/** Names that only talk about a secret (issue 13: ids, ARNs, lengths, policies, idempotency tokens stay visible). */
const PUBLIC_NAME = /_(id|arn|length|policy|name)$|^(creation|idempotency|next)_token$/i

const SECRET_KEY = { test: (name: string): boolean => SECRET_NAME.test(name) && !PUBLIC_NAME.test(name) }

const isObject = (value: unknown): value is Json => value !== null && typeof value === 'object'

/** Every string inside a value. */
export function allStrings(value: unknown, out: Set<string>): void {
  if (typeof value === 'string') out.add(value)
  else if (isObject(value)) for (const child of Object.values(value)) allStrings(child, out)
}

/** Strings under `true` marks, and under secret-looking keys. */
function markedStrings(value: unknown, mark: unknown, out: Set<string>): void {
  if (mark === true) return allStrings(value, out)
  if (!isObject(value)) return
  for (const [key, child] of Object.entries(value)) {
    if (SECRET_KEY.test(key)) allStrings(child, out)
    else markedStrings(child, isObject(mark) ? (mark as Json)[key] : undefined, out)
  }
}

function stateResources(module: unknown, out: Json[]): void {
  if (!isObject(module)) return
  for (const resource of (module.resources as unknown[]) ?? []) if (isObject(resource)) out.push(resource)
  for (const child of (module.child_modules as unknown[]) ?? []) stateResources(child, out)
}

/** The set of secret strings of one plan document (empty strings and 1–3 character values left out: too short to search for). */
export function secretsOf(document: Json): Set<string> {
  const found = new Set<string>()
  for (const section of ['resource_changes', 'resource_drift']) {
    for (const entry of (document[section] as Json[] | undefined) ?? []) {
      const change = entry.change as Json
      markedStrings(change.before, change.before_sensitive, found)
      markedStrings(change.after, change.after_sensitive, found)
    }
  }
  const configuration = (document.configuration as Json | undefined)?.root_module as Json | undefined
  const declaredOutputs = (configuration?.outputs as Record<string, Json> | undefined) ?? {}
  for (const [name, change] of Object.entries((document.output_changes as Record<string, Json>) ?? {})) {
    const sensitive =
      declaredOutputs[name]?.sensitive === true ||
      SECRET_KEY.test(name) ||
      JSON.stringify([change.before_sensitive, change.after_sensitive]).includes('true')
    if (sensitive) {
      allStrings(change.before, found)
      allStrings(change.after, found)
    }
  }
  const declaredVariables = (configuration?.variables as Record<string, Json> | undefined) ?? {}
  for (const [name, variable] of Object.entries((document.variables as Record<string, Json>) ?? {})) {
    if (declaredVariables[name]?.sensitive === true || SECRET_KEY.test(name))
      allStrings(variable.value, found)
  }
  const resources: Json[] = []
  stateResources(
    (document.prior_state as Json | undefined)?.values &&
      ((document.prior_state as Json).values as Json).root_module,
    resources
  )
  stateResources((document.planned_values as Json | undefined)?.root_module, resources)
  for (const resource of resources) markedStrings(resource.values, resource.sensitive_values, found)
  return new Set([...found].filter(secret => secret.length >= 4))
}

/** The secrets found in `text` (raw, or JSON-escaped as they would be inside a JSON output). */
export function leakedSecrets(text: string, secrets: Iterable<string>): string[] {
  const leaked: string[] = []
  for (const secret of secrets) {
    if (text.includes(secret) || text.includes(JSON.stringify(secret).slice(1, -1))) leaked.push(secret)
  }
  return leaked
}
