/**
 * Finds where a JSON container ends while tracking only strings and nesting. Used for values that
 * JSON.parse materialises anyway (plan entries): JSON.parse then does the validating, so the scanner
 * need not check those bytes twice. Strings are crossed by a plain byte loop that checks nothing
 * inside them, which is why this is several times faster than the validating scan. Resumable across
 * chunks.
 */
export class ContainerSkimmer {
  private depth = 0
  private inString = false
  /** The previous chunk ended inside a string, right after a backslash: its first byte is escaped. */
  private escaped = false

  reset(): void {
    this.depth = 0
    this.inString = false
    this.escaped = false
  }

  /** Scans b[i..n) (the first call starts at the opening bracket); returns the index just past the closing bracket, or -1. */
  skim(b: Buffer, i: number, n: number): number {
    let depth = this.depth
    let inString = this.inString
    while (i < n) {
      if (inString) {
        if (this.escaped) {
          this.escaped = false
          i++
          continue
        }
        // A plain loop beats Buffer.indexOf here on Node 24 (the action's runtime; ~12% of a 300 MB
        // analysis): plan strings are short, and a native call per string costs more than their bytes.
        let c = 0
        while (i < n && (c = b[i]) !== 0x22 && c !== 0x5c) i++
        if (i === n) break
        if (c === 0x5c) {
          if (i + 1 === n) {
            this.escaped = true
            i = n
            break
          }
          i += 2
          continue
        }
        inString = false
        i++
        continue
      }
      const c = b[i++]
      if (c === 0x22) inString = true
      else if (c === 0x7b || c === 0x5b) depth++
      else if ((c === 0x7d || c === 0x5d) && --depth === 0) {
        this.depth = 0
        this.inString = false
        return i
      }
    }
    this.depth = depth
    this.inString = inString
    return -1
  }
}
