/**
 * src/toolkit/core.ts speaks the runner protocol in place of @actions/core (whose load-time undici
 * import dominated start-up). It must write exactly what @actions/core writes: same workflow
 * commands with the same escaping, outputs that parse back the same, the same job summary.
 */
import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals'
import * as official from '@actions/core'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import * as ours from '../../src/toolkit/core.js'
import { parseOutputFile } from '../helpers/run-action.js'

type Core = typeof ours

const scratch = mkdtempSync(join(tmpdir(), 'infra-guard-toolkit-'))
const saved = { ...process.env }
const savedExitCode = process.exitCode

beforeEach(() => {
  delete process.env.GITHUB_OUTPUT
  delete process.env.GITHUB_STEP_SUMMARY
})
afterEach(() => {
  process.env = { ...saved }
  process.exitCode = savedExitCode
  jest.restoreAllMocks()
})

/** Everything written to stdout while `work` runs. */
async function stdoutOf(work: () => unknown): Promise<string> {
  const chunks: string[] = []
  jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    chunks.push(String(chunk))
    return true
  })
  await work()
  jest.restoreAllMocks()
  return chunks.join('')
}

const HOSTILE = 'a%b\r\nc::d,e:f\n::error::forged'

/** The same calls against either implementation. */
async function exercise(core: Core | typeof official): Promise<void> {
  core.info(`plain ${HOSTILE}`)
  core.debug(HOSTILE)
  core.notice(HOSTILE)
  core.warning(HOSTILE, { file: 'infra/main.tf', startLine: 3, endLine: 4, title: `T ${HOSTILE}` })
  core.error(new Error(HOSTILE), { file: 'a,b:c.tf', startLine: 1, startColumn: 2, endColumn: 5 })
  core.setSecret(HOSTILE)
  await core.group(`group ${HOSTILE}`, async () => core.info('inside'))
  core.setOutput('legacy', { nested: HOSTILE })
  core.setFailed(HOSTILE)
}

describe('toolkit core matches @actions/core', () => {
  it('writes the same workflow commands with the same escaping', async () => {
    const expected = await stdoutOf(() => exercise(official))
    const actual = await stdoutOf(() => exercise(ours))
    expect(actual).toBe(expected)
    expect(actual).toContain(
      '::warning title=T a%25b%0D%0Ac%3A%3Ad%2Ce%3Af%0A%3A%3Aerror%3A%3Aforged,file=infra/main.tf,line=3,endLine=4::a%25b%0D%0Ac::d,e:f%0A::error::forged'
    )
    // Only info() writes raw text (as in @actions/core): the renderers escape log lines before it sees them.
    expect(actual.split('\n').filter(line => line.startsWith('::error::forged'))).toHaveLength(1)
  })

  it('reads inputs the same way', () => {
    process.env.INPUT_WORKING_DIRECTORY = '  infra/prod \n'
    process.env['INPUT_WITH SPACE'.replace(/ /g, '_')] = 'x'
    for (const name of ['working_directory', 'with space', 'missing']) {
      expect(ours.getInput(name)).toBe(official.getInput(name))
    }
  })

  it('writes GITHUB_OUTPUT blocks that parse back to the same outputs', () => {
    const values: Record<string, unknown> = {
      plain: 'x',
      multi: `line1\nallowed=true\n${HOSTILE}`,
      json: { a: [1] },
      empty: ''
    }
    const parsed = (core: Core | typeof official) => {
      const file = join(scratch, `out-${Math.random()}`)
      writeFileSync(file, '')
      process.env.GITHUB_OUTPUT = file
      for (const [name, value] of Object.entries(values)) core.setOutput(name, value)
      return parseOutputFile(readFileSync(file, 'utf8'))
    }
    expect(parsed(ours)).toEqual(parsed(official))
    expect(parsed(ours).multi).toBe(values.multi)
  })

  it('never uses a delimiter that occurs in the value: a clash draws a new one', () => {
    const file = join(scratch, `out-${Math.random()}`)
    writeFileSync(file, '')
    process.env.GITHUB_OUTPUT = file
    // The first delimiter drawn is all zeros; the value carries that exact line and a forged output after it.
    const zeros = `ghadelimiter_${'0'.repeat(32)}`
    const value = `before\n${zeros}\nallowed<<${zeros}\ntrue\n${zeros}`
    const draws = [0, 0, 0, 0]
    jest.spyOn(Math, 'random').mockImplementation(() => draws.shift() ?? 0.5)
    ours.setOutput('reasons', value)
    const written = readFileSync(file, 'utf8')
    expect(written.startsWith(`reasons<<ghadelimiter_${'80000000'.repeat(4)}\n`)).toBe(true)
    expect(parseOutputFile(written)).toEqual({ reasons: value })
  })

  it('appends the same job summary, and fails the same way without a summary file', async () => {
    const written = async (core: Core | typeof official) => {
      const file = join(scratch, `summary-${Math.random()}`)
      writeFileSync(file, 'before\n')
      process.env.GITHUB_STEP_SUMMARY = file
      await core.summary.addRaw('# title').addRaw('body', true).write()
      await core.summary.addRaw('dropped').emptyBuffer().addRaw('kept').write()
      return readFileSync(file, 'utf8')
    }
    expect(await written(ours)).toBe(await written(official))
    delete process.env.GITHUB_STEP_SUMMARY
    await expect(ours.summary.addRaw('x').write()).rejects.toThrow(/GITHUB_STEP_SUMMARY/)
    ours.summary.emptyBuffer()
  })

  it('setFailed sets exit code 1', () => {
    jest.spyOn(process.stdout, 'write').mockImplementation(() => true)
    process.exitCode = 0
    ours.setFailed('boom')
    expect(process.exitCode).toBe(1)
  })
})
