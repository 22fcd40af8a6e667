/**
 * The attack suite's own instruments, checked against the runner's documented behaviour: if the
 * log parser missed a command the runner executes, every "no forged command" test would pass
 * without meaning anything.
 */
import { describe, expect, it } from '@jest/globals'
import { foreignCommands, readRunnerLog, runnerLines } from './helpers/runner-log.js'
import { leaksAsWholeValue } from './helpers/attack-run.js'
import { readZip, writeZip } from './helpers/zip.js'

describe('runner-log: the runner command grammar', () => {
  it('splits lines on \\n, \\r\\n and a lone \\r', () => {
    expect(runnerLines('a\nb\r\nc\rd\n')).toEqual(['a', 'b', 'c', 'd'])
  })

  it('finds ::name:: after any .NET white space, case-insensitively, with unescaped data and properties', () => {
    const view = readRunnerLog(
      '  ::error title=T%3Ax,file=a.tf::one%0Atwo\n\u00a0\u3000::WARNING::w\nplain ::error::not at start\n'
    )
    expect(view.commands.map(c => [c.name, c.properties, c.data])).toEqual([
      ['error', { title: 'T:x', file: 'a.tf' }, 'one\ntwo'],
      ['warning', {}, 'w']
    ])
    expect(view.visible).toEqual(['one\ntwo', 'w', 'plain ::error::not at start'])
  })

  it('does not trim zero-width characters, and ignores unregistered names', () => {
    const view = readRunnerLog('\u200b::error::x\n::nosuch::y\n::error x\n')
    expect(view.commands).toEqual([])
  })

  it('finds the legacy ##[name] anywhere in a line', () => {
    const view = readRunnerLog('text before ##[warning]legacy%5D data\n##[nosuch]x\n')
    expect(view.commands.map(c => [c.syntax, c.name, c.data])).toEqual([
      ['legacy', 'warning', 'legacy] data']
    ])
  })

  it('stop-commands: nothing runs until the token; add-mask lines are then shown in clear', () => {
    const view = readRunnerLog(
      '::add-mask::early-secret\n::stop-commands::tok\n::add-mask::late-secret\n::error::ignored\n::tok::\n::error::after\nearly-secret late-secret\n'
    )
    expect(view.commands.map(c => c.name)).toEqual(['add-mask', 'stop-commands', 'tok', 'error'])
    expect(view.visible).toContain('::add-mask::late-secret')
    expect(view.masks).toEqual(['early-secret'])
    expect(view.masked.at(-1)).toBe('*** late-secret')
    expect(view.stopped).toBe(false)
  })

  it('an empty stop token never resumes', () => {
    const view = readRunnerLog('::stop-commands::\n::error::x\n')
    expect(view.stopped).toBe(true)
    expect(view.commands.map(c => c.name)).toEqual(['stop-commands'])
  })

  it('foreignCommands flags legacy syntax, foreign names, and canary-led data or properties', () => {
    const view = readRunnerLog(
      '::error::The gate denied terraform_data.x["PWNED"]\n::error::PWNED-1\n::warning title=PWNED::x\n::set-output name=a::b\nok ##[debug]z\n'
    )
    expect(foreignCommands(view, ['PWNED']).map(c => c.line)).toEqual([
      '::error::PWNED-1',
      '::warning title=PWNED::x',
      '::set-output name=a::b',
      'ok ##[debug]z'
    ])
  })
})

describe('zip helper', () => {
  it('round-trips entries, names kept verbatim', () => {
    const entries = [
      { name: 'plan.json', data: Buffer.from('{"a":1}') },
      { name: '../escape.txt', data: Buffer.from('x'.repeat(1000)) }
    ]
    expect(readZip(writeZip(entries))).toEqual(entries)
  })
})

describe('leaksAsWholeValue', () => {
  it('finds a short secret standing alone, quoted or after punctuation, not inside longer words', () => {
    const texts = {
      quoted: 'pin = "Q9"',
      key: '{ Q9 = (sensitive) }',
      inside: '/tmp/infra-guard-attacks-aQ9xyz/plan.json and J8K',
      clean: 'nothing here'
    }
    expect(leaksAsWholeValue(texts, ['Q9', 'J8'])).toEqual(['quoted: Q9', 'key: Q9'])
  })
})
