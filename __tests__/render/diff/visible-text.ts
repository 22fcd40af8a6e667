/**
 * What a reader sees of the diff Markdown: tags of inline code and italics gone, character
 * references decoded, zero-width joiners dropped. One entry per Markdown line.
 */
export function visibleLines(markdown: readonly string[]): string[] {
  return markdown.map(line =>
    line
      .replace(/<\/?code>/g, '')
      .replace(/&#x([0-9a-fA-F]+);/g, (_m, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
      .replace(/&#(\d+);/g, (_m, code: string) => String.fromCodePoint(Number(code)))
      .replace(/\u200d/g, '')
      .replace(/(^|\s)_\((sensitive[^)]*|known after apply)\)_/g, '$1($2)')
  )
}

/** The marker of a visible diff line (`- + tags.New: "n"` → `+`), or undefined for prose lines. */
export function markerOf(line: string): '+' | '-' | '~' | undefined {
  const match = /^\s*- ([-+~]) /.exec(line)
  return match ? (match[1] as '+' | '-' | '~') : undefined
}
