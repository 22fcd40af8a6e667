/**
 * Plans for the core from test data: files go through the action's file adapter (as every mode
 * reads them), documents and bytes held in memory through a ByteSource over a Buffer. The async
 * wrappers let tests write `await` and `.rejects` whichever way the plan arrives.
 */
import { withPlanFile } from '../../src/action/adapters/files.js'
import { analysePlan, type AnalyseOptions } from '../../src/analysis/analyse-plan.js'
import type { PlanAnalysis } from '../../src/analysis/types.js'
import type { ByteSource } from '../../src/plan/byte-source.js'
import type { PlanHeader, PlanVisitor } from '../../src/plan/model.js'
import { readPlan, type ReadPlanOptions } from '../../src/plan/plan-reader.js'

/** A ByteSource over bytes in memory (a string is taken as UTF-8). */
export function memorySource(content: string | Buffer, name = 'memory.json'): ByteSource {
  const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content
  return { name, size: bytes.length, read: (buffer, position) => bytes.copy(buffer, 0, position) }
}

/** readPlan on a file, opened the way the modes open it. */
export async function readPlanFile(
  path: string,
  visitor: PlanVisitor,
  options: ReadPlanOptions = {}
): Promise<PlanHeader> {
  return withPlanFile(path, source => readPlan(source, visitor, options))
}

/** analysePlan on a file, opened the way the modes open it. */
export async function analysePlanFile(path: string, options: AnalyseOptions = {}): Promise<PlanAnalysis> {
  return withPlanFile(path, source => analysePlan(source, options))
}
