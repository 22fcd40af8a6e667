/**
 * Redacting one plan value together with its mirrors (the sensitivity mark tree, `after_unknown`):
 * marked values become `(sensitive)` whole, unmarked strings and numbers that are collected secrets
 * become `(sensitive)`, other strings are scrubbed, and member names are scrubbed the same way in the
 * value and in every mirror, so the redacted plan still lines marks up with values.
 */
import type { PlanSecrets } from '../plan-secrets.js'
import { SENSITIVE_PLACEHOLDER } from '../scrub-secrets.js'

/** Deeper values are replaced whole: Terraform never nests this far. */
const MAX_DEPTH = 100

/** A value and its mirrors: trees[0] is the value, trees[1] its sensitivity marks, the rest copied alongside. */
export type Trees = unknown[]

/** A string as the redacted plan writes it: a collected secret whole, otherwise scrubbed. */
export function redactString(value: string, secrets: PlanSecrets): string {
  return secrets.isSecretValue(value) ? SENSITIVE_PLACEHOLDER : secrets.scrub(value)
}

/** Redacts trees[0] under the marks in trees[1], renaming member names alike in every tree. */
export function redactTrees(trees: Trees, secrets: PlanSecrets, depth = 0): Trees {
  const [value, mark] = trees
  // Mirrors hold booleans; anything else in them (a hostile plan) is redacted like a value.
  const mirrors = (): Trees =>
    trees
      .slice(1)
      .map(tree =>
        isContainer(tree) ? redactTrees([tree], secrets, depth + 1)[0] : redactLeaf(tree, secrets)
      )
  if (mark === true)
    return [value === null || value === undefined ? value : SENSITIVE_PLACEHOLDER, ...mirrors()]
  if (depth > MAX_DEPTH) return [SENSITIVE_PLACEHOLDER, ...trees.slice(1).map(() => undefined)]
  if (!trees.some(isContainer)) return [redactLeaf(value, secrets), ...mirrors()]
  // The value decides the shape; a mirror of another shape only contributes what matches it.
  const shape = isContainer(value) ? value : trees.find(isContainer)
  return Array.isArray(shape) ? redactArrays(trees, secrets, depth) : redactObjects(trees, secrets, depth)
}

/** A string or number as the redacted plan writes it; booleans and null as they are. */
function redactLeaf(value: unknown, secrets: PlanSecrets): unknown {
  if (typeof value === 'string') return redactString(value, secrets)
  if (typeof value === 'number') return secrets.isSecretValue(value) ? SENSITIVE_PLACEHOLDER : value
  return value
}

function redactArrays(trees: Trees, secrets: PlanSecrets, depth: number): Trees {
  const length = Math.max(0, ...trees.map(tree => (Array.isArray(tree) ? tree.length : 0)))
  const out: Trees = trees.map(tree =>
    Array.isArray(tree) ? [] : isContainer(tree) ? undefined : redactLeaf(tree, secrets)
  )
  for (let i = 0; i < length; i++) {
    const children = redactTrees(
      trees.map(tree => child(tree, i)),
      secrets,
      depth + 1
    )
    children.forEach((result, t) => {
      const tree = trees[t]
      if (Array.isArray(tree) && i < tree.length) (out[t] as unknown[]).push(result)
    })
  }
  return out
}

function redactObjects(trees: Trees, secrets: PlanSecrets, depth: number): Trees {
  const names = memberNames(trees, secrets)
  const out: Trees = trees.map(tree =>
    isRecord(tree) ? Object.create(null) : isContainer(tree) ? undefined : redactLeaf(tree, secrets)
  )
  for (const [name, renamed] of names) {
    const children = redactTrees(
      trees.map(tree => child(tree, name)),
      secrets,
      depth + 1
    )
    children.forEach((result, t) => {
      const tree = trees[t]
      if (isRecord(tree) && Object.hasOwn(tree, name)) (out[t] as Record<string, unknown>)[renamed] = result
    })
  }
  return out
}

/** Every member name of every tree (the value's first), each with a scrubbed name unique among them. */
export function memberNames(trees: Trees, secrets: PlanSecrets): Map<string, string> {
  const names = new Map<string, string>()
  const used = new Set<string>()
  for (const tree of trees) {
    if (!isRecord(tree)) continue
    for (const name of Object.keys(tree)) {
      if (names.has(name)) continue
      const base = redactString(name, secrets)
      let renamed = base
      for (let n = 2; used.has(renamed); n++) renamed = `${base} #${n}`
      used.add(renamed)
      names.set(name, renamed)
    }
  }
  return names
}

function child(tree: unknown, step: string | number): unknown {
  if (tree === true) return true
  if (!isContainer(tree)) return undefined
  return Object.hasOwn(tree, step) ? (tree as Record<string | number, unknown>)[step] : undefined
}

function isContainer(value: unknown): value is object {
  return value !== null && typeof value === 'object'
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return isContainer(value) && !Array.isArray(value)
}
