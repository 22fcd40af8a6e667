/**
 * Finds where a JSON container ends while following only strings and brackets. The scanner uses it
 * for values that are handed to JSON.parse anyway (plan entries): JSON.parse then checks the
 * grammar, so these bytes are not checked twice, and crossing a string here is a plain byte loop
 * that looks only for the closing quote and backslashes. Resumable across chunks.
 */
import { CLOSE_BRACE, CLOSE_BRACKET, COLON, QUOTE, QUOTE_OR_BACKSLASH, table } from './json-tokens.js'

// What a byte outside strings does to the skim: most bytes only pass.
const PASSES = 0
const OPENS = 1
const CLOSES = 2
const STARTS_STRING = 3
const ENDS_KEY = 4
const ROLE = table('{[', OPENS)
ROLE[CLOSE_BRACE] = CLOSES
ROLE[CLOSE_BRACKET] = CLOSES
ROLE[QUOTE] = STARTS_STRING
ROLE[COLON] = ENDS_KEY

export class ContainerSkimmer {
  /**
   * Object keys in the container so far: every ':' outside a string ends one (JSON.parse checks the
   * grammar). A parsed object with fewer keys than this had a key twice.
   */
  keys = 0
  private depth = 0
  private inString = false
  /** The previous chunk ended inside a string right after a backslash: the next byte is escaped. */
  private escaped = false

  /** Starts a new container; the first scan begins at its opening bracket. */
  start(): void {
    this.keys = 0
    this.depth = 0
    this.inString = false
    this.escaped = false
  }

  /** Scans b[i..n); returns the position of the container's closing bracket, or n when the chunk ends first. */
  scan(b: Buffer, i: number, n: number): number {
    let depth = this.depth
    let inString = this.inString
    let keys = this.keys
    while (i < n) {
      if (inString) {
        if (this.escaped) {
          this.escaped = false
          i++
          continue
        }
        while (i < n && QUOTE_OR_BACKSLASH[b[i]] === 0) i++
        if (i === n) break
        if (b[i] !== QUOTE) {
          // A backslash: the byte after it is escaped, possibly in the next chunk.
          this.escaped = i + 1 === n
          i += 2
          continue
        }
        inString = false
        i++
        continue
      }
      const role = ROLE[b[i]]
      if (role !== PASSES) {
        if (role === STARTS_STRING) inString = true
        else if (role === OPENS) depth++
        else if (role === ENDS_KEY) keys++
        else if (--depth === 0) {
          this.keys = keys
          return i
        }
      }
      i++
    }
    this.depth = depth
    this.inString = inString
    this.keys = keys
    return n
  }
}
