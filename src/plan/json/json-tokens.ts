/**
 * The bytes of JSON (RFC 8259) and the scanners for its three kinds of token: strings, numbers and
 * the literals true, false and null. Each scanner is resumable: it keeps its place inside a token
 * between calls, so a token cut by a chunk boundary is continued by the next call exactly as if it
 * had been whole. None of them builds anything; they find where a token ends, or throw through the
 * scanner's `fail` at the first byte JSON.parse would refuse.
 */

const code = (char: string): number => char.charCodeAt(0)

export const QUOTE = code('"')
export const OPEN_BRACE = code('{')
export const CLOSE_BRACE = code('}')
export const OPEN_BRACKET = code('[')
export const CLOSE_BRACKET = code(']')
export const COLON = code(':')
export const COMMA = code(',')
const BACKSLASH = code('\\')
const MINUS = code('-')
const PLUS = code('+')
const DOT = code('.')
const ZERO = code('0')
const LOWER_E = code('e')
const UPPER_E = code('E')
const LOWER_U = code('u')
/** The first byte a string may hold unescaped: every byte below it is a control character. */
const FIRST_PRINTABLE = code(' ')
const LAST_PRINTABLE = code('~')

// Byte tables: the loops that run once per byte test a byte with one lookup in these.

/** A byte table holding `mark` for each of `chars` and 0 for every other byte. */
export function table(chars: string, mark = 1): Uint8Array {
  const marks = new Uint8Array(256)
  for (const char of chars) marks[code(char)] = mark
  return marks
}

/** 1 for the four whitespace bytes JSON allows between tokens. */
export const WHITESPACE = table(' \t\n\r')
/** 1 for the two bytes that end a run of string contents when nothing else in it is checked. */
export const QUOTE_OR_BACKSLASH = table('"\\')
/** 1 for the bytes that end a run of plain string contents: quote, backslash, control characters. */
const STRING_STOPS = table('"\\')
for (let c = 0; c < FIRST_PRINTABLE; c++) STRING_STOPS[c] = 1
/** 1 for the bytes that may follow a backslash, other than `u` (which takes four hex digits). */
const ESCAPES = table('"\\/bfnrt')
const HEX = table('0123456789abcdefABCDEF')
const DIGITS = table('0123456789')
const NUMBER_STARTS = table('-0123456789')

/** The literals, by their first byte. */
const LITERALS: ReadonlyMap<number, Buffer> = new Map(
  ['true', 'false', 'null'].map(word => [code(word), Buffer.from(word)])
)

/** True for the bytes a number may start with. */
export function startsNumber(c: number): boolean {
  return NUMBER_STARTS[c] === 1
}

/** How a byte is shown in an error message: itself when printable ASCII, else its hex code. */
export function showByte(c: number): string {
  return c >= FIRST_PRINTABLE && c <= LAST_PRINTABLE
    ? `'${String.fromCharCode(c)}'`
    : `byte 0x${c.toString(16).padStart(2, '0')}`
}

/**
 * Bytes of JSON text that may span several chunks (a key the scanner records, a value it captures).
 * The part in the current chunk is only a position until the chunk ends; then it is copied, since
 * the caller may reuse the chunk's memory for the next read.
 */
export class Span {
  /** The span has begun and not yet ended. */
  open = false
  /** Absolute offset of its first byte. */
  offset = 0
  private start = 0
  private pieces: Buffer[] = []

  /** The span begins at b[i] of the chunk whose first byte is at absolute offset `base`. */
  begin(i: number, base: number): void {
    this.open = true
    this.start = i
    this.offset = base + i
    this.pieces = []
  }

  /** The chunk b ends: keep a copy of the open span's part of it. */
  keep(b: Buffer): void {
    if (!this.open) return
    this.pieces.push(Buffer.from(b.subarray(this.start)))
    this.start = 0
  }

  /** The span ends just before b[end]; returns its bytes (a view of b when they lie in this chunk). */
  close(b: Buffer, end: number): Buffer {
    this.open = false
    const last = b.subarray(this.start, end)
    const bytes = this.pieces.length === 0 ? last : Buffer.concat([...this.pieces, last])
    this.pieces = []
    return bytes
  }

  /** The bytes of the chunks kept so far (the input ended inside the span). */
  kept(): Buffer {
    return Buffer.concat(this.pieces)
  }
}

/** Throws a syntax error at b[at] (the scanner adds the absolute offset and the byte found). */
export type Fail = (b: Buffer, at: number, message: string) => never

// Where a string scan stands after a backslash: the escape's letter is next, or this many hex digits.
const PLAIN = 0
const ESCAPE_LETTER = 5
// 1..4: hex digits of a \u escape still expected.

/** A string's contents, from just past the opening quote to the closing quote. */
export class StringToken {
  private escape = PLAIN
  /** The string holds an escape (a key must then be decoded). */
  hasEscapes = false

  constructor(private readonly fail: Fail) {}

  /** Starts a new string. */
  start(): void {
    this.escape = PLAIN
    this.hasEscapes = false
  }

  /** Scans from i; returns the position of the closing quote, or n when the chunk ends first. */
  scan(b: Buffer, i: number, n: number): number {
    while (i < n) {
      if (this.escape !== PLAIN) {
        this.escapeByte(b, i)
        i++
        continue
      }
      while (i < n && STRING_STOPS[b[i]] === 0) i++
      if (i === n) break
      const c = b[i]
      if (c === QUOTE) return i
      if (c !== BACKSLASH) this.fail(b, i, 'control character inside a string (must be escaped)')
      this.escape = ESCAPE_LETTER
      this.hasEscapes = true
      i++
    }
    return n
  }

  private escapeByte(b: Buffer, i: number): void {
    const c = b[i]
    if (this.escape === ESCAPE_LETTER) {
      if (c === LOWER_U) this.escape = 4
      else if (ESCAPES[c] === 1) this.escape = PLAIN
      else this.fail(b, i, 'invalid escape sequence in a string')
    } else {
      if (HEX[c] !== 1) this.fail(b, i, 'invalid \\u escape in a string (4 hex digits expected)')
      this.escape--
    }
  }
}

// Where a number scan stands: -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?
const AFTER_MINUS = 0 // a digit must follow
const AFTER_ZERO = 1 // a leading 0: no more integer digits
const INTEGER = 2
const AFTER_DOT = 3 // a digit must follow
const FRACTION = 4
const AFTER_E = 5 // a sign or a digit must follow
const AFTER_SIGN = 6 // a digit must follow
const EXPONENT = 7

/** A number, from its first byte to the first byte after it. */
export class NumberToken {
  private phase = INTEGER

  constructor(private readonly fail: Fail) {}

  /** Starts a new number whose first byte is c (a digit or '-'). */
  start(c: number): void {
    this.phase = c === MINUS ? AFTER_MINUS : c === ZERO ? AFTER_ZERO : INTEGER
  }

  /** The bytes so far form a whole number (what ends a number at the end of the input). */
  complete(): boolean {
    const phase = this.phase
    return phase === AFTER_ZERO || phase === INTEGER || phase === FRACTION || phase === EXPONENT
  }

  /**
   * Scans from i (past the first byte); returns the position of the first byte after the number, or
   * n when the chunk ends first (the number may go on in the next chunk).
   */
  scan(b: Buffer, i: number, n: number): number {
    let phase = this.phase
    for (; i < n; i++) {
      const c = b[i]
      const digit = DIGITS[c] === 1
      switch (phase) {
        case AFTER_MINUS:
          if (!digit) this.fail(b, i, 'a digit must follow "-"')
          phase = c === ZERO ? AFTER_ZERO : INTEGER
          continue
        case AFTER_ZERO:
        case INTEGER:
          if (digit) {
            if (phase === AFTER_ZERO) this.fail(b, i, 'a number must not have leading zeros')
            continue
          }
          if (c === DOT) phase = AFTER_DOT
          else if (c === LOWER_E || c === UPPER_E) phase = AFTER_E
          else return i
          continue
        case AFTER_DOT:
          if (!digit) this.fail(b, i, 'a digit must follow the decimal point')
          phase = FRACTION
          continue
        case FRACTION:
          if (digit) continue
          if (c === LOWER_E || c === UPPER_E) phase = AFTER_E
          else return i
          continue
        case AFTER_E:
          if (c === PLUS || c === MINUS) phase = AFTER_SIGN
          else if (digit) phase = EXPONENT
          else this.fail(b, i, 'a digit must follow the exponent')
          continue
        case AFTER_SIGN:
          if (!digit) this.fail(b, i, 'a digit must follow the exponent sign')
          phase = EXPONENT
          continue
        default:
          if (!digit) return i
      }
    }
    this.phase = phase
    return n
  }
}

/** One of the literals true, false and null. */
export class LiteralToken {
  private word: Buffer = Buffer.alloc(0)
  private at = 0

  constructor(private readonly fail: Fail) {}

  /** Starts the literal whose first byte is c; false if no literal starts with c. */
  start(c: number): boolean {
    const word = LITERALS.get(c)
    if (word === undefined) return false
    this.word = word
    this.at = 1
    return true
  }

  /** Scans from i (past the first byte); returns the position of the literal's last byte, or n when the chunk ends first. */
  scan(b: Buffer, i: number, n: number): number {
    const word = this.word
    for (; i < n; i++) {
      if (b[i] !== word[this.at]) this.fail(b, i, `invalid literal (expected '${word.toString()}')`)
      if (++this.at === word.length) return i
    }
    return n
  }
}
