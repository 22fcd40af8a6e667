#!/usr/bin/env node
/**
 * Regenerates the golden plans under __fixtures__/golden/<case>/ (`node scripts/make-golden-plans.mjs [case...]`).
 *
 * Each case is planned with the real terraform binary and written twice, from the same saved plan:
 *   plan.json  `terraform show -json`
 *   show.txt   `terraform show -no-color` (what a reviewer would read in the terminal)
 * Tests read only these committed files; nothing here runs in the test suite.
 *
 * Two kinds of case:
 * - `terraform_data` cases (no provider): stage 1 is applied, stage 2 replaces the configuration (the
 *   state is kept) and is planned, optionally after a step such as `terraform taint`.
 * - AWS cases, planned OFFLINE against the provider mirror in /opt/tf-plugins (hashicorp/aws 5.100.0)
 *   with fake credentials. Applying needs AWS, so the prior state is made by hand: stage 1 is planned,
 *   its planned values become the state's attributes (what stays unknown until apply is filled in by
 *   type from the provider schema, or from the case's `fill`), and stage 2 is planned against that state
 *   with `-refresh=false`, so the provider is never asked to read anything.
 *   One AWS case reads: the drift case points the provider's SSM endpoint at a loopback server that
 *   answers like AWS with a value changed outside Terraform, and plans `-refresh-only`.
 *
 * Environment: TERRAFORM_BINARY (default `terraform`), TF_PLUGIN_MIRROR (default /opt/tf-plugins),
 * GOLDEN_KEEP_TMP=1 keeps the temporary directories.
 */
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { AWS_CASES, DATA_CASES } from './golden-cases.mjs'

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const OUT = join(ROOT, '__fixtures__', 'golden')
const BINARY = process.env.TERRAFORM_BINARY || 'terraform'
const MIRROR = process.env.TF_PLUGIN_MIRROR || '/opt/tf-plugins'
const AWS = 'registry.terraform.io/hashicorp/aws'

/** Runs terraform; returns stdout, throws with stderr on failure. */
function run(cwd, env, args, { allowFail = false } = {}) {
  const result = spawnSync(BINARY, args, { cwd, env, encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 })
  if (result.error) throw new Error(`Cannot run '${BINARY} ${args.join(' ')}': ${result.error.message}`)
  if (result.status !== 0 && !allowFail) {
    throw new Error(
      `'${BINARY} ${args.join(' ')}' failed in ${cwd} (exit ${result.status}):\n${result.stderr}`
    )
  }
  return result.stdout
}

function workspace(name, cliConfig) {
  const work = mkdtempSync(join(tmpdir(), `infra-guard-golden-${name}-`))
  const rc = join(work, 'cli.tfrc')
  writeFileSync(rc, cliConfig)
  const env = { ...process.env, CHECKPOINT_DISABLE: '1', TF_CLI_CONFIG_FILE: rc, TF_IN_AUTOMATION: '1' }
  delete env.TF_LOG
  return { work, env }
}

function placeConfig(work, text) {
  writeFileSync(join(work, 'main.tf'), text)
}

const PLAN = ['plan', '-input=false', '-lock=false', '-no-color', '-out=plan.tfplan']

/** Writes plan.json and show.txt of the saved plan in `work`. */
function record(name, work, env) {
  const json = JSON.parse(run(work, env, ['show', '-json', 'plan.tfplan']))
  const text = run(work, env, ['show', '-no-color', 'plan.tfplan'])
  const dir = join(OUT, name)
  mkdirSync(dir, { recursive: true })
  writeFileSync(join(dir, 'plan.json'), JSON.stringify(json, null, 2) + '\n')
  writeFileSync(join(dir, 'show.txt'), text)
  const line =
    text.split('\n').find(l => /^(Plan:|No changes\.|This is a refresh-only plan)/.test(l)) ??
    '(no summary line)'
  return line.trim()
}

function generateData(spec) {
  const { work, env } = workspace(spec.name, '')
  try {
    // Files besides main.tf (a local module), the same in both stages.
    for (const [path, text] of Object.entries(spec.files ?? {})) {
      mkdirSync(dirname(join(work, path)), { recursive: true })
      writeFileSync(join(work, path), text)
    }
    if (spec.stage1 !== undefined) {
      placeConfig(work, spec.stage1)
      run(work, env, ['init', '-input=false', '-no-color'])
      run(work, env, ['apply', '-input=false', '-auto-approve', '-lock=false', '-no-color'])
    }
    placeConfig(work, spec.stage2)
    run(work, env, ['init', '-input=false', '-no-color'])
    for (const step of spec.before ?? []) run(work, env, step)
    run(work, env, [...PLAN, ...(spec.planArgs ?? [])])
    return record(spec.name, work, env)
  } finally {
    if (!process.env.GOLDEN_KEEP_TMP) rmSync(work, { recursive: true, force: true })
  }
}

const AWS_CLI_CONFIG = `provider_installation {
  filesystem_mirror {
    path    = ${JSON.stringify(MIRROR)}
    include = ["${AWS}"]
  }
  direct {
    exclude = ["${AWS}"]
  }
}
`

/** Provider block with fake credentials; nothing is validated or looked up. */
function awsProvider(endpoints = {}) {
  const lines = Object.entries(endpoints).map(([service, url]) => `    ${service} = ${JSON.stringify(url)}`)
  return `terraform {
  required_providers {
    aws = { source = "hashicorp/aws", version = "5.100.0" }
  }
}

provider "aws" {
  region                      = "us-east-1"
  access_key                  = "AKIAIOSFODNN7EXAMPLE"
  secret_key                  = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
${lines.length > 0 ? `  endpoints {\n${lines.join('\n')}\n  }\n` : ''}}
`
}

/** The provider's schema, read once (about 14 MB). */
let schemaCache
function awsSchema(work, env) {
  if (!schemaCache) {
    const all = JSON.parse(run(work, env, ['providers', 'schema', '-json']))
    schemaCache = all.provider_schemas[AWS].resource_schemas
  }
  return schemaCache
}

/** A stand-in for a value known only after apply, by schema type. */
function placeholder(type, nesting) {
  if (nesting === 'list' || nesting === 'set') return []
  if (nesting === 'single') return null
  if (type === 'string') return ''
  if (type === 'number') return 0
  if (type === 'bool') return false
  if (Array.isArray(type) && (type[0] === 'list' || type[0] === 'set')) return []
  if (Array.isArray(type) && type[0] === 'map') return {}
  return null
}

/** Builds a version-4 state file from stage 1's planned values. */
function stateFrom(plan, schema, fills) {
  const unknownOf = new Map(plan.resource_changes.map(rc => [rc.address, rc.change.after_unknown ?? {}]))
  const resources = plan.planned_values.root_module.resources.map(resource => {
    const block = schema[resource.type].block
    const attributes = { ...resource.values }
    for (const [key, mark] of Object.entries(unknownOf.get(resource.address) ?? {})) {
      if (mark !== true) continue
      const attribute = block.attributes?.[key]
      const nested = block.block_types?.[key]
      attributes[key] = attribute ? placeholder(attribute.type) : placeholder(undefined, nested?.nesting_mode)
    }
    Object.assign(attributes, fills[resource.address] ?? {})
    return {
      mode: resource.mode,
      type: resource.type,
      name: resource.name,
      provider: `provider["${AWS}"]`,
      instances: [{ schema_version: resource.schema_version, attributes, sensitive_attributes: [] }]
    }
  })
  return {
    version: 4,
    terraform_version: plan.terraform_version,
    serial: 1,
    lineage: '6f1c3a52-0000-4000-8000-000000000000',
    outputs: {},
    resources,
    check_results: null
  }
}

/** Runs the fake SSM endpoint in its own process; resolves with its URL and a stopper. */
function startFakeSsm(parameter) {
  const child = spawn(
    process.execPath,
    [join(ROOT, 'scripts', 'golden-fake-ssm.mjs'), JSON.stringify(parameter)],
    {
      stdio: ['ignore', 'pipe', 'inherit']
    }
  )
  return new Promise((resolveStart, reject) => {
    child.once('error', reject)
    child.stdout.once('data', chunk =>
      resolveStart({
        url: String(chunk).trim(),
        close: () => new Promise(done => (child.once('exit', done), child.kill('SIGTERM')))
      })
    )
  })
}

async function generateAws(spec) {
  const { work, env } = workspace(spec.name, AWS_CLI_CONFIG)
  const fake = spec.fakeSsm ? await startFakeSsm(spec.fakeSsm) : undefined
  try {
    const provider = awsProvider(fake ? { ssm: fake.url } : {})
    if (spec.stage1 !== undefined) {
      placeConfig(work, provider + spec.stage1)
      run(work, env, ['init', '-input=false', '-no-color'])
      run(work, env, [...PLAN, '-refresh=false'])
      const first = JSON.parse(run(work, env, ['show', '-json', 'plan.tfplan']))
      const state = stateFrom(first, awsSchema(work, env), spec.fill ?? {})
      writeFileSync(join(work, 'terraform.tfstate'), JSON.stringify(state, null, 2))
    }
    placeConfig(work, provider + spec.stage2)
    run(work, env, ['init', '-input=false', '-no-color'])
    run(work, env, [...PLAN, ...(spec.planArgs ?? ['-refresh=false'])])
    return record(spec.name, work, env)
  } finally {
    await fake?.close()
    if (!process.env.GOLDEN_KEEP_TMP) rmSync(work, { recursive: true, force: true })
  }
}

/** Attribute and block names of a schema block: 1 for a leaf, a nested tree for blocks and object types. */
function namesOf(block) {
  const tree = {}
  for (const [name, attribute] of Object.entries(block.attributes ?? {}))
    tree[name] = typeNames(attribute.type)
  for (const [name, nested] of Object.entries(block.block_types ?? {})) tree[name] = namesOf(nested.block)
  return tree
}

function typeNames(type) {
  if (Array.isArray(type) && type[0] === 'object') {
    return Object.fromEntries(Object.entries(type[1]).map(([name, inner]) => [name, typeNames(inner)]))
  }
  if (Array.isArray(type) && ['list', 'set', 'map'].includes(type[0])) return typeNames(type[1])
  return 1
}

/**
 * Writes the attribute names of every AWS type in the key-attribute table (read from its source), so a
 * test can check the table against the real provider schema without the provider.
 */
function writeSchemaNames() {
  const { work, env } = workspace('schema', AWS_CLI_CONFIG)
  try {
    placeConfig(work, awsProvider())
    run(work, env, ['init', '-input=false', '-no-color'])
    const schema = awsSchema(work, env)
    const source = readFileSync(join(ROOT, 'src', 'analysis', 'diff', 'key-attributes-aws.ts'), 'utf8')
    const types = [...new Set([...source.matchAll(/^ {2}(aws_[a-z0-9_]+):/gm)].map(match => match[1]))].sort()
    const names = Object.fromEntries(
      types.map(type => [type, schema[type] ? namesOf(schema[type].block) : null])
    )
    writeFileSync(join(OUT, 'aws-schema-names.json'), JSON.stringify(names) + '\n')
    return types.length
  } finally {
    rmSync(work, { recursive: true, force: true })
  }
}

async function main() {
  const only = process.argv.slice(2)
  const wanted = spec => only.length === 0 || only.includes(spec.name)
  mkdirSync(OUT, { recursive: true })
  for (const spec of DATA_CASES.filter(wanted)) {
    const started = Date.now()
    console.log(`${spec.name}: ${generateData(spec)} (${Date.now() - started} ms)`)
  }
  const awsCases = AWS_CASES.filter(wanted)
  if (awsCases.length > 0 && !existsSync(join(MIRROR, AWS))) {
    console.error(`skipped the AWS cases: no provider mirror at ${join(MIRROR, AWS)} (set TF_PLUGIN_MIRROR)`)
    return
  }
  for (const spec of awsCases) {
    const started = Date.now()
    console.log(`${spec.name}: ${await generateAws(spec)} (${Date.now() - started} ms)`)
  }
  if (only.length === 0 || only.includes('schema'))
    console.log(`aws-schema-names: ${writeSchemaNames()} types`)
  // The index comes from the case list, so it is written whichever cases were regenerated.
  const index = [...DATA_CASES, ...AWS_CASES].map(spec => ({ name: spec.name, shows: spec.shows }))
  writeFileSync(join(OUT, 'cases.json'), JSON.stringify(index, null, 2) + '\n')
}

await main()
