// @actions/workflow-parser imports its JSON schemas without `with { type: 'json' }`, which Node refuses
// and Jest only tolerates with a deprecation warning. jest.config.js maps those two imports here: a
// CommonJS module whose export is the parsed schema, the same value the JSON import gives.
const { join } = require('node:path')
module.exports = require(
  join(__dirname, '../../../../node_modules/@actions/workflow-parser/dist/workflow-v1.0.min.json')
)
