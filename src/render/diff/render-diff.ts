/**
 * Markdown for one resource's structural diff: a nested list, one change per line, with Terraform's
 * markers (`+` added, `-` removed, `~` changed) in front of each path. No tables, so it reads on a
 * phone. Every plan string is scrubbed, then escaped as inline code; plan text never starts a line.
 */
import { ANY_ELEMENT, type LeafChange } from '../../analysis/diff/index.js'
import type {
  DiffNode,
  ElementNode,
  JsonNode,
  LinesNode,
  ListNode,
  NodeAction,
  ResourceDiff,
  Segment,
  Shown,
  TextNode
} from '../../analysis/diff/types.js'
import { inlineCode } from '../escape.js'

export interface DiffRenderOptions {
  /** Removes known secrets from raw plan text before it is escaped (the report's scrubber). */
  scrub?: (text: string) => string
  /** Lines kept; further ones are counted on a last line (a whole nested entry is never split). */
  maxLines?: number
  /** Name new attributes known only after apply on one line (a resource); false lists each (an output). */
  collapsePending?: boolean
}

const MARKER: Record<NodeAction, string> = { added: '+', removed: '-', changed: '~' }

/** Markdown list lines for one resource diff; empty when nothing changed. */
export function renderResourceDiff(diff: ResourceDiff, options: DiffRenderOptions = {}): string[] {
  const out = new Output(options.scrub ?? (text => text))
  const lines = renderNodes(out, diff, options.collapsePending !== false)
  return options.maxLines === undefined ? lines : capLines(lines, options.maxLines)
}

/**
 * Markdown list lines for one change at the bottom of a diff, at its path with list positions shown
 * as `[*]`: the line a group of identical changes across resources prints once.
 */
export function renderLeaf(leaf: LeafChange, options: DiffRenderOptions = {}): string[] {
  const out = new Output(options.scrub ?? (text => text))
  out.node(leaf.node, leaf.shownPath, 0, undefined)
  return options.maxLines === undefined ? out.lines : capLines(out.lines, options.maxLines)
}

/** The first lines up to `max`, cut before a top-level item, and a line counting the rest. */
function capLines(lines: string[], max: number): string[] {
  if (lines.length <= max) return lines
  let end = max
  // Never leave a nested entry without its parent line: cut where a top-level item starts.
  while (end > 1 && lines[end].startsWith(' ')) end--
  const rest = lines.slice(end)
  const items = rest.filter(line => line.startsWith('- ')).length
  return [
    ...lines.slice(0, end),
    `- … ${rest.length} more line(s) of this diff (${items} change(s)) not shown`
  ]
}

function renderNodes(out: Output, diff: ResourceDiff, collapse: boolean): string[] {
  // New attributes whose value is known only after apply say one thing together: their names.
  const pending = collapse ? diff.nodes.filter(isPendingAttribute) : []
  for (const node of diff.nodes)
    if (!pending.includes(node)) out.node(node, node.key === '' ? [] : [node.key], 0)
  if (pending.length > 0) {
    const names = pending.map(node => out.code(formatPath([node.key]))).join(', ')
    const forcing = pending.some(node => node.forcesReplacement) ? ' — ⚠️ one or more force replacement' : ''
    out.item(0, `${inlineCode('+')} ${pending.length} attribute(s) known after apply: ${names}${forcing}`)
  }
  const listed = countListed(diff.nodes)
  if (diff.omitted > listed) out.item(0, `… ${diff.omitted - listed} more change(s) not shown`)
  for (const path of diff.unmatchedReplacePaths) {
    out.item(0, `${out.code(formatPath(path))} — ⚠️ forces replacement (Terraform's replace_paths)`)
  }
  return out.lines
}

/** A top-level attribute that is new and known only after apply. */
function isPendingAttribute(node: DiffNode): boolean {
  return node.kind === 'value' && node.action === 'added' && node.after?.kind === 'unknown' && node.key !== ''
}

/** Omitted counts already printed next to their nodes. */
function countListed(nodes: readonly DiffNode[]): number {
  let total = 0
  for (const node of nodes) {
    if (node.kind === 'object' || node.kind === 'json' || node.kind === 'list')
      total += node.omitted + countListed(node.children)
  }
  return total
}

/** `tags.Owner`, `ingress[0].cidr_blocks`, `labels["app.kubernetes.io/name"]`, `(value)` for the root. */
export function formatPath(path: readonly Segment[]): string {
  let text = ''
  for (const segment of path) {
    if (segment === ANY_ELEMENT) text += '[*]'
    else if (typeof segment === 'number') text += `[${segment}]`
    else if (segment === '{json}') text += text === '' ? '(JSON)' : ' (JSON)'
    else if (/^[A-Za-z_][A-Za-z0-9_-]*$/.test(segment)) text += text === '' ? segment : `.${segment}`
    else text += `[${JSON.stringify(segment)}]`
  }
  return text === '' ? '(value)' : text
}

class Output {
  readonly lines: string[] = []
  constructor(private readonly scrub: (text: string) => string) {}

  code(text: string): string {
    return inlineCode(this.scrub(text))
  }

  item(depth: number, text: string): void {
    this.lines.push(`${'  '.repeat(depth)}- ${text}`)
  }

  /** `~ path` as code (or `~ label`, e.g. a list index, in place of the path). */
  head(action: NodeAction, path: readonly Segment[], label?: string): string {
    return inlineCode(`${MARKER[action]} ${label ?? this.scrub(formatPath(path))}`)
  }

  shown(value: Shown | undefined): string {
    if (!value) return '_null_'
    if (value.kind === 'sensitive') return '_(sensitive)_'
    if (value.kind === 'unknown') return '_(known after apply)_'
    if (value.cut === undefined) return this.code(value.text)
    return `${inlineCode(`${this.scrub(value.text)}…`)} (${value.cut} more character(s))`
  }

  node(node: DiffNode, path: Segment[], depth: number, label?: string): void {
    const flags = node.forcesReplacement ? ' — ⚠️ forces replacement' : ''
    switch (node.kind) {
      case 'value': {
        const head = this.head(node.action, path, label)
        if (node.action === 'added') return this.item(depth, `${head}: ${this.shown(node.after)}${flags}`)
        if (node.action === 'removed') return this.item(depth, `${head}: ${this.shown(node.before)}${flags}`)
        return this.item(depth, `${head}: ${this.shown(node.before)} → ${this.shown(node.after)}${flags}`)
      }
      case 'sensitive': {
        const what =
          node.action === 'changed'
            ? node.changed
              ? '_(sensitive, changed)_'
              : '_(sensitive, unchanged)_'
            : '_(sensitive)_'
        const marking =
          node.marking === 'added'
            ? ' — will be marked sensitive'
            : node.marking === 'removed'
              ? ' — will no longer be marked sensitive'
              : ''
        return this.item(depth, `${this.head(node.action, path, label)}: ${what}${marking}${flags}`)
      }
      case 'object':
        if (flags !== '') this.item(depth, `${this.head('changed', path)}${flags}`)
        for (const child of node.children) this.node(child, [...path, child.key], depth)
        if (node.omitted > 0)
          this.item(depth, `… ${node.omitted} more changed attribute(s) under ${this.code(formatPath(path))}`)
        return
      case 'list':
        return this.list(node, path, depth, flags)
      case 'json':
        return this.json(node, path, depth, flags)
      case 'lines':
        return this.linesNode(node, path, depth, flags)
      case 'text':
        return this.text(node, path, depth, flags)
    }
  }

  private list(node: ListNode, path: Segment[], depth: number, flags: string): void {
    const counts = { added: 0, removed: 0, changed: 0 }
    for (const child of node.children) counts[child.action]++
    const facts = [
      counts.removed > 0 ? `${counts.removed} removed` : '',
      counts.added > 0 ? `${counts.added} added` : '',
      counts.changed > 0 ? `${counts.changed} changed` : '',
      node.unchanged > 0 ? `${node.unchanged} unchanged` : '',
      node.omitted > 0 ? `${node.omitted} more not shown` : ''
    ].filter(fact => fact !== '')
    this.item(depth, `${this.head(node.action, path)}: ${facts.join(', ')}${flags}`)
    for (const child of node.children) this.element(child, depth + 1)
  }

  private element(child: ElementNode, depth: number): void {
    const index =
      child.beforeIndex !== undefined &&
      child.afterIndex !== undefined &&
      child.beforeIndex !== child.afterIndex
        ? `[${child.beforeIndex}→${child.afterIndex}]`
        : `[${child.afterIndex ?? child.beforeIndex ?? child.key}]`
    if (child.kind === 'object' || child.kind === 'list' || child.kind === 'json') {
      const flags = child.forcesReplacement ? ' — ⚠️ forces replacement' : ''
      this.item(depth, `${inlineCode(`${MARKER[child.action]} ${index}`)}${flags}`)
      if (child.kind === 'object') {
        for (const grandchild of child.children) this.node(grandchild, [grandchild.key], depth + 1)
        if (child.omitted > 0) this.item(depth + 1, `… ${child.omitted} more changed attribute(s)`)
      } else this.node({ ...child, key: '' } as DiffNode, [], depth + 1)
      return
    }
    // A leaf element: the index stands where the path would be.
    this.node(child, [], depth, index)
  }

  private json(node: JsonNode, path: Segment[], depth: number, flags: string): void {
    if (node.whitespaceOnly) {
      return this.item(depth, `${this.head('changed', path)}: JSON text reformatted, same document${flags}`)
    }
    this.item(depth, `${this.head(node.action, path)} (JSON document):${flags}`)
    for (const child of node.children) this.node(child, child.key === '' ? [] : [child.key], depth + 1)
    if (node.omitted > 0) this.item(depth + 1, `… ${node.omitted} more change(s) in the document`)
  }

  private linesNode(node: LinesNode, path: Segment[], depth: number, flags: string): void {
    const count = (op: 'removed' | 'added'): number =>
      node.hunks.reduce((sum, hunk) => sum + hunk.filter(line => line.op === op).length, 0)
    const facts = [
      `${node.beforeLines} → ${node.afterLines} lines`,
      `${count('removed')} removed`,
      `${count('added')} added`
    ]
    if (node.omitted > 0) facts.push(`${node.omitted} more changed`)
    this.item(depth, `${this.head(node.action, path)} (${facts.join(', ')}):${flags}`)
    const symbol = { same: ' ', removed: '-', added: '+' } as const
    for (const hunk of node.hunks) {
      const first = hunk[0]
      this.item(depth + 1, `line ${first.line}:`)
      for (const line of hunk) {
        const text = `${symbol[line.op]} ${line.skipped ? '…' : ''}${this.scrub(line.text)}${line.cut ? '…' : ''}`
        this.item(depth + 2, keepIndent(inlineCode(text)))
      }
    }
    if (node.omitted > 0) this.item(depth + 1, `… ${node.omitted} more changed line(s) not shown`)
  }

  private text(node: TextNode, path: Segment[], depth: number, flags: string): void {
    this.item(
      depth,
      `${this.head('changed', path)} (${node.beforeLength} → ${node.afterLength} characters, shown around each difference):${flags}`
    )
    for (const window of node.windows) {
      const lead = `${window.leadCut ? '…' : ''}${this.scrub(window.lead)}`
      const trail = `${this.scrub(window.trail)}${window.trailCut ? '…' : ''}`
      this.item(depth + 1, `at character ${window.offset + 1}:`)
      this.item(
        depth + 2,
        `${inlineCode(`- ${lead}${this.scrub(window.removed)}${trail}`)}${cutNote(window.removedCut)}`
      )
      this.item(
        depth + 2,
        `${inlineCode(`+ ${lead}${this.scrub(window.added)}${trail}`)}${cutNote(window.addedCut)}`
      )
    }
    if (node.omitted > 0) this.item(depth + 1, `… ${node.omitted} more difference(s) not shown`)
  }
}

function cutNote(cut: number | undefined): string {
  return cut ? ` (${cut} character(s) of the difference left out at the …)` : ''
}

/** Keeps leading spaces of a code line visible (HTML collapses them). */
function keepIndent(code: string): string {
  return code.replace(
    /^(<code>[-+ ] )( +)/,
    (_match, head: string, spaces: string) => head + '&#160;'.repeat(spaces.length)
  )
}
