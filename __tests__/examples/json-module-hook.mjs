// Module-loader hook: @actions/workflow-parser imports its JSON schemas without `with { type: 'json' }`,
// which Node refuses. This hook serves every .json module as an ES module whose default export is the
// parsed document, the same value a JSON import would give.
import { readFile } from 'node:fs/promises'

export async function load(url, context, nextLoad) {
  if (url.startsWith('file:') && url.endsWith('.json')) {
    const text = await readFile(new URL(url), 'utf8')
    JSON.parse(text) // fail here, with the file's own error, if the schema is not JSON
    return { format: 'module', source: `export default ${text};\n`, shortCircuit: true }
  }
  return nextLoad(url, context)
}
