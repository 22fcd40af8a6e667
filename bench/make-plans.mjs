// Builds the benchmark's plan files in bench/out/plans: real plans made by the terraform binary
// (terraform_data with realistic attribute maps), and larger synthetic files made by replicating the
// real entries of those plans under unique addresses. Real plans are cached by configuration hash.
import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import {
  createWriteStream,
  existsSync,
  mkdirSync,
  readFileSync,
  renameSync,
  statSync,
  writeFileSync
} from 'node:fs'
import { join } from 'node:path'

/** A count-based resource whose input is a nested map like real cloud resources carry (tags, limits, ports). */
function servicesConfig(count, revision) {
  return `
variable "revision" {
  default = "${revision}"
}
variable "api_token" {
  type      = string
  sensitive = true
  default   = "not-a-real-token"
}
resource "terraform_data" "svc" {
  count = ${count}
  input = {
    name   = format("svc-%05d", count.index)
    tier   = ["web", "api", "worker", "db"][count.index % 4]
    zone   = ["eu-west-1a", "eu-west-1b", "eu-west-1c"][count.index % 3]
    image  = "registry.example.com/team/svc:\${var.revision}"
    tags   = { Environment = "prod", Team = "platform-\${count.index % 7}", CostCenter = format("cc-%03d", count.index % 50), ManagedBy = "terraform", Description = "service \${count.index}: free text with \\"quotes\\" and unicode é" }
    ports  = [80, 443, 8080 + count.index % 10]
    limits = { cpu = 0.25 * (1 + count.index % 4), memory = 512 * (1 + count.index % 3), replicas = 1 + count.index % 5 }
  }
  triggers_replace = [count.index % 4]
}
`
}

/** Runs terraform in `dir` quietly with the project's offline settings. */
function terraform(dir, args) {
  const env = {
    ...process.env,
    CHECKPOINT_DISABLE: '1',
    TF_IN_AUTOMATION: '1',
    TF_CLI_CONFIG_FILE: join(dir, 'empty.tfrc')
  }
  return execFileSync('terraform', args, {
    cwd: dir,
    env,
    maxBuffer: 1 << 30,
    stdio: ['ignore', 'pipe', 'inherit']
  })
}

function cached(outDir, name, key, build) {
  const hash = createHash('sha256').update(key).digest('hex').slice(0, 12)
  const path = join(outDir, `${name}-${hash}.json`)
  if (!existsSync(path)) {
    const t0 = Date.now()
    const json = build()
    writeFileSync(`${path}.tmp`, json)
    renameSync(`${path}.tmp`, path)
    console.error(`  made ${name} with terraform in ${((Date.now() - t0) / 1000).toFixed(0)} s`)
  }
  return path
}

/** A create-only plan of `count` resources, made by terraform. */
export function makeCreatePlan(outDir, count) {
  const config = servicesConfig(count, 'v1')
  return cached(outDir, `tf-create-${count}`, config, () => {
    const dir = join(outDir, `work-create-${count}`)
    mkdirSync(dir, { recursive: true })
    writeFileSync(join(dir, 'empty.tfrc'), '')
    writeFileSync(join(dir, 'main.tf'), config)
    terraform(dir, ['init', '-input=false'])
    terraform(dir, ['plan', '-input=false', '-out=tfplan'])
    return terraform(dir, ['show', '-json', 'tfplan'])
  })
}

/**
 * A mixed plan after an apply: `count` resources exist; the new configuration changes the image
 * everywhere (updates), shifts triggers_replace on a quarter (replaces) and drops the last tenth (deletes).
 */
export function makeMixedPlan(outDir, count) {
  const before = servicesConfig(count, 'v1')
  const after = servicesConfig(Math.round(count * 0.9), 'v2').replace(
    'triggers_replace = [count.index % 4]',
    'triggers_replace = [count.index % 4 == 0 ? 100 + count.index % 4 : count.index % 4]'
  )
  return cached(outDir, `tf-mixed-${count}`, before + after, () => {
    const dir = join(outDir, `work-mixed-${count}`)
    mkdirSync(dir, { recursive: true })
    writeFileSync(join(dir, 'empty.tfrc'), '')
    writeFileSync(join(dir, 'main.tf'), before)
    terraform(dir, ['init', '-input=false'])
    terraform(dir, ['apply', '-input=false', '-auto-approve', '-parallelism=50'])
    writeFileSync(join(dir, 'main.tf'), after)
    terraform(dir, ['plan', '-input=false', '-out=tfplan'])
    return terraform(dir, ['show', '-json', 'tfplan'])
  })
}

/** A one-resource plan for the start-up measurement. */
export function makeTinyPlan(outDir) {
  return makeCreatePlan(outDir, 1)
}

/**
 * Writes a synthetic plan of about `targetBytes` by replicating the resource_changes and
 * planned_values entries of `templatePath` (a real plan) with unique addresses (`svc_r<k>`), keeping
 * its header and configuration. Returns { path, entries }.
 */
export async function synthesisePlan(outDir, templatePath, targetBytes, label) {
  const path = join(outDir, `synthetic-${label}.json`)
  const template = JSON.parse(readFileSync(templatePath, 'utf8'))
  const changes = template.resource_changes
  const planned = template.planned_values?.root_module?.resources ?? []
  const perRound = Buffer.byteLength(JSON.stringify(changes)) + Buffer.byteLength(JSON.stringify(planned))
  const rounds = Math.max(1, Math.round(targetBytes / perRound))
  const entries = rounds * changes.length
  const metaPath = `${path}.meta`
  const key = `${templatePath}|${rounds}`
  if (existsSync(path) && existsSync(metaPath) && readFileSync(metaPath, 'utf8') === key)
    return { path, entries }
  const out = createWriteStream(path)
  const write = text => (out.write(text) ? undefined : new Promise(resolve => out.once('drain', resolve)))
  const rename = (entry, k) => ({
    ...entry,
    address: entry.address.replace(/^([^.]+)\.([^[.]+)/, `$1.$2_r${k}`),
    name: `${entry.name}_r${k}`
  })
  const head = {
    format_version: template.format_version,
    terraform_version: template.terraform_version,
    variables: template.variables
  }
  await write(`${JSON.stringify(head).slice(0, -1)},"planned_values":{"root_module":{"resources":[`)
  for (let k = 0; k < rounds; k++) {
    const batch = planned.map(entry => JSON.stringify(rename(entry, k))).join(',')
    await write(k === 0 ? batch : `,${batch}`)
  }
  await write(']}},"resource_changes":[')
  for (let k = 0; k < rounds; k++) {
    const batch = changes.map(entry => JSON.stringify(rename(entry, k))).join(',')
    await write(k === 0 ? batch : `,${batch}`)
  }
  const tail = { configuration: template.configuration, applyable: true, complete: true, errored: false }
  await write(`],${JSON.stringify(tail).slice(1)}\n`)
  await new Promise((resolve, reject) => out.end(err => (err ? reject(err) : resolve())))
  writeFileSync(metaPath, key)
  return { path, entries }
}

export function sizeOf(path) {
  return statSync(path).size
}
