/**
 * Issue 14, class 3: secrets that still leak. Terraform does not mark every secret for us: the
 * built-in `terraform_data` copies its `input` into an unmarked `output`, so the prior value of any
 * marked input shows up in clear in the plan; map keys and numbers are not strings; some secrets are
 * only recognisable by their name or their shape. Every place a run exposes text is checked: the log
 * (as the runner shows it), every output, the job summary, the report file, the PR comment, the
 * files uploaded in the plan artifact, and the post-deploy webhook.
 *
 * Secure behaviour: none of the secrets below appears anywhere a run exposes text, except inside
 * the binary plan.tfplan that apply needs.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startFakeGitHub, type FakeGitHub } from '../../helpers/fake-github.js'
import { startArtifactStack, type ArtifactStack } from '../../helpers/fake-results-service.js'
import {
  commentsOn,
  exposedTexts,
  leaks,
  OWNER,
  leaksAsWholeValue,
  REPO,
  runStep,
  type AttackRun
} from './helpers/attack-run.js'
import { hcl, makePlan, type RealPlan } from './helpers/terraform.js'
import { readZip, type ZipEntry } from './helpers/zip.js'

/** Secrets by category; "old" values are in the applied state, "new" ones in the planned configuration. */
const PIN = { old: 918273645, new: 918273646 }
const SHORT = { old3: 'Zq7', new3: 'Yw4', old2: 'Q9', new2: 'J8' }
const MAP_KEY = { old: 'Mk9-map-key-secret-A', new: 'Mk9-map-key-secret-B' }
const CUT_SECRET = 'Kz8Wq-cut-secret-that-is-long-enough-to-be-indexed-0042'
/** 178 characters put the cut (at 200 characters of rendered JSON) five characters into CUT_SECRET. */
const PAD = { old: 'p'.repeat(178), new: 'q'.repeat(178) }
const ADDRESS_SECRET = 'Addr-key-secret-5521'
const TAG_ADDRESS_SECRET = 'Tag-addr-secret-7734'

/** Unmarked values under names that hold secrets but that the name list misses. */
const BY_NAME: Record<string, { old: string; new: string }> = {
  admin_pass: { old: 'Adm1n-pass-old-31', new: 'Adm1n-pass-new-31' },
  pwd: { old: 'Pwd-value-old-32', new: 'Pwd-value-new-32' },
  passcode: { old: 'Passcode-old-33', new: 'Passcode-new-33' },
  ssh_key: {
    old: 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOld0034',
    new: 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAINew0034'
  },
  tls_key: { old: 'Tls-key-old-35', new: 'Tls-key-new-35' },
  dsn: { old: 'Dsn-value-old-36', new: 'Dsn-value-new-36' },
  db_connection: {
    old: 'Server=db;User=app;Password=ConnStr-old-37',
    new: 'Server=db;User=app;Password=ConnStr-new-37'
  }
}

/**
 * Unmarked values whose shape says "secret", under innocent names. Built from pieces so this file
 * holds no string a secret scanner would flag; the values are the providers' documented examples.
 */
const PEM_BODY = 'MIIEow' + 'IBAAKCAQEAattacksuitefakekeymaterial0051'
const BY_VALUE: Record<string, { value: (v: string) => string; secret: (v: string) => string }> = {
  pem: {
    value: v =>
      ['-----BEGIN', 'RSA PRIVATE KEY-----'].join(' ') +
      `\n${PEM_BODY}${v}\n` +
      ['-----END', 'RSA PRIVATE KEY-----'].join(' '),
    secret: v => `${PEM_BODY}${v}`
  },
  aws_id: { value: v => `AKIA${v}IOSFODNN7EXAMPL`, secret: v => `AKIA${v}IOSFODNN7EXAMPL` },
  github: {
    value: v => `ghp_${v}A1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q7`,
    secret: v => `ghp_${v}A1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q7`
  },
  jwt: {
    value: v =>
      `eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJhdHRhY2tzIn0.${v}dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U`,
    secret: v => `${v}dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U`
  },
  db_url: {
    value: v => `postgres://app:Url-pass-${v}51@db.internal:5432/app`,
    secret: v => `Url-pass-${v}51`
  },
  notify: {
    value: v => `https://hooks.slack.com/services/T00000000/B00000000/${v}XXXXXXXXXXXXXXXXXXXXXXX`,
    secret: v => `T00000000/B00000000/${v}XXXXXXXXXXXXXXXXXXXXXXX`
  }
}

/** Secrets recognisable only from a name/value pair (Helm `set`, container `environment`). */
const PAIRS = {
  helm: { old: 'Helm-root-old-41', new: 'Helm-root-new-41' },
  env: { old: 'Env-db-old-42', new: 'Env-db-new-42' }
}

function leaky(stage: 'old' | 'new'): string {
  const v = stage === 'old' ? 'O' : 'N'
  const names = Object.entries(BY_NAME)
    .map(([key, values]) => `    ${key} = ${hcl(values[stage])}`)
    .join('\n')
  const values = Object.entries(BY_VALUE)
    .map(([key, make]) => `    ${key} = ${hcl(make.value(v))}`)
    .join('\n')
  return `
variable "pin" {
  type      = number
  sensitive = true
  default   = ${PIN[stage]}
}
variable "short3" {
  type      = string
  sensitive = true
  default   = ${hcl(stage === 'old' ? SHORT.old3 : SHORT.new3)}
}
variable "short2" {
  type      = string
  sensitive = true
  default   = ${hcl(stage === 'old' ? SHORT.old2 : SHORT.new2)}
}
variable "map_key" {
  type      = string
  sensitive = true
  default   = ${hcl(MAP_KEY[stage])}
}
variable "cut" {
  type      = string
  sensitive = true
  default   = ${hcl(CUT_SECRET)}
}
variable "tok" {
  type      = string
  sensitive = true
  default   = ${hcl(ADDRESS_SECRET)}
}
variable "tok2" {
  type      = string
  sensitive = true
  default   = ${hcl(TAG_ADDRESS_SECRET)}
}

resource "terraform_data" "pin" {
  input = { pin = var.pin, label = ${hcl(stage)} }
}
resource "terraform_data" "short" {
  input = { code3 = var.short3, code2 = var.short2, label = ${hcl(stage)} }
}
resource "terraform_data" "map_key" {
  input = { (var.map_key) = "mapped-entry" }
}
resource "terraform_data" "cut" {
  input = { a = ${hcl(PAD[stage])}, s = var.cut }
}
# The secret is marked here, and (by a developer's nonsensitive()) part of an address elsewhere.
resource "terraform_data" "holder" {
  input = [var.tok, var.tok2]
}
${
  stage === 'old'
    ? `resource "terraform_data" "keyed_gone" {
  for_each = toset([nonsensitive(var.tok)])
  input    = "deleted in the pull request"
}`
    : ''
}
resource "terraform_data" "keyed_kept" {
  for_each = toset([nonsensitive(var.tok2)])
  input    = ${hcl(stage)}
}
resource "terraform_data" "names" {
  input = {
${names}
  }
}
resource "terraform_data" "values" {
  input = {
${values}
  }
}
resource "terraform_data" "pairs" {
  input = {
    set         = [{ name = "auth.rootPassword", value = ${hcl(PAIRS.helm[stage])} }]
    environment = [{ name = "DB_PASSWORD", value = ${hcl(PAIRS.env[stage])} }]
  }
}
`
}

const DEPLOYED = `
resource "terraform_data" "app" {
  input = "deployed"
}
output "db_password" {
  value = "Db-output-pass-61"
}
output "settings" {
  value = { region = "eu-west-1", password = "Nested-output-pass-62" }
}
output "admin_pwd" {
  value = "Admin-pwd-output-63"
}
`
const DEPLOYED_SECRETS = ['Db-output-pass-61', 'Nested-output-pass-62', 'Admin-pwd-output-63']

const root = mkdtempSync(join(tmpdir(), 'infra-guard-attacks-secrets-'))
let github: FakeGitHub
let stack: ArtifactStack
let plan: RealPlan
let planRun: AttackRun
let gateRun: AttackRun
let comment: string | undefined
let uploaded: ZipEntry[] = []

const PR = 31

beforeAll(async () => {
  ;[github, stack] = await Promise.all([startFakeGitHub(), startArtifactStack()])
  plan = makePlan(root, { name: 'leaky', stage1: leaky('old'), stage2: leaky('new') })
  github.repo(OWNER, REPO).addPullRequest({ number: PR })
  const runEnv = stack.envFor({ runId: stack.runId, jobId: 'plan' })
  // The action plans by itself, so terraform's own plan text reaches the log as well.
  planRun = await runStep({
    workspace: root,
    github,
    pr: PR,
    env: runEnv,
    inputs: { mode: 'plan', working_directory: 'leaky', environment: 'prod' }
  })
  comment = commentsOn(github, PR).at(-1)?.body
  const artifact = stack.artifacts.list().find(a => a.runId === stack.runId)
  if (artifact) uploaded = readZip(await stack.artifacts.readBlob(artifact.name, stack.runId))
  gateRun = await runStep({
    workspace: root,
    inputs: { mode: 'safety-gate', plan_json: plan.planJson, environment: 'prod' }
  })
}, 180_000)

afterAll(async () => {
  await Promise.all([github?.stop(), stack?.stop()])
  rmSync(root, { recursive: true, force: true })
})

/** Everything both runs exposed, including the comment and every uploaded file but the binary plan. */
function everything(): Record<string, string> {
  const texts: Record<string, string> = {}
  for (const [name, run] of [
    ['plan', planRun],
    ['gate', gateRun]
  ] as const) {
    for (const [where, text] of Object.entries(exposedTexts(run))) texts[`${name} ${where}`] = text
  }
  if (comment !== undefined) texts.comment = comment
  for (const entry of uploaded)
    if (entry.name !== 'plan.tfplan') texts[`artifact ${entry.name}`] = entry.data.toString('utf8')
  return texts
}

describe('the attack reaches the reports (guards)', () => {
  it('both runs finished, the comment was posted and the artifact uploaded', () => {
    expect(planRun.exitCode).toBe(0)
    expect(gateRun.exitCode).toBe(1)
    expect(comment).toContain('infra-guard plan')
    expect(uploaded.map(entry => entry.name)).toEqual(
      expect.arrayContaining(['manifest.json', 'plan.tfplan'])
    )
    // terraform itself printed the old pin through terraform_data's unmarked output: the secret is really there.
    expect(plan.text).toContain(String(PIN.old))
  })
})

describe('secrets the analysis does not collect today', () => {
  it('a sensitive number appears nowhere', () => {
    expect(leaks(everything(), [String(PIN.old), String(PIN.new)])).toEqual([])
  })

  it('sensitive values of 2 and 3 characters are never rendered', () => {
    // Short secrets are hidden as whole values (SECURITY.md): look for them standing alone, since two
    // characters also occur inside unrelated text such as the random name of the test's temp folder.
    expect(leaksAsWholeValue(everything(), [SHORT.old3, SHORT.new3, SHORT.old2, SHORT.new2])).toEqual([])
  })

  it('a map key built from a sensitive value appears nowhere', () => {
    expect(leaks(everything(), [MAP_KEY.old, MAP_KEY.new])).toEqual([])
  })

  it('no beginning of a secret survives in front of a cut mark', () => {
    const found: string[] = []
    for (const [where, text] of Object.entries(everything())) {
      for (let length = 3; length < CUT_SECRET.length; length++) {
        if (text.includes(`${CUT_SECRET.slice(0, length)}…`))
          found.push(`${where}: ${CUT_SECRET.slice(0, length)}…`)
      }
    }
    expect(found).toEqual([])
    expect(leaks(everything(), [CUT_SECRET])).toEqual([])
  })
})

describe('every output and log line passes the scrubber', () => {
  it('a secret inside an address appears in no output', () => {
    const outputs: Record<string, string> = {}
    for (const [where, text] of Object.entries(everything()))
      if (where.includes(' output ')) outputs[where] = text
    expect(Object.keys(outputs).length).toBeGreaterThan(10)
    expect(leaks(outputs, [ADDRESS_SECRET, TAG_ADDRESS_SECRET])).toEqual([])
  })

  it('the same address is scrubbed in the comment and summaries (regression guard)', () => {
    const texts = everything()
    expect(
      leaks({ comment: texts.comment, summary: texts['plan summary'], gate: texts['gate summary'] }, [
        ADDRESS_SECRET
      ])
    ).toEqual([])
  })

  it('rule warnings name addresses scrubbed', async () => {
    // A renamed real plan (as __fixtures__/plans/cloud-*.json): the kept keyed resource becomes a taggable bucket.
    const document = structuredClone(plan.document) as { resource_changes: Record<string, unknown>[] }
    for (const entry of document.resource_changes) {
      if (entry.type !== 'terraform_data' || entry.name !== 'keyed_kept') continue
      const change = entry.change as { before: Record<string, unknown>; after: Record<string, unknown> }
      entry.type = 'aws_s3_bucket'
      entry.address = String(entry.address).replace('terraform_data.', 'aws_s3_bucket.')
      change.before.tags = {}
      change.after.tags = {}
    }
    const path = join(root, 'tagged.json')
    writeFileSync(path, JSON.stringify(document))
    const config = join(root, 'tag-policy.yml')
    writeFileSync(config, 'required_tags: [owner]\n')
    const run = await runStep({
      workspace: root,
      inputs: { mode: 'safety-gate', plan_json: path, environment: 'staging', config }
    })
    const warnings = run.view.commands.filter(command => command.name === 'warning')
    expect(warnings.some(command => command.data.startsWith('rule:required-tags'))).toBe(true)
    expect(leaks(exposedTexts(run), [TAG_ADDRESS_SECRET])).toEqual([])
  })
})

describe('secrets recognised by name or by value', () => {
  it.each(Object.keys(BY_NAME))('an unmarked value under %s appears nowhere', key => {
    expect(leaks(everything(), [BY_NAME[key].old, BY_NAME[key].new])).toEqual([])
  })

  it.each(Object.keys(BY_VALUE))('an unmarked %s value appears nowhere', key => {
    const make = BY_VALUE[key]
    expect(leaks(everything(), [make.secret('O'), make.secret('N')])).toEqual([])
  })

  it('values of secret-named name/value pairs (Helm set, container environment) appear nowhere', () => {
    expect(leaks(everything(), [PAIRS.helm.old, PAIRS.helm.new, PAIRS.env.old, PAIRS.env.new])).toEqual([])
  })
})

describe('the plan artifact', () => {
  it('no uploaded file but plan.tfplan carries a marked secret', () => {
    const marked = [CUT_SECRET, ADDRESS_SECRET, TAG_ADDRESS_SECRET, MAP_KEY.new, String(PIN.new)]
    const files: Record<string, string> = {}
    for (const entry of uploaded)
      if (entry.name !== 'plan.tfplan') files[entry.name] = entry.data.toString('utf8')
    // The artifact was uploaded (the guard above checks plan.tfplan is in it), so an empty result means no leak.
    expect(uploaded.length).toBeGreaterThan(1)
    expect(leaks(files, marked)).toEqual([])
  })
})

describe('post-deploy', () => {
  const hooks: string[] = []
  let server: Server
  let hookUrl = ''
  beforeAll(async () => {
    makePlan(root, { name: 'deployed', stage1: DEPLOYED, stage2: DEPLOYED })
    server = createServer((req, res) => {
      let body = ''
      req.on('data', chunk => (body += chunk))
      req.on('end', () => {
        hooks.push(body)
        res.writeHead(200).end('ok')
      })
    })
    await new Promise<void>(done => server.listen(0, '127.0.0.1', done))
    hookUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`
  }, 60_000)
  afterAll(async () => {
    await new Promise<void>(done => server.close(() => done()))
  })

  it('outputs named like secrets appear in no log line, output, summary or webhook', async () => {
    mkdirSync(join(root, 'deployed'), { recursive: true })
    const run = await runStep({
      workspace: root,
      inputs: {
        mode: 'post-deploy',
        working_directory: 'deployed',
        environment: 'prod',
        output_assertions: 'db_password: expected\nsettings:\n  region: us-east-1\nadmin_pwd: expected',
        notify_webhook: hookUrl
      }
    })
    expect(run.exitCode).toBe(1)
    expect(run.outputs.healthy).toBe('false')
    expect(hooks.length).toBe(1)
    expect(leaks(exposedTexts(run, { webhook: hooks.join('\n') }), DEPLOYED_SECRETS)).toEqual([])
  })
})
