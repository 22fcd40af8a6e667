/**
 * A byte-level JSON scanner fed one Buffer chunk at a time. It checks the whole document against
 * JSON.parse's grammar (RFC 8259) but builds nothing, except the values a hook asks it to capture:
 * their raw bytes are handed over once the value ends. Every state survives a chunk boundary, so a
 * token may be split anywhere, even inside a multi-byte UTF-8 character or an escape.
 * docs/json-reader.md says why plans are read this way and what the scanner guarantees.
 */

import { ContainerSkimmer } from './json-skim.js'
import {
  CLOSE_BRACE,
  CLOSE_BRACKET,
  COLON,
  COMMA,
  type Fail,
  LiteralToken,
  NumberToken,
  OPEN_BRACE,
  OPEN_BRACKET,
  QUOTE,
  showByte,
  Span,
  startsNumber,
  StringToken,
  WHITESPACE
} from './json-tokens.js'

/** What a hook wants done with the value that starts: nothing (it is only checked). */
export const SKIP = 0
/** Call the hook for this container's members too. */
export const DESCEND = 1
/** Hand the value's bytes to onCapture when it ends. */
export const CAPTURE = 2
/**
 * Like CAPTURE for an object or array that onCapture passes to JSON.parse: only its end is found
 * here (json-skim.ts); a SyntaxError from onCapture is turned into a positioned JsonSyntaxError.
 */
export const CAPTURE_PARSED = 3

export interface ScanHooks {
  /**
   * A value starts at `depth` (0 = the document, 1 = a member of the top-level object, ...). Called
   * only for depths the previous answers opened up. `key` is the member name inside an object.
   */
  onValueStart(depth: number, key: string | undefined, firstByte: number): number
  /**
   * The bytes of a value onValueStart asked to capture; they may be a view of the current chunk, valid
   * only during the call. For a CAPTURE_PARSED container, `keys` is how many object keys its bytes
   * hold (duplicates included), to compare with what JSON.parse keeps.
   */
  onCapture(depth: number, bytes: Buffer, keys?: number): void
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

// Where the scanner stands: between tokens, expecting...
const VALUE = 0
const ARRAY_FIRST = 1 // a value or ']'
const OBJECT_FIRST = 2 // a key or '}'
const OBJECT_KEY = 3
const AFTER_KEY = 4 // ':'
const AFTER_VALUE = 5 // ',' or the container's closing bracket
const END = 6 // nothing but whitespace
// ...or inside a token (possibly one that began in an earlier chunk).
const IN_KEY = 7
const IN_STRING = 8
const IN_NUMBER = 9
const IN_LITERAL = 10
const IN_SKIM = 11 // a CAPTURE_PARSED container

// What the open containers are (the stack).
const OBJECT = 1
const ARRAY = 2
const NO_BYTES = Buffer.alloc(0)

export class JsonScanner {
  private state = VALUE
  private stack: Uint8Array = new Uint8Array(256)
  private depth = 0
  /** Hooks run for values at depth <= watch. */
  private watch = 0
  /** Absolute offset of the current chunk's first byte. */
  private base = 0
  /** The current member's name, when its depth is watched. */
  private key: string | undefined
  /** The bytes of the current key, while it is read at a watched depth. */
  private readonly keyBytes = new Span()
  /** The bytes of the value a hook asked to capture, while it is read. */
  private readonly capture = new Span()
  private captureDepth = 0
  /** Throws the syntax error at b[at], naming the byte found there. */
  private readonly fail: Fail = (b, at, message) => {
    throw new JsonSyntaxError(this.base + at, 'syntax', `${message}, found ${showByte(b[at])}`)
  }
  private readonly string = new StringToken(this.fail)
  private readonly number = new NumberToken(this.fail)
  private readonly literal = new LiteralToken(this.fail)
  private readonly skimmer = new ContainerSkimmer()

  constructor(private readonly hooks: ScanHooks) {}

  /**
   * Scans one chunk. Captured values that end in it are delivered before this returns; the scanner
   * keeps no reference to `b`, so the caller may overwrite it afterwards.
   */
  feed(b: Buffer): void {
    this.run(b, b.length)
    this.capture.keep(b)
    this.keyBytes.keep(b)
    this.base += b.length
  }

  /** Declares the input complete; throws if the document is unfinished. */
  end(): void {
    if (this.state === IN_NUMBER && this.depth === 0 && this.number.complete()) {
      // A bare top-level number only ends with the input.
      this.state = END
      if (this.capture.open) this.deliver(NO_BYTES, 0, 0, undefined)
    }
    if (this.state === END) return
    if (this.state === IN_SKIM) this.locateError(this.capture.kept(), this.capture.offset)
    const empty = this.state === VALUE && this.depth === 0
    throw new JsonSyntaxError(this.base, empty ? 'empty' : 'truncated', 'the JSON document ends early')
  }

  /**
   * The grammar: one pass over b[0..n) that moves from state to state. Tokens are started here and
   * scanned by the IN_* states, which also take up a token the previous chunk cut off.
   */
  private run(b: Buffer, n: number): void {
    let state = this.state
    let depth = this.depth
    let stack = this.stack
    let i = 0
    while (i < n) {
      // Set when a value ends just before b[i].
      let ended = false
      let skimmed = false
      if (state < IN_KEY) {
        const c = b[i]
        // What was expected instead of c, if c does not fit: whitespace is skipped, anything else is an error.
        let expected = ''
        switch (state) {
          case AFTER_VALUE: {
            const inObject = stack[depth - 1] === OBJECT
            if (c === COMMA) {
              state = inObject ? OBJECT_KEY : VALUE
              if (!inObject) this.key = undefined
              i++
              continue
            }
            if (c === CLOSE_BRACE || c === CLOSE_BRACKET) {
              depth = this.close(b, i, depth, c === CLOSE_BRACE ? OBJECT : ARRAY)
              ended = true
            } else {
              expected = inObject
                ? "expected ',' or '}' after an object member"
                : "expected ',' or ']' after an array element"
            }
            break
          }
          case OBJECT_FIRST:
          case OBJECT_KEY:
            if (c === QUOTE) {
              if (depth <= this.watch) this.keyBytes.begin(i + 1, this.base)
              this.key = undefined
              this.string.start()
              state = IN_KEY
            } else if (c === CLOSE_BRACE && state === OBJECT_FIRST) {
              depth = this.close(b, i, depth, OBJECT)
              ended = true
            } else {
              expected = 'expected a double-quoted object key'
            }
            break
          case AFTER_KEY:
            if (c === COLON) {
              state = VALUE
              i++
              continue
            }
            expected = "expected ':' after an object key"
            break
          case VALUE:
          case ARRAY_FIRST:
            if (c === CLOSE_BRACKET && state === ARRAY_FIRST) {
              depth = this.close(b, i, depth, ARRAY)
              ended = true
              break
            }
            if (depth <= this.watch && WHITESPACE[c] === 0 && this.announce(i, c, depth) === CAPTURE_PARSED) {
              if (c === OPEN_BRACE || c === OPEN_BRACKET) {
                this.skimmer.start()
                state = IN_SKIM
                continue
              }
            }
            if (c === OPEN_BRACE || c === OPEN_BRACKET) {
              if (depth === stack.length) stack = this.growStack()
              stack[depth++] = c === OPEN_BRACE ? OBJECT : ARRAY
              state = c === OPEN_BRACE ? OBJECT_FIRST : ARRAY_FIRST
              this.key = undefined
              i++
              continue
            }
            if (c === QUOTE) {
              this.string.start()
              state = IN_STRING
            } else if (startsNumber(c)) {
              this.number.start(c)
              state = IN_NUMBER
            } else if (this.literal.start(c)) {
              state = IN_LITERAL
            } else {
              expected = 'expected a JSON value'
            }
            break
          default:
            if (WHITESPACE[c] === 1) {
              i++
              continue
            }
            throw new JsonSyntaxError(this.base + i, 'trailing', 'content after the end of the JSON document')
        }
        if (expected !== '') {
          if (WHITESPACE[c] !== 1) this.fail(b, i, expected)
          i++
          continue
        }
        // The byte at i opened a token (scanned below) or closed a container.
        i++
      }
      switch (state) {
        case IN_KEY:
        case IN_STRING: {
          const end = this.string.scan(b, i, n)
          if (end === n) return this.pause(state, depth)
          if (state === IN_STRING) ended = true
          else {
            state = AFTER_KEY
            if (this.keyBytes.open) this.keyEnded(this.keyBytes.close(b, end))
          }
          i = end + 1
          break
        }
        case IN_NUMBER:
          i = this.number.scan(b, i, n)
          if (i === n) return this.pause(state, depth)
          ended = true
          break
        case IN_LITERAL:
          i = this.literal.scan(b, i, n)
          if (i === n) return this.pause(state, depth)
          ended = true
          i++
          break
        case IN_SKIM:
          i = this.skimmer.scan(b, i, n)
          if (i === n) return this.pause(state, depth)
          ended = true
          skimmed = true
          i++
      }
      if (ended) {
        state = depth === 0 ? END : AFTER_VALUE
        if (this.capture.open && depth === this.captureDepth)
          this.deliver(b, i, depth, skimmed ? this.skimmer.keys : undefined)
      }
    }
    this.pause(state, depth)
  }

  /** Saves the loop's state at the end of a chunk. */
  private pause(state: number, depth: number): void {
    this.state = state
    this.depth = depth
  }

  /** Asks the hook about the value starting at b[i] and prepares its capture; returns the hook's answer. */
  private announce(i: number, c: number, depth: number): number {
    const action = this.hooks.onValueStart(depth, this.key, c)
    this.watch = action === DESCEND ? depth + 1 : depth
    if (action === CAPTURE || action === CAPTURE_PARSED) {
      this.capture.begin(i, this.base)
      this.captureDepth = depth
    }
    return action
  }

  private growStack(): Uint8Array {
    const bigger = new Uint8Array(this.stack.length * 2)
    bigger.set(this.stack)
    this.stack = bigger
    return bigger
  }

  /** The closing bracket of a `kind` container is at b[i]; returns the depth after it. */
  private close(b: Buffer, i: number, depth: number, kind: number): number {
    if (this.stack[depth - 1] !== kind) this.fail(b, i, kind === OBJECT ? "unexpected '}'" : "unexpected ']'")
    return depth - 1
  }

  /** The bytes of a watched key, between its quotes, have been read. */
  private keyEnded(raw: Buffer): void {
    const text = raw.toString('utf8')
    this.key = this.string.hasEscapes ? (JSON.parse(`"${text}"`) as string) : text
  }

  /**
   * The captured value ended just before b[end]: hand its bytes to the hook. A SyntaxError from the
   * hook (its JSON.parse of a skimmed container) becomes a JsonSyntaxError at the offending byte.
   */
  private deliver(b: Buffer, end: number, depth: number, keys: number | undefined): void {
    const bytes = this.capture.close(b, end)
    try {
      this.hooks.onCapture(depth, bytes, keys)
    } catch (error) {
      if (error instanceof SyntaxError) this.locateError(bytes, this.capture.offset)
      throw error
    }
  }

  /** Checks skimmed bytes with a scanner of their own to find where they break JSON; throws that position (returns if none). */
  private locateError(bytes: Buffer, offset: number): void {
    const checker = new JsonScanner({ onValueStart: () => SKIP, onCapture() {} })
    try {
      checker.feed(bytes)
    } catch (error) {
      if (error instanceof JsonSyntaxError)
        throw new JsonSyntaxError(offset + error.offset, 'syntax', error.message)
      throw error
    }
  }
}
