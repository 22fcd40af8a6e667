#!/usr/bin/env node
/**
 * Regenerates the real plan fixtures (`npm run fixtures`).
 *
 * For every configuration in __fixtures__/configs/<name>/ this copies it to a temporary directory,
 * runs the real terraform binary (offline: only the built-in `terraform_data` resource and
 * `terraform_remote_state` data source), and writes:
 *   __fixtures__/plans/<name>.json           `terraform show -json` of the saved plan, nothing stripped
 *   __fixtures__/plans/<name>.expected.json  the counts from terraform's own human "Plan:" line
 *
 * Layouts: a plain directory is planned from empty state; a directory with stage1/ and stage2/ is applied
 * at stage1, then stage2 replaces the configuration (state kept) and is planned. An optional fixture.json
 * holds { "applyFirst": true, "planArgs": ["-destroy"] }.
 *
 * Then "cloud-typed" fixtures are written by renaming resource types in those real plans (see CLOUD below),
 * because aws_db_instance and friends need provider downloads that tests cannot do offline.
 * Binary plans stay in the temporary directory: they are terraform-version specific and never committed.
 *
 * Environment: TERRAFORM_BINARY (default `terraform`), FIXTURES_KEEP_TMP=1 keeps the temp directories.
 */
import { spawnSync } from 'node:child_process'
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const CONFIGS = join(ROOT, '__fixtures__', 'configs')
const PLANS = join(ROOT, '__fixtures__', 'plans')
const BINARY = process.env.TERRAFORM_BINARY || 'terraform'

/**
 * Renamed copies of real plans. `types` maps a terraform_data resource name (in any module) to the cloud
 * type it pretends to be. The analysis only looks at `type`, so the plans stay realistic in every other way.
 */
const CLOUD = [
  { name: 'cloud-db-replace', from: 'replace-triggers', types: { db: 'aws_db_instance' } },
  { name: 'cloud-instance-replace', from: 'replace-cbd', types: { lb: 'aws_instance' } },
  {
    name: 'cloud-bucket-delete',
    from: 'delete',
    types: { old_a: 'aws_s3_bucket', old_b: 'google_sql_database_instance', keep: 'aws_iam_role' }
  },
  {
    name: 'cloud-network-delete',
    from: 'delete',
    types: { old_a: 'aws_vpc', old_b: 'aws_subnet', keep: 'aws_instance' }
  },
  {
    name: 'cloud-iam-update',
    from: 'update',
    types: { app: 'aws_iam_role', unchanged: 'aws_security_group' }
  },
  {
    name: 'cloud-instance-update',
    from: 'update',
    types: { app: 'aws_instance', unchanged: 'aws_s3_bucket' }
  },
  {
    name: 'cloud-creates',
    from: 'create-only',
    types: {
      web: 'azurerm_storage_account',
      worker: 'aws_db_instance',
      scheduler: 'google_container_cluster'
    }
  },
  { name: 'cloud-mass-delete', from: 'bulk-delete', types: { item: 'aws_instance', anchor: 'aws_vpc' } },
  {
    name: 'cloud-azure-destroy',
    from: 'destroy',
    types: { network: 'azurerm_virtual_network', app: 'azurerm_linux_virtual_machine' }
  },
  {
    name: 'cloud-mixed',
    from: 'mixed',
    types: {
      created: 'aws_instance',
      to_update: 'aws_security_group',
      to_delete: 'aws_elasticache_replication_group',
      to_replace: 'aws_instance',
      to_replace_cbd: 'aws_lb',
      unchanged: 'aws_vpc',
      moved: 'aws_s3_bucket'
    }
  },
  { name: 'cloud-modules', from: 'modules', types: { node: 'aws_instance', config: 'aws_ssm_parameter' } },
  { name: 'cloud-kms-forget', from: 'forget', types: { handed_over: 'aws_kms_key', kept: 'aws_instance' } }
]

const PROVIDERS = { aws: 'hashicorp/aws', google: 'hashicorp/google', azurerm: 'hashicorp/azurerm' }

function run(cwd, env, args, { allowFail = false } = {}) {
  const result = spawnSync(BINARY, args, { cwd, env, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 })
  if (result.error) throw new Error(`Cannot run '${BINARY} ${args.join(' ')}': ${result.error.message}`)
  if (result.status !== 0 && !allowFail) {
    throw new Error(
      `'${BINARY} ${args.join(' ')}' failed in ${cwd} (exit ${result.status}):\n${result.stderr}`
    )
  }
  return result.stdout
}

/** Copies a configuration directory's Terraform files over the working directory, keeping state. */
function placeConfig(source, work) {
  for (const entry of readdirSync(work)) {
    if (entry === 'terraform.tfstate' || entry === '.terraform' || entry === '.terraform.lock.hcl') continue
    if (entry === 'empty.tfrc') continue
    rmSync(join(work, entry), { recursive: true, force: true })
  }
  cpSync(source, work, { recursive: true, filter: path => !path.endsWith('fixture.json') })
}

/** Parses terraform's human summary ("Plan: 1 to import, 2 to add, ..." or "No changes.") into counts. */
function parsePlanLine(text) {
  const counts = { import: 0, add: 0, change: 0, destroy: 0, forget: 0 }
  const line = text.split('\n').find(l => /^Plan: /.test(l))
  if (!line) {
    if (!/No changes\./.test(text)) throw new Error(`No "Plan:" line and no "No changes." in:\n${text}`)
    return { planLine: 'No changes.', counts }
  }
  for (const match of line.matchAll(/(\d+) to (import|add|change|destroy|forget)/g))
    counts[match[2]] = Number(match[1])
  return { planLine: line.trim(), counts }
}

function generate(name) {
  const dir = join(CONFIGS, name)
  const work = mkdtempSync(join(tmpdir(), `infra-guard-fixture-${name}-`))
  const rc = join(work, 'empty.tfrc')
  writeFileSync(rc, '')
  const env = { ...process.env, CHECKPOINT_DISABLE: '1', TF_CLI_CONFIG_FILE: rc, TF_IN_AUTOMATION: '1' }
  const options = existsSync(join(dir, 'fixture.json'))
    ? JSON.parse(readFileSync(join(dir, 'fixture.json'), 'utf8'))
    : {}
  const staged = existsSync(join(dir, 'stage1'))
  const init = ['init', '-input=false', '-no-color']
  const apply = ['apply', '-input=false', '-auto-approve', '-lock=false', '-no-color']
  try {
    placeConfig(staged ? join(dir, 'stage1') : dir, work)
    run(work, env, init)
    if (staged || options.applyFirst) run(work, env, apply)
    if (staged) {
      placeConfig(join(dir, 'stage2'), work)
      run(work, env, init)
    }
    const planArgs = [
      'plan',
      '-input=false',
      '-lock=false',
      '-no-color',
      '-out=plan.tfplan',
      ...(options.planArgs ?? [])
    ]
    run(work, env, planArgs)
    const json = JSON.parse(run(work, env, ['show', '-json', 'plan.tfplan']))
    const expected = parsePlanLine(run(work, env, ['show', '-no-color', 'plan.tfplan']))
    expected.terraformVersion = json.terraform_version
    return { json, expected }
  } finally {
    if (!process.env.FIXTURES_KEEP_TMP) rmSync(work, { recursive: true, force: true })
  }
}

/** Renames terraform_data resources to cloud types everywhere in a plan (entries, addresses, configuration). */
function renameTypes(value, types) {
  const names = Object.keys(types)
  const pattern = new RegExp(`(^|[^A-Za-z0-9_])terraform_data\\.(${names.join('|')})(?![A-Za-z0-9_])`, 'g')
  const walk = node => {
    if (typeof node === 'string')
      return node.replace(pattern, (_, pre, name) => `${pre}${types[name]}.${name}`)
    if (Array.isArray(node)) return node.map(walk)
    if (node === null || typeof node !== 'object') return node
    const out = {}
    for (const [key, child] of Object.entries(node)) out[key] = walk(child)
    if (out.type === 'terraform_data' && typeof out.name === 'string' && types[out.name]) {
      out.type = types[out.name]
      const provider = PROVIDERS[out.type.split('_')[0]]
      if (provider && typeof out.provider_name === 'string')
        out.provider_name = `registry.terraform.io/${provider}`
    }
    return out
  }
  return walk(value)
}

function write(name, json, expected) {
  writeFileSync(join(PLANS, `${name}.json`), JSON.stringify(json, null, 2) + '\n')
  writeFileSync(join(PLANS, `${name}.expected.json`), JSON.stringify(expected, null, 2) + '\n')
}

function main() {
  const only = process.argv.slice(2)
  mkdirSync(PLANS, { recursive: true })
  const names = readdirSync(CONFIGS, { withFileTypes: true })
    .filter(d => d.isDirectory())
    .map(d => d.name)
    .sort()
  const generated = new Map()
  for (const name of names) {
    if (only.length > 0 && !only.includes(name)) continue
    const started = Date.now()
    const result = generate(name)
    generated.set(name, result)
    write(name, result.json, result.expected)
    console.log(`${name}: ${result.expected.planLine} (${Date.now() - started} ms)`)
  }
  for (const spec of CLOUD) {
    const base = generated.get(spec.from)
    if (!base) continue
    const json = renameTypes(base.json, spec.types)
    write(spec.name, json, { ...base.expected, renamedFrom: spec.from, types: spec.types })
    console.log(`${spec.name}: renamed from ${spec.from}`)
  }
}

main()
