/**
 * A streaming JSON rewriter: text in, in chunks of any size; compact JSON out. Each string, number
 * and member name outside a captured value goes through a hook with its path; a container the
 * `capture` hook asks for is collected whole, parsed and handed to `rewrite`, whose JSON takes its
 * place. So a plan of any size is rewritten holding one resource entry at a time. The input is one
 * JSON document or several (an event log, one per line), each written on a line of its own; it must
 * be valid JSON (the plan reader has checked it), anything else throws.
 */

/** One step of a path: a member name or an array index. */
export type JsonStep = string | number

export interface RewriteHooks {
  /** True to collect the object or array starting at `path` and pass it to `rewrite`. */
  capture(path: readonly JsonStep[]): boolean
  /** JSON text to write instead of a captured value, given as written. */
  rewrite(path: readonly JsonStep[], text: string): string
  /** The string to write for a string value (it is JSON-encoded afterwards). */
  string(path: readonly JsonStep[], value: string): string
  /** JSON text to write for a number (given as written). */
  number(path: readonly JsonStep[], text: string): string
  /** The member name to write (names made equal by it are numbered so the object stays valid). */
  key(path: readonly JsonStep[], name: string): string
}

interface Frame {
  array: boolean
  /** The member name or element index the next value takes. */
  step: JsonStep
  /** Member names written in this object, to keep rewritten names unique. */
  written?: Set<string>
}

const WHITESPACE = new Set([' ', '\t', '\n', '\r'])

export class JsonRewriter {
  private readonly frames: Frame[] = []
  /** Expecting a member name (after `{` or `,` in an object). */
  private expectKey = false
  /** Text of a string, number or literal that a chunk boundary cut. */
  private token = ''
  private inString = false
  private escaped = false
  /** A captured container being collected: its text so far and how deep inside it we are. */
  private captured: string[] | undefined
  private captureDepth = 0
  private captureInString = false
  private captureEscaped = false
  private capturePath: JsonStep[] = []

  constructor(
    private readonly hooks: RewriteHooks,
    private readonly write: (text: string) => void
  ) {}

  /**
   * Where the next backslash of the current piece is, found once and reused until passed: searching
   * again from every string would scan to the end of the piece each time.
   */
  private backslash = -1

  private nextBackslash(text: string, from: number): number {
    if (this.backslash < from) {
      const at = text.indexOf('\\', from)
      this.backslash = at < 0 ? Infinity : at
    }
    return this.backslash
  }

  /** Feeds the next piece of the document. */
  feed(text: string): void {
    this.backslash = -1
    let i = 0
    while (i < text.length) {
      if (this.captured) i = this.skim(text, i)
      else if (this.inString) i = this.readString(text, i)
      else if (this.token !== '') i = this.readScalar(text, i)
      else i = this.step(text, i)
    }
  }

  /** The document is complete. */
  end(): void {
    if (this.token !== '') this.finishScalar()
    if (this.inString || this.captured || this.frames.length > 0)
      throw new Error('the JSON document ends early')
  }

  private path(): JsonStep[] {
    return this.frames.map(frame => frame.step)
  }

  private step(text: string, i: number): number {
    const char = text[i]
    if (WHITESPACE.has(char)) return i + 1
    const top = this.frames.at(-1)
    switch (char) {
      case '{':
      case '[': {
        const path = this.path()
        if (this.frames.length > 0 && this.hooks.capture(path)) {
          this.captured = [char]
          this.captureDepth = 1
          this.capturePath = path
          return i + 1
        }
        this.write(char)
        this.frames.push(
          char === '[' ? { array: true, step: 0 } : { array: false, step: '', written: new Set() }
        )
        this.expectKey = char === '{'
        return i + 1
      }
      case '}':
      case ']':
        this.frames.pop()
        // A document ends: keep one per line (an event log holds one JSON document per line).
        this.write(this.frames.length === 0 ? `${char}\n` : char)
        this.expectKey = false
        return i + 1
      case ',':
        this.write(char)
        if (top?.array) top.step = (top.step as number) + 1
        this.expectKey = top !== undefined && !top.array
        return i + 1
      case ':':
        this.write(char)
        return i + 1
      case '"':
        this.inString = true
        this.token = '"'
        return i + 1
      default:
        this.token = char
        return i + 1
    }
  }

  /** Inside a string token: up to its closing quote, which may be in a later chunk. */
  private readString(text: string, i: number): number {
    let j = i
    while (j < text.length) {
      const char = text[j]
      if (this.escaped) this.escaped = false
      else if (char === '\\') this.escaped = true
      else if (char === '"') {
        this.token += text.slice(i, j + 1)
        this.inString = false
        this.finishString(JSON.parse(this.token) as string)
        this.token = ''
        return j + 1
      }
      j++
    }
    this.token += text.slice(i)
    return j
  }

  private finishString(value: string): void {
    const top = this.frames.at(-1)
    if (this.expectKey && top && !top.array) {
      let name = this.hooks.key(this.path(), value)
      const written = top.written as Set<string>
      for (let n = 2; written.has(name); n++) name = `${this.hooks.key(this.path(), value)} #${n}`
      written.add(name)
      top.step = value
      this.expectKey = false
      this.write(JSON.stringify(name))
      return
    }
    this.write(JSON.stringify(this.hooks.string(this.path(), value)))
  }

  /** A number or literal: up to the next delimiter. */
  private readScalar(text: string, i: number): number {
    let j = i
    while (j < text.length && !/[\s,}\]:]/.test(text[j])) j++
    this.token += text.slice(i, j)
    if (j < text.length) this.finishScalar()
    return j
  }

  private finishScalar(): void {
    const token = this.token
    this.token = ''
    if (token === 'true' || token === 'false' || token === 'null') this.write(token)
    else this.write(this.hooks.number(this.path(), token))
  }

  /** Collects a captured container up to its end, then writes what `rewrite` makes of it. */
  private skim(text: string, i: number): number {
    const captured = this.captured as string[]
    let j = i
    while (j < text.length) {
      if (this.captureInString) {
        if (this.captureEscaped) {
          this.captureEscaped = false
          j++
          continue
        }
        // The closing quote is the first one not escaped; a backslash may end this piece.
        const quote = text.indexOf('"', j)
        const backslash = this.nextBackslash(text, j)
        if (backslash !== Infinity && (quote < 0 || backslash < quote)) {
          this.captureEscaped = true
          j = backslash + 1
          continue
        }
        if (quote < 0) break
        this.captureInString = false
        j = quote + 1
        continue
      }
      // Outside strings only brackets and quotes matter, and the text up to the next quote is short.
      const quote = text.indexOf('"', j)
      const end = quote < 0 ? text.length : quote
      for (; j < end; j++) {
        const char = text.charCodeAt(j)
        if (char === OPEN_BRACE || char === OPEN_BRACKET) this.captureDepth++
        else if ((char === CLOSE_BRACE || char === CLOSE_BRACKET) && --this.captureDepth === 0) {
          captured.push(text.slice(i, j + 1))
          this.captured = undefined
          this.write(this.hooks.rewrite(this.capturePath, captured.join('')))
          return j + 1
        }
      }
      if (quote < 0) break
      this.captureInString = true
      j = quote + 1
    }
    captured.push(text.slice(i))
    return text.length
  }
}

const OPEN_BRACE = 0x7b
const CLOSE_BRACE = 0x7d
const OPEN_BRACKET = 0x5b
const CLOSE_BRACKET = 0x5d
