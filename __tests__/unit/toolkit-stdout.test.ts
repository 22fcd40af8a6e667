/**
 * src/toolkit/stdout.ts writes the log straight to fd 1 until something uses process.stdout, then
 * through the stream. Checked in a real child process whose stdout is a pipe (as on the runner): the
 * text arrives complete and in order, the stream (and with it net) is not loaded by the direct path,
 * and once another writer has the stream, every later write goes through it.
 */
import { describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import ts from 'typescript'
import { REPO_ROOT } from '../helpers/run-action.js'

const scratch = mkdtempSync(join(tmpdir(), 'infra-guard-stdout-'))
const source = readFileSync(join(REPO_ROOT, 'src', 'toolkit', 'stdout.ts'), 'utf8')
writeFileSync(
  join(scratch, 'stdout.mjs'),
  ts.transpileModule(source, {
    compilerOptions: { module: ts.ModuleKind.ES2022, target: ts.ScriptTarget.ES2022 }
  }).outputText
)

/** Runs `body` (ES module code with writeStdout in scope) in a child with piped stdout. */
function runChild(body: string): { stdout: string; stderr: string; status: number | null } {
  const script = join(scratch, `child-${Math.random().toString(36).slice(2)}.mjs`)
  writeFileSync(script, `import { writeStdout } from './stdout.mjs'\n${body}\n`)
  const child = spawnSync(process.execPath, [script], { encoding: 'utf8', env: { PATH: process.env.PATH } })
  return { stdout: child.stdout, stderr: child.stderr, status: child.status }
}

describe('writeStdout', () => {
  it('writes to fd 1 without building process.stdout, bytes intact', () => {
    const child = runChild(`
      const text = 'é ✓ ' + 'x'.repeat(200000) + ' ::group::end\\n'
      writeStdout('first\\n')
      writeStdout(text)
      const loaded = process.moduleLoadList.filter(name => name === 'NativeModule net')
      process.stderr.write(JSON.stringify({ net: loaded.length, length: Buffer.byteLength(text) }))
    `)
    expect(child.status).toBe(0)
    const report = JSON.parse(child.stderr) as { net: number; length: number }
    expect(report.net).toBe(0)
    expect(child.stdout).toBe(`first\né ✓ ${'x'.repeat(200000)} ::group::end\n`)
    expect(Buffer.byteLength(child.stdout)).toBe(report.length + 'first\n'.length)
  })

  it('goes through the stream, in order, once anything else has used process.stdout', () => {
    const child = runChild(`
      writeStdout('one\\n')
      const stream = process.stdout
      const write = stream.write.bind(stream)
      stream.write = chunk => write('[stream] ' + chunk)
      stream.write('two\\n')
      writeStdout('three\\n')
      writeStdout('four\\n')
    `)
    expect(child.status).toBe(0)
    expect(child.stdout).toBe('one\n[stream] two\n[stream] three\n[stream] four\n')
  })

  it('leaves process.stdout the same stream for every reader', () => {
    const child = runChild(`
      writeStdout('a\\n')
      const first = process.stdout
      writeStdout('b\\n')
      const getter = typeof Object.getOwnPropertyDescriptor(process, 'stdout').get
      process.stderr.write(JSON.stringify({ same: first === process.stdout, getter }))
    `)
    expect(child.stdout).toBe('a\nb\n')
    expect(JSON.parse(child.stderr)).toEqual({ same: true, getter: 'function' })
  })
})
