// Discovery on generated monorepos: N root modules (live/<env>/<region>/svc-<i>, four .tf files
// each) and N/10 shared modules (ten .tf files each, every one calling a nested module), so 5·N .tf
// files in all. Each size runs in fresh processes: `all` (every root module, as a scheduled drift
// run) and a pull request that changed one shared module. Reports the median wall and CPU time of
// the walk plus discovery (WASM parser start-up included) and the peak RSS, with the cost per added
// file, which stays flat when the cost is linear. Baseline measured in the same run: walking and
// reading every file without parsing. `npm run bench` runs it (bench/run.mjs); alone:
//   node bench/discover.mjs [--sizes 125,250,500,1000] [--reps 3] [--node /path/to/node]
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import { dirname, join } from 'node:path'
import { performance } from 'node:perf_hooks'

const ROOT = join(import.meta.dirname, '..')
// Compiled into build/ (rootDir src) so that the reader's URLs to node_modules resolve as in src/.
const LIB = join(ROOT, 'build')
const ENVS = ['dev', 'staging', 'prod']
const REGIONS = ['eu-west-1', 'us-east-1', 'ap-northeast-2']

/** Issue 16's targets at 1,000 root modules / 5,000 .tf files. */
export const DISCOVERY_TARGETS = { roots: 1000, cpuMs: 2000, rssMiB: 200, doublingRatio: 2.2 }

if (process.argv[2] === '--child') await child(process.argv[3], process.argv[4])
else if (process.argv[1] === import.meta.filename) await main()

async function main() {
  const option = (name, fallback) => {
    const at = process.argv.indexOf(name)
    return at === -1 ? fallback : process.argv[at + 1]
  }
  const result = benchDiscovery({
    sizes: option('--sizes', '125,250,500,1000').split(',').map(Number),
    reps: Number(option('--reps', '3')),
    node: option('--node', process.execPath),
    log: message => console.error(message)
  })
  console.log(renderDiscovery(result).join('\n'))
  for (const { name, goal, value, met } of result.targets)
    console.log(
      `${name}: ${value ?? 'not measured'} (goal ${goal})${met === undefined ? '' : met ? ', met' : ', NOT met'}`
    )
}

/**
 * Runs the discovery bench: for each size a generated repository, then walk / all / pr in fresh
 * processes on `node`, `reps` times each. Returns the medians per size and the targets' verdicts.
 */
export function benchDiscovery({ sizes, reps, node, log = () => {} }) {
  compile()
  const version = execFileSync(node, ['--version'], { encoding: 'utf8' }).trim()
  const rows = []
  for (const size of sizes) {
    const repo = generate(size)
    const row = { size, files: 5 * size }
    for (const mode of ['walk', 'all', 'pr']) {
      const runs = []
      for (let rep = 0; rep < reps; rep++) {
        log(`  discovery, ${size} root modules: ${mode} (${rep + 1}/${reps})`)
        runs.push(
          JSON.parse(execFileSync(node, [import.meta.filename, '--child', repo, mode], { encoding: 'utf8' }))
        )
      }
      const check = runs[0].modules
      if (runs.some(run => run.modules !== check)) throw new Error(`${mode} at ${size}: runs disagree`)
      row[mode] = {
        ms: median(runs.map(run => run.ms)),
        cpu: median(runs.map(run => run.cpuMs)),
        rss: median(runs.map(run => run.rssMiB)),
        modules: check
      }
    }
    if (row.all.modules !== size)
      throw new Error(`all found ${row.all.modules} root modules, expected ${size}`)
    rows.push(row)
    rmSync(repo, { recursive: true, force: true })
  }
  return { version, reps, rows, targets: discoveryTargets(rows), load: os.loadavg() }
}

/**
 * The targets against this run: CPU time and peak RSS at 1,000 root modules (the worse of `all` and
 * `pr`), and linear cost: doubling the repository (500 → 1,000 root modules) at most doubles the CPU
 * time of `all`, with DISCOVERY_TARGETS.doublingRatio allowing for noise (start-up makes it less).
 */
function discoveryTargets(rows) {
  const at = size => rows.find(row => row.size === size)
  const big = at(DISCOVERY_TARGETS.roots)
  const half = at(DISCOVERY_TARGETS.roots / 2)
  const cpu = big && Math.max(big.all.cpu, big.pr.cpu)
  const rss = big && Math.max(big.all.rss, big.pr.rss)
  const ratio = big && half ? big.all.cpu / half.all.cpu : undefined
  return [
    [
      'discovery CPU time, 1,000 root modules / 5,000 .tf files',
      `≤ ${DISCOVERY_TARGETS.cpuMs} ms`,
      cpu,
      'ms',
      cpu !== undefined && cpu <= DISCOVERY_TARGETS.cpuMs
    ],
    [
      'discovery peak RSS, 1,000 root modules / 5,000 .tf files',
      `≤ ${DISCOVERY_TARGETS.rssMiB} MiB`,
      rss,
      'MiB',
      rss !== undefined && rss <= DISCOVERY_TARGETS.rssMiB
    ],
    [
      'discovery cost linear in files: CPU at 1,000 ÷ CPU at 500 root modules',
      `≤ ${DISCOVERY_TARGETS.doublingRatio}×`,
      ratio === undefined ? undefined : Number(ratio.toFixed(2)),
      '×',
      ratio !== undefined && ratio <= DISCOVERY_TARGETS.doublingRatio
    ]
  ].map(([name, goal, value, unit, met]) => ({
    name,
    goal,
    value: value === undefined ? undefined : `${value}${unit === '×' ? '×' : ` ${unit}`}`,
    met: value === undefined ? undefined : met
  }))
}

/** The discovery section of bench/results.md (and of `node bench/discover.mjs`). */
export function renderDiscovery({ version, reps, rows, load }) {
  // Wall time includes waiting for a CPU on a shared machine; CPU time (user + system, whole
  // process: start-up, walk, WASM start-up, parsing) does not, and is what the targets compare.
  const lines = [
    `Discovery on generated monorepos (N root modules with four .tf files each, N/10 shared modules of ten), Node ${version}, medians of ${reps} fresh processes; load average ${load.map(value => value.toFixed(1)).join(' ')}. CPU time is user + system of the whole process (start-up, walk, WASM parser start-up, parsing); wall time also counts waiting for a CPU on this shared machine. "walk+read" is the baseline of the same run: reading every file without parsing.`,
    '',
    '| root modules | .tf files | walk+read: wall / CPU ms | all: wall / CPU ms | all ÷ walk+read (CPU) | all: MiB | all: CPU µs per added file | PR (one shared module): wall / CPU ms | PR: MiB | PR: modules |',
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |'
  ]
  rows.forEach((row, i) => {
    // The slope from the previous size: flat when the cost is linear in files (start-up excluded).
    const before = rows[i - 1]
    const slope = before
      ? Math.round(((row.all.cpu - before.all.cpu) * 1000) / (row.files - before.files))
      : '—'
    lines.push(
      `| ${row.size} | ${row.files} | ${row.walk.ms} / ${row.walk.cpu} | ${row.all.ms} / ${row.all.cpu} | ${(row.all.cpu / row.walk.cpu).toFixed(2)}× | ${row.all.rss} | ${slope} | ${row.pr.ms} / ${row.pr.cpu} | ${row.pr.rss} | ${row.pr.modules} |`
    )
  })
  return lines
}

/** One measurement in a fresh process; prints JSON. */
async function child(repo, mode) {
  const { readRepositoryTree } = await import(join(LIB, 'action/adapters/repository-tree.js'))
  const t0 = performance.now()
  const view = readRepositoryTree(repo)
  let modules = 0
  if (mode === 'walk') {
    for (const path of view.files) if (path.endsWith('.tf')) view.readText(path)
  } else {
    const { discoverModules } = await import(join(LIB, 'discovery/discover.js'))
    const { parseHcl } = await import(join(LIB, 'action/adapters/hcl-parser.js'))
    const result = await discoverModules({
      repository: view,
      changes: mode === 'pr' ? [{ status: 'modified', path: 'modules/shared-3/main.tf' }] : undefined,
      environments: ENVS.map(name => ({ name, aliases: [], paths: [] })),
      fallbackEnvironment: 'dev',
      parseHcl
    }).catch(error => {
      // More than 256 affected modules is the expected answer for `all`; count what was found instead.
      if (!/at most 256 jobs/.test(error.message)) throw error
      return { modules: [], totalAffected: Number(/^(\d+) root modules/.exec(error.message)[1]) }
    })
    modules = result.totalAffected
  }
  const ms = Math.round(performance.now() - t0)
  const cpu = process.cpuUsage()
  const cpuMs = Math.round((cpu.user + cpu.system) / 1000)
  console.log(
    JSON.stringify({ ms, cpuMs, rssMiB: Math.round(process.resourceUsage().maxRSS / 1024), modules })
  )
}

/** Writes the generated repository into a temporary folder and returns it. */
function generate(size) {
  const dir = mkdtempSync(join(os.tmpdir(), `discover-bench-${size}-`))
  const write = (path, text) => {
    mkdirSync(dirname(join(dir, path)), { recursive: true })
    writeFileSync(join(dir, path), text)
  }
  const shared = Math.max(1, size / 10)
  for (let m = 0; m < shared; m++) {
    const base = `modules/shared-${m}`
    write(
      `${base}/main.tf`,
      `module "inner" {\n  source = "./inner"\n  name   = var.name\n}\n${resources(`m${m}`, 3)}`
    )
    write(`${base}/inner/main.tf`, resources(`inner${m}`, 2))
    for (let f = 0; f < 8; f++) write(`${base}/part-${f}.tf`, resources(`m${m}p${f}`, 2))
  }
  for (let i = 0; i < size; i++) {
    const env = ENVS[i % 3]
    const folder = `live/${env}/${REGIONS[Math.floor(i / 3) % 3]}/svc-${i}`
    const a = i % shared
    const b = (i * 7 + 3) % shared
    write(
      `${folder}/main.tf`,
      `terraform {\n  backend "s3" {\n    bucket = "state"\n    key    = "${folder}.tfstate"\n  }\n}\n` +
        `module "network" {\n  source = "../../../../modules/shared-${a}"\n  name   = "svc-${i}"\n  tags   = merge(var.tags, { Service = "svc-${i}" })\n}\n` +
        `module "data" {\n  source = "../../../../modules/shared-${b}"\n  name   = "svc-${i}-data"\n}\n` +
        `module "vpc" {\n  source  = "terraform-aws-modules/vpc/aws"\n  version = "~> 5.0"\n}\n` +
        resources(`svc${i}`, 3)
    )
    write(`${folder}/variables.tf`, 'variable "tags" {\n  type    = map(string)\n  default = {}\n}\n')
    write(`${folder}/outputs.tf`, 'output "id" {\n  value = module.network.id\n}\n')
    write(`${folder}/versions.tf`, 'terraform {\n  required_version = ">= 1.5"\n}\n')
    write(`${folder}/terraform.tfvars`, `tags = { Team = "t${i % 17}" }\n`)
  }
  return dir
}

function resources(prefix, count) {
  let text = ''
  for (let r = 0; r < count; r++) {
    text += `resource "terraform_data" "${prefix}_${r}" {\n  input = {\n    name  = "\${var.name}-${r}"\n    items = [for x in var.items : upper(x) if x != ""]\n  }\n}\n`
  }
  return text
}

/** Compiles discovery and its adapters with tsc into build/ (the sources, as plain ES modules). */
function compile() {
  const entries = [
    'src/discovery/discover.ts',
    'src/action/adapters/repository-tree.ts',
    'src/action/adapters/hcl-parser.ts'
  ]
  const flags = [
    '--outDir',
    LIB,
    '--rootDir',
    'src',
    '--module',
    'nodenext',
    '--moduleResolution',
    'nodenext'
  ]
  flags.push('--target', 'es2022', '--skipLibCheck', '--strict')
  execFileSync('npx', ['tsc', ...entries, ...flags], { cwd: ROOT, stdio: 'inherit' })
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]
}
