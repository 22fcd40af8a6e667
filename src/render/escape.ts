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

/** Control characters, bidirectional overrides and line separators: they reorder or split what the reviewer sees. */
const INVISIBLE_CONTROL =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]/

/** Zero-width joiner: placed after `@` and `#` in prose so GitHub sees no handle and no issue reference. */
const ZWJ_ENTITY = '&#8205;'

function isAsciiAlphanumeric(char: string | undefined): boolean {
  return char !== undefined && /^[A-Za-z0-9]$/.test(char)
}

/** Makes control and direction characters visible instead of letting them act. */
function describeControl(char: string): string {
  if (char === '\n') return '\\n'
  if (char === '\r') return '\\r'
  if (char === '\t') return '\\t'
  return `\\u${char.codePointAt(0)!.toString(16).padStart(4, '0')}`
}

/**
 * Encodes text for an inline Markdown context. `prose` adds a zero-width joiner after `@` and `#`
 * so that even a renderer that decodes references before mention detection sees no handle or issue
 * number; code contexts skip it so copied addresses stay exact (GitHub never links inside `<code>`).
 */
function encodeInline(text: string, prose: boolean): string {
  let out = ''
  const chars = Array.from(text)
  for (let i = 0; i < chars.length; i++) {
    const char = chars[i]
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
  let out = ''
  for (const char of Array.from(text)) {
    out += INVISIBLE_CONTROL.test(char) ? describeControl(char) : char
  }
  // A zero-width space inside every `::` and `##[` breaks the command syntax wherever the runner looks.
  return out.replace(/##\[/g, '##\u200b[').replace(/::/g, ':\u200b:')
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
