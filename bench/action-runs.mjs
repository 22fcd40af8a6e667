// The action itself, as the runner starts it (`node index.js`, INPUT_* variables, real GITHUB_OUTPUT and
// GITHUB_STEP_SUMMARY files, GITHUB_WORKSPACE apart from the process's folder), for `npm run bench`:
// a fresh ncc bundle of src/, its start-up against `node -e 0`, and the peak memory of its plan and
// safety-gate modes on a large plan. No V8 flags and no NODE_OPTIONS reach the action.
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import { join } from 'node:path'

const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined
const median = values => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)]

/** Bundles src/index.ts with ncc into `outDir` (ES modules, as dist/ is built); returns its index.js. */
export function buildBundle(root, outDir) {
  rmSync(outDir, { recursive: true, force: true })
  execFileSync('npx', ['ncc', 'build', 'src/index.ts', '-o', outDir, '--quiet', '--target', 'es2022'], {
    cwd: root,
    stdio: 'inherit'
  })
  writeFileSync(join(outDir, 'package.json'), JSON.stringify({ type: 'module' }))
  return join(outDir, 'index.js')
}

/** Node 24, the action's runtime, from `npx -y node@24` (npm cache or registry); undefined if unavailable. */
export function findNode24() {
  try {
    const found = execFileSync('npx', ['-y', 'node@24', '-p', 'process.execPath'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      timeout: 120_000
    })
    return found.trim().split('\n').pop()
  } catch {
    return undefined
  }
}

/** The environment the runner gives an action step, with `inputs` as INPUT_* and fresh output files in `dir`. */
function runnerEnv(dir, inputs) {
  const env = { PATH: process.env.PATH, HOME: process.env.HOME }
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value
  const workspace = join(dir, 'workspace')
  mkdirSync(workspace, { recursive: true })
  Object.assign(env, {
    GITHUB_WORKSPACE: workspace,
    GITHUB_OUTPUT: join(dir, 'output'),
    GITHUB_STEP_SUMMARY: join(dir, 'summary'),
    RUNNER_TEMP: dir
  })
  writeFileSync(env.GITHUB_OUTPUT, '')
  writeFileSync(env.GITHUB_STEP_SUMMARY, '')
  return env
}

/** The outputs an action wrote to GITHUB_OUTPUT (heredoc format: name<<delimiter ... delimiter). */
function readOutputs(path) {
  const outputs = {}
  const lines = readFileSync(path, 'utf8').split('\n')
  for (let i = 0; i < lines.length; i++) {
    const heredoc = /^([^<=]+)<<(.+)$/.exec(lines[i])
    if (!heredoc) continue
    const end = lines.indexOf(heredoc[2], i + 1)
    outputs[heredoc[1]] = lines.slice(i + 1, end).join('\n')
    i = end
  }
  return outputs
}

/**
 * safety-gate on a one-resource plan (environment dev) against `node -e 0`, on `nodeBinary`, the two
 * alternating so that a drift in the shared machine's speed hits both alike; medians of `reps`.
 */
export function measureStartup(nodeBinary, bundle, tinyPlan, reps) {
  const dir = mkdtempSync(join(os.tmpdir(), 'bench-startup-'))
  const env = runnerEnv(dir, { mode: 'safety-gate', plan_json: tinyPlan, environment: 'dev' })
  const runs = { node: [], action: [] }
  const last = {}
  for (let r = 0; r < reps; r++) {
    for (const [name, args] of [
      ['node', ['-e', '0']],
      ['action', [bundle]]
    ]) {
      writeFileSync(env.GITHUB_OUTPUT, '')
      writeFileSync(env.GITHUB_STEP_SUMMARY, '')
      const t0 = process.hrtime.bigint()
      last[name] = spawnSync(nodeBinary, args, { env, cwd: dir, encoding: 'utf8' })
      runs[name].push(Number(process.hrtime.bigint() - t0) / 1e6)
    }
  }
  const outputs = readOutputs(env.GITHUB_OUTPUT)
  rmSync(dir, { recursive: true, force: true })
  const failure =
    last.action.status === 0 && outputs.allowed === 'true' ? undefined : describeFailure(last.action)
  const version = execFileSync(nodeBinary, ['--version'], { encoding: 'utf8' }).trim()
  return { version, nodeMs: median(runs.node), actionMs: median(runs.action), failure }
}

/**
 * One run of `mode` (plan or safety-gate, environment dev, built-in policy) on `plan`, on `nodeBinary`:
 * wall time, peak RSS (from /usr/bin/time) and the counts the action reported.
 */
export function measureMode(nodeBinary, bundle, plan, mode) {
  const dir = mkdtempSync(join(os.tmpdir(), 'bench-mode-'))
  const env = runnerEnv(dir, { mode, plan_json: plan, environment: 'dev' })
  const command = TIME ? [TIME, ['-f', '%M', nodeBinary, bundle]] : [nodeBinary, [bundle]]
  const t0 = process.hrtime.bigint()
  const result = spawnSync(command[0], command[1], { env, cwd: dir, encoding: 'utf8', maxBuffer: 1 << 26 })
  const ms = Number(process.hrtime.bigint() - t0) / 1e6
  const stderr = result.stderr.trim().split('\n')
  const rssMiB = TIME ? Number(stderr.pop()) / 1024 : NaN
  const outputs = readOutputs(env.GITHUB_OUTPUT)
  rmSync(dir, { recursive: true, force: true })
  const ok = result.status === 0 && (mode !== 'safety-gate' || outputs.allowed === 'true')
  const counts = ['add', 'change', 'destroy', 'replace'].map(kind => outputs[`resources_to_${kind}`] ?? '?')
  return { mode, ms, rssMiB, counts: counts.join('/'), failure: ok ? undefined : describeFailure(result) }
}

function describeFailure(result) {
  const lines = `${result.stdout ?? ''}${result.stderr ?? ''}`.trim().split('\n')
  const error = lines.find(line => line.startsWith('::error')) ?? lines.slice(-2).join(' / ')
  return `exit ${result.status}: ${error.slice(0, 200)}`
}
