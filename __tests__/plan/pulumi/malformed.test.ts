/**
 * Pulumi documents that are malformed, truncated or of the wrong shape are refused with a
 * PlanReadError that names the file and says how to fix it; steps the reader cannot map reach the
 * analysis as unreadable entries, which the gate denies. Bad inputs are derived from the real
 * fixtures (cut, edited, joined) or built in the fixtures' own shape.
 */
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { PlanReadError } from '../../../src/errors.js'
import {
  analyseBytes,
  eventLog,
  fixtureBytes,
  gateOf,
  preEvent,
  previewJson,
  readBytes,
  REPO_ROOT,
  state,
  urnOf
} from './pulumi-fixtures.js'

const FILE = 'plans/preview.json'

/** Expects the bytes to be refused, with the file named and the message matching. */
function expectRefused(
  bytes: Uint8Array | string,
  pattern: RegExp,
  options: Parameters<typeof readBytes>[2] = {}
): string {
  let thrown: unknown
  try {
    readBytes(FILE, typeof bytes === 'string' ? Buffer.from(bytes) : bytes, options)
  } catch (error) {
    thrown = error
  }
  expect(thrown).toBeInstanceOf(PlanReadError)
  const error = thrown as PlanReadError
  expect(error.file).toBe(FILE)
  expect(error.message).toContain(`Cannot read plan '${FILE}'`)
  expect(error.message).toMatch(pattern)
  return error.message
}

const preview = fixtureBytes('pitfall__tests__test_data__preview')
const log = fixtureBytes('TestMultipleProtectedDeletes__1')
const bucket = 'aws:s3/bucket:Bucket'

describe('files that are not Pulumi JSON', () => {
  it('refuses empty, blank, UTF-16 and non-JSON files', () => {
    expectRefused('', /the file is empty; expected the output of `pulumi preview --json`/)
    expectRefused(' \n\t\n', /only whitespace/)
    expectRefused(
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('{"steps":[]}', 'utf16le')]),
      /UTF-16/
    )
    expectRefused('[{"op":"create"}]', /starts with '\[\{"op":"create"\}\]', which is not a JSON object/)
  })

  it("refuses pulumi's human-readable output and says to add --json", () => {
    expectRefused(
      'Previewing update (dev):\n     Type   Name\n',
      /human-readable output of pulumi .*pulumi preview --json/
    )
  })

  it('refuses a Terraform plan and names plan_format', () => {
    const terraform = readFileSync(join(REPO_ROOT, '__fixtures__', 'plans', 'create-only.json'))
    expectRefused(
      terraform,
      /this is a Terraform plan or state \(top-level key 'format_version'\).*plan_format/
    )
    // Forced to read it as a preview document, the top-level key still gives it away.
    expectRefused(terraform, /this is a Terraform plan \(top-level key 'format_version'\)/, {
      format: 'preview-json'
    })
  })

  it('refuses stack exports and checkpoints (real files)', () => {
    for (const name of [
      'sample-export',
      'pitfall__tests__test_data__state',
      'checkpoint-secrets',
      'randompassword'
    ]) {
      expectRefused(
        fixtureBytes(name),
        /this is Pulumi stack state .*gate the output of `pulumi preview --json`/
      )
    }
  })
})

describe('broken `pulumi preview --json` documents', () => {
  it('refuses a preview cut anywhere, with the position and how to write it again', () => {
    for (const cut of [1, 40, Math.floor(preview.length / 2), preview.length - 2]) {
      const message = expectRefused(preview.subarray(0, cut), /truncated|ends early/)
      expect(message).toMatch(/pulumi preview --json > preview.json|a JSON object/)
    }
    expectRefused(
      preview.subarray(0, preview.length - 2),
      /the JSON ends early at line \d+ \(byte \d+\); the file is truncated/
    )
  })

  it('refuses other output after the document, and two documents', () => {
    expectRefused(
      Buffer.concat([preview, Buffer.from('\nUpdate complete\n')]),
      /followed by other content \('Update complete'/
    )
    expectRefused(Buffer.concat([preview, preview]), /followed by other content/)
  })

  it('refuses invalid JSON with its line and column', () => {
    const text = preview.toString('utf8').replace('"op": "update"', '"op": update')
    expectRefused(text, /invalid JSON at line 31 column 19 \(byte \d+\)/)
  })

  it('refuses wrong shapes, naming the step', () => {
    const step = {
      op: 'create',
      urn: 'urn:pulumi:dev::demo::aws:s3/bucket:Bucket::b',
      newState: state(bucket, 'b')
    }
    expectRefused(
      previewJson([]).toString().replace('"steps": []', '"steps": {}'),
      /'steps' must be an array; got an object/
    )
    expectRefused(previewJson([42]), /steps\[0\] must be an object; got a number/)
    expectRefused(
      previewJson([{ ...step, op: undefined }]),
      /steps\[0\] \(urn:pulumi:dev::demo::aws:s3\/bucket:Bucket::b\) has no 'op' string/
    )
    expectRefused(
      previewJson([{ ...step, urn: 'arn:aws:s3:::b' }]),
      /steps\[0\] has the URN 'arn:aws:s3:::b', which is not urn:pulumi:/
    )
    expectRefused(
      previewJson([{ ...step, urn: 'urn:pulumi:dev::demo' }]),
      /which is not urn:pulumi:<stack>::<project>::<type>::<name>/
    )
    expectRefused(
      previewJson([{ ...step, newState: state('aws:rds/instance:Instance', 'b') }]),
      /newState.type is 'aws:rds\/instance:Instance' but its URN says 'aws:s3\/bucket:Bucket'/
    )
    expectRefused(
      previewJson([{ ...step, newState: { ...state(bucket, 'b'), protect: 'yes' } }]),
      /newState.protect must be true or false; got a string/
    )
    expectRefused(
      previewJson([{ ...step, oldState: { ...state(bucket, 'b'), inputs: [] } }]),
      /oldState.inputs must be an object; got an array/
    )
    expectRefused(
      previewJson([step], { changeSummary: { create: -1 } }),
      /'changeSummary' must map ops to whole numbers/
    )
    expectRefused(
      previewJson([step], { diagnostics: [{ severity: 3 }] }),
      /diagnostics\[0\] must have string 'severity'/
    )
    expectRefused(Buffer.from('{"config": {}}'), /the preview has no 'steps'/)
    expectRefused(Buffer.from('{"steps": [], "steps": []}'), /the top-level key 'steps' appears twice/)
    expectRefused(Buffer.from('{"hello": 1}'), /none of the keys of `pulumi preview --json`/)
  })
})

describe('broken event logs', () => {
  it('refuses a log cut in the middle of a line', () => {
    expectRefused(
      log.subarray(0, log.length - 30),
      /the last line \(\d+\) is not a complete event: the file is truncated/
    )
  })

  it('refuses a log cut between lines, before its summaryEvent', () => {
    const lines = log.toString('utf8').split('\n')
    const cut = lines.slice(0, 4).join('\n') + '\n'
    expectRefused(
      cut,
      /ends after 4 line\(s\) without a summaryEvent: the operation did not finish .* or the file was cut/
    )
  })

  it('refuses pretty-printed events (real pulumi display-test input)', () => {
    expectRefused(
      fixtureBytes('json-yaml__json.json'),
      /line 1 is only "\{": this is pretty-printed JSON, not an event log/
    )
  })

  it('refuses bad lines, several payloads, joined operations and overlong lines', () => {
    const lines = log.toString('utf8').split('\n')
    expectRefused(
      [lines[0], '{"sequence": 1, oops}', ...lines.slice(1)].join('\n'),
      /line 2 is not valid JSON/
    )
    expectRefused(
      [lines[0], '[1]', ...lines.slice(1)].join('\n'),
      /line 2 is an array, not an engine event object/
    )
    expectRefused(
      [lines[0], '{"sequence":1,"stdoutEvent":{},"cancelEvent":{}}', ...lines.slice(1)].join('\n'),
      /line 2 holds 2 event payloads \('stdoutEvent', 'cancelEvent'\); an engine event has exactly one/
    )
    expectRefused(
      Buffer.concat([log, log]),
      /follows the summaryEvent of line \d+: the file joins the logs of several operations/
    )
    expectRefused(log, /line 2 is longer than 100 bytes/, { maxLineBytes: 100 })
  })

  it('reads CRLF line ends, blank lines, a byte order mark and any chunking alike', () => {
    const expected = readBytes(FILE, log)
    const crlf = Buffer.concat([
      Buffer.from([0xef, 0xbb, 0xbf]),
      Buffer.from(log.toString('utf8').replace(/\n/g, '\r\n'))
    ])
    // Blank lines only shift the line numbers the entries cite.
    const spaced = readBytes(FILE, Buffer.from(log.toString('utf8').replace(/\n/g, '\n\n')))
    expect(spaced.changes.map(entry => entry.change)).toEqual(expected.changes.map(entry => entry.change))
    expect(spaced.changes[0].pulumi.sources).toEqual(['line 7 resourcePreEvent.metadata'])
    for (const [bytes, chunkSize] of [
      [crlf, undefined],
      [log, 1],
      [log, 7]
    ] as const) {
      const result = readBytes(FILE, bytes, { chunkSize })
      expect(result.changes).toEqual(expected.changes)
      expect(result.header).toEqual(expected.header)
    }
  })
})

describe('steps the reader cannot map are denied, not dropped', () => {
  it('an unknown op becomes an unreadable entry and the gate denies', () => {
    const log = eventLog([preEvent('frobnicate', bucket, 'b', state(bucket, 'b'), null)])
    const analysis = analyseBytes(FILE, log)
    // Worded by the Pulumi reader, not as an unknown Terraform action verb.
    expect(analysis.unreadable).toEqual([
      {
        address: 'urn:pulumi:dev::demo::aws:s3/bucket:Bucket::b',
        problem:
          "op 'frobnicate' is not one this infra-guard version knows, so the preview is refused; upgrade infra-guard"
      }
    ])
    const gate = gateOf(analysis)
    expect(gate.allowed).toBe(false)
    const finding = gate.findings.find(f => f.rule === 'plan-unreadable')
    expect(finding?.message).toMatch(
      /^1 step\(s\) of the Pulumi preview could not be understood: urn:pulumi:.*op 'frobnicate'/
    )
    expect(finding?.message).not.toMatch(/action verb|terraform/i)
  })

  it('the diff op, whose effect this version does not know, is denied too', () => {
    const analysis = analyseBytes(
      FILE,
      previewJson([{ op: 'diff', urn: 'urn:pulumi:dev::demo::aws:s3/bucket:Bucket::b' }])
    )
    expect(analysis.unreadable).toHaveLength(1)
  })

  it('an unknown event kind is denied (it may carry a step)', () => {
    const log = eventLog([{ sequence: 3, timestamp: 0, resourcePreEventV2: { metadata: {} } }])
    const analysis = analyseBytes(FILE, log)
    expect(analysis.unreadable.map(entry => entry.address)).toEqual(['event-log.line 2'])
    expect(gateOf(analysis).allowed).toBe(false)
  })

  it('a changeSummary counting more destructive steps than are listed is denied', () => {
    // The real preview with its update step removed: the summary still counts it.
    const doc = JSON.parse(preview.toString('utf8'))
    doc.steps = doc.steps.filter((step: { op: string }) => step.op !== 'update')
    const analysis = analyseBytes(FILE, Buffer.from(JSON.stringify(doc)))
    expect(analysis.unreadable.map(entry => entry.address)).toEqual(['changeSummary.update'])
    expect(analysis.unreadable[0].problem).toContain('changeSummary counts 1 update but 0 update ste')
    const deleted = previewJson([], { changeSummary: { delete: 3 } })
    expect(readBytes(FILE, deleted).changes[0].pulumi.problem).toBe(
      'changeSummary counts 3 delete but 0 delete step(s) are listed: 3 step(s) are missing from the document. Gate the unedited output of one preview.'
    )
    expect(gateOf(analyseBytes(FILE, deleted)).allowed).toBe(false)
  })

  it('a changeSummary op this version does not know is denied', () => {
    const analysis = analyseBytes(FILE, previewJson([], { changeSummary: { obliterate: 1, same: 4 } }))
    expect(analysis.unreadable.map(entry => entry.address)).toEqual(['changeSummary.obliterate'])
  })

  it('the same URN changed twice in different ways is refused by the analysis as a duplicate', () => {
    const log = eventLog([
      preEvent('update', bucket, 'b', state(bucket, 'b'), state(bucket, 'b')),
      preEvent('delete', bucket, 'b', state(bucket, 'b'), null)
    ])
    expect(analyseBytes(FILE, log).unreadable[0].problem).toBe(
      'the URN has more than one change in the preview'
    )
  })

  it('a repeated step that adds protection is not folded away', () => {
    const log = eventLog([
      preEvent('delete', bucket, 'b', state(bucket, 'b'), null),
      preEvent('delete', bucket, 'b', state(bucket, 'b', { protect: true }), null)
    ])
    const { changes, header } = readBytes(FILE, log)
    expect(changes.map(entry => entry.pulumi.protect)).toEqual([false, true])
    expect(header.pulumi.repeatedSteps).toBe(0)
  })

  it('a retained replacement is a forget, but a step that really deletes it is not folded into it (found by fuzzing)', () => {
    const retained = state(bucket, 'b', { retainOnDelete: true })
    const forgets = readBytes(
      FILE,
      eventLog([preEvent('replace', bucket, 'b', retained, state(bucket, 'b'))])
    )
    expect(forgets.changes.map(entry => entry.change.actions)).toEqual([['create', 'forget']])
    // The same replace repeated without retainOnDelete: it goes out too (the analysis refuses the duplicate).
    const repeated = analyseBytes(
      FILE,
      eventLog([
        preEvent('replace', bucket, 'b', retained, state(bucket, 'b')),
        preEvent('replace', bucket, 'b', state(bucket, 'b'), state(bucket, 'b'))
      ])
    )
    expect(repeated.destructiveAddresses).toEqual([urnOf(bucket, 'b')])
    // Its old half arriving later without retainOnDelete is a delete of its own.
    const late = analyseBytes(
      FILE,
      eventLog([
        preEvent('replace', bucket, 'b', retained, state(bucket, 'b')),
        preEvent('delete-replaced', bucket, 'b', state(bucket, 'b'), null)
      ])
    )
    expect(late.counts).toMatchObject({ delete: 1, forget: 1, add: 1 })
  })

  it('errors in a preview document set errored; warnings and program output do not', () => {
    const step = { op: 'same', urn: 'urn:pulumi:dev::demo::pulumi:pulumi:Stack::demo-dev' }
    const quiet = readBytes(
      FILE,
      previewJson([step], {
        diagnostics: [
          { severity: 'info', message: 'hello' },
          { severity: 'warning', message: 'w' }
        ]
      })
    )
    expect(quiet.header.errored).toBe(false)
    expect(quiet.header.pulumi.warningCount).toBe(1)
    const failing = readBytes(
      FILE,
      previewJson([step], { diagnostics: [{ severity: 'error', message: '<{%fg 1%}>boom<{%reset%}>' }] })
    )
    expect(failing.header.errored).toBe(true)
    expect(failing.header.pulumi.diagnostics).toEqual([
      { severity: 'error', message: 'boom', source: 'diagnostics[0]' }
    ])
    // A severity Pulumi does not write counts as an error: doubt is a denial.
    const odd = readBytes(FILE, previewJson([step], { diagnostics: [{ severity: 'fatal', message: 'x' }] }))
    expect(odd.header.errored).toBe(true)
  })

  it('a mandatory policy violation in an event log sets errored, an advisory one warns', () => {
    const policy = (level: string) => ({
      sequence: 0,
      timestamp: 0,
      policyEvent: {
        policyPackName: 'pack',
        policyName: 'no-public',
        enforcementLevel: level,
        message: 'public bucket'
      }
    })
    expect(readBytes(FILE, eventLog([policy('mandatory')])).header.errored).toBe(true)
    const advisory = readBytes(FILE, eventLog([policy('advisory')])).header
    expect(advisory.errored).toBe(false)
    expect(advisory.pulumi.diagnostics[0].message).toBe('policy pack/no-public (advisory): public bucket')
  })
})
