/**
 * Shared pieces of the policy end-to-end tests (issue 5): policy files in a temp folder, the bundle
 * run with a faked clock (a preload the test adds to the bundle's process, so the action reads the
 * time through `new Date()` as usual, with no injected time), realistic Infracost JSON, and readers
 * for the gate's JSON outputs.
 */
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { REPO_ROOT, runAction, type ActionRun } from '../helpers/run-action.js'

export const PLANS = join(REPO_ROOT, '__fixtures__', 'plans')
export const ATTRIBUTES_PLAN = join(REPO_ROOT, '__tests__', 'policy', 'fixtures', 'attributes.json')
export const EXAMPLE_POLICY = join(REPO_ROOT, 'examples', 'infra-guard.yml')

/** A real plan under __fixtures__/plans. */
export function fixture(name: string): string {
  return join(PLANS, `${name}.json`)
}

/** A fresh scratch folder for one test file. */
export function scratchDir(label: string): string {
  return mkdtempSync(join(tmpdir(), `infra-guard-${label}-`))
}

/** Writes `text` to `dir/name` and returns the path. */
export function writeText(dir: string, name: string, text: string): string {
  const path = join(dir, name)
  writeFileSync(path, text)
  return path
}

/** The preload that fakes the bundle's clock (__tests__/helpers/fake-clock.mjs). */
export const FAKE_CLOCK = join(REPO_ROOT, '__tests__', 'helpers', 'fake-clock.mjs')

export interface GateOptions {
  /** The instant the action sees as now: ISO 8601 with an explicit zone, e.g. `2026-11-26T16:59:00+09:00`. */
  at?: string
  env?: Record<string, string>
  cwd?: string
}

/** Runs `mode` (safety-gate unless given) through the bundle, with its clock at `at` when given. */
export function runGate(inputs: Record<string, string>, options: GateOptions = {}): Promise<ActionRun> {
  return runAction({
    inputs: { mode: 'safety-gate', ...inputs },
    env: options.at ? { ...options.env, FAKE_CLOCK_AT: options.at } : options.env,
    cwd: options.cwd,
    command: options.at ? [process.execPath, '--import', FAKE_CLOCK] : undefined
  })
}

/** One entry of the gate_reasons / policy_violations outputs. */
export interface Finding {
  rule: string
  severity: 'pass' | 'warn' | 'deny'
  addresses: string[]
  message: string
  remedy?: string
}

/** The gate_reasons output (every finding, passes included). */
export function gateReasons(run: ActionRun): Finding[] {
  return JSON.parse(run.outputs.gate_reasons ?? 'null') as Finding[]
}

/** The policy_violations output (warn and deny findings). */
export function violations(run: ActionRun): Finding[] {
  return JSON.parse(run.outputs.policy_violations ?? 'null') as Finding[]
}

/** The finding of `rule` in gate_reasons; throws with the list when there is none. */
export function finding(run: ActionRun, rule: string): Finding {
  const found = gateReasons(run).find(item => item.rule === rule)
  if (!found) throw new Error(`No finding '${rule}' in gate_reasons: ${run.outputs.gate_reasons}`)
  return found
}

/** Rule ids of the deny findings, sorted. */
export function denials(run: ActionRun): string[] {
  return gateReasons(run)
    .filter(item => item.severity === 'deny')
    .map(item => item.rule)
    .sort()
}

/** The `::warning::` annotation lines the runner would show. */
export function warningAnnotations(run: ActionRun): string[] {
  return run.stdout.split('\n').filter(line => line.startsWith('::warning'))
}

/** One priced resource: monthly cost before and after the change (null = not in that state). */
export interface PricedResource {
  name: string
  resourceType: string
  before: number | null
  after: number | null
  /** What Infracost prices, e.g. `Database instance (on-demand, Single-AZ, db.r6g.large)`. */
  component: string
}

const HOURS_PER_MONTH = 730

/**
 * An Infracost `diff --format json` document (schema version 0.2) for one project: past and new
 * breakdowns, the diff, per-resource cost components, money as decimal text as Infracost writes it.
 * With `breakdownOnly` it is a `breakdown` document without past costs.
 */
export function infracostJson(
  resources: PricedResource[],
  options: { currency?: string; project?: string; breakdownOnly?: boolean } = {}
): string {
  const project = options.project ?? 'acme/platform/environments/prod'
  const money = (value: number): string => String(Math.round(value * 1e6) / 1e6)
  const resource = (item: PricedResource, monthly: number) => ({
    name: item.name,
    resourceType: item.resourceType,
    tags: {},
    metadata: { calls: [], filename: 'main.tf' },
    hourlyCost: money(monthly / HOURS_PER_MONTH),
    monthlyCost: money(monthly),
    costComponents: [
      {
        name: item.component,
        unit: 'hours',
        hourlyQuantity: '1',
        monthlyQuantity: String(HOURS_PER_MONTH),
        price: money(monthly / HOURS_PER_MONTH),
        hourlyCost: money(monthly / HOURS_PER_MONTH),
        monthlyCost: money(monthly)
      }
    ]
  })
  const section = (pick: (item: PricedResource) => number | null) => {
    const priced = resources.flatMap(item => {
      const monthly = pick(item)
      return monthly === null ? [] : [resource(item, monthly)]
    })
    const total = priced.reduce((sum, item) => sum + Number(item.monthlyCost), 0)
    return {
      resources: priced,
      totalHourlyCost: money(total / HOURS_PER_MONTH),
      totalMonthlyCost: money(total),
      totalMonthlyUsageCost: '0'
    }
  }
  const past = section(item => item.before)
  const now = section(item => item.after)
  const diff = section(item =>
    (item.after ?? 0) - (item.before ?? 0) === 0 ? null : (item.after ?? 0) - (item.before ?? 0)
  )
  const summary = { totalDetectedResources: resources.length, totalSupportedResources: resources.length }
  const base = {
    version: '0.2',
    metadata: {
      infracostCommand: options.breakdownOnly ? 'breakdown' : 'diff',
      vcsBranch: 'feature/bigger-db',
      vcsCommitSha: 'f00dfacecafe0000000000000000000000000000'
    },
    currency: options.currency ?? 'USD',
    timeGenerated: '2026-11-26T07:30:00Z',
    summary
  }
  if (options.breakdownOnly) {
    return JSON.stringify({
      ...base,
      projects: [{ name: project, metadata: { path: 'environments/prod' }, breakdown: now, summary }],
      totalHourlyCost: now.totalHourlyCost,
      totalMonthlyCost: now.totalMonthlyCost
    })
  }
  return JSON.stringify({
    ...base,
    projects: [
      {
        name: project,
        metadata: { path: 'environments/prod', type: 'terraform_plan_json' },
        pastBreakdown: past,
        breakdown: now,
        diff,
        summary
      }
    ],
    totalHourlyCost: now.totalHourlyCost,
    totalMonthlyCost: now.totalMonthlyCost,
    pastTotalHourlyCost: past.totalHourlyCost,
    pastTotalMonthlyCost: past.totalMonthlyCost,
    diffTotalHourlyCost: diff.totalHourlyCost,
    diffTotalMonthlyCost: money(Number(now.totalMonthlyCost) - Number(past.totalMonthlyCost))
  })
}

/** A typical "bigger database" change: monthly +742.16 USD (db.t3.medium → db.r6g.2xlarge, plus storage). */
export const BIGGER_DATABASE: PricedResource[] = [
  {
    name: 'aws_db_instance.db',
    resourceType: 'aws_db_instance',
    before: 52.56,
    after: 757.01,
    component: 'Database instance (on-demand, Multi-AZ, db.r6g.2xlarge)'
  },
  {
    name: 'aws_instance.web',
    resourceType: 'aws_instance',
    before: 60.74,
    after: 98.45,
    component: 'Instance usage (Linux/UNIX, on-demand, m6i.large)'
  },
  {
    name: 'aws_s3_bucket.logs',
    resourceType: 'aws_s3_bucket',
    before: 0,
    after: 0,
    component: 'Standard storage'
  }
]
