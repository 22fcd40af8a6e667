/**
 * The world the example workflows run in for the end-to-end scenarios: a fixture monorepo laid out
 * as the examples assume (root modules environments/dev, staging and prod, each calling the shared
 * module modules/app, which is the demo module, with its values in terraform.tfvars; the example
 * policy in .github/infra-guard.yml; the example workflows in .github/workflows/), a state folder
 * shared by every job (standing in for a remote backend), "yesterday's" infrastructure applied in
 * each environment, the loopback GitHub and results services, and a loopback service for health
 * checks. The action's clock is faked to an ordinary working day (__tests__/helpers/fake-clock.mjs).
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { startFakeGitHub, type FakeGitHub } from '../helpers/fake-github.js'
import { startArtifactStack, type ArtifactStack } from '../helpers/fake-results-service.js'
import {
  FixtureRepository,
  REPO_ROOT,
  runWorkflow,
  type RunOptions,
  type WorkflowRun
} from '../workflows/runner/index.js'

export const ENVIRONMENTS = ['dev', 'staging', 'prod'] as const
export type Environment = (typeof ENVIRONMENTS)[number]
/** Tuesday 17 November 2026, 10:00 in Seoul: an ordinary working day for the example policy. */
export const ORDINARY_DAY = '2026-11-17T01:00:00Z'

/** The infrastructure as it runs today: three replicas, database schema 1. */
export const YESTERDAY = { replicas: ['blue', 'green', 'canary'], schemaVersion: '1' }
/** A destructive change: the canary replica removed (delete) and the schema bumped (database replaced). */
export const DESTRUCTIVE = { replicas: ['blue', 'green'], schemaVersion: '2' }

const EXAMPLES = join(REPO_ROOT, 'examples')

/** An empty terraform CLI config, so terraform stays quiet about ~/.terraformrc. */
function terraformEnv(dir: string): NodeJS.ProcessEnv {
  const config = join(dir, 'empty.tfrc')
  writeFileSync(config, '')
  return {
    ...process.env,
    CHECKPOINT_DISABLE: '1',
    TF_CLI_CONFIG_FILE: config,
    TF_IN_AUTOMATION: '1',
    NODE_OPTIONS: ''
  }
}

export interface Scenario {
  repo: FixtureRepository
  github: FakeGitHub
  stack: ArtifactStack
  /** Answers GET /health with {"status":"ok"} while `healthy` is true, 503 otherwise. */
  health: { url: string; healthy: boolean; requests: number }
  /** The shared state folder (one <environment>.tfstate per environment, the local backend's path). */
  stateDir: string
  /** An environment's terraform.tfvars with these values (as committed to the repository). */
  varFile(values: typeof YESTERDAY): string
  /** Applies `values` to an environment from outside any workflow (a laptop, yesterday). */
  applyOutside(environment: Environment, values: typeof YESTERDAY): void
  /** An environment's resources in state (module.app.…): address → id (terraform_data gets a new id when replaced). */
  state(environment: Environment): Record<string, string>
  /** Runs a workflow of the fixture repository with the scenario's services and clock. */
  run(options: Pick<RunOptions, 'workflow' | 'event'> & Partial<RunOptions>): Promise<WorkflowRun>
  stop(): Promise<void>
}

/** Builds the fixture and starts the services; call stop() in afterAll. */
export async function startScenario(): Promise<Scenario> {
  const [github, stack] = await Promise.all([startFakeGitHub(), startArtifactStack()])
  const health = { url: '', healthy: true, requests: 0 }
  const server: Server = createServer((req, res) => {
    health.requests++
    const ok = health.healthy && req.url === '/health'
    res.writeHead(ok ? 200 : 503, { 'content-type': 'application/json' })
    res.end(JSON.stringify({ status: ok ? 'ok' : 'down' }))
  })
  await new Promise<void>(done => server.listen(0, '127.0.0.1', done))
  health.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/health`
  const stopServices = async () => {
    server.closeAllConnections()
    await new Promise<void>(done => server.close(() => done()))
    await Promise.all([github.stop(), stack.stop()])
  }
  try {
    return buildScenario(github, stack, health, stopServices)
  } catch (error) {
    await stopServices()
    throw error
  }
}

function buildScenario(
  github: FakeGitHub,
  stack: ArtifactStack,
  health: Scenario['health'],
  stopServices: () => Promise<void>
): Scenario {
  const work = mkdtempSync(join(tmpdir(), 'infra-guard-scenario-'))
  const stateDir = join(work, 'state')
  const env = terraformEnv(work)
  // Formatted by terraform itself, so the validate step's fmt check passes.
  const fmt = (lines: string[]) =>
    execFileSync('terraform', ['fmt', '-'], { env, encoding: 'utf8', input: [...lines, ''].join('\n') })
  const varFile = (values: typeof YESTERDAY) =>
    fmt([
      `replicas = ${JSON.stringify(values.replicas)}`,
      `schema_version = "${values.schemaVersion}"`,
      `web_url = "${health.url}"`
    ])
  const workflows = Object.fromEntries(
    readdirSync(join(EXAMPLES, 'workflows')).map(name => [
      `.github/workflows/${name}`,
      readFileSync(join(EXAMPLES, 'workflows', name), 'utf8')
    ])
  )
  const environmentFiles = (environment: Environment) => ({
    [`environments/${environment}/main.tf`]: ROOT_MODULE,
    // A backend whose state every job shares, as a remote backend would.
    [`environments/${environment}/backend.tf`]: fmt([
      'terraform {',
      '  backend "local" {',
      `    path = "${join(stateDir, `${environment}.tfstate`)}"`,
      '  }',
      '}'
    ]),
    [`environments/${environment}/terraform.tfvars`]: varFile(YESTERDAY)
  })
  const repo = FixtureRepository.create({
    ...workflows,
    '.github/infra-guard.yml': readFileSync(join(EXAMPLES, 'infra-guard.yml'), 'utf8'),
    'README.md': '# Platform infrastructure\n',
    'modules/app/main.tf': readFileSync(join(EXAMPLES, 'demo', 'main.tf'), 'utf8'),
    ...Object.assign({}, ...ENVIRONMENTS.map(environmentFiles))
  })
  const terraform = (environment: Environment, args: string[]) =>
    execFileSync('terraform', args, {
      cwd: join(repo.dir, 'environments', environment),
      env,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe']
    })
  /** terraform init in an environment's folder, `use`, then the folder as the checkout had it. */
  const initialised = <T>(environment: Environment, use: () => T): T => {
    terraform(environment, ['init', '-input=false'])
    try {
      return use()
    } finally {
      rmSync(join(repo.dir, 'environments', environment, '.terraform'), { recursive: true, force: true })
      rmSync(join(repo.dir, 'environments', environment, '.terraform.lock.hcl'), { force: true })
    }
  }
  const applyOutside = (environment: Environment, values: typeof YESTERDAY) => {
    const file = join(work, `${environment}-outside.tfvars`)
    writeFileSync(file, varFile(values))
    initialised(environment, () =>
      terraform(environment, ['apply', '-input=false', '-auto-approve', `-var-file=${file}`])
    )
  }
  for (const environment of ENVIRONMENTS) applyOutside(environment, YESTERDAY)
  const clock = pathToFileURL(join(REPO_ROOT, '__tests__', 'helpers', 'fake-clock.mjs')).href
  const runs: WorkflowRun[] = []

  return {
    repo,
    github,
    stack,
    health,
    stateDir,
    varFile,
    applyOutside,
    state: environment =>
      initialised(environment, () => {
        const shown = JSON.parse(terraform(environment, ['show', '-json'])) as {
          values?: { root_module?: { child_modules?: { resources?: StateResource[] }[] } }
        }
        const resources = (shown.values?.root_module?.child_modules ?? []).flatMap(
          module => module.resources ?? []
        )
        return Object.fromEntries(resources.map(resource => [resource.address, resource.values.id]))
      }),
    run: async options => {
      const run = await runWorkflow({
        repository: repo,
        githubApiUrl: github.url,
        artifacts: stack,
        actionNodeOptions: `--import ${clock}`,
        ...options,
        env: { FAKE_CLOCK_AT: ORDINARY_DAY, ...options.env }
      })
      runs.push(run)
      return run
    },
    stop: async () => {
      for (const run of runs) run.cleanup()
      await stopServices()
      repo.remove()
      rmSync(work, { recursive: true, force: true })
    }
  }
}

interface StateResource {
  address: string
  values: { id: string }
}

/** Each environment's root module: the shared app module with the environment's values. */
const ROOT_MODULE = `terraform {
  required_version = ">= 1.5.0"
}

variable "replicas" {
  description = "App replicas to run."
  type        = set(string)
}

variable "schema_version" {
  description = "Bumping it replaces the database."
  type        = string
}

variable "web_url" {
  description = "Where post-deploy checks the service."
  type        = string
}

module "app" {
  source         = "../../modules/app"
  replicas       = var.replicas
  schema_version = var.schema_version
}

output "app_names" {
  value = module.app.app_names
}

output "web_url" {
  value = var.web_url
}
`

/** Every annotation message of a job, one per line (what GitHub shows on the run page). */
export function annotationsOf(run: WorkflowRun, job: string): string {
  return run
    .job(job)
    .annotations.map(annotation => `${annotation.level}: ${annotation.message}`)
    .join('\n')
}
