/**
 * Writes the plan JSON the artifact carries: the plan as read, with every secret the analysis
 * collected replaced (analysis/redact/redact-plan.ts), streamed so a plan of any size is rewritten
 * holding one resource entry at a time.
 */
import { closeSync, openSync, readSync, writeSync } from 'node:fs'
import type { PlanSecrets } from '../../../analysis/plan-secrets.js'
import { createPlanRedactor } from '../../../analysis/redact/redact-plan.js'
import { ArtifactError } from '../../../errors.js'

const CHUNK = 1 << 20

/** Reads `source` (plan JSON the analysis accepted) and writes its redacted copy to `target`. */
export function writeRedactedPlan(source: string, target: string, secrets: PlanSecrets): void {
  const input = openSync(source, 'r')
  const output = openSync(target, 'w', 0o600)
  try {
    // Encoded straight into one buffer: joining many small pieces first would copy them twice.
    const out = Buffer.allocUnsafe(2 * CHUNK)
    let used = 0
    const flush = (): void => {
      if (used > 0) writeSync(output, out, 0, used)
      used = 0
    }
    const redactor = createPlanRedactor(secrets, text => {
      if (text.length * 3 > out.length - used) {
        flush()
        if (text.length * 3 > out.length) {
          writeSync(output, text)
          return
        }
      }
      used += out.write(text, used)
    })
    const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false })
    const buffer = Buffer.allocUnsafe(CHUNK)
    for (let position = 0; ;) {
      const read = readSync(input, buffer, 0, CHUNK, position)
      if (read === 0) break
      redactor.feed(decoder.decode(buffer.subarray(0, read), { stream: true }))
      position += read
    }
    redactor.feed(decoder.decode())
    redactor.end()
    flush()
  } catch (error) {
    throw new ArtifactError(
      `Could not write the redacted plan JSON for the artifact from '${source}': ${(error as Error).message}`
    )
  } finally {
    closeSync(input)
    closeSync(output)
  }
}
