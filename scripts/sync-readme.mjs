// Regenerates the inputs and outputs tables in README.md from action.yml (between the
// <!-- inputs:start/end --> and <!-- outputs:start/end --> markers). A test fails when they drift.
// Each description in action.yml starts with the modes that use the entry ("all modes: …",
// "plan, safety-gate: …"); the tables show them in a column of their own.
import { readFileSync, writeFileSync } from 'node:fs'
import { parse } from 'yaml'

/** `plan, safety-gate: Text` → { modes: 'plan, safety-gate', text: 'Text' }; modes '' when there is no prefix. */
export function splitModes(description) {
  const match = /^(all modes|[a-z-]+(?:, [a-z-]+)*): ([\s\S]*)$/.exec(String(description).trim())
  return match ? { modes: match[1], text: match[2] } : { modes: '', text: String(description).trim() }
}

/** Builds the two tables from action.yml's text. */
export function renderTables(actionYmlText) {
  const action = parse(actionYmlText)
  const cell = text => String(text).replace(/\s+/g, ' ').trim().replace(/\|/g, '\\|')
  const inputs = [
    '| Input | Modes | Required | Default | Description |',
    '| --- | --- | --- | --- | --- |',
    ...Object.entries(action.inputs).map(([name, spec]) => {
      const { modes, text } = splitModes(spec.description)
      const fallback = spec.default ? `\`${cell(spec.default)}\`` : ''
      return `| \`${name}\` | ${cell(modes)} | ${spec.required ? 'yes' : 'no'} | ${fallback} | ${cell(text)} |`
    })
  ].join('\n')
  const outputs = [
    '| Output | Modes | Description |',
    '| --- | --- | --- |',
    ...Object.entries(action.outputs).map(([name, spec]) => {
      const { modes, text } = splitModes(spec.description)
      return `| \`${name}\` | ${cell(modes)} | ${cell(text)} |`
    })
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
