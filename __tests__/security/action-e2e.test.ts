/**
 * End to end through the bundled action (`node index.js`), as the runner runs it: the
 * sensitive fixture and a hostile plan in plan mode (posting its PR comment to the loopback fake
 * GitHub) and in safety-gate mode. No secret may reach stdout, stderr, outputs, the summary, the
 * report file or the comment; hostile text must not forge a command or an output.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startFakeGitHub, type FakeGitHub } from '../helpers/fake-github.js'
import { REPO_ROOT, runAction, type ActionRun } from '../helpers/run-action.js'
import { documentHazards } from '../render/markdown-checks.js'
import { forgedCommands, hostilePlan, KNOWN_OUTPUTS } from './hostile-plan.js'
import { leakedSecrets, secretsOf } from './secret-oracle.js'

const SENSITIVE = join(REPO_ROOT, '__fixtures__', 'plans', 'sensitive.json')
const secrets = secretsOf(JSON.parse(readFileSync(SENSITIVE, 'utf8')))
const scratch = mkdtempSync(join(tmpdir(), 'infra-guard-e2e-security-'))
const HOSTILE = join(scratch, 'hostile.json')
let github: FakeGitHub
let pr = 0

beforeAll(async () => {
  writeFileSync(HOSTILE, JSON.stringify(hostilePlan()))
  github = await startFakeGitHub()
})
afterAll(async () => {
  await github?.stop()
  rmSync(scratch, { recursive: true, force: true })
})

/** Runs plan mode with a PR to comment on; returns the run and the comment body the fake received. */
async function planWithComment(planJson: string): Promise<{ run: ActionRun; comment: string | undefined }> {
  const number = 100 + ++pr
  github.repo('acme', 'infra').addPullRequest({ number })
  const run = await runAction({
    inputs: {
      mode: 'plan',
      plan_json: planJson,
      environment: 'prod',
      github_token: 'test-token',
      pr_number: String(number)
    },
    env: {
      GITHUB_API_URL: github.url,
      GITHUB_REPOSITORY: 'acme/infra',
      GITHUB_SHA: 'a'.repeat(40),
      GITHUB_RUN_ID: '1'
    }
  })
  const comment = [...github.repo('acme', 'infra').comments.values()].find(
    c => c.issueNumber === number
  )?.body
  return { run, comment }
}

/** Everything a run exposes, with the ::add-mask:: lines the runner consumes removed from stdout. */
function exposed(run: ActionRun, extra: Record<string, string | undefined> = {}): Record<string, string> {
  const texts: Record<string, string> = {
    stdout: run.stdout
      .split('\n')
      .filter(line => !line.startsWith('::add-mask::'))
      .join('\n'),
    stderr: run.stderr,
    summary: run.summary,
    outputs: JSON.stringify(run.outputs)
  }
  if (run.outputs.summary_markdown) texts.reportFile = readFileSync(run.outputs.summary_markdown, 'utf8')
  for (const [name, text] of Object.entries(extra)) if (text !== undefined) texts[name] = text
  return texts
}

function expectNoSecrets(texts: Record<string, string>): void {
  const leaks = Object.entries(texts)
    .map(([name, text]) => ({ name, leaked: leakedSecrets(text, secrets) }))
    .filter(entry => entry.leaked.length > 0)
  expect(leaks).toEqual([])
}

describe('the sensitive fixture through node index.js', () => {
  it('plan mode: no secret in stdout, stderr, outputs, summary, report file or PR comment; every machine-like secret masked', async () => {
    const { run, comment } = await planWithComment(SENSITIVE)
    expect(run.exitCode).toBe(0)
    expect(comment).toBeDefined()
    expectNoSecrets(exposed(run, { comment }))
    // The runner masks a value in every line of the job, the action's own words included (N2): only
    // machine-like secrets are registered; the others are never printed (expectNoSecrets above).
    for (const secret of secrets) {
      const machineLike =
        secret.length >= 8 && !/\s/.test(secret) && /\p{L}/u.test(secret) && /\d/.test(secret)
      expect({ secret, masked: run.stdout.includes(`::add-mask::${secret}`) }).toEqual({
        secret,
        masked: machineLike
      })
    }
  }, 120_000)

  it.each(['prod', 'dev'])(
    'safety-gate in %s: no secret anywhere; the verdict is an output',
    async environment => {
      const run = await runAction({ inputs: { mode: 'safety-gate', plan_json: SENSITIVE, environment } })
      expect(['true', 'false']).toContain(run.outputs.allowed)
      expectNoSecrets(exposed(run))
    },
    120_000
  )
})

describe('a hostile plan through node index.js', () => {
  it('plan mode: summary and PR comment are inert Markdown, stdout forges no command, no output is injected', async () => {
    const { run, comment } = await planWithComment(HOSTILE)
    expect(run.exitCode).toBe(0)
    expect(forgedCommands(run.stdout)).toEqual([])
    expect(Object.keys(run.outputs).filter(name => !KNOWN_OUTPUTS.has(name))).toEqual([])
    expect(documentHazards(run.summary)).toEqual([])
    expect(comment).toBeDefined()
    const marker = comment!.split('\n')[0]
    expect(marker).toMatch(/^<!-- infra-guard:plan .* -->$/)
    expect(documentHazards(comment!, marker)).toEqual([])
    expect(JSON.parse(run.outputs.risk_reasons)).toBeInstanceOf(Array)
  }, 120_000)

  it('safety-gate in prod: denied (it deletes), the deny names the addresses inertly, outputs are not forged', async () => {
    const run = await runAction({ inputs: { mode: 'safety-gate', plan_json: HOSTILE, environment: 'prod' } })
    expect(run.exitCode).toBe(1)
    expect(run.outputs.allowed).toBe('false')
    expect(forgedCommands(run.stdout)).toEqual([])
    expect(Object.keys(run.outputs).filter(name => !KNOWN_OUTPUTS.has(name))).toEqual([])
    expect(documentHazards(run.summary)).toEqual([])
    const reasons = JSON.parse(run.outputs.gate_reasons) as {
      rule: string
      severity: string
      addresses: string[]
    }[]
    const guard = reasons.find(reason => reason.rule === 'prod-destroy-guard')
    expect(guard?.severity).toBe('deny')
    // Addresses survive intact in the JSON output (they are data there, escaped by JSON itself).
    expect(guard?.addresses.some(address => address.includes('FORGED'))).toBe(true)
  }, 120_000)
})
