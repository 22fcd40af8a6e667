/**
 * The byte scanner against JSON.parse itself: on generated documents and on mutated ones, at chunk
 * sizes that split every token (and every multi-byte UTF-8 character), it must accept exactly what
 * JSON.parse accepts and capture exactly the bytes of the values it is asked for.
 */
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import {
  CAPTURE,
  CAPTURE_PARSED,
  DESCEND,
  JsonScanner,
  JsonSyntaxError,
  SKIP
} from '../../../src/plan/json/json-scanner.js'

interface ScanResult {
  ok: boolean
  /** Top-level members (or the document itself when it is not an object), parsed from captured bytes. */
  captured: Record<string, unknown>
  error?: JsonSyntaxError
}

/**
 * Scans `text` in chunks of `chunkSize`, capturing each top-level member; with `parsed`, containers
 * are captured with CAPTURE_PARSED (only their end is found, JSON.parse validates them).
 */
function scan(text: string | Buffer, chunkSize: number, parsed = false): ScanResult {
  const bytes = Buffer.isBuffer(text) ? text : Buffer.from(text, 'utf8')
  const captured: Record<string, unknown> = {}
  let key = ''
  const scanner = new JsonScanner({
    onValueStart(depth, name, firstByte) {
      if (depth === 0) {
        key = '$'
        return firstByte === 0x7b ? DESCEND : CAPTURE
      }
      key = name as string
      return depth === 1 ? (parsed ? CAPTURE_PARSED : CAPTURE) : SKIP
    },
    onCapture(_depth, value) {
      // defineProperty: a member named "__proto__" must become a key, as JSON.parse makes it, not the prototype.
      Object.defineProperty(captured, key, {
        value: JSON.parse(value.toString('utf8')),
        enumerable: true,
        writable: true,
        configurable: true
      })
    }
  })
  try {
    for (let i = 0; i < bytes.length; i += chunkSize) scanner.feed(bytes.subarray(i, i + chunkSize))
    scanner.end()
    return { ok: true, captured }
  } catch (error) {
    if (!(error instanceof JsonSyntaxError)) throw error
    return { ok: false, captured, error }
  }
}

function parseOrUndefined(text: string): { value: unknown } | undefined {
  try {
    return { value: JSON.parse(text) }
  } catch {
    return undefined
  }
}

/** What scan() should capture for a document JSON.parse accepted. */
function expectedCapture(value: unknown): Record<string, unknown> {
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) return { ...(value as object) }
  return { $: value }
}

const CHUNK_SIZES = [1, 2, 3, 5, 64, 1 << 20]

describe('JsonScanner agrees with JSON.parse', () => {
  const accepted = [
    '{}',
    '[]',
    ' \t\r\n{ "a" : [ 1 , -0 , 0.5 , -12.5e-3 , 1E+9 , 2e5 ] , "b" : { } , "c" : [ ] }\n',
    '{"s":"quote \\" backslash \\\\ slash \\/ \\b\\f\\n\\r\\t \\u00e9 \\uD83D\\uDE80 braces {}[] ,:"}',
    '{"é 日本 🚀":"é 日本 🚀","x":{"y":[true,false,null]}}',
    '{"a\\u0062c":1,"\\"":2}',
    '"just a string"',
    '123',
    '-0.0e-0',
    'true',
    'null',
    '[[[[[[[[[[]]]]]]]]]]',
    `{"deep":${'['.repeat(1000)}${']'.repeat(1000)}}`
  ]
  const rejected: [string, RegExp][] = [
    ['', /ends early/],
    ['   ', /ends early/],
    ['{', /ends early/],
    ['{"a":1', /ends early/],
    ['{"a":"x', /ends early/],
    ['{"a":"x\\', /ends early/],
    ['{"a":"\\u12', /ends early/],
    ['-', /ends early/],
    ['{"a":-}', /digit must follow "-"/],
    ['[01]', /leading zeros/],
    ['[1.]', /decimal point/],
    ['[.5]', /expected a JSON value/],
    ['[1e]', /exponent/],
    ['[1e+]', /exponent sign/],
    ['[+1]', /expected a JSON value/],
    ['[tru]', /invalid literal/],
    ['[nul', /ends early/],
    ['[1,]', /expected a JSON value/],
    ['[,1]', /expected a JSON value/],
    ['{,}', /double-quoted object key/],
    ['{"a" 1}', /expected ':'/],
    ['{"a":1,}', /double-quoted object key/],
    ['{"a":1 "b":2}', /expected ',' or '}'/],
    ['[1 2]', /expected ',' or '\]'/],
    ['{"a":1]', /unexpected '\]'/],
    ['[1}', /unexpected '}'/],
    ['{"a":"\\x"}', /invalid escape/],
    ['{"a":"\\u12G4"}', /\\u escape/],
    ['{"a":"tab\there"}', /control character/],
    ['{"a":"new\nline"}', /control character/],
    ["{'a':1}", /double-quoted object key/],
    ['{a:1}', /double-quoted object key/],
    ['{} {}', /content after the end/],
    ['{}x', /content after the end/],
    ['[NaN]', /expected a JSON value/],
    ['{"a":1}\u0000', /content after the end/],
    ['\u00a0{}', /expected a JSON value/],
    ['{"m":{"a":"x\\\\\\"}]}', /ends early|expected/],
    ['{"m":[1,{"b":tru}]}', /invalid literal/],
    ['{"m":{"s":"\\\\"},"n":[1 2]}', /expected ',' or '\]'/]
  ]

  for (const text of accepted) {
    it(`accepts ${JSON.stringify(text.slice(0, 40))} at every chunk size`, () => {
      const expected = expectedCapture(JSON.parse(text))
      for (const size of CHUNK_SIZES) {
        expect(scan(text, size)).toEqual({ ok: true, captured: expected })
        expect(scan(text, size, true)).toEqual({ ok: true, captured: expected })
      }
    })
  }

  for (const [text, message] of rejected) {
    it(`rejects ${JSON.stringify(text)} like JSON.parse, at the same byte for every chunk size`, () => {
      expect(parseOrUndefined(text)).toBeUndefined()
      const offsets = CHUNK_SIZES.flatMap(size =>
        [false, true].map(parsed => {
          const result = scan(text, size, parsed)
          expect(result.ok).toBe(false)
          expect(result.error?.message).toMatch(message)
          return `${result.error?.reason}@${result.error?.offset}`
        })
      )
      expect(new Set(offsets).size).toBe(1)
    })
  }

  it('accepts every generated JSON value, stringified with any indentation, split anywhere', () => {
    fc.assert(
      fc.property(
        fc.jsonValue({ stringUnit: 'binary', maxDepth: 6 }),
        fc.constantFrom(undefined, 0, 1, 2, '\t', ' \r\n'),
        fc.integer({ min: 1, max: 40 }),
        (value, indent, chunkSize) => {
          const text = JSON.stringify(value, null, indent as string | number | undefined)
          const result = scan(text, chunkSize)
          expect(result).toEqual({ ok: true, captured: expectedCapture(JSON.parse(text)) })
        }
      ),
      { numRuns: 400 }
    )
  })

  it('accepts or rejects mutated documents exactly as JSON.parse does', () => {
    const alphabet = fc.constantFrom(...'{}[]:,"\\ \n\t0123456789-+.eEtrufalsn\u0000\u001fx/é'.split(''))
    fc.assert(
      fc.property(
        fc.jsonValue({ maxDepth: 4 }),
        fc.array(fc.tuple(fc.nat(), fc.nat(2), alphabet), { minLength: 1, maxLength: 3 }),
        fc.integer({ min: 1, max: 16 }),
        (value, edits, chunkSize) => {
          let text = JSON.stringify(value)
          for (const [at, kind, char] of edits) {
            const i = text.length === 0 ? 0 : at % (text.length + 1)
            if (kind === 0) text = text.slice(0, i) + char + text.slice(i)
            else if (kind === 1) text = text.slice(0, i) + text.slice(i + 1)
            else text = text.slice(0, i) + char + text.slice(i + 1)
          }
          const parsed = parseOrUndefined(text)
          for (const mode of [false, true]) {
            const result = scan(text, chunkSize, mode)
            expect(result.ok).toBe(parsed !== undefined)
            if (parsed) expect(result.captured).toEqual(expectedCapture(parsed.value))
          }
        }
      ),
      { numRuns: 3000 }
    )
  })
})

/** Feeds `bytes` cut at `cuts` (sorted positions; empty pieces included). */
function feedPieces(scanner: JsonScanner, bytes: Buffer, cuts: number[]): void {
  let from = 0
  for (const cut of [...cuts, bytes.length]) {
    scanner.feed(bytes.subarray(from, cut))
    from = cut
  }
  scanner.end()
}

type Mode = 'descend' | 'capture' | 'parsed'

/**
 * Rebuilds the whole document from hook calls alone: containers are descended into (or, at the
 * depths `modes` says, captured whole), scalars are captured, and each value is put under the key
 * the scanner reported. Equal to JSON.parse only if every key, depth and captured byte is right.
 */
function rebuild(
  bytes: Buffer,
  cuts: number[],
  modes: Mode[]
): { ok: true; value: unknown } | { ok: false; error: string } {
  const open: (Record<string, unknown> | unknown[])[] = []
  const root: { value?: unknown } = {}
  let target: { parent: Record<string, unknown> | unknown[] | undefined; key: string | undefined } = {
    parent: undefined,
    key: undefined
  }
  const attach = (value: unknown): void => {
    const { parent, key } = target
    if (parent === undefined) root.value = value
    else if (Array.isArray(parent)) parent.push(value)
    else
      Object.defineProperty(parent, key as string, {
        value,
        enumerable: true,
        writable: true,
        configurable: true
      })
  }
  const scanner = new JsonScanner({
    onValueStart(depth, key, firstByte) {
      open.length = depth
      target = { parent: open[depth - 1], key }
      const container = firstByte === 0x7b || firstByte === 0x5b
      const mode = modes[depth] ?? 'descend'
      if (!container) return CAPTURE
      if (mode !== 'descend') return mode === 'parsed' ? CAPTURE_PARSED : CAPTURE
      const made: Record<string, unknown> | unknown[] = firstByte === 0x7b ? {} : []
      attach(made)
      open.push(made)
      return DESCEND
    },
    onCapture(_depth, value) {
      attach(JSON.parse(value.toString('utf8')))
    }
  })
  try {
    feedPieces(scanner, bytes, cuts)
    return { ok: true, value: root.value }
  } catch (error) {
    if (!(error instanceof JsonSyntaxError)) throw error
    return { ok: false, error: `${error.reason}@${error.offset}: ${error.message}` }
  }
}

/** Up to `max` sorted cut positions in 0..length. */
const cutsArb = (length: number, max: number) =>
  fc.uniqueArray(fc.nat(length), { maxLength: max }).map(cuts => cuts.sort((a, b) => a - b))
const modesArb = fc.array(fc.constantFrom<Mode>('descend', 'descend', 'capture', 'parsed'), { maxLength: 6 })
/**
 * Characters that matter to a scanner (quotes, backslashes, brackets, control characters, which
 * JSON.stringify escapes) and multi-byte ones (2, 3 and 4 bytes of UTF-8), mixed with any Unicode.
 */
const stringUnit = fc.oneof(
  fc.constantFrom(...'"\\{}[]:,u \n\u0000\u001fé日🚀\u2028'),
  fc.string({ unit: 'binary', minLength: 1, maxLength: 1 })
)
/** JSON text of any value, with any indentation. */
const documentArb = fc
  .tuple(fc.jsonValue({ stringUnit, maxDepth: 5 }), fc.constantFrom(undefined, 0, 1, 2, '\t', ' \r\n'))
  .map(([value, indent]) => JSON.stringify(value, null, indent as string | number | undefined))

describe('JsonScanner split at every chunk boundary', () => {
  it('rebuilds every generated document exactly as JSON.parse reads it, for each single cut position', () => {
    fc.assert(
      fc.property(documentArb, modesArb, (text, modes) => {
        const bytes = Buffer.from(text, 'utf8')
        const expected = { ok: true, value: JSON.parse(text) }
        for (let cut = 0; cut <= bytes.length; cut++) expect(rebuild(bytes, [cut], modes)).toEqual(expected)
      }),
      { numRuns: 150 }
    )
  })

  it('rebuilds every generated document when cut into many pieces anywhere', () => {
    fc.assert(
      fc.property(
        documentArb.chain(text =>
          fc.tuple(fc.constant(text), cutsArb(Buffer.byteLength(text), 40), modesArb)
        ),
        ([text, cuts, modes]) => {
          expect(rebuild(Buffer.from(text, 'utf8'), cuts, modes)).toEqual({
            ok: true,
            value: JSON.parse(text)
          })
        }
      ),
      { numRuns: 1000 }
    )
  })

  it('rejects what JSON.parse rejects with the same error at the same byte, wherever the document is cut', () => {
    const alphabet = fc.constantFrom(...'{}[]:,"\\ \n\t0123456789-+.eEtrufalsn\u0000\u001fxu/é'.split(''))
    fc.assert(
      fc.property(
        documentArb,
        fc.array(fc.tuple(fc.nat(), fc.nat(2), alphabet), { minLength: 1, maxLength: 3 }),
        modesArb,
        (original, edits, modes) => {
          let text = original
          for (const [at, kind, char] of edits) {
            const i = at % (text.length + 1)
            if (kind === 0) text = text.slice(0, i) + char + text.slice(i)
            else if (kind === 1) text = text.slice(0, i) + text.slice(i + 1)
            else text = text.slice(0, i) + char + text.slice(i + 1)
          }
          const bytes = Buffer.from(text, 'utf8')
          // The bytes' own text: an edit inside a surrogate pair leaves a lone surrogate, which UTF-8 cannot hold.
          const parsed = parseOrUndefined(bytes.toString('utf8'))
          const whole = rebuild(bytes, [], modes)
          expect(whole.ok).toBe(parsed !== undefined)
          if (parsed) expect(whole).toEqual({ ok: true, value: parsed.value })
          for (let cut = 0; cut <= bytes.length; cut++) expect(rebuild(bytes, [cut], modes)).toEqual(whole)
        }
      ),
      { numRuns: 600 }
    )
  })

  it('reports an error inside a skimmed container at the offending byte, not at the container', () => {
    const text = '{"entries":[{"a":1},{"b":[1,2,}]}],"after":true}'
    const bad = text.indexOf(',}') + 1
    for (let cut = 0; cut <= text.length; cut++) {
      expect(rebuild(Buffer.from(text), [cut], ['descend', 'descend', 'parsed'])).toEqual({
        ok: false,
        error: `syntax@${bad}: expected a JSON value, found '}'`
      })
    }
  })
})
