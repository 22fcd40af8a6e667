/**
 * Hostile nesting: plan JSON may nest lists thousands of levels deep (the streaming reader accepts
 * any depth). Every stage after the reader must stay within the stack and either read the plan or
 * refuse it with a typed error — a RangeError would be an unexplained failure, not a verdict.
 * Found by the mutation fuzzer (__tests__/fuzz/reader.fuzz.test.ts).
 */
import { afterAll, describe, expect, it } from '@jest/globals'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { withPlanFile } from '../../src/action/adapters/files.js'
import { evaluateSource } from '../fuzz/oracle.js'
import { REPO_ROOT } from '../helpers/run-action.js'
import { diffLeaves } from '../helpers/diff-leaves.js'
import { DIFF_LIMITS } from '../../src/analysis/diff/index.js'

const DEPTH = 10_000
const DEEP = `${'['.repeat(DEPTH)}"deep"${']'.repeat(DEPTH)}`
const scratch = mkdtempSync(join(tmpdir(), 'infra-guard-deep-'))
afterAll(() => rmSync(scratch, { recursive: true, force: true }))

/** The update entry of the real `update` fixture with `place` (a JSON path into the entry) set to a deep list. */
function planWithDeepValue(
  mutate: (entry: Record<string, unknown>, document: Record<string, unknown>) => void
): string {
  const document = JSON.parse(readFileSync(join(REPO_ROOT, '__fixtures__', 'plans', 'update.json'), 'utf8'))
  const entry = document.resource_changes.find(
    (rc: { change: { actions: string[] } }) => rc.change.actions[0] === 'update'
  )
  mutate(entry, document)
  const path = join(scratch, `deep-${Math.random().toString(36).slice(2)}.json`)
  writeFileSync(path, JSON.stringify(document).replace('"__DEEP__"', DEEP))
  return path
}

/** The plan through the file adapter and the core's entry with the built-in policy in prod, as safety-gate runs it. */
async function readWithPolicy(path: string, type?: string) {
  const { analysis, gate } = withPlanFile(path, source => evaluateSource(source, 'prod'))
  return { analysis, findings: gate.findings.filter(finding => finding.rule.startsWith('rule:')), type }
}

describe(`values nested ${DEPTH} lists deep`, () => {
  it('in an output change actions list: the analysis records it as unreadable (no RangeError)', async () => {
    const path = planWithDeepValue((_, document) => {
      document.output_changes = { broken: { actions: ['__DEEP__'], before: null, after: 1 } }
    })
    const { analysis } = await readWithPolicy(path)
    expect(analysis.unreadable.map(entry => entry.address)).toContain('output.broken')
  })

  it('in replace_paths of an update: the attribute diff ignores the bogus path (no RangeError)', async () => {
    const path = planWithDeepValue(entry => {
      ;(entry.change as Record<string, unknown>).replace_paths = ['__DEEP__']
    })
    const { analysis } = await readWithPolicy(path)
    expect(analysis.unreadable).toEqual([])
    expect(analysis.counts.change).toBeGreaterThan(0)
  })

  it('in a planned attribute the built-in rules read (aws_instance root_block_device): rules finish (no RangeError)', async () => {
    // Known bug (src/policy/attribute-path.ts, walk): a name segment applied to a list recurses once per
    // nesting level with no depth bound, so this throws "RangeError: Maximum call stack size exceeded".
    const path = planWithDeepValue(entry => {
      entry.type = 'aws_instance'
      entry.address = 'aws_instance.deep'
      ;(entry.change as Record<string, unknown>).after = { root_block_device: '__DEEP__', tags: {} }
    })
    const { analysis, findings } = await readWithPolicy(path)
    expect(analysis.counts.change).toBeGreaterThan(0)
    expect(findings.length).toBeGreaterThan(0)
  })

  it('in a planned value of an update: the attribute diff and rendering stay bounded', async () => {
    const path = planWithDeepValue(entry => {
      const change = entry.change as Record<string, unknown>
      change.after = { input: '__DEEP__' }
    })
    const { analysis } = await readWithPolicy(path)
    const change = analysis.changes.find(c => c.kind === 'update')
    expect(diffLeaves(change?.diff).length).toBeGreaterThan(0)
    for (const attribute of diffLeaves(change?.diff))
      expect(attribute.after?.length ?? 0).toBeLessThanOrEqual(DIFF_LIMITS.maxValueChars + 1)
  })
})
