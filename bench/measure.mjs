// One measurement in its own process (so peak RSS belongs to it alone):
//   node bench/measure.mjs <reader|analysis|jsonparse|raw> <plan.json>
// Prints one JSON line: { counts, entries, ms } where counts are `actions.join(',')` → number.
import { openSync, readFileSync, readSync, closeSync } from 'node:fs'
import { performance } from 'node:perf_hooks'
import { join } from 'node:path'

const [method, file] = process.argv.slice(2)
const lib = join(import.meta.dirname, 'out', 'lib')
const counts = {}
const count = entry => {
  const key = entry.change.actions.join(',')
  counts[key] = (counts[key] ?? 0) + 1
}
// Load the code before the clock starts: the in-process time is the work on the file alone.
const { withPlanFile } = await import(join(lib, 'action', 'adapters', 'files.js'))
const { readPlan } = method === 'reader' ? await import(join(lib, 'plan', 'plan-reader.js')) : {}
const { analysePlan } = method === 'analysis' ? await import(join(lib, 'analysis', 'analyse-plan.js')) : {}
// The real modes run the policy's rule evaluator as a visitor of the same pass (src/policy/evaluate-plan.ts):
// the built-in policy's rules for a protected environment ride along here too.
let rules
if (method === 'analysis') {
  const { createRuleEvaluator } = await import(join(lib, 'policy', 'checks', 'rules.js'))
  const { defaultPolicy } = await import(join(lib, 'policy', 'config', 'defaults.js'))
  const environment = { name: 'prod', requested: 'prod', source: 'input', protected: true }
  rules = createRuleEvaluator(defaultPolicy(), environment)
}
const t0 = performance.now()
let extra
if (method === 'reader') {
  withPlanFile(file, source => readPlan(source, { onResourceChange: count }))
} else if (method === 'analysis') {
  const analysis = withPlanFile(file, source =>
    analysePlan(source, { visitors: [{ onResourceChange: count }, rules] })
  )
  extra = { risk: analysis.risk.level, findings: rules.findings().filter(f => f.severity !== 'pass').length }
} else if (method === 'jsonparse') {
  const doc = JSON.parse(readFileSync(file, 'utf8'))
  for (const entry of doc.resource_changes ?? []) count(entry)
} else if (method === 'raw') {
  // The floor: the same 1 MiB reads the reader does, no parsing.
  const fd = openSync(file, 'r')
  const chunk = Buffer.allocUnsafe(1 << 20)
  let total = 0
  for (let n; (n = readSync(fd, chunk, 0, chunk.length, null)) > 0;) total += n
  closeSync(fd)
  extra = { bytes: total }
} else {
  throw new Error(`unknown method ${method}`)
}
const ms = performance.now() - t0
const entries = Object.values(counts).reduce((a, b) => a + b, 0)
console.log(JSON.stringify({ counts, entries, ms, ...extra }))
