// @actions/workflow-parser imports its JSON schemas without `with { type: 'json' }`, which Node refuses
// and Jest only tolerates with a deprecation warning. jest.config.js maps that import here: a module
// whose default export is the parsed schema, the same value the JSON import gives.
import { readFileSync } from 'node:fs'

const schema = new URL(
  '../../../../node_modules/@actions/workflow-parser/dist/action-v1.0.min.json',
  import.meta.url
)
export default JSON.parse(readFileSync(schema, 'utf8'))
