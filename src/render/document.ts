/**
 * Assembles report sections under a size budget. A section is a head, a list of items and a tail;
 * when the whole report does not fit, essential sections (header, risk, gate, destructive changes,
 * rollback warnings) are kept first, lists are cut from the end with a visible "… N more" line,
 * optional sections that no longer fit are left out, and a note names what was left out and where the
 * full report is. Cuts fall between whole items, never inside one (an item is a whole block: a line,
 * a `<details>` with its content, a fenced command), and sections never lose their tail, so a
 * `<details>` that was opened is always closed and no character reference is ever split.
 */

export interface Section {
  /** Human title used in the truncation note. */
  title: string
  /** Essential sections get space first and are never dropped whole. */
  essential: boolean
  head: string[]
  /** Units that may be cut from the end; an item may span several lines. */
  items: string[]
  tail: string[]
  /** The line that replaces cut items. */
  more?: (omitted: number) => string
  /** Items known to exist but never given (counted upstream); always added to the "more" line. */
  alsoOmitted?: number
  /**
   * Order in which sections of the same class (essential, optional) get space when the report must
   * be cut; lower first, reading order by default. The destroyed list fills before the risk reasons'
   * address lists; optional lists give way to each other in this order.
   */
  priority?: number
}

export interface FitOptions {
  /** Maximum size of the result, in the unit of `measure`. */
  budget: number
  /** String length for comments (UTF-16 units), UTF-8 bytes for the job summary. */
  measure: (text: string) => number
  /** The visible note added when anything was cut; receives the titles of sections cut or left out. */
  note: (cut: string[]) => string
}

interface Placed {
  section: Section
  keptItems: number
  included: boolean
}

const SEPARATOR = '\n\n'

/** Renders one section with its first `kept` items. */
function renderSection(section: Section, kept: number): string {
  const lines = [...section.head, ...section.items.slice(0, kept)]
  const omitted = section.items.length - kept + (section.alsoOmitted ?? 0)
  if (omitted > 0) lines.push((section.more ?? defaultMore)(omitted))
  lines.push(...section.tail)
  return lines.join('\n')
}

function defaultMore(omitted: number): string {
  return `- … ${omitted} more not shown here`
}

/** Joins every section in full; what a report looks like when nothing needs cutting. */
function joinSections(sections: Section[]): string {
  return sections.map(section => renderSection(section, section.items.length)).join(SEPARATOR)
}

/** Fits sections into the budget as described above; always returns text within the budget when possible. */
export function fitSections(sections: Section[], options: FitOptions): string {
  const full = joinSections(sections)
  if (options.measure(full) <= options.budget) return full

  const { measure } = options
  // Worst-case note: every section named. Reserving it up front means adding it can never overflow.
  let remaining = options.budget - measure(options.note(sections.map(s => s.title))) - SEPARATOR.length
  const placed: Placed[] = sections.map(section => ({ section, keptItems: 0, included: false }))

  // The skeleton of every essential section (head, tail, a "more" line) comes first.
  for (const entry of placed.filter(p => p.section.essential)) {
    remaining -= measure(renderSection(entry.section, 0)) + SEPARATOR.length
    entry.included = true
  }
  const byPriority = (list: Placed[]): Placed[] =>
    list
      .map(entry => ({ entry, rank: entry.section.priority ?? placed.indexOf(entry) }))
      .sort((a, b) => a.rank - b.rank)
      .map(item => item.entry)
  const fill = (entry: Placed): void => {
    for (const item of entry.section.items) {
      const cost = measure(item) + 1
      if (cost > remaining) break
      remaining -= cost
      entry.keptItems++
    }
  }
  for (const entry of byPriority(placed.filter(p => p.section.essential))) fill(entry)
  // If an essential list had to be cut, optional sections would only take space from it: leave them out.
  const essentialsCut = placed.some(p => p.section.essential && p.keptItems < p.section.items.length)
  for (const entry of byPriority(placed.filter(p => !p.section.essential && !essentialsCut))) {
    const skeleton = measure(renderSection(entry.section, 0)) + SEPARATOR.length
    // An optional section is only worth showing if it fits with at least one item (or has none).
    const firstItem = entry.section.items.length > 0 ? measure(entry.section.items[0]) + 1 : 0
    if (skeleton + firstItem > remaining) continue
    remaining -= skeleton
    entry.included = true
    fill(entry)
  }

  const cut = placed
    .filter(p => !p.included || p.keptItems < p.section.items.length)
    .map(p => p.section.title)
  const body = placed.filter(p => p.included).map(p => renderSection(p.section, p.keptItems))
  // The note goes right after the first section (the header) so a reviewer sees it without scrolling.
  body.splice(Math.min(1, body.length), 0, options.note(cut))
  return body.join(SEPARATOR)
}

/** UTF-8 size, the unit GitHub uses for the job summary limit. */
export function utf8Bytes(text: string): number {
  return Buffer.byteLength(text, 'utf8')
}

/** UTF-16 length, never smaller than the character count GitHub checks comments against. */
export function charLength(text: string): number {
  return text.length
}

/**
 * The longest beginning of `text` within `budget` that ends between whole blocks: never inside a
 * fenced code block or an open `<details>`, never inside a line (so never inside a character
 * reference). For text that must be cut without sections (a last resort).
 */
export function cutBetweenBlocks(text: string, budget: number, measure: (text: string) => number): string {
  if (measure(text) <= budget) return text
  const lines = text.split('\n')
  let size = 0
  let depth = 0
  let fence: string | undefined
  let safe = 0
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]
    size += measure(line) + 1
    if (size > budget) break
    const marker = /^\s*(`{3,}|~{3,})/.exec(line)?.[1]
    if (fence !== undefined) {
      if (marker !== undefined && marker.startsWith(fence) && line.trim() === marker) fence = undefined
    } else if (marker !== undefined) {
      fence = marker
    } else {
      depth += (line.match(/<details>/g) ?? []).length - (line.match(/<\/details>/g) ?? []).length
    }
    if (fence === undefined && depth <= 0) safe = i + 1
  }
  return lines.slice(0, safe).join('\n')
}
