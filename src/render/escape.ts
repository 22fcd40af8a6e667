/**
 * Escaping for everything a plan can put into a report. Plan content (addresses, values, keys,
 * output names, messages quoting them) is hostile until proven otherwise: it must not be able to
 * start Markdown constructs, close or open HTML (`</details>`, `<!--`), break a table, @-mention
 * anyone, render math, or start a line (so it can never become a `::workflow-command::`).
 *
 * Approach: plan text never starts a line (every line begins with the renderer's own structure),
 * control characters become visible escapes, and every character that has inline meaning is
 * written as a numeric character reference. References are decoded for display, so the reader sees
 * (and copies) the real text while the Markdown parser never sees a delimiter.
 */

/**
 * Characters with inline meaning in GitHub Markdown: HTML and entities, code spans, emphasis,
 * strikethrough, tables, math, mentions and issue references. `[` `]` `(` `)` stay readable (addresses
 * are full of them); a link needs `](` or `][`, so a `(` or `[` right after `]` is encoded instead.
 */
const ALWAYS_ENCODED = new Set(['&', '<', '>', '`', '*', '|', '~', '\\', '$', '@', '#'])

/**
 * Characters a reader cannot see or that change how the text around them is shown: control
 * characters, every Unicode format character (category Cf: zero-width spaces and joiners, bidi
 * marks and overrides, soft hyphen, word joiner, invisible operators, tag characters, BOM), line and
 * paragraph separators, and the few letters and marks that render as nothing (Hangul fillers,
 * combining grapheme joiner, Khmer inherent vowels, braille blank). They are written as `\\uXXXX`.
 */
const INVISIBLE_CONTROL = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\u115f\u1160\u2800\u3164\uffa0]|\u034f|\u17b4|\u17b5/u

/** Zero-width joiner: placed after `@` and `#` in prose so GitHub sees no handle and no issue reference. */
const ZWJ_ENTITY = '&#8205;'

function isAsciiAlphanumeric(char: string | undefined): boolean {
  return char !== undefined && /^[A-Za-z0-9]$/.test(char)
}

/** Makes control, format and direction characters visible instead of letting them act. */
function describeControl(char: string): string {
  if (char === '\n') return '\\n'
  if (char === '\r') return '\\r'
  if (char === '\t') return '\\t'
  const code = char.codePointAt(0)!
  return code > 0xffff ? `\\u{${code.toString(16)}}` : `\\u${code.toString(16).padStart(4, '0')}`
}

/**
 * What GitHub turns into a link by itself, in plan text and even inside `<code>` (its autolinker works
 * on the Markdown text, before HTML): `scheme://` URLs, `www.` hosts, e-mail addresses (`a@b.c`) and
 * `GH-77` references. Each match names the offset (UTF-16) after which a zero-width joiner breaks it.
 */
const AUTOLINKS: readonly RegExp[] = [
  /\b[a-z][a-z0-9+.-]{0,30}:(?=\/\/)/giu,
  /\bwww(?=\.)/giu,
  /(?<=[\p{L}\p{N}._%+-])@(?=[\p{L}\p{N}])/gu,
  /\bgh(?=-\d)/giu
]

/** UTF-16 offsets in `text` after which a joiner must go so nothing autolinks. */
function autolinkBreaks(text: string): Set<number> {
  const breaks = new Set<number>()
  for (const pattern of AUTOLINKS) {
    pattern.lastIndex = 0
    for (let match = pattern.exec(text); match; match = pattern.exec(text))
      breaks.add(match.index + match[0].length)
  }
  return breaks
}

/**
 * Encodes text for an inline Markdown context. Invisible characters become visible escapes; every
 * character with inline meaning becomes a character reference; a zero-width joiner breaks what GitHub
 * would autolink (URLs, `www.` hosts, e-mail addresses, `GH-77`). `prose` also puts one after every
 * `@` and `#`, so even a renderer that decodes references before mention detection sees no handle or
 * issue number; code keeps copied text exact there (GitHub neither mentions nor references in `<code>`).
 */
function encodeInline(text: string, prose: boolean): string {
  let out = ''
  const breaks = /[:@.-]/.test(text) ? autolinkBreaks(text) : undefined
  const chars = Array.from(text)
  let offset = 0
  for (let i = 0; i < chars.length; i++) {
    const char = chars[i]
    offset += char.length
    if (INVISIBLE_CONTROL.test(char)) {
      out += encodeInline(describeControl(char), false)
    } else if (char === '@' || char === '#') {
      out += `&#${char.codePointAt(0)};${prose ? ZWJ_ENTITY : ''}`
    } else if (ALWAYS_ENCODED.has(char) || ((char === '(' || char === '[') && chars[i - 1] === ']')) {
      out += `&#${char.codePointAt(0)};`
    } else if (char === '_' && !(isAsciiAlphanumeric(chars[i - 1]) && isAsciiAlphanumeric(chars[i + 1]))) {
      // An underscore between letters can never open or close emphasis (terraform_data stays readable).
      out += '&#95;'
    } else {
      out += char
    }
    if (breaks?.has(offset) && !(prose && (char === '@' || char === '#'))) out += ZWJ_ENTITY
  }
  return out
}

/** Escapes plan-controlled text for use inside a Markdown paragraph, list item, heading or table cell. */
export function escapeMarkdown(text: string): string {
  return encodeInline(text, true)
}

/**
 * Renders text as inline code that is safe everywhere, table cells included: `<code>` with
 * character references (a backtick code span cannot hold `|` in a table nor `` ` `` runs reliably).
 */
export function inlineCode(text: string): string {
  return `<code>${encodeInline(text, false)}</code>`
}

/** A table cell: same as prose escaping; empty cells get a visible dash so the table keeps its shape. */
export function escapeTableCell(text: string): string {
  return text === '' ? '–' : escapeMarkdown(text)
}

/**
 * Makes one log line inert for the runner: no line breaks, and nothing the runner parses as a
 * command (`::name::` at the start of a line, the legacy `##[name]` anywhere).
 */
export function escapeLogLine(text: string): string {
  const out = showInvisible(text)
  // A zero-width space inside every `::` and `##[` breaks the command syntax wherever the runner looks.
  return out.replace(/##\[/g, '##\u200b[').replace(/::/g, ':\u200b:')
}

/**
 * Plan text for a fenced code block (commands and configuration blocks to copy): nothing is encoded
 * there, so only what would act or hide is changed: control, format and direction characters become
 * `\\uXXXX`, which is also how HCL strings and Terraform addresses write them.
 */
export function showInvisible(text: string): string {
  let out = ''
  for (const char of Array.from(text)) out += INVISIBLE_CONTROL.test(char) ? describeControl(char) : char
  return out
}

/** Shortens text to at most `max` characters (code points), marking the cut. */
export function truncateText(text: string, max: number): string {
  // UTF-16 length is never below the code point count: short text needs no splitting.
  if (text.length <= max) return text
  const chars = Array.from(text)
  if (chars.length <= max) return text
  return `${chars.slice(0, Math.max(0, max - 1)).join('')}…`
}

/** A fence longer than any backtick run inside the text, so file content cannot close it. */
export function codeFence(text: string): string {
  const longest = Math.max(2, ...Array.from(text.matchAll(/`+/g), match => match[0].length))
  return '`'.repeat(longest + 1)
}
