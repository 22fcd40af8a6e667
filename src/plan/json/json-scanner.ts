/**
 * A byte-level JSON scanner fed one Buffer chunk at a time. It validates the whole document with
 * JSON.parse's grammar (RFC 8259) but builds nothing, except the values a hook asks it to capture:
 * their raw bytes are handed over once the value ends. Every state survives a chunk boundary, so a
 * token may be split anywhere, even inside a multi-byte UTF-8 character or an escape.
 * Why hand-written: plans can exceed V8's string limit, and most of a plan (prior_state,
 * planned_values, configuration) only needs to be checked, not built.
 */

import { ContainerSkimmer } from './json-skim.js'
import { ESCAPES, HEX, LITERALS, literalEnd, numberEnd, skipSpace, stringEnd } from './json-tokens.js'

/** What a hook wants done with the value that starts. */
export const SKIP = 0
/** Call the hook for this container's members too. */
export const DESCEND = 1
/** Hand the value's bytes to onCapture when it ends. */
export const CAPTURE = 2
/**
 * Like CAPTURE for an object or array that onCapture passes to JSON.parse: only its end is found
 * here (see json-skim.ts); a SyntaxError from onCapture is turned into a positioned JsonSyntaxError.
 */
export const CAPTURE_PARSED = 3

export interface ScanHooks {
  /**
   * A value starts at `depth` (0 = the document, 1 = a member of the top-level object, ...). Called
   * only for depths the previous answers opened up. `key` is the member name inside an object.
   */
  onValueStart(depth: number, key: string | undefined, firstByte: number): number
  /** The bytes of a value onValueStart asked to capture; they may be a view of the current chunk, valid only during the call. */
  onCapture(depth: number, bytes: Buffer): void
}

/** A syntax error at an absolute byte offset. `reason` lets the caller word the message. */
export class JsonSyntaxError extends Error {
  constructor(
    readonly offset: number,
    readonly reason: 'syntax' | 'truncated' | 'trailing' | 'empty',
    message: string
  ) {
    super(message)
  }
}

// Scanner states: what the next non-whitespace byte may be.
const VALUE = 0
const ARRAY_FIRST = 1 // a value or ']'
const OBJECT_FIRST = 2 // a key or '}'
const OBJECT_KEY = 3
const COLON = 4
const AFTER_VALUE = 5
const END = 6
const IN_STRING = 7
const IN_NUMBER = 8
const IN_LITERAL = 9
const SKIM = 10 // inside a CAPTURE_PARSED container

// Number grammar sub-states: -?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?
const N_MINUS = 0 // after '-': a digit must follow
const N_ZERO = 1 // leading 0: no more integer digits
const N_INT = 2
const N_DOT = 3 // after '.': a digit must follow
const N_FRAC = 4
const N_EXP = 5 // after e/E: sign or digit
const N_EXP_SIGN = 6 // after sign: a digit must follow
const N_EXP_DIGITS = 7

const OBJECT = 1
const ARRAY = 2
const EMPTY = Buffer.alloc(0)

export class JsonScanner {
  private state = VALUE
  private stack = new Uint8Array(256)
  private depth = 0
  /** Hooks run for values at depth <= watch. */
  private watch = 0
  /** Absolute offset of the current chunk's first byte. */
  private base = 0
  private key: string | undefined
  private inKey = false
  private recordKey = false
  private keyEscaped = false
  private keyStart = 0
  private keyPieces: Buffer[] = []
  /** 0: none; 1: after a backslash; 2..5: hex digits still expected after \u (5 - n left). */
  private escape = 0
  private number = N_INT
  private literal: Uint8Array = LITERALS[0x74]
  private literalAt = 0
  private capturing = false
  private captureDepth = 0
  private captureStart = 0
  private capturePieces: Buffer[] = []
  /** Absolute offset of the captured value's first byte. */
  private captureOffset = 0
  private readonly skimmer = new ContainerSkimmer()

  constructor(private readonly hooks: ScanHooks) {}

  /**
   * Scans one chunk. Captured values that end in it are delivered before this returns; the scanner
   * keeps no reference to `b`, so the caller may overwrite it afterwards.
   */
  feed(b: Buffer): void {
    const n = b.length
    let i = 0
    this.captureStart = 0
    this.keyStart = 0
    while (i < n) {
      // Nearly every byte of a plan lies below the watched depths: validate those in one tight loop.
      if (this.depth > this.watch && this.state <= AFTER_VALUE) {
        i = this.validateUnwatched(b, i, n)
        if (i === n) break
      }
      i = this.step(b, i, n)
    }
    // Copies, so that the caller may reuse `b` for the next read (keeps memory at one chunk).
    if (this.capturing) this.capturePieces.push(Buffer.from(b.subarray(this.captureStart, n)))
    if (this.inKey && this.recordKey) this.keyPieces.push(Buffer.from(b.subarray(this.keyStart, n)))
    this.base += n
  }

  /**
   * Validates b[i..n) while values lie below the watched depths, where no hook runs and nothing is
   * captured, keeping the state machine in locals. It returns where the general state machine must
   * take over: at the end of the chunk, before a bracket that closes back to a watched depth, or at a
   * token the chunk cuts off (the state is then that token's, which step() resumes).
   */
  private validateUnwatched(b: Buffer, i: number, n: number): number {
    let state = this.state
    let depth = this.depth
    let stack = this.stack
    const floor = this.watch + 1
    while (i < n) {
      const c = b[i]
      if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) {
        i++
        continue
      }
      switch (state) {
        case AFTER_VALUE:
          if (c === 0x2c) {
            state = stack[depth - 1] === OBJECT ? OBJECT_KEY : VALUE
            i++
            continue
          }
          if (c !== 0x7d && c !== 0x5d) break
          if (depth === floor || stack[depth - 1] !== (c === 0x7d ? OBJECT : ARRAY)) break
          depth--
          i++
          continue
        case COLON:
          if (c !== 0x3a) break
          state = VALUE
          i++
          continue
        case OBJECT_FIRST:
        case OBJECT_KEY:
          if (c === 0x22) {
            const end = stringEnd(b, i + 1, n)
            if (end < 0) {
              this.depth = depth
              return this.suspendString(true, -end - 1)
            }
            state = COLON
            i = end
            continue
          }
          if (c !== 0x7d || state !== OBJECT_FIRST || depth === floor) break
          depth--
          state = AFTER_VALUE
          i++
          continue
        default: {
          // VALUE or ARRAY_FIRST
          if (c === 0x22) {
            const end = stringEnd(b, i + 1, n)
            if (end < 0) {
              this.depth = depth
              return this.suspendString(false, -end - 1)
            }
            state = AFTER_VALUE
            i = end
            continue
          }
          if (c === 0x7b || c === 0x5b) {
            if (depth === stack.length) {
              this.growStack()
              stack = this.stack
            }
            stack[depth++] = c === 0x7b ? OBJECT : ARRAY
            state = c === 0x7b ? OBJECT_FIRST : ARRAY_FIRST
            i++
            continue
          }
          if (c === 0x5d && state === ARRAY_FIRST && depth !== floor) {
            depth--
            state = AFTER_VALUE
            i++
            continue
          }
          const end = c === 0x2d || (c >= 0x30 && c <= 0x39) ? numberEnd(b, i, n) : literalEnd(b, i, n, c)
          // A token the chunk cuts off, and every error, go through the general machine: it keeps
          // their state across chunks and words the errors.
          if (end === -1) break
          state = AFTER_VALUE
          i = end
          continue
        }
      }
      break
    }
    this.state = state
    this.depth = depth
    return i
  }

  /** Hands a string the fast loop could not finish (chunk end, bad byte) to scanString. */
  private suspendString(inKey: boolean, at: number): number {
    this.state = IN_STRING
    this.inKey = inKey
    this.recordKey = false
    this.escape = 0
    return at
  }

  /** One step of the general state machine from `i`; returns where it stopped. */
  private step(b: Buffer, i: number, n: number): number {
    switch (this.state) {
      case IN_STRING:
        return this.scanString(b, i, n)
      case AFTER_VALUE:
        return this.afterValue(b, i, n)
      case VALUE:
      case ARRAY_FIRST:
        return this.startValue(b, i, n)
      case IN_NUMBER:
        return this.scanNumber(b, i, n)
      case IN_LITERAL:
        return this.scanLiteral(b, i, n)
      case SKIM: {
        const end = this.skimmer.skim(b, i, n)
        return end === -1 ? n : this.completeParsed(b, end)
      }
      case OBJECT_FIRST:
      case OBJECT_KEY:
        return this.startKey(b, i, n)
      case COLON:
        i = skipSpace(b, i, n)
        if (i === n) return n
        if (b[i] !== 0x3a) this.fail(b, i, "expected ':' after an object key")
        this.state = VALUE
        return i + 1
      default:
        i = skipSpace(b, i, n)
        if (i < n)
          throw new JsonSyntaxError(this.base + i, 'trailing', 'content after the end of the JSON document')
        return n
    }
  }

  /** Declares the input complete; throws if the document is unfinished. */
  end(): void {
    if (this.state === IN_NUMBER && this.depth === 0 && this.numberComplete()) {
      // A bare top-level number only ends with the input.
      this.captureStart = 0
      this.completeValue(EMPTY, 0)
    }
    if (this.state === END) return
    if (this.state === SKIM) this.locateError(Buffer.concat(this.capturePieces), this.captureOffset)
    const empty = this.state === VALUE && this.depth === 0
    throw new JsonSyntaxError(this.base, empty ? 'empty' : 'truncated', 'the JSON document ends early')
  }

  private startValue(b: Buffer, i: number, n: number): number {
    i = skipSpace(b, i, n)
    if (i === n) return n
    const c = b[i]
    if (this.state === ARRAY_FIRST && c === 0x5d) return this.close(b, i, ARRAY)
    if (this.depth <= this.watch) {
      const action = this.hooks.onValueStart(this.depth, this.key, c)
      this.watch = action === DESCEND ? this.depth + 1 : this.depth
      if (action === CAPTURE || action === CAPTURE_PARSED) {
        this.capturing = true
        this.captureDepth = this.depth
        this.captureStart = i
        this.captureOffset = this.base + i
        this.capturePieces = []
        if (action === CAPTURE_PARSED && (c === 0x7b || c === 0x5b)) {
          this.state = SKIM
          this.skimmer.reset()
          return i
        }
      }
    }
    if (c === 0x7b || c === 0x5b) {
      if (this.depth === this.stack.length) this.growStack()
      this.stack[this.depth++] = c === 0x7b ? OBJECT : ARRAY
      this.state = c === 0x7b ? OBJECT_FIRST : ARRAY_FIRST
      this.key = undefined
    } else if (c === 0x22) {
      this.state = IN_STRING
      this.inKey = false
      this.recordKey = false
    } else if (c === 0x2d || (c >= 0x30 && c <= 0x39)) {
      this.state = IN_NUMBER
      this.number = c === 0x2d ? N_MINUS : c === 0x30 ? N_ZERO : N_INT
    } else if (LITERALS[c] !== undefined) {
      this.state = IN_LITERAL
      this.literal = LITERALS[c]
      this.literalAt = 1
    } else {
      this.fail(b, i, 'expected a JSON value')
    }
    return i + 1
  }

  private startKey(b: Buffer, i: number, n: number): number {
    i = skipSpace(b, i, n)
    if (i === n) return n
    const c = b[i]
    if (c === 0x7d && this.state === OBJECT_FIRST) return this.close(b, i, OBJECT)
    if (c !== 0x22) this.fail(b, i, 'expected a double-quoted object key')
    this.state = IN_STRING
    this.inKey = true
    this.recordKey = this.depth <= this.watch
    this.key = undefined
    this.keyEscaped = false
    this.keyStart = i + 1
    this.keyPieces = []
    return i + 1
  }

  private scanString(b: Buffer, i: number, n: number): number {
    while (i < n) {
      if (this.escape !== 0) {
        i = this.scanEscape(b, i, n)
        continue
      }
      let c = 0
      while (i < n) {
        c = b[i]
        if (c === 0x22 || c === 0x5c || c < 0x20) break
        i++
      }
      if (i === n) return n
      if (c === 0x22) return this.endString(b, i)
      if (c === 0x5c) {
        this.escape = 1
        this.keyEscaped = true
        i++
      } else {
        this.fail(b, i, 'control character inside a string (must be escaped)')
      }
    }
    return i
  }

  private scanEscape(b: Buffer, i: number, n: number): number {
    while (i < n && this.escape !== 0) {
      const c = b[i]
      if (this.escape === 1) {
        if (c === 0x75) this.escape = 2
        else if (ESCAPES[c] === 1) this.escape = 0
        else this.fail(b, i, 'invalid escape sequence in a string')
      } else {
        if (HEX[c] !== 1) this.fail(b, i, 'invalid \\u escape in a string (4 hex digits expected)')
        this.escape = this.escape === 5 ? 0 : this.escape + 1
      }
      i++
    }
    return i
  }

  private endString(b: Buffer, i: number): number {
    if (!this.inKey) return this.completeValue(b, i + 1)
    this.state = COLON
    this.inKey = false
    if (this.recordKey) {
      const last = b.subarray(this.keyStart, i)
      const raw = this.keyPieces.length === 0 ? last : Buffer.concat([...this.keyPieces, last])
      this.key = this.keyEscaped ? (JSON.parse(`"${raw.toString('utf8')}"`) as string) : raw.toString('utf8')
      this.keyPieces = []
    }
    return i + 1
  }

  private scanNumber(b: Buffer, i: number, n: number): number {
    for (; i < n; i++) {
      const c = b[i]
      const digit = c >= 0x30 && c <= 0x39
      switch (this.number) {
        case N_MINUS:
          if (!digit) this.fail(b, i, 'a digit must follow "-"')
          this.number = c === 0x30 ? N_ZERO : N_INT
          continue
        case N_INT:
        case N_ZERO:
          // After the integer part (or a leading zero, which must stand alone): '.', an exponent, or the end.
          if (digit && this.number === N_INT) continue
          if (c === 0x2e) this.number = N_DOT
          else if (c === 0x65 || c === 0x45) this.number = N_EXP
          else if (digit) this.fail(b, i, 'a number must not have leading zeros')
          else return this.completeValue(b, i)
          continue
        case N_DOT:
          if (!digit) this.fail(b, i, 'a digit must follow the decimal point')
          this.number = N_FRAC
          continue
        case N_FRAC:
          if (digit) continue
          if (c === 0x65 || c === 0x45) this.number = N_EXP
          else return this.completeValue(b, i)
          continue
        case N_EXP:
          if (c === 0x2b || c === 0x2d) this.number = N_EXP_SIGN
          else if (digit) this.number = N_EXP_DIGITS
          else this.fail(b, i, 'a digit must follow the exponent')
          continue
        case N_EXP_SIGN:
          if (!digit) this.fail(b, i, 'a digit must follow the exponent sign')
          this.number = N_EXP_DIGITS
          continue
        default:
          if (!digit) return this.completeValue(b, i)
      }
    }
    return i
  }

  private numberComplete(): boolean {
    return (
      this.number === N_ZERO ||
      this.number === N_INT ||
      this.number === N_FRAC ||
      this.number === N_EXP_DIGITS
    )
  }

  private scanLiteral(b: Buffer, i: number, n: number): number {
    const literal = this.literal
    for (; i < n; i++) {
      if (b[i] !== literal[this.literalAt])
        this.fail(b, i, `invalid literal (expected '${literal.toString()}')`)
      if (++this.literalAt === literal.length) return this.completeValue(b, i + 1)
    }
    return i
  }

  private close(b: Buffer, i: number, kind: number): number {
    if (this.stack[this.depth - 1] !== kind)
      this.fail(b, i, kind === OBJECT ? "unexpected '}'" : "unexpected ']'")
    this.depth--
    return this.completeValue(b, i + 1)
  }

  /** A value ended just before `end`; deliver a capture that ends here and expect what follows. */
  private completeValue(b: Buffer, end: number): number {
    this.state = this.depth === 0 ? END : AFTER_VALUE
    if (this.capturing && this.depth === this.captureDepth) {
      this.capturing = false
      const last = b.subarray(this.captureStart, end)
      const bytes = this.capturePieces.length === 0 ? last : Buffer.concat([...this.capturePieces, last])
      this.capturePieces = []
      this.hooks.onCapture(this.depth, bytes)
    }
    return end
  }

  /** A CAPTURE_PARSED container ended just before `end`: hand it over; position a JSON.parse failure. */
  private completeParsed(b: Buffer, end: number): number {
    // The bytes are joined again only on the error path (completeValue joins them for the hook).
    const pieces = this.capturePieces
    const start = this.captureStart
    try {
      return this.completeValue(b, end)
    } catch (error) {
      if (error instanceof SyntaxError) {
        const last = b.subarray(start, end)
        this.locateError(pieces.length === 0 ? last : Buffer.concat([...pieces, last]), this.captureOffset)
      }
      throw error
    }
  }

  /** Validates skimmed bytes to find where they break JSON; throws that position (returns if none). */
  private locateError(bytes: Buffer, offset: number): void {
    const validator = new JsonScanner({ onValueStart: () => SKIP, onCapture() {} })
    try {
      validator.feed(bytes)
    } catch (error) {
      if (error instanceof JsonSyntaxError)
        throw new JsonSyntaxError(offset + error.offset, 'syntax', error.message)
      throw error
    }
  }

  private afterValue(b: Buffer, i: number, n: number): number {
    i = skipSpace(b, i, n)
    if (i === n) return n
    const c = b[i]
    const inObject = this.stack[this.depth - 1] === OBJECT
    if (c === 0x2c) {
      this.state = inObject ? OBJECT_KEY : VALUE
      if (!inObject) this.key = undefined
      return i + 1
    }
    if (c === 0x7d || c === 0x5d) return this.close(b, i, c === 0x7d ? OBJECT : ARRAY)
    return this.fail(
      b,
      i,
      inObject ? "expected ',' or '}' after an object member" : "expected ',' or ']' after an array element"
    )
  }

  private growStack(): void {
    const bigger = new Uint8Array(this.stack.length * 2)
    bigger.set(this.stack)
    this.stack = bigger
  }

  private fail(b: Buffer, i: number, message: string): never {
    const c = b[i]
    const shown =
      c >= 0x20 && c < 0x7f ? `'${String.fromCharCode(c)}'` : `byte 0x${c.toString(16).padStart(2, '0')}`
    throw new JsonSyntaxError(this.base + i, 'syntax', `${message}, found ${shown}`)
  }
}
