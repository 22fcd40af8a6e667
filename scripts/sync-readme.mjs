// Regenerates the inputs and outputs tables in README.md from action.yml (between the
// <!-- inputs:start/end --> and <!-- outputs:start/end --> markers). A test fails when they drift.
import { readFileSync, writeFileSync } from 'node:fs'
import { parse } from 'yaml'

/** Builds the two tables from action.yml's text. */
export function renderTables(actionYmlText) {
  const action = parse(actionYmlText)
  const cell = text => String(text).replace(/\s+/g, ' ').trim().replace(/\|/g, '\\|')
  const inputs = [
    '| Input | Required | Default | Description |',
    '| --- | --- | --- | --- |',
    ...Object.entries(action.inputs).map(
      ([name, spec]) =>
        `| \`${name}\` | ${spec.required ? 'yes' : 'no'} | ${spec.default ? `\`${cell(spec.default)}\`` : ''} | ${cell(spec.description)} |`
    )
  ].join('\n')
  const outputs = [
    '| Output | Description |',
    '| --- | --- |',
    ...Object.entries(action.outputs).map(([name, spec]) => `| \`${name}\` | ${cell(spec.description)} |`)
  ].join('\n')
  return { inputs, outputs }
}

/** Replaces the text between `<!-- name:start -->` and `<!-- name:end -->`. */
export function replaceBlock(text, name, body) {
  const pattern = new RegExp(`(<!-- ${name}:start -->)[\\s\\S]*?(<!-- ${name}:end -->)`)
  if (!pattern.test(text))
    throw new Error(`README.md has no <!-- ${name}:start --> ... <!-- ${name}:end --> block`)
  return text.replace(pattern, (_match, start, end) => `${start}\n${body}\n${end}`)
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const tables = renderTables(readFileSync('action.yml', 'utf8'))
  let readme = readFileSync('README.md', 'utf8')
  readme = replaceBlock(readme, 'inputs', tables.inputs)
  readme = replaceBlock(readme, 'outputs', tables.outputs)
  writeFileSync('README.md', readme)
}
