/**
 * Holes issue 14 does not list, found by attacking the action as a pull request author. Each block
 * says what the attack is, what it buys the attacker, and what a fixed action must do. Ranked by
 * impact in the suite's report; tests that pass today are guards for attacks that were tried and held.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { buildManifest } from '../../../src/action/adapters/artifact/manifest.js'
import { startArtifactStack, type ArtifactStack } from '../../helpers/fake-results-service.js'
import { startFakeGitHub, type FakeGitHub } from '../../helpers/fake-github.js'
import {
  commentsOn,
  decodeReferences,
  errorText,
  jsonOutput,
  OWNER,
  REPO,
  reportSection,
  runStep,
  SHA,
  type AttackRun
} from './helpers/attack-run.js'
import { hcl, makePlan, type RealPlan } from './helpers/terraform.js'
import { describeCommands, foreignCommands } from './helpers/runner-log.js'
import { writeZip } from './helpers/zip.js'

const root = mkdtempSync(join(tmpdir(), 'infra-guard-attacks-novel-'))
afterAll(() => rmSync(root, { recursive: true, force: true }))

interface Finding {
  rule: string
  severity: string
  message: string
  addresses: string[]
}

function findings(run: AttackRun): Finding[] {
  return jsonOutput<Finding[]>(run, 'gate_reasons') ?? []
}

/**
 * N0 (high): the policy file in the pull request writes to the log, before any secret is masked.
 *
 * SECURITY.md trusts the policy file ("whoever can merge"), but a `pull_request` run checks out the
 * pull request, so `.github/infra-guard.yml` is the attacker's. Its free-text fields (aliases, branches,
 * checklist, protected_resources, required_tags, data_bearing_types) are printed raw in the "Policy" log
 * group at the start of every mode. `aliases: ["x\n::stop-commands::t"]` stops the runner's command
 * processing before the action registers the plan's secrets, so every `::add-mask::<secret>` line after
 * it is printed in clear: the sensitive values of the plan (say, TF_VAR_ secrets the workflow passes to
 * terraform) land in a log anyone who can read the repository's runs can read. It can also forge
 * annotations (`::error::`) or mask common words.
 *
 * Fixed: policy strings with control or invisible characters are policy errors, and every policy string
 * is neutralised before it reaches the log; no secret is visible in the log.
 */
describe("N0 the pull request's policy file forges commands in the log", () => {
  let secretPlan: RealPlan
  const SECRET = 'Policy-chain-secret-4411'
  beforeAll(() => {
    secretPlan = makePlan(root, {
      name: 'policy-secret',
      stage2: `variable "db_password" {\n  type      = string\n  sensitive = true\n  default   = ${hcl(SECRET)}\n}\nresource "terraform_data" "db" {\n  input = { password = var.db_password }\n}\n`
    })
  }, 60_000)

  it('a hostile policy file in the PR forges no command and leaks no secret', async () => {
    const workspace = join(root, 'policy-ws')
    mkdirSync(join(workspace, '.github'), { recursive: true })
    writeFileSync(
      join(workspace, '.github', 'infra-guard.yml'),
      [
        'environments:',
        '  staging:',
        `    aliases: [${JSON.stringify('stg\n::stop-commands::PWNEDpolicy')}]`,
        `    checklist: [${JSON.stringify('reviewed ##[error]PWNED-checklist')}]`,
        ''
      ].join('\n')
    )
    const run = await runStep({
      workspace,
      pr: 77,
      inputs: { mode: 'plan', plan_json: secretPlan.planJson, environment: 'staging', comment: 'off' }
    })
    expect(describeCommands(foreignCommands(run.view, ['PWNED']))).toEqual([])
    expect(run.view.visible.join('\n')).not.toContain(SECRET)
  })
})

/**
 * N0b (high): a multi-line secret leaks line by line through terraform's own plan text.
 *
 * The classic multi-line secret is a private key passed as a sensitive variable. terraform_data (like
 * many providers' computed attributes) keeps an unmarked copy, and terraform's plan text prints it as an
 * indented heredoc, one line per line of the secret. The action scrubs the plan text for the whole
 * value (newlines included) and registers the whole value with ::add-mask::; the runner masks per log
 * line, so neither ever matches, and every line of the key is shown in the log, even after the
 * runner's masking.
 *
 * Fixed: each line of a multi-line secret is scrubbed (and masked) on its own.
 */
describe('N0b a multi-line secret in the plan text', () => {
  const LINES = ['line-one-Mz81-private-key', 'line-two-Qp92-private-key', 'line-three-Wx73-private-key']

  it('no line of a multi-line sensitive value is visible in the log after the runner masks it', async () => {
    const variable = (lines: string[]): string =>
      `variable "key" {\n  type      = string\n  sensitive = true\n  default   = ${hcl(lines.join('\n'))}\n}\nresource "terraform_data" "key" {\n  input = var.key\n}\n`
    makePlan(root, {
      name: 'multiline',
      stage1: variable(LINES),
      stage2: variable([...LINES.slice(0, 2), 'line-three-rotated'])
    })
    const run = await runStep({
      workspace: root,
      inputs: { mode: 'plan', working_directory: 'multiline', environment: 'staging', comment: 'off' }
    })
    expect(run.exitCode).toBe(0)
    const shown = run.view.masked.join('\n')
    expect(LINES.filter(line => shown.includes(line))).toEqual([])
  })
})

/**
 * N1 (high): protected_resources is bypassed by renaming the resource in the same pull request.
 *
 * protected_resources is the guard that "force_recreate does not cover": only an exact address in
 * allow_destroy lets a protected resource be destroyed. It matches the address being destroyed. A PR
 * adds `moved { from = terraform_data.main, to = terraform_data.scratch }` and removes the resource:
 * terraform plans the delete of `terraform_data.scratch` (previous_address terraform_data.main,
 * action_reason delete_because_no_move_target). The production database is destroyed under a name no
 * glob protects, and an operator who sets force_recreate for some unrelated replacement lets it through.
 *
 * Fixed: a destroyed object is matched by its previous address too (and by every address it had in
 * this plan); the denial names terraform_data.main.
 */
describe('N1 protected_resources bypassed by a moved block', () => {
  let moved: RealPlan
  beforeAll(() => {
    moved = makePlan(root, {
      name: 'moved',
      stage1: 'resource "terraform_data" "main" {\n  input = "the production database"\n}\n',
      stage2: 'moved {\n  from = terraform_data.main\n  to   = terraform_data.scratch\n}\n'
    })
  }, 60_000)

  it('guard: terraform really plans the delete under the new name, with the old one as previous_address', () => {
    const entry = (moved.document.resource_changes ?? [])[0] as unknown as Record<string, unknown>
    expect(entry.address).toBe('terraform_data.scratch')
    expect(entry.previous_address).toBe('terraform_data.main')
    expect((entry.change as { actions: string[] }).actions).toEqual(['delete'])
  })

  it('a protected resource renamed and destroyed in one plan is denied even with force_recreate', async () => {
    const config = join(root, 'protect-main.yml')
    writeFileSync(config, 'protected_resources:\n  - terraform_data.main\n')
    const run = await runStep({
      workspace: root,
      inputs: {
        mode: 'safety-gate',
        plan_json: moved.planJson,
        environment: 'prod',
        force_recreate: 'true',
        config
      }
    })
    expect({ allowed: run.outputs.allowed, exit: run.exitCode }).toEqual({ allowed: 'false', exit: 1 })
    const protectedFinding = findings(run).find(finding => finding.rule === 'protected-resource')
    expect(protectedFinding?.severity).toBe('deny')
    expect(JSON.stringify(protectedFinding)).toContain('terraform_data.main')
  })
})

/**
 * N2 (medium): a plan blinds the log.
 *
 * Class 2 of issue 14 is about the reports; the log has the same hole twice over. The gate's log
 * lines are scrubbed like the reports, so a PR that marks the gate's own words sensitive
 * (`sensitive(["Production", "force_recreate", "destroyed", "denied"])`) turns the denial into
 * "(sensitive) deployment with resource destruction requires (sensitive)=true"; and every sensitive
 * string of 4+ characters is also registered with `::add-mask::`, so the runner replaces those words
 * with *** in every later line and annotation of the job, whatever printed them.
 *
 * Fixed: the action's own words are never scrubbed, and values that occur in its own log vocabulary are
 * not registered as masks (they are never printed: the action renders "(sensitive)" for values and
 * scrubs terraform's text itself), so the runner shows the gate's messages intact.
 */
describe('N2 the log blinded by add-mask', () => {
  let words: RealPlan
  beforeAll(() => {
    words = makePlan(root, {
      name: 'mask-words',
      stage1: 'resource "terraform_data" "doomed" {\n  input = "x"\n}\n',
      stage2: `variable "words" {
  type      = list(string)
  sensitive = true
  default   = ["Production", "force_recreate", "destroyed", "denied", "Safety gate"]
}
resource "terraform_data" "words" {
  input = var.words
}`
    })
  }, 60_000)

  it("the gate's denial reads the same after the runner's masking", async () => {
    const run = await runStep({
      workspace: root,
      inputs: { mode: 'safety-gate', plan_json: words.planJson, environment: 'prod' }
    })
    expect(run.exitCode).toBe(1)
    const shown = run.view.masked.join('\n')
    expect(shown).toContain('Production deployment with resource destruction requires force_recreate=true')
    expect(shown).not.toContain('***')
  })

  it('values that are not words (force_recreate=true, a count, a rule id) blank nothing either', async () => {
    const marked = makePlan(root, {
      name: 'mask-symbols',
      stage1: 'resource "terraform_data" "doomed" {\n  input = "x"\n}\n',
      stage2: `variable "symbols" {
  type      = list(string)
  sensitive = true
  default   = ["force_recreate=true", "prod-destroy-guard", "1 resource(s)", "'prod'"]
}
resource "terraform_data" "symbols" {
  input = var.symbols
}`
    })
    const run = await runStep({
      workspace: root,
      inputs: { mode: 'safety-gate', plan_json: marked.planJson, environment: 'prod' }
    })
    expect(run.exitCode).toBe(1)
    const shown = run.view.masked.join('\n')
    expect(shown).toContain('Production deployment with resource destruction requires force_recreate=true')
    expect(shown).toContain("1 resource(s) in protected environment 'prod'")
    expect(shown).not.toContain('***')
    expect(run.outputs.gate_reasons).toContain('force_recreate=true')
    expect(run.outputs.gate_reasons).toContain('prod-destroy-guard')
  })
})

/**
 * N3 (medium): homoglyph instance keys. Terraform escapes invisible characters in addresses, but not
 * letters from other scripts: `db["prоd"]` (Cyrillic о, U+043E) prints exactly like `db["prod"]`.
 * A PR that switches a for_each key to a look-alike shows "destroy db["prod"], create db["prоd"]" as a
 * harmless-looking pair, or hides which of two look-alike objects is destroyed.
 *
 * Fixed: an address with letters outside ASCII is marked in the report (the non-ASCII characters spelled
 * as \uXXXX or U+XXXX next to it), so look-alikes are visibly different.
 */
describe('N3 homoglyph instance keys', () => {
  let homoglyph: RealPlan
  let github: FakeGitHub
  beforeAll(async () => {
    github = await startFakeGitHub()
    homoglyph = makePlan(root, {
      name: 'homoglyph',
      stage1: `resource "terraform_data" "db" {\n  for_each = toset(["prod", ${hcl('pr\u043ed')}])\n  input = "v1"\n}\n`,
      stage2: `resource "terraform_data" "db" {\n  for_each = toset(["prod"])\n  input = "v2"\n}\n`
    })
  }, 60_000)
  afterAll(async () => {
    await github?.stop()
  })

  it('the destroyed look-alike address is visibly different from the kept one', async () => {
    github.repo(OWNER, REPO).addPullRequest({ number: 91 })
    const run = await runStep({
      workspace: root,
      github,
      pr: 91,
      inputs: { mode: 'plan', plan_json: homoglyph.planJson, environment: 'prod' }
    })
    expect(run.exitCode).toBe(0)
    const comment = decodeReferences(commentsOn(github, 91).at(-1)?.body ?? '')
    const destroyed = reportSection(comment, /Destroyed or replaced/).filter(line => line.startsWith('- '))
    expect(destroyed).toHaveLength(1)
    expect(destroyed[0]).toMatch(/\\u043e|U\+043E/i)
  })
})

/**
 * N4 (guards): attacks on the artifact download and the policy parser that were tried and held.
 * - A plan artifact whose archive holds `../` entries (zip-slip) must not write outside the download
 *   folder, and the gate denies it.
 * - A policy file that is a YAML alias bomb ("billion laughs") or uses YAML tags is refused quickly.
 */
describe('N4 guards: zip-slip artifact, YAML bombs and tags', () => {
  let stack: ArtifactStack
  let plan: RealPlan
  beforeAll(async () => {
    stack = await startArtifactStack()
    plan = makePlan(root, { name: 'slip', stage2: 'resource "terraform_data" "a" {\n  input = "x"\n}\n' })
  }, 60_000)
  afterAll(async () => {
    await stack?.stop()
  })

  it('a plan artifact with ../ entries writes nothing outside its folder and is denied', async () => {
    const runId = 'zip-slip-run'
    // Upload a genuine artifact first so the service has a record, then swap its archive (a store-level attacker).
    const { DefaultArtifactClient } = await import('@actions/artifact')
    const dir = mkdtempSync(join(root, 'slip-'))
    writeFileSync(join(dir, 'plan.json'), '{}')
    const saved = { ...process.env }
    Object.assign(process.env, stack.envFor({ runId, jobId: 'attacker' }))
    const write = process.stdout.write.bind(process.stdout)
    process.stdout.write = (() => true) as typeof process.stdout.write
    try {
      await new DefaultArtifactClient().uploadArtifact('infra-guard-plan', [join(dir, 'plan.json')], dir)
    } finally {
      process.stdout.write = write
      for (const key of Object.keys(process.env)) if (!(key in saved)) delete process.env[key]
      Object.assign(process.env, saved)
    }
    const manifest = await buildManifest({
      files: [{ name: 'plan.json', path: plan.planJson }],
      commitSha: SHA,
      workingDirectory: '.',
      environment: 'staging',
      counts: {
        add: 1,
        change: 0,
        destroy: 0,
        replace: 0,
        import: 0,
        move: 0,
        forget: 0,
        create: 1,
        delete: 0,
        noop: 0,
        read: 0,
        total: 1
      },
      risk: 'low'
    })
    const escapeName = `zip-slip-${Date.now()}.txt`
    const archive = writeZip([
      { name: 'plan.json', data: readFileSync(plan.planJson) },
      { name: 'manifest.json', data: Buffer.from(JSON.stringify(manifest)) },
      { name: `../../../../../../../../tmp/${escapeName}`, data: Buffer.from('escaped') }
    ])
    await stack.artifacts.replaceBlob('infra-guard-plan', archive, { updateRecord: true }, runId)
    const workspace = join(root, 'slip-ws')
    mkdirSync(workspace, { recursive: true })
    const run = await runStep({
      workspace,
      env: stack.envFor({ runId, jobId: 'gate' }),
      inputs: { mode: 'safety-gate', environment: 'staging' }
    })
    expect(existsSync(join('/tmp', escapeName))).toBe(false)
    expect({ allowed: run.outputs.allowed, exit: run.exitCode }).toEqual({ allowed: 'false', exit: 1 })
    expect(errorText(run)).toContain(escapeName)
  })

  it('a YAML alias bomb in the policy file is refused quickly', async () => {
    const levels = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for (let i = 1; i < 9; i++) {
      const previous = String.fromCharCode(96 + i)
      const name = String.fromCharCode(97 + i)
      levels.push(`${name}: &${name} [${Array(9).fill(`*${previous}`).join(',')}]`)
    }
    const config = join(root, 'bomb.yml')
    writeFileSync(config, `${levels.join('\n')}\n`)
    const run = await runStep({
      workspace: root,
      timeoutMs: 15_000,
      inputs: { mode: 'safety-gate', plan_json: plan.planJson, environment: 'staging', config }
    })
    expect({ allowed: run.outputs.allowed, exit: run.exitCode }).toEqual({ allowed: 'false', exit: 1 })
    expect(errorText(run)).toContain('bomb.yml')
  })

  it('YAML tags in the policy file are refused', async () => {
    const config = join(root, 'tags.yml')
    writeFileSync(config, 'protected_resources: !!js/function "function () { return [] }"\n')
    const run = await runStep({
      workspace: root,
      inputs: { mode: 'safety-gate', plan_json: plan.planJson, environment: 'staging', config }
    })
    expect({ allowed: run.outputs.allowed, exit: run.exitCode }).toEqual({ allowed: 'false', exit: 1 })
    expect(errorText(run)).toContain('tags.yml')
  })
})

/**
 * N5 (guard): a map key named `__proto__` holding a sensitive value. JSON.parse makes it an own
 * property; any code that copies plan objects with assignment instead would set a prototype and lose
 * the value (or its sensitivity mark). The value must stay masked and the gate must still decide.
 */
describe('N5 guard: __proto__ keys in plan values', () => {
  it('a sensitive value under a __proto__ key is masked and the gate decides normally', async () => {
    const plan = makePlan(root, {
      name: 'proto',
      stage1: `variable "s" {\n  type = string\n  sensitive = true\n  default = "Proto-secret-old-81"\n}\nresource "terraform_data" "p" {\n  input = { "__proto__" = var.s, "constructor" = "c" }\n}\n`,
      stage2: `variable "s" {\n  type = string\n  sensitive = true\n  default = "Proto-secret-new-81"\n}\nresource "terraform_data" "p" {\n  input = { "__proto__" = var.s, "constructor" = "c" }\n}\n`
    })
    const run = await runStep({
      workspace: root,
      inputs: { mode: 'safety-gate', plan_json: plan.planJson, environment: 'prod' }
    })
    expect({ allowed: run.outputs.allowed, exit: run.exitCode }).toEqual({ allowed: 'true', exit: 0 })
    const texts = [run.summary, ...Object.values(run.outputs), run.view.visible.join('\n')].join('\n')
    expect(texts).not.toContain('Proto-secret-old-81')
    expect(texts).not.toContain('Proto-secret-new-81')
  })
})
