/**
 * The log funnel (src/action/log.ts) against the runner's own command grammar
 * (__tests__/security/attacks/helpers/runner-log.ts): whatever text goes in, the runner executes no
 * command from a plain line, and the text stays readable.
 */
import { afterEach, describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import * as log from '../../src/action/log.js'
import { readRunnerLog } from '../security/attacks/helpers/runner-log.js'

/** Runs `work` with stdout captured; returns what was written. */
function captured(work: () => void): string {
  const write = process.stdout.write.bind(process.stdout)
  let out = ''
  process.stdout.write = ((chunk: string | Uint8Array) => {
    out += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8')
    return true
  }) as typeof process.stdout.write
  try {
    work()
  } finally {
    process.stdout.write = write
  }
  return out
}

afterEach(() => log.setLogScrubber())

const ATTACKS = [
  '::error::x',
  '   ::warning title=t::x',
  '\u00a0\u3000::notice::x',
  '\t::add-mask::Plan',
  '::stop-commands::token',
  '::ERROR::upper',
  'mid-line ##[error]legacy',
  '##[group]g',
  'a\r::error::after a carriage return',
  'a\r\n::set-output name=allowed::true',
  '\u200b::error::zero-width space first',
  '\u0001::error::control first',
  '#\u200b#[error]ignorable inside',
  ':\u200b:error::ignorable between colons'
]

describe('neutralise', () => {
  it.each(ATTACKS)('%j executes nothing and keeps its text', text => {
    const out = log.neutralise(text)
    const view = readRunnerLog(`${out}\n`)
    expect(view.commands).toEqual([])
    // Only backslashes are added, and \r becomes a line break.
    expect(out.replace(/\\/g, '').replace(/\n/g, '')).toBe(text.replace(/\r\n|\r|\n/g, ''))
  })

  it('leaves ordinary text alone', () => {
    const text = '  # terraform_data.app will be updated in-place\n  ~ input = "a" -> "b::c"  # ##comment'
    expect(log.neutralise(text)).toBe(text)
  })

  it('no string makes the runner execute a command once neutralised (property)', () => {
    const pieces = fc.constantFrom(
      '::',
      '##[',
      '\r',
      '\n',
      ' ',
      '\u00a0',
      '\u200b',
      'error',
      'stop-commands',
      'x',
      ']',
      '\t'
    )
    fc.assert(
      fc.property(fc.array(fc.oneof(pieces, fc.string()), { maxLength: 30 }), parts => {
        const view = readRunnerLog(`${log.neutralise(parts.join(''))}\n`)
        expect(view.commands).toEqual([])
      }),
      { numRuns: 500 }
    )
  })
})

describe('the funnel', () => {
  it('info prints foreign lines defused; annotations go out as the action wrote them', () => {
    const out = captured(() => {
      log.info('value:\n::error::forged\n##[warning]forged')
      log.warning(log.own`rule says ${'x\n::error::y'}`)
    })
    const view = readRunnerLog(out)
    expect(view.commands.map(command => command.name)).toEqual(['warning'])
    expect(view.commands[0].data).toBe('rule says x\n::error::y')
    expect(view.visible).toContain('\\::error::forged')
  })

  it('scrubs foreign text and only foreign text', () => {
    log.setLogScrubber(text => text.replaceAll('denied', '(sensitive)'))
    const out = captured(() => {
      log.info(log.own`The gate denied this plan: ${'value denied'}`)
      log.info('plain strings are foreign: denied')
    })
    expect(out).toContain('The gate denied this plan: value (sensitive)')
    expect(out).toContain('plain strings are foreign: (sensitive)')
  })

  it('lineSink prints whole lines across chunk boundaries, \r\n split between chunks included', () => {
    const out = captured(() => {
      const sink = log.lineSink()
      const e = Buffer.from('é')
      for (const chunk of ['first li', 'ne\r', '\n::error::forged\rthird ']) sink.write(Buffer.from(chunk))
      sink.write(e.subarray(0, 1))
      sink.write(Buffer.concat([e.subarray(1), Buffer.from(' end')]))
      sink.end()
    })
    expect(out.split('\n').filter(Boolean)).toEqual(['first line', '\\::error::forged', 'third é end'])
    expect(readRunnerLog(out).commands).toEqual([])
  })
})
