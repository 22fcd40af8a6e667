/**
 * Environment resolution through the bundle, as the runner starts it (event payload, GITHUB_REF,
 * GITHUB_BASE_REF, no `environment` input): the cases the attack suite does not spell out
 * (__tests__/security/attacks/gate-bypass.test.ts has the merge queue with base_ref, a push to the
 * default branch, a tag push, overlapping claims and hostile names).
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  errorText,
  inParallel,
  runStep,
  type AttackRun,
  type StepEvent
} from '../security/attacks/helpers/attack-run.js'
import { makePlan, type RealPlan } from '../security/attacks/helpers/terraform.js'

const root = mkdtempSync(join(tmpdir(), 'infra-guard-environments-'))
let del: RealPlan
let workspaces = 0

beforeAll(() => {
  del = makePlan(root, {
    name: 'del',
    stage1:
      'resource "terraform_data" "a" {\n  input = "x"\n}\nresource "terraform_data" "b" {\n  input = "y"\n}\n',
    stage2: 'resource "terraform_data" "a" {\n  input = "x"\n}\n'
  })
}, 120_000)
afterAll(() => rmSync(root, { recursive: true, force: true }))

function workspace(policy?: string): string {
  const dir = join(root, `ws-${++workspaces}`)
  mkdirSync(join(dir, '.github'), { recursive: true })
  if (policy !== undefined) writeFileSync(join(dir, '.github', 'infra-guard.yml'), policy)
  return dir
}

interface Case {
  event: StepEvent
  policy?: string
  environment: string
  allowed: boolean
  /** Text the error must contain (policy errors). */
  error?: RegExp
}

const CASES: Record<string, Case> = {
  'a merge queue run whose payload has no base_ref: the base named in the queue branch': {
    event: {
      name: 'merge_group',
      ref: 'refs/heads/gh-readonly-queue/main/pr-9-0123456789abcdef0123456789abcdef01234567',
      payload: {
        merge_group: {
          head_ref: 'refs/heads/gh-readonly-queue/main/pr-9-0123456789abcdef0123456789abcdef01234567'
        }
      }
    },
    environment: 'prod',
    allowed: false
  },
  "a pull request into the default branch 'master' previews prod": {
    event: {
      name: 'pull_request',
      ref: 'refs/pull/4/merge',
      baseRef: 'master',
      payload: { number: 4, pull_request: { number: 4 }, repository: { default_branch: 'master' } }
    },
    environment: 'prod',
    allowed: false
  },
  'a push to a feature branch is dev': {
    event: { name: 'push', ref: 'refs/heads/feature/x', payload: { repository: { default_branch: 'main' } } },
    environment: 'dev',
    allowed: true
  },
  'a tag the policy gives to staging': {
    event: { name: 'push', ref: 'refs/tags/rc-3', payload: { repository: { default_branch: 'main' } } },
    policy: "environments:\n  staging:\n    tags: ['rc-*']\n",
    environment: 'staging',
    allowed: true
  },
  'a ref that is neither a branch nor a tag is prod': {
    event: { name: 'push', ref: 'refs/notes/commits' },
    environment: 'prod',
    allowed: false
  },
  'a policy alias with a zero-width space is a policy error naming its key': {
    event: { name: 'push', ref: 'refs/heads/feature/x' },
    policy: 'environments:\n  staging:\n    aliases: ["stg\\u200b"]\n',
    environment: 'dev',
    allowed: false,
    error: /'environments\.staging\.aliases\[0\]' contains the invisible character U\+200B/
  },
  "a policy giving staging the branch main (prod's) is a policy error": {
    event: { name: 'push', ref: 'refs/heads/main' },
    policy: 'environments:\n  staging:\n    branches: [main]\n',
    environment: 'prod',
    allowed: false,
    error: /claims 'main', which overlaps 'main' of environment/
  }
}

describe('the environment the gate resolves', () => {
  let runs: Map<string, Promise<AttackRun>>
  beforeAll(() => {
    runs = inParallel(Object.keys(CASES), name => {
      const { event, policy } = CASES[name]
      return runStep({
        workspace: workspace(policy),
        event,
        inputs: { mode: 'safety-gate', plan_json: del.planJson }
      })
    })
  })

  it.each(Object.keys(CASES))('%s', async name => {
    const expected = CASES[name]
    const run = await runs.get(name)!
    expect({
      environment: run.outputs.environment,
      allowed: run.outputs.allowed,
      exit: run.exitCode
    }).toEqual({
      environment: expected.environment,
      allowed: String(expected.allowed),
      exit: expected.allowed ? 0 : 1
    })
    if (expected.error) expect(errorText(run)).toMatch(expected.error)
  })
})
