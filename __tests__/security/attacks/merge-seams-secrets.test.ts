/**
 * Holes at the seams of the report rewrite and the secrets overhaul, the secrets' side: secrets that
 * reached a report, an output or the log, and addresses a plan could blank by marking them. Found by
 * attacking the merged action as a pull request author; each block says the attack, what it buys,
 * and what the action does now. merge-seams-gate.test.ts has the gate's side.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  exposedTexts,
  jsonOutput,
  leaks,
  leaksAsWholeValue,
  runStep,
  type AttackRun
} from './helpers/attack-run.js'
import { hcl, makePlan, type RealPlan } from './helpers/terraform.js'

const root = mkdtempSync(join(tmpdir(), 'infra-guard-attacks-seams-secrets-'))
afterAll(() => rmSync(root, { recursive: true, force: true }))

interface Finding {
  rule: string
  severity: string
  addresses: string[]
  message: string
}

function findings(run: AttackRun): Finding[] {
  return jsonOutput<Finding[]>(run, 'gate_reasons') ?? []
}

/** A workspace (its own folder) with the given policy file, or none when empty. */
function workspace(name: string, policy: string): string {
  const dir = join(root, `ws-${name}`)
  mkdirSync(join(dir, '.github'), { recursive: true })
  if (policy !== '') writeFileSync(join(dir, '.github', 'infra-guard.yml'), policy)
  return dir
}

/**
 * S2 (medium): a short or words-only secret used as an instance key is printed in every report.
 *
 * Reports, the gate log and the redacted plan.json redact addresses inside their instance keys only,
 * and scrubbed the bare key: a weak secret (1–3 characters, or words only, such as a passphrase
 * `correct-horse-battery-staple`) is searched for only as a whole quoted value, so `keyed["Q9"]` was
 * shown in the job summary, the report file and the gate's log, while the outputs (which scrubbed the
 * whole address) hid it. Fixed: the key is scrubbed with its quotes.
 *
 * S3 (medium): a plan that marks a destroyed address's text sensitive blanks it in the outputs.
 *
 * `gate_reasons`, `policy_violations` and `risk_reasons` scrubbed whole addresses: a sensitive
 * variable `terraform_data.db1` (strong: it has a digit) turned the destroyed address into
 * `(sensitive)` in the outputs a workflow posts or alerts from, while the reports named it. Fixed:
 * outputs redact addresses as the reports do, inside instance keys only.
 */
describe('S2/S3 weak secrets in instance keys, and addresses marked sensitive, in every channel', () => {
  const WEAK = ['Q9', 'correct-horse-battery-staple']
  const vars = (extra: string): string => `
variable "code" {
  type      = string
  sensitive = true
  default   = "Q9"
}
variable "phrase" {
  type      = string
  sensitive = true
  default   = "correct-horse-battery-staple"
}
${extra}`
  const BEFORE = vars(`
resource "terraform_data" "keyed" {
  for_each = toset([nonsensitive(var.code), nonsensitive(var.phrase)])
  input    = "doomed"
}
resource "terraform_data" "db1" {
  input = "doomed"
}
`)
  const AFTER = vars(`
variable "hide" {
  type      = string
  sensitive = true
  default   = "terraform_data.db1"
}
`)
  let plan: RealPlan
  let planRun: AttackRun
  let gateRun: AttackRun
  beforeAll(async () => {
    plan = makePlan(root, { name: 'weak', stage1: BEFORE, stage2: AFTER })
    const ws = workspace('weak', '')
    planRun = await runStep({
      workspace: ws,
      inputs: { mode: 'plan', plan_json: plan.planJson, working_directory: 'weak', environment: 'prod' }
    })
    gateRun = await runStep({
      workspace: ws,
      inputs: { mode: 'safety-gate', plan_json: plan.planJson, environment: 'prod' }
    })
  }, 180_000)

  function texts(): Record<string, string> {
    const all: Record<string, string> = {}
    for (const [name, run] of [
      ['plan', planRun],
      ['gate', gateRun]
    ] as const)
      for (const [where, text] of Object.entries(exposedTexts(run))) all[`${name} ${where}`] = text
    return all
  }

  it('guard: the keyed instances are really deleted, under their secret keys', () => {
    const deleted = (plan.document.resource_changes ?? []).filter(e => e.change.actions.includes('delete'))
    expect(deleted.map(e => e.address)).toEqual(
      expect.arrayContaining(WEAK.map(key => `terraform_data.keyed["${key}"]`))
    )
    expect(gateRun.outputs.allowed).toBe('false')
    expect(planRun.summary).toContain('keyed[')
  })

  it('no weak secret appears as an instance key anywhere', () => {
    const found: string[] = []
    for (const [where, text] of Object.entries(texts()))
      for (const key of WEAK) if (text.includes(key)) found.push(`${where}: ${key}`)
    expect(found).toEqual([])
  })

  it('the outputs name the destroyed terraform_data.db1, whatever the plan marked', () => {
    const guard = findings(gateRun).find(f => f.rule === 'prod-destroy-guard')
    expect(guard?.addresses).toContain('terraform_data.db1')
    const risk = jsonOutput<{ addresses: string[] }[]>(planRun, 'risk_reasons') ?? []
    expect(risk.flatMap(reason => reason.addresses)).toContain('terraform_data.db1')
  })
})

/**
 * S5 (medium): Pulumi's error diagnostics quote a secret into the gate's findings unscrubbed.
 *
 * A Pulumi preview is written by the program under review. A preview with an error is denied with
 * a `plan-errored` finding that quotes Pulumi's diagnostics. Finding messages are the action's words
 * with only the addresses they name redacted (reports, gate log, outputs), so a diagnostic that
 * quotes a secret the preview carries (here an unmarked `DB_PASSWORD`, collected by name) reached
 * the job summary, `gate_reasons` and the deny message in the log.
 *
 * Fixed: the quoted diagnostics are plan text and are scrubbed where the finding is made.
 */
describe('S5 a Pulumi diagnostic quoting a secret', () => {
  const SECRET = 'Pulumi-diag-pw-4471'
  let run: AttackRun
  beforeAll(async () => {
    const fixture =
      '/work/shared/fixtures/pulumi/dundalek+stratify__test__resources__pulumi__sample-preview-update.json'
    const preview = JSON.parse(readFileSync(fixture, 'utf8')) as {
      steps: { op: string; urn: string; newState?: { inputs?: Record<string, unknown> } }[]
      diagnostics?: unknown[]
    }
    const step = preview.steps.find(s => s.op === 'update')!
    step.newState!.inputs = { ...step.newState!.inputs, environment: { variables: { DB_PASSWORD: SECRET } } }
    preview.diagnostics = [
      { urn: step.urn, message: `error: the database rejected the password ${SECRET}\n`, severity: 'error' }
    ]
    const path = join(root, 'pulumi-diag.json')
    writeFileSync(path, JSON.stringify(preview))
    run = await runStep({
      workspace: workspace('pulumi', ''),
      inputs: { mode: 'safety-gate', plan_json: path, environment: 'dev' }
    })
  }, 60_000)

  it('guard: the errored preview is denied', () => {
    expect(run.outputs.allowed).toBe('false')
    expect(findings(run).map(f => f.rule)).toContain('plan-errored')
  })

  it('the secret appears in no summary, output or log line', () => {
    expect(leaks(exposedTexts(run), [SECRET])).toEqual([])
  })
})

/**
 * S6 (medium): a short sensitive value used as a map key, copied unmarked, is shown in the report.
 *
 * terraform_data's `output` mirrors its marked `input` unmarked, and the report shows the prior
 * value as a one-line map: `{ Zx7 = (sensitive), label = … }`. A weak secret (3 characters) is found
 * only quoted, as a number, or as a map key at the start of a line, so the key was shown. Fixed: a
 * weak map key is also found after `{` or `,` in a one-line map. Sensitive numbers and a secret inside
 * JSON held in a string (a long one, shown in windows) are checked alongside and held.
 */
describe('S6 weak secrets as map keys, numbers, and inside JSON strings', () => {
  const KEY = { old: 'Zx7', new: 'Wv3' }
  const NUM = { old: 73, new: 74 }
  const JSON_SECRET = { old: 'Json-doc-secret-old-81', new: 'Json-doc-secret-new-81' }
  const stage = (s: 'old' | 'new'): string => `
variable "k" {
  type      = string
  sensitive = true
  default   = ${hcl(KEY[s])}
}
variable "n" {
  type      = number
  sensitive = true
  default   = ${NUM[s]}
}
variable "j" {
  type      = string
  sensitive = true
  default   = ${hcl(JSON_SECRET[s])}
}
resource "terraform_data" "keyed_map" {
  input = { (var.k) = "value", label = ${hcl(s)} }
}
resource "terraform_data" "num" {
  input = { port = var.n, label = ${hcl(s)} }
}
resource "terraform_data" "doc" {
  input = { doc = jsonencode({ items = [{ token = nonsensitive(var.j) }], pad = ${hcl('x'.repeat(300))}, label = ${hcl(s)} }) }
}
`
  let planRun: AttackRun
  beforeAll(async () => {
    const plan = makePlan(root, { name: 'weakmap', stage1: stage('old'), stage2: stage('new') })
    planRun = await runStep({
      workspace: root,
      inputs: { mode: 'plan', working_directory: 'weakmap', environment: 'prod' }
    })
    expect(plan.text).toContain(KEY.old)
  }, 180_000)

  it('none of them appears anywhere the plan run exposes', () => {
    expect(planRun.exitCode).toBe(0)
    const texts = exposedTexts(planRun)
    const found = [
      ...leaksAsWholeValue(texts, [KEY.old, KEY.new]),
      ...leaks(texts, [JSON_SECRET.old, JSON_SECRET.new])
    ]
    for (const [where, text] of Object.entries(texts))
      for (const n of [NUM.old, NUM.new])
        if (new RegExp(`[=:>\\[,] *${n}\\b`).test(text)) found.push(`${where}: ${n}`)
    expect(found).toEqual([])
  })
})

/**
 * S8 (medium): a short secret used as an import ID is printed in the log and the report.
 *
 * `import { id = nonsensitive(var.code) }` with a 3-character sensitive value: Terraform's own plan
 * text prints `terraform_data.x: Refreshing state... [id=Zk4]`, and the report said "imported by ID
 * `Zk4`". Weak secrets are found only as whole values in known places, and neither was one. Fixed:
 * `[id=…]` of Terraform's progress lines is such a place, and an import or object ID that is a weak
 * secret whole is dropped like one that holds a strong secret.
 */
describe('S8 a weak secret as an import ID', () => {
  const CODE = 'Zk4'
  let planRun: AttackRun
  beforeAll(async () => {
    makePlan(root, {
      name: 'import',
      stage2: `
variable "code" {
  type      = string
  sensitive = true
  default   = ${hcl(CODE)}
}
import {
  to = terraform_data.x
  id = nonsensitive(var.code)
}
resource "terraform_data" "x" {
}
`
    })
    planRun = await runStep({
      workspace: root,
      inputs: { mode: 'plan', working_directory: 'import', environment: 'prod' }
    })
  }, 120_000)

  it('guard: the plan imports', () => {
    expect(planRun.exitCode).toBe(0)
    expect(planRun.outputs.resources_to_import).toBe('1')
  })

  it('the ID appears nowhere the plan run exposes', () => {
    expect(leaksAsWholeValue(exposedTexts(planRun), [CODE])).toEqual([])
  })
})
