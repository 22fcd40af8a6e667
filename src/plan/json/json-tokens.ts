/**
 * Token-level pieces of the JSON scanner (json-scanner.ts): byte tables and the functions that find
 * where a string, number or literal ends when a chunk holds it whole. Each answers -1 (or a negative
 * position) instead of throwing, so that the scanner's general state machine can resume a token cut
 * by a chunk boundary, or word the error, from where they stopped.
 */

/** The three literals, by their first byte. */
export const LITERALS: Record<number, Uint8Array> = {
  0x74: Buffer.from('true'),
  0x66: Buffer.from('false'),
  0x6e: Buffer.from('null')
}
/** 1 for the bytes that may follow a backslash (other than `u`). */
export const ESCAPES = new Uint8Array(256)
for (const c of '"\\/bfnrt') ESCAPES[c.charCodeAt(0)] = 1
/** 1 for hexadecimal digits. */
export const HEX = new Uint8Array(256)
for (const c of '0123456789abcdefABCDEF') HEX[c.charCodeAt(0)] = 1

/**
 * Validates a string's contents from `i` (just past the opening quote); returns the index past the
 * closing quote, or -(k + 1) for the position k where the general state machine must take over: the
 * chunk ends there, an escape is cut off there, or the byte there is invalid.
 */
export function stringEnd(b: Buffer, i: number, n: number): number {
  while (i < n) {
    const c = b[i]
    if (c === 0x22) return i + 1
    if (c === 0x5c) {
      if (i + 1 >= n) return -i - 1
      const e = b[i + 1]
      if (e === 0x75) {
        if (i + 5 >= n) return -i - 1
        if (HEX[b[i + 2]] !== 1 || HEX[b[i + 3]] !== 1 || HEX[b[i + 4]] !== 1 || HEX[b[i + 5]] !== 1)
          return -i - 1
        i += 6
      } else {
        if (ESCAPES[e] !== 1) return -i - 1
        i += 2
      }
      continue
    }
    if (c < 0x20) return -i - 1
    i++
  }
  return -n - 1
}

/** Where a valid number starting at i ends, when the chunk shows its end; -1 otherwise (cut off or invalid). */
export function numberEnd(b: Buffer, i: number, n: number): number {
  if (b[i] === 0x2d) i++
  if (i >= n) return -1
  if (b[i] === 0x30) i++
  else if (b[i] >= 0x31 && b[i] <= 0x39) i = digitsEnd(b, i + 1, n)
  else return -1
  if (i < n && b[i] === 0x2e) {
    const start = i + 1
    i = digitsEnd(b, start, n)
    if (i === start) return -1
  }
  if (i < n && (b[i] === 0x65 || b[i] === 0x45)) {
    i++
    if (i < n && (b[i] === 0x2b || b[i] === 0x2d)) i++
    const start = i
    i = digitsEnd(b, start, n)
    if (i === start) return -1
  }
  // At the chunk's end the number may go on; a digit here is a leading-zero error.
  if (i >= n || (b[i] >= 0x30 && b[i] <= 0x39)) return -1
  return i
}

function digitsEnd(b: Buffer, i: number, n: number): number {
  while (i < n && b[i] >= 0x30 && b[i] <= 0x39) i++
  return i
}

/** Where the literal starting with byte c at i ends, when it is whole in the chunk and valid; -1 otherwise. */
export function literalEnd(b: Buffer, i: number, n: number, c: number): number {
  const literal = LITERALS[c]
  if (literal === undefined || i + literal.length > n) return -1
  for (let k = 1; k < literal.length; k++) if (b[i + k] !== literal[k]) return -1
  return i + literal.length
}

export function skipSpace(b: Buffer, i: number, n: number): number {
  while (i < n) {
    const c = b[i]
    if (c !== 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09) break
    i++
  }
  return i
}
