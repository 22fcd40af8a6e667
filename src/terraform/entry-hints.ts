/**
 * What the reader learnt about an entry while scanning its bytes, for the analysis to skip work:
 * whether any object key inside it could look secret (secret-keys.ts). Only the parallel reader's
 * worker checks keys; an entry it did not mark is treated as possibly holding secret keys.
 */
const withoutSecretKeys = new WeakSet<object>()

/** Records that no key anywhere in `entry` looks secret (every key was checked byte by byte). */
export function markNoSecretKeys(entry: object): void {
  withoutSecretKeys.add(entry)
}

/** False only when the reader checked every key of `entry` and none looks secret. */
export function mayHoldSecretKeys(entry: object): boolean {
  return !withoutSecretKeys.has(entry)
}
