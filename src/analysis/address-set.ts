/**
 * The (address, deposed) pairs of resource_changes seen so far, to find an address listed twice.
 * It holds one item per entry for the whole plan, so it is the one part of the analysis that grows
 * with the plan; it is kept small. Two pairs are the same exactly when
 * `address + NUL + (deposed ?? '')` is (as the analysis has always compared them), but no joined
 * string is built: entries without a deposed key (nearly all) are stored by address, and the
 * addresses of counted resources (`aws_instance.web[41]`, most of any large plan) as a number under
 * their shared prefix instead of a string each.
 */

/** Longest index stored as a number: 15 digits stay exact in a double. */
const MAX_INDEX_DIGITS = 15

/**
 * Where the `[index]` at the end of `address` starts, when the index is a whole number in canonical
 * decimal form (no leading zeros, so the number gives back the exact text); otherwise -1.
 */
function indexStart(address: string): number {
  const end = address.length - 1
  if (end < 2 || address.charCodeAt(end) !== 0x5d) return -1
  let i = end - 1
  while (i >= 0 && address.charCodeAt(i) >= 0x30 && address.charCodeAt(i) <= 0x39) i--
  const digits = end - 1 - i
  if (i < 0 || address.charCodeAt(i) !== 0x5b || digits === 0 || digits > MAX_INDEX_DIGITS) return -1
  if (digits > 1 && address.charCodeAt(i + 1) === 0x30) return -1
  return i
}

export interface AddressSet {
  /** Records the pair; false when it was there already. */
  add(address: string, deposed: string | undefined): boolean
}

/** An empty set. */
export function createAddressSet(): AddressSet {
  const indexed = new Map<string, Set<number>>()
  const other = new Set<string>()
  /** Keys `address NUL deposed` of deposed objects (rare). */
  const deposedKeys = new Set<string>()

  // Entries of one counted resource usually come one after another: remember the last prefix's set.
  let lastPrefix = ''
  let lastIndices: Set<number> | undefined

  /** The numbers stored under the prefix of `address` (ending at `bracket`), created on `create`. */
  const indicesOf = (address: string, bracket: number, create: boolean): Set<number> | undefined => {
    if (lastIndices && bracket === lastPrefix.length && address.startsWith(lastPrefix)) return lastIndices
    const prefix = address.slice(0, bracket)
    let indices = indexed.get(prefix)
    if (!indices && create) {
      indices = new Set()
      indexed.set(prefix, indices)
    }
    if (indices) {
      lastPrefix = prefix
      lastIndices = indices
    }
    return indices
  }
  const hasPlain = (address: string): boolean => {
    const bracket = indexStart(address)
    if (bracket < 0) return other.has(address)
    return indicesOf(address, bracket, false)?.has(Number(address.slice(bracket + 1, -1))) === true
  }
  const addPlain = (address: string): void => {
    const bracket = indexStart(address)
    if (bracket < 0) other.add(address)
    else indicesOf(address, bracket, true)?.add(Number(address.slice(bracket + 1, -1)))
  }

  return {
    add(address, deposed) {
      if (!deposed) {
        // The joined key of a plain address ends with NUL; a deposed pair may join to the same text.
        if (hasPlain(address) || (deposedKeys.size > 0 && deposedKeys.has(`${address}\u0000`))) return false
        addPlain(address)
        return true
      }
      const key = `${address}\u0000${deposed}`
      if (deposedKeys.has(key) || (key.endsWith('\u0000') && hasPlain(key.slice(0, -1)))) return false
      deposedKeys.add(key)
      return true
    }
  }
}
