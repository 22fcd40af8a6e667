/**
 * Redacting a resource address: only a secret inside an instance key (`db["<secret>"]`) is replaced.
 * Resource types, names and module names are identifiers from the configuration; a plan that marks
 * their text sensitive must not be able to rename what it destroys, neither in a report nor in the
 * redacted plan.json a gate may judge (where `(sensitive)` would match no protected_resources glob).
 */
import { SENSITIVE_PLACEHOLDER } from './scrub-secrets.js'

/** Instance keys: `["…"]` with Terraform's escapes inside. */
const INSTANCE_KEY = /\["((?:[^"\\]|\\.)*)"\]/g

/**
 * Replaces sensitive values inside instance keys; the rest is left exactly as it is. Works on an
 * address or on any text that names addresses (a policy message). The key is scrubbed with its
 * quotes, so a weak secret (`db["Q9"]`, found only as a whole quoted value) is hidden like a strong one.
 */
export function redactInstanceKeys(address: string, scrub: (text: string) => string): string {
  if (!address.includes('["')) return address
  return address.replace(INSTANCE_KEY, (whole, key: string) => {
    const quoted = `"${key}"`
    const scrubbed = scrub(quoted)
    if (scrubbed === quoted) return whole
    // A strong secret keeps the quotes around what is left; a whole weak value loses them with it.
    return scrubbed.length >= 2 && scrubbed.startsWith('"') && scrubbed.endsWith('"')
      ? `[${scrubbed}]`
      : `["${SENSITIVE_PLACEHOLDER}"]`
  })
}

/**
 * The action's own text with the addresses it quotes redacted (their instance keys only); the words
 * around them never change, whatever the plan marked sensitive.
 */
export function redactQuotedAddresses(
  text: string,
  addresses: readonly string[],
  scrub: (text: string) => string
): string {
  let out = text
  const unique = [...new Set(addresses)].filter(address => address !== '').sort((a, b) => b.length - a.length)
  for (const address of unique) {
    const clean = redactInstanceKeys(address, scrub)
    if (clean !== address && out.includes(address)) out = out.split(address).join(clean)
  }
  return out
}
