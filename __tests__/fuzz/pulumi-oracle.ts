/**
 * The Pulumi fuzz properties' own reading of a document, written from the format description
 * (FORMAT.md) rather than from the reader: which steps a document lists, and which of them destroy
 * something, so that a reader that drops or softens a destructive step is caught.
 */
import { sniffPlanFormat } from '../../src/plan/sniff-format.js'

export interface OracleStep {
  op: string
  urn: string
  oldProtect: boolean
  oldRetain: boolean
}

/**
 * The resource steps of a document, or undefined when it is not well-formed: a preview document
 * must be one JSON object, an event log one JSON value per non-blank line.
 */
export function oracleSteps(bytes: Buffer): OracleStep[] | undefined {
  const text = bytes.toString('utf8').replace(/^\uFEFF/, '')
  const events = sniffPlanFormat(bytes, true).format === 'pulumi-events'
  try {
    if (!events) {
      const document = JSON.parse(text) as { steps?: unknown }
      return Array.isArray(document?.steps)
        ? document.steps.map(step => toStep(step, 'oldState')).filter(isStep)
        : []
    }
    const steps: OracleStep[] = []
    for (const line of text.split('\n')) {
      if (line.trim() === '') continue
      const event = JSON.parse(line) as { resourcePreEvent?: { metadata?: unknown } } | null
      const step = toStep(event?.resourcePreEvent?.metadata, 'old')
      if (step) steps.push(step)
    }
    return steps
  } catch {
    return undefined
  }
}

function toStep(value: unknown, oldKey: string): OracleStep | undefined {
  if (value === null || typeof value !== 'object') return undefined
  const record = value as Record<string, unknown>
  if (typeof record.op !== 'string' || typeof record.urn !== 'string') return undefined
  const old = record[oldKey] as Record<string, unknown> | null | undefined
  return {
    op: record.op,
    urn: record.urn,
    oldProtect: old?.protect === true,
    oldRetain: old?.retainOnDelete === true
  }
}

function isStep(step: OracleStep | undefined): step is OracleStep {
  return step !== undefined
}

/** The stack's own resource and default providers are never counted (the issue says so). */
export function neverCounted(urn: string): boolean {
  const parts = urn.replace(/^urn:pulumi:/, '').split('::')
  const type = parts[2] ?? ''
  const name = parts.slice(3).join('::')
  if (type === 'pulumi:pulumi:Stack') return true
  return type.startsWith('pulumi:providers:') && /^default(_[0-9A-Za-z_-]+)?$/.test(name)
}

/**
 * URNs the document destroys: a delete, the old half of a replacement, or a replace step, unless
 * the old object is only retained (retainOnDelete, on the step or on an old half of its URN) or only
 * a read resource whose record is discarded (a discard-replaced before the replace step).
 */
export function destroyedUrns(steps: OracleStep[]): Map<string, { protect: boolean }> {
  const destroyed = new Map<string, { protect: boolean }>()
  const discarded = new Set<string>()
  // An old half that is only retained may stand for the replace step's old object.
  const retained = new Set(
    steps.filter(step => step.oldRetain && step.op.endsWith('-replaced')).map(step => step.urn)
  )
  const add = (step: OracleStep): void => {
    const known = destroyed.get(step.urn)
    destroyed.set(step.urn, { protect: (known?.protect ?? false) || step.oldProtect })
  }
  for (const step of steps) {
    if (neverCounted(step.urn)) continue
    if (step.op === 'discard-replaced') discarded.add(step.urn)
    if (step.oldRetain) continue
    if (step.op === 'delete' || step.op === 'delete-replaced') add(step)
    if (step.op === 'replace' && !discarded.has(step.urn) && !retained.has(step.urn)) add(step)
  }
  return destroyed
}
