/**
 * Independent checks of rendered Markdown, written from GitHub's rules rather than from the
 * escaper's code: what must never appear in text that came from a plan, and how to decode it.
 */

/** Decodes numeric character references and drops the zero-width joiners prose escaping adds. */
export function decodeEntities(text: string): string {
  return text
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/\u200d/g, '')
}

/**
 * Every hazard in an escaped fragment of plan text: raw HTML/Markdown delimiters, line breaks,
 * mention or issue-reference triggers, link openers, emphasis-capable underscores.
 */
export function markdownHazards(fragment: string, context: 'prose' | 'code' = 'prose'): string[] {
  const hazards: string[] = []
  const withoutEntities = fragment.replace(/&#\d+;/g, '')
  for (const char of ['<', '>', '`', '|', '*', '~', '$', '\\', '@', '#', '\n', '\r', '\u2028', '\u2029']) {
    if (withoutEntities.includes(char)) hazards.push(`raw ${JSON.stringify(char)}`)
  }
  if (/&(?!#\d+;)/.test(fragment)) hazards.push('raw &')
  if (/\](\(|\[)/.test(fragment)) hazards.push('link opener ](')
  if (/(^|[^A-Za-z0-9])_|_([^A-Za-z0-9]|$)/.test(withoutEntities))
    hazards.push('underscore that could open emphasis')
  if (/[\u202a-\u202e\u2066-\u2069]/.test(fragment)) hazards.push('direction override')
  // GitHub never mentions inside <code>; in prose even the decoded text must not hold `@name`.
  if (context === 'prose' && /[@#]\w/.test(decodeKeepingJoiners(fragment)))
    hazards.push('mention after decoding')
  return hazards
}

function decodeKeepingJoiners(text: string): string {
  return text.replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
}

/**
 * Removes the content of fenced code blocks (GitHub shows it as it is: no HTML, no Markdown, no
 * links or mentions), keeping the fence lines; reports a fence that is never closed.
 */
function withoutFencedContent(markdown: string, hazards: string[]): string {
  const out: string[] = []
  let fence: string | undefined
  for (const line of markdown.split('\n')) {
    const marker = /^ {0,3}(?: {2})?(`{3,}|~{3,})/.exec(line)?.[1]
    if (fence === undefined) {
      out.push(line)
      if (marker !== undefined) fence = marker
    } else if (
      marker !== undefined &&
      marker.startsWith(fence[0]) &&
      marker.length >= fence.length &&
      line.trim() === marker
    ) {
      out.push(line)
      fence = undefined
    }
  }
  if (fence !== undefined) hazards.push('fenced code block never closed')
  return out.join('\n')
}

/**
 * Whole-document checks for a rendered report: HTML only from the renderer's own tag set, every
 * `<details>` closed, no HTML comment except an expected marker, no mention, no line that the runner
 * would read as a workflow command, and every table row with its header's column count. The content
 * of fenced code blocks is shown as it is, so it is only checked for a closing fence.
 */
export function documentHazards(markdown: string, marker?: string): string[] {
  const hazards: string[] = []
  const raw = marker && markdown.startsWith(marker) ? markdown.slice(marker.length) : markdown
  const body = withoutFencedContent(raw, hazards)
  const tags = body.match(/<\/?[A-Za-z!][^>]*>?/g) ?? []
  const allowed = /^<\/?(code|details|summary)>$/
  for (const tag of tags) if (!allowed.test(tag)) hazards.push(`unexpected tag ${tag}`)
  if (body.includes('<!--')) hazards.push('HTML comment in body')
  const opened = (body.match(/<details>/g) ?? []).length
  const closed = (body.match(/<\/details>/g) ?? []).length
  if (opened !== closed) hazards.push(`details opened ${opened}, closed ${closed}`)
  const outsideCode = body.replace(/<code>.*?<\/code>/g, '')
  if (/@\w/.test(decodeKeepingJoiners(outsideCode))) hazards.push('mention outside code')
  if (/@\w/.test(body)) hazards.push('raw mention')
  const lines = body.split('\n')
  for (const line of lines) {
    if (/^\s*::/.test(line) || line.includes('##[')) hazards.push(`command-like line ${line.slice(0, 60)}`)
  }
  let columns = 0
  for (const line of lines) {
    if (!line.startsWith('|')) {
      columns = 0
      continue
    }
    const cells = line.replace(/\\\|/g, '').split('|').length - 2
    if (columns === 0) columns = cells
    else if (cells !== columns)
      hazards.push(`table row with ${cells} cells instead of ${columns}: ${line.slice(0, 80)}`)
  }
  return hazards
}
