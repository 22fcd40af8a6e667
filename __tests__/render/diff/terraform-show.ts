/**
 * Reads `terraform show -no-color` text the way a reviewer does: resource by resource, every line
 * with a `+`, `-` or `~` marker turned into a fact (attribute added / removed / changed from → to,
 * list element added / removed, heredoc line added / removed). Written from the text format
 * Terraform prints; enough for the golden fixtures, not a general parser.
 */

export interface ShowFact {
  marker: '+' | '-' | '~'
  /** Attribute or JSON key; undefined for list elements and heredoc lines. */
  key?: string
  /** Attribute changed: `before -> after`. Single values: `value`. Raw Terraform literals (`"abc"`, `42`). */
  before?: string
  after?: string
  value?: string
  /** A line of a heredoc (`<<-EOT`) diff. */
  line?: string
  /** The line opens a nested value (`~ ingress = [`, `- {`): it names a changed key but shows no value. */
  open?: boolean
  /** Inside a value that becomes `(known after apply)`: Terraform lists the old value's parts one by one. */
  underUnknown?: boolean
  /** The raw line, for failure messages. */
  raw: string
}

export interface ShowResource {
  address: string
  /** The `# …` header lines (what happens and why). */
  header: string[]
  facts: ShowFact[]
}

const HEADER = /^ {2}# ([^\s(][^\s]*) (will|must|is|has) /
const MARKED = /^\s*(-\/\+|\+\/-|[-+~]|<=)\s+(.*)$/

/** Splits the text into resources and extracts their facts. */
export function parseShow(text: string): ShowResource[] {
  const resources: ShowResource[] = []
  let current: ShowResource | undefined
  let inHeredoc = false
  /** Indices into the current resource's facts where each open bracket started. */
  let open: number[] = []
  for (const line of text.split('\n')) {
    const header = HEADER.exec(line)
    if (header) {
      // "# a has moved to b": the plan lists the object under its new address.
      const address = / has moved to (\S+)$/.exec(line)?.[1] ?? header[1]
      current = { address, header: [line.trim()], facts: [] }
      resources.push(current)
      inHeredoc = false
      open = []
      continue
    }
    if (!current) continue
    if (/^ {2}# \(/.test(line)) {
      current.header.push(line.trim())
      continue
    }
    if (/^(Plan:|Changes to Outputs:|This is a refresh-only plan|─)/.test(line)) {
      current = undefined
      continue
    }
    const closer = /^\s*[-+~]?\s*(\]|\}|\)|EOT)(.*)$/.exec(line)
    if (closer && !MARKED.exec(line)?.[2].includes(' = ')) {
      const start = open.pop() ?? current.facts.length
      if (closer[1] === 'EOT') inHeredoc = false
      if (/-> \(known after apply\)/.test(closer[2])) {
        for (const fact of current.facts.slice(start)) fact.underUnknown = true
      }
      continue
    }
    const opens = /(\{|\[|\(|<<-EOT)\s*(# forces replacement)?$/.test(line)
    const marked = MARKED.exec(line)
    if (marked && !/^(resource|data) "/.test(marked[2])) {
      const marker = (
        marked[1] === '-/+' || marked[1] === '+/-' ? '~' : marked[1] === '<=' ? '+' : marked[1]
      ) as ShowFact['marker']
      const body = marked[2].replace(/\s+# forces replacement$/, '')
      if (inHeredoc) current.facts.push({ marker, line: body, raw: line })
      else {
        const fact = factOf(marker, body, line)
        if (fact) current.facts.push(fact)
      }
    }
    if (opens && !inHeredoc) {
      open.push(current.facts.length)
      if (/<<-EOT\s*(# forces replacement)?$/.test(line)) inHeredoc = true
    }
  }
  return resources
}

/** `key = a -> b`, `key = v`, `v,`, `a -> b,`; openers (`{`, `[`, `jsonencode(`, `<<-EOT`) carry no value. */
function factOf(marker: ShowFact['marker'], body: string, raw: string): ShowFact | undefined {
  const assignment = /^("(?:[^"\\]|\\.)*"|[A-Za-z_][A-Za-z0-9_-]*)\s+=\s+(.*)$/.exec(body)
  if (assignment) {
    const key = assignment[1].startsWith('"') ? (JSON.parse(assignment[1]) as string) : assignment[1]
    return withValues({ marker, key, raw }, assignment[2])
  }
  // A nested block known only after apply, or sensitive as a whole: `protection (known after apply)`.
  const block = /^([A-Za-z_][A-Za-z0-9_-]*) (\(known after apply\)|\(sensitive value\))$/.exec(body)
  if (block) return { marker, key: block[1], value: block[2], raw }
  const element = body.replace(/,$/, '')
  if (/^[{[(]$|^\]|^\}|^jsonencode\($/.test(element)) return undefined
  return withValues({ marker, raw }, element)
}

function withValues(fact: ShowFact, text: string): ShowFact | undefined {
  const value = text.replace(/,$/, '')
  if (/(^|\s)(\{|\[|jsonencode\(|<<-EOT)$/.test(value))
    return fact.key === undefined ? undefined : { ...fact, open: true }
  const arrow = splitArrow(value)
  if (arrow) {
    if (arrow.after === 'null') return { ...fact, value: arrow.before }
    return { ...fact, before: arrow.before, after: arrow.after }
  }
  return { ...fact, value }
}

/** Splits `a -> b` outside string literals. */
function splitArrow(text: string): { before: string; after: string } | undefined {
  let inString = false
  for (let i = 0; i < text.length; i++) {
    const char = text[i]
    if (char === '\\' && inString) {
      i++
      continue
    }
    if (char === '"') inString = !inString
    if (!inString && text.startsWith(' -> ', i)) return { before: text.slice(0, i), after: text.slice(i + 4) }
  }
  return undefined
}

/** A Terraform literal as plain text: a quoted string unquoted, anything else as written. */
export function literalText(literal: string): string {
  if (literal.startsWith('"') && literal.endsWith('"')) {
    try {
      return JSON.parse(literal) as string
    } catch {
      return literal.slice(1, -1)
    }
  }
  return literal
}

/** Values that say nothing to compare: empty collections, null, markers of hidden or unknown values. */
export function isPlaceholder(literal: string): boolean {
  return [
    '[]',
    '{}',
    'null',
    '(known after apply)',
    '(sensitive value)',
    '(write-only attribute)',
    ''
  ].includes(literal)
}
