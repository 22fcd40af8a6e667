// Runs the full analysis once on a plan, with the policy's rule evaluator riding along as in the
// real modes (built-in policy, environment prod), and prints what came out. For profiling:
//   node --cpu-prof --cpu-prof-dir=bench/out/prof bench/analyse-once.mjs <plan.json> [--no-rules]
// (run `npm run bench` or BENCH_QUICK=1 once first: it compiles the sources into bench/out/lib).
import { performance } from 'node:perf_hooks'
import { join } from 'node:path'

const [file, flag] = process.argv.slice(2)
const lib = join(import.meta.dirname, 'out', 'lib')
const { withPlanFile } = await import(join(lib, 'action', 'adapters', 'files.js'))
const { analysePlan } = await import(join(lib, 'analysis', 'analyse-plan.js'))
const { createRuleEvaluator } = await import(join(lib, 'policy', 'checks', 'rules.js'))
const { defaultPolicy } = await import(join(lib, 'policy', 'config', 'defaults.js'))

const environment = { name: 'prod', requested: 'prod', source: 'input', protected: true }
const rules = flag === '--no-rules' ? undefined : createRuleEvaluator(defaultPolicy(), environment)
const t0 = performance.now()
const analysis = withPlanFile(file, source => analysePlan(source, { visitors: rules ? [rules] : [] }))
const ms = performance.now() - t0
const findings = rules?.findings().filter(f => f.severity !== 'pass').length
const { sensitiveValues, ...rest } = analysis
console.log(
  JSON.stringify({
    ms: Math.round(ms),
    counts: analysis.counts,
    changes: analysis.changes.length,
    omitted: analysis.omittedChanges,
    diffs: analysis.changes.filter(c => c.diff !== undefined).length,
    secrets: sensitiveValues.size,
    risk: analysis.risk.level,
    findings,
    rss: Math.round(process.resourceUsage().maxRSS / 1024)
  })
)
if (process.env.DUMP) {
  const { writeFileSync } = await import('node:fs')
  writeFileSync(
    process.env.DUMP,
    JSON.stringify({ ...rest, sensitiveValues: [...sensitiveValues].sort(), findings: rules?.findings() })
  )
}
