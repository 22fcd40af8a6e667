/**
 * Every kind of file that is not a readable plan fails with a PlanReadError that names the file and
 * says what to do. The bad files are derived from a real terraform plan, state and binary plan.
 */
import { beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { PlanReadError } from '../../src/errors.js'
import { readPlan } from '../../src/plan/plan-reader.js'
import { memorySource, readPlanFile } from '../helpers/plan-source.js'
import { terraformEnv } from '../helpers/run-action.js'
import { makePlanJson, MIXED_CONFIG, scratchDir } from './terraform-plans.js'

let plan: Buffer
let planDir: string
let scratch: string

beforeAll(() => {
  const path = makePlanJson(MIXED_CONFIG)
  plan = readFileSync(path)
  planDir = dirname(path)
  scratch = scratchDir()
})

/**
 * Writes `content` to a file and expects the reader to reject it, read from the file and from the
 * same bytes in memory, with the same message matching `pattern`.
 */
async function expectRejected(
  name: string,
  content: Buffer | string,
  pattern: RegExp
): Promise<PlanReadError> {
  const path = join(scratch, name)
  writeFileSync(path, content)
  const errors: PlanReadError[] = []
  const fromMemory = async () => readPlan(memorySource(Buffer.from(content), path), { onResourceChange() {} })
  for (const read of [() => readPlanFile(path, { onResourceChange() {} }), fromMemory]) {
    const error = await read().then(
      () => undefined,
      (e: unknown) => e
    )
    expect(error).toBeInstanceOf(PlanReadError)
    const planError = error as PlanReadError
    expect(planError.file).toBe(path)
    expect(planError.message).toContain(path)
    expect(planError.message).toMatch(pattern)
    errors.push(planError)
  }
  expect(errors[0].message).toBe(errors[1].message)
  return errors[0]
}

function mutatePlan(change: (doc: Record<string, unknown>) => void): string {
  const doc = JSON.parse(plan.toString('utf8'))
  change(doc)
  return JSON.stringify(doc)
}

describe('files that are not JSON text', () => {
  it('rejects an empty file and a whitespace-only file', async () => {
    await expectRejected('empty.json', '', /file is empty/)
    await expectRejected('blank.json', ' \n\t\n', /only whitespace/)
  })

  it('rejects a missing file with the path', async () => {
    await expect(readPlanFile(join(scratch, 'nope.json'), { onResourceChange() {} })).rejects.toThrow(
      /cannot be read.*ENOENT/
    )
  })

  it('rejects a directory', async () => {
    await expect(readPlanFile(scratch, { onResourceChange() {} })).rejects.toThrow(/not a regular file/)
  })

  it('rejects the binary plan terraform wrote with -out and says to pass it as plan_file', async () => {
    await expectRejected(
      'tfplan.json',
      readFileSync(join(planDir, 'tfplan')),
      /binary plan file.*'plan_file'/
    )
  })

  it('rejects UTF-16 with either byte order mark and without one', async () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(plan.toString('utf8'), 'utf16le')])
    await expectRejected('utf16le.json', le, /UTF-16.*FF FE.*save it as UTF-8/)
    const be = Buffer.from(le)
    be.swap16()
    await expectRejected('utf16be.json', be, /UTF-16.*FE FF.*save it as UTF-8/)
    await expectRejected(
      'utf16-nobom.json',
      Buffer.from('{"format_version":"1.2"}', 'utf16le'),
      /UTF-16.*NUL/
    )
  })

  it('accepts a UTF-8 byte order mark', async () => {
    const path = join(scratch, 'bom.json')
    writeFileSync(path, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), plan]))
    const seen: string[] = []
    const header = await readPlanFile(path, { onResourceChange: e => seen.push(e.address) })
    expect(seen).toHaveLength(4)
    expect(header.sensitive_variables).toEqual(['db_password'])
  })
})

describe('JSON that is broken or more than one document', () => {
  it('rejects a truncated plan and says where it ends', async () => {
    const error = await expectRejected('truncated.json', plan.subarray(0, plan.length - 40), /truncated/)
    expect(error.message).toMatch(/line 1 column \d+/)
  })

  it('rejects invalid JSON with its position', async () => {
    const text = plan.toString('utf8').replace('"resource_changes":[', '"resource_changes":[,')
    await expectRejected(
      'invalid.json',
      text,
      /invalid JSON at line 1 column \d+ \(byte \d+\): expected a JSON value, found ','/
    )
  })

  it('rejects two concatenated plans', async () => {
    await expectRejected('two.json', Buffer.concat([plan, Buffer.from('\n'), plan]), /several JSON documents/)
    const tight = plan.subarray(0, plan.lastIndexOf('}') + 1)
    await expectRejected(
      'two-tight.json',
      Buffer.concat([tight, tight]),
      /several JSON documents.*line 1 column/
    )
  })

  it('rejects setup-terraform wrapper output and names TERRAFORM_CLI_PATH and terraform_wrapper', async () => {
    const wrapped = Buffer.concat([
      Buffer.from('[command]/home/runner/work/_temp/abc/terraform-bin show -json tfplan\n'),
      plan,
      Buffer.from('\n::debug::Terraform exited with code 0.\n::debug::stdout: {}\n')
    ])
    await expectRejected(
      'wrapped.json',
      wrapped,
      /'\[command\].*TERRAFORM_CLI_PATH.*terraform_wrapper: false/
    )
    const trailer = Buffer.concat([plan, Buffer.from('\n::debug::Terraform exited with code 0.\n')])
    await expectRejected('trailer.json', trailer, /followed by other output.*TERRAFORM_CLI_PATH/)
  })

  it('rejects garbage after the document', async () => {
    await expectRejected(
      'garbage.json',
      Buffer.concat([plan, Buffer.from(' xyz')]),
      /unexpected content 'xyz'/
    )
  })
})

describe('JSON documents that are not plans', () => {
  it('rejects a state file and state JSON from show without a plan', async () => {
    const dir = makeAppliedState()
    await expectRejected(
      'tfstate.json',
      readFileSync(join(dir, 'terraform.tfstate')),
      /state file \(terraform.tfstate\)/
    )
    const env = { ...process.env, ...terraformEnv(dir) }
    const shown = execFileSync('terraform', ['show', '-json'], { cwd: dir, env })
    await expectRejected('state-show.json', shown, /state JSON.*without a plan file/)
  })

  it('rejects documents without format_version, non-objects and other -json outputs', async () => {
    await expectRejected(
      'noversion.json',
      mutatePlan(d => delete d.format_version),
      /no 'format_version'/
    )
    await expectRejected('array.json', '[1,2]', /an array, not an object/)
    await expectRejected('string.json', '"plan"', /a string, not an object/)
    await expectRejected('empty-state.json', '{"format_version":"1.0"}', /none of planned_values.*not a plan/)
  })

  it('rejects a format_version whose major is not 0 or 1 and accepts 0.1', async () => {
    await expectRejected(
      'v2.json',
      mutatePlan(d => (d.format_version = '2.0')),
      /unsupported plan format_version 2\.0; infra-guard reads 0\.x and 1\.x/
    )
    await expectRejected(
      'vnum.json',
      mutatePlan(d => (d.format_version = 1)),
      /'format_version' must be a string/
    )
    const path = join(scratch, 'v01.json')
    writeFileSync(
      path,
      mutatePlan(d => (d.format_version = '0.1'))
    )
    expect((await readPlanFile(path, { onResourceChange() {} })).format_version).toBe('0.1')
  })

  it('rejects resource_changes or resource_drift that are not arrays', async () => {
    await expectRejected(
      'rc-object.json',
      mutatePlan(d => (d.resource_changes = {})),
      /'resource_changes' must be an array/
    )
    await expectRejected(
      'rd-null.json',
      mutatePlan(d => (d.resource_drift = null)),
      /'resource_drift' must be an array.*null/
    )
  })

  it('rejects wrongly typed header fields', async () => {
    await expectRejected(
      'applyable.json',
      mutatePlan(d => (d.applyable = 'yes')),
      /'applyable' must be true or false/
    )
    await expectRejected(
      'outputs.json',
      mutatePlan(d => (d.output_changes = [])),
      /'output_changes' must be an object/
    )
  })
})

describe('resource entries the analysis could not trust (fail closed)', () => {
  const change = (e: Record<string, unknown>) => e.change as Record<string, unknown>
  const cases: [string, (entries: Record<string, unknown>[]) => void, RegExp][] = [
    [
      'not-object',
      e => ((e as unknown[])[1] = 'terraform_data.x'),
      /resource_changes\[1\] must be an object; got a string/
    ],
    ['no-address', e => delete e[1].address, /resource_changes\[1\] has no 'address'/],
    ['no-type', e => delete e[1].type, /resource_changes\[1\] \(terraform_data.web\[0\]\) has no 'type'/],
    ['no-change', e => delete e[1].change, /has no 'change' object/],
    ['no-actions', e => delete change(e[1]).actions, /'change.actions'/],
    ['bad-actions', e => (change(e[1]).actions = 'delete'), /'change.actions'/],
    ['empty-actions', e => (change(e[1]).actions = []), /'change.actions'/],
    ['number-action', e => (change(e[1]).actions = [1]), /'change.actions'/]
  ]
  for (const [name, mutate, pattern] of cases) {
    it(`rejects an entry: ${name}`, async () => {
      const text = mutatePlan(doc => mutate(doc.resource_changes as Record<string, unknown>[]))
      await expectRejected(`${name}.json`, text, pattern)
    })
  }

  it('rejects a bad resource_drift entry by its section name', async () => {
    const text = mutatePlan(
      doc => (doc.resource_drift = [{ address: 'terraform_data.x', type: 'terraform_data' }])
    )
    await expectRejected(
      'drift.json',
      text,
      /resource_drift\[0\] \(terraform_data.x\) has no 'change' object/
    )
  })
})

/** Applies a small configuration and returns its folder (holding terraform.tfstate). */
function makeAppliedState(): string {
  const path = makePlanJson('resource "terraform_data" "a" {\n  input = "x"\n}\n')
  const dir = dirname(path)
  const env = { ...process.env, ...terraformEnv(dir) }
  execFileSync('terraform', ['apply', '-input=false', '-auto-approve', 'tfplan'], { cwd: dir, env })
  return dir
}
