// Parses workflow files with GitHub's own parser (@actions/workflow-parser) and prints, as JSON, the
// errors for each file: { "<file>": ["message", ...] }. Run with the JSON hook registered:
//   node --import ./register-json-hook.mjs parse-workflows.mjs <file>...
import { readFileSync } from 'node:fs'
import { convertWorkflowTemplate, NoOperationTraceWriter, parseWorkflow } from '@actions/workflow-parser'

const report = {}
for (const file of process.argv.slice(2)) {
  const parsed = parseWorkflow(
    { name: file, content: readFileSync(file, 'utf8') },
    new NoOperationTraceWriter()
  )
  const errors = new Set(parsed.context.errors.getErrors().map(error => error.message))
  if (parsed.value !== undefined && errors.size === 0) {
    // Conversion checks what the schema cannot: job references in needs, cycles, expressions' contexts.
    const template = await convertWorkflowTemplate(parsed.context, parsed.value)
    for (const error of parsed.context.errors.getErrors()) errors.add(error.message)
    for (const error of template.errors ?? []) errors.add(error.Message)
  }
  report[file] = [...errors]
}
process.stdout.write(JSON.stringify(report))
