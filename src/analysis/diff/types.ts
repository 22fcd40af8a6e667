/**
 * The structural diff of one resource change: a bounded tree a renderer can print without seeing a
 * plan value. Every string in it has already been masked (Terraform's sensitive marks), scrubbed (a
 * marked value copied unmarked elsewhere in the same change) and bounded; nothing raw leaves the differ.
 */

/** One step of a path: an attribute or map key, or a list index. */
export type Segment = string | number

/** What happened to a node: Terraform's `+`, `-` and `~`. */
export type NodeAction = 'added' | 'removed' | 'changed'

/**
 * One side of a value as it may be shown. `text` is HCL-like (`"abc"`, `42`, `true`, `null`,
 * `["a", "b"]`, `{ port = 443 }`), masked and bounded; `cut` counts the characters left out at its end.
 */
export type Shown =
  { kind: 'value'; text: string; cut?: number } | { kind: 'sensitive' } | { kind: 'unknown' }

/** Fields every node carries. */
interface NodeBase {
  /** Attribute or map key, or list index (the after index; the before index for removed elements). */
  key: Segment
  action: NodeAction
  /** Terraform lists this path in `replace_paths`: changing it forces replacement. */
  forcesReplacement?: boolean
}

/** A leaf, or a whole value added or removed: before and/or after as shown. */
export interface ValueNode extends NodeBase {
  kind: 'value'
  before?: Shown
  after?: Shown
}

/**
 * A value Terraform marks sensitive on either side. `changed` says whether the hidden value differs
 * ("(sensitive, changed)"); `marking` says the mark itself is being added or removed.
 */
export interface SensitiveNode extends NodeBase {
  kind: 'sensitive'
  changed: boolean
  marking?: 'added' | 'removed'
}

/** An object or a map, compared key by key. */
export interface ObjectNode extends NodeBase {
  kind: 'object'
  children: DiffNode[]
  /** Changed keys counted but not kept (node budget). */
  omitted: number
}

/**
 * A list or set, elements matched by content (see match-elements.ts): unchanged elements are
 * counted, changed ones hold their own diff, the rest are added or removed.
 */
export interface ListNode extends NodeBase {
  kind: 'list'
  children: ElementNode[]
  unchanged: number
  omitted: number
  /** How elements were aligned: 'lcs' (longest common subsequence) or 'greedy' (too big for LCS). */
  alignment: 'lcs' | 'greedy'
  beforeLength: number
  afterLength: number
}

/** A list element: the element node plus where it sits on each side. */
export type ElementNode = DiffNode & { beforeIndex?: number; afterIndex?: number }

/** A string holding JSON on both sides (policies, `jsonencode`), diffed as a document. */
export interface JsonNode extends NodeBase {
  kind: 'json'
  /** The document's changes; empty when only whitespace or key order changed. */
  children: DiffNode[]
  omitted: number
  /** The text changed but the document did not (whitespace, key order). */
  whitespaceOnly: boolean
}

/** One line of a multi-line string diff. */
export interface LineEntry {
  op: 'same' | 'removed' | 'added'
  text: string
  /** 1-based line number on the side the line comes from (before for same/removed, after for added). */
  line: number
  /** Characters left out before `text` (a long line is shown from just before its first difference). */
  skipped?: number
  /** Characters left out after `text`. */
  cut?: number
}

/** A multi-line string compared line by line: hunks of changed lines with a little context. */
export interface LinesNode extends NodeBase {
  kind: 'lines'
  hunks: LineEntry[][]
  /** Changed lines counted but not kept. */
  omitted: number
  beforeLines: number
  afterLines: number
  alignment: 'lcs' | 'greedy'
}

/** One place where a long single-line string differs, with context on both sides. */
export interface TextWindow {
  /** 0-based character offset of the difference in the before string. */
  offset: number
  /** Context shared by both sides, just before the difference. */
  lead: string
  removed: string
  added: string
  /** Context shared by both sides, just after the difference. */
  trail: string
  /** More text precedes `lead` / follows `trail` (shown as `…`). */
  leadCut: boolean
  trailCut: boolean
  /** Characters of the differing parts left out (very long differences keep their two ends). */
  removedCut?: number
  addedCut?: number
}

/** A long single-line string: windows around each difference instead of a value cut at its start. */
export interface TextNode extends NodeBase {
  kind: 'text'
  beforeLength: number
  afterLength: number
  windows: TextWindow[]
  omitted: number
}

export type DiffNode = ValueNode | SensitiveNode | ObjectNode | ListNode | JsonNode | LinesNode | TextNode

/** The diff of one resource change. */
export interface ResourceDiff {
  /** What happened to the object as a whole (a create is `added`, a delete `removed`). */
  action: NodeAction | 'none'
  /** Changed top-level attributes, in key order; for a whole value that is not an object, one node keyed ''. */
  nodes: DiffNode[]
  /** Changes counted but not kept anywhere in the tree (budget spent). */
  omitted: number
  /** Nodes kept in the tree. */
  nodeCount: number
  /** Paths from `replace_paths`, as Terraform wrote them, that did not match any shown node. */
  unmatchedReplacePaths: Segment[][]
}

/** The mirrors Terraform writes next to `before` / `after` (field names as in the plan JSON). */
export interface ChangeValues {
  before?: unknown
  after?: unknown
  before_sensitive?: unknown
  after_sensitive?: unknown
  after_unknown?: unknown
  replace_paths?: unknown
}

/** Bounds on the work and output of one diff; every field has a default (DIFF_LIMITS). */
export interface DiffLimits {
  /** Nodes kept per resource; further changes are counted in `omitted`. */
  maxNodes: number
  /** Longest rendering of a whole value (an added element, a before/after that is not a string). */
  maxValueChars: number
  /** Strings up to this length that fit on one line are shown whole; longer ones get windows. */
  maxInlineChars: number
  /** Shared context kept on each side of a difference in a long string. */
  contextChars: number
  /** Longest differing part kept whole inside a window; longer ones keep both ends. */
  maxWindowChars: number
  /** Windows per long string. */
  maxWindows: number
  /** Lines kept per multi-line string (changed lines and their context). */
  maxLines: number
  /** Unchanged lines shown around each changed run. */
  contextLines: number
  /** Strings longer than this are never parsed as JSON (diffed as text instead). */
  maxJsonChars: number
  /** Longest-common-subsequence table size above which alignment falls back to greedy matching. */
  maxLcsCells: number
}

export const DIFF_LIMITS: DiffLimits = {
  maxNodes: 200,
  maxValueChars: 400,
  maxInlineChars: 160,
  contextChars: 40,
  maxWindowChars: 160,
  maxWindows: 5,
  maxLines: 60,
  contextLines: 2,
  maxJsonChars: 1_000_000,
  maxLcsCells: 4_000_000
}

/** Options of diffResourceChange. */
export interface DiffOptions {
  limits?: Partial<DiffLimits>
  /**
   * Extra hiding beyond Terraform's marks (the trust issue's secret detection): called for each
   * unmarked string leaf with its path; `true` shows it as sensitive.
   */
  hideString?: (path: readonly Segment[], value: string) => boolean
}
