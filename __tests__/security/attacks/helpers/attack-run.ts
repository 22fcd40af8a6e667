/**
 * Runs the bundled action (`node dist/index.js`) as one step of a workflow run the attacker shaped:
 * the event (name, payload, ref), inputs, and a workspace holding the attacker's files. Collects
 * what the runner would make of the log (see runner-log.ts) and everything the run exposes to
 * people who can read the repository's runs, so tests can look for leaks and forgeries everywhere.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { FakeGitHub } from '../../../helpers/fake-github.js'
import { runAction, type ActionRun } from '../../../helpers/run-action.js'
import { readRunnerLog, type RunnerView } from './runner-log.js'

export const OWNER = 'acme'
export const REPO = 'infra'
export const SHA = 'c0ffee'.padEnd(40, '0')
/** The token every run uses; the fake GitHub treats unknown tokens as the app `github-actions[bot]`. */
export const TOKEN = 'ghs_attack_suite_installation_token'

export interface StepEvent {
  /** GITHUB_EVENT_NAME. */
  name: string
  /** The payload file GITHUB_EVENT_PATH points to. */
  payload?: Record<string, unknown>
  /** GITHUB_REF (default: refs/heads/main, or refs/pull/N/merge for pull_request). */
  ref?: string
  /** GITHUB_BASE_REF (set by the runner for pull_request events only). */
  baseRef?: string
}

export interface StepOptions {
  inputs: Record<string, string>
  /** GITHUB_WORKSPACE and the step's working folder. */
  workspace: string
  github?: FakeGitHub
  event?: StepEvent
  /** Shortcut for a pull_request event of this number against `main`. */
  pr?: number
  env?: Record<string, string>
  /** The run is killed after this long (a hang then shows as exit code -1). */
  timeoutMs?: number
}

export interface AttackRun extends ActionRun {
  /** The runner's reading of stdout then stderr. */
  view: RunnerView
  /** The report file named by the summary_markdown output, read before the run's folder was removed. */
  reportFile?: string
}

let events = 0

/** The pull_request payload GitHub sends for PR `number` against `main`. */
export function pullRequestEvent(number: number, extra: Record<string, unknown> = {}): StepEvent {
  return {
    name: 'pull_request',
    ref: `refs/pull/${number}/merge`,
    baseRef: 'main',
    payload: {
      action: 'synchronize',
      number,
      pull_request: {
        number,
        title: 'Harmless refactor',
        base: { ref: 'main' },
        head: { ref: `feature-${number}` },
        ...extra
      },
      repository: { full_name: `${OWNER}/${REPO}`, default_branch: 'main' }
    }
  }
}

/** Runs one step and reads its log the way the runner would. */
export async function runStep(options: StepOptions): Promise<AttackRun> {
  const event = options.event ?? (options.pr ? pullRequestEvent(options.pr) : { name: 'push' })
  const env: Record<string, string> = {
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_REPOSITORY: `${OWNER}/${REPO}`,
    GITHUB_SHA: SHA,
    GITHUB_RUN_ID: '777',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_WORKSPACE: options.workspace,
    GITHUB_EVENT_NAME: event.name,
    GITHUB_REF: event.ref ?? 'refs/heads/main',
    GITHUB_ACTOR: 'mallory'
  }
  if (event.baseRef !== undefined) env.GITHUB_BASE_REF = event.baseRef
  if (options.github) env.GITHUB_API_URL = options.github.url
  if (event.payload) {
    const path = join(options.workspace, `.event-${process.pid}-${++events}.json`)
    writeFileSync(path, JSON.stringify(event.payload))
    env.GITHUB_EVENT_PATH = path
  }
  const run = await runAction({
    inputs: { github_token: TOKEN, ...options.inputs },
    env: { ...env, ...options.env },
    cwd: options.workspace,
    timeoutMs: options.timeoutMs ?? 60_000
  })
  let reportFile: string | undefined
  try {
    if (run.outputs.summary_markdown) reportFile = readFileSync(run.outputs.summary_markdown, 'utf8')
  } catch {
    // no report written
  }
  rmSync(run.tempDir, { recursive: true, force: true })
  return { ...run, reportFile, view: readRunnerLog(run.stdout, run.stderr) }
}

/**
 * Everything a run exposes, by where: the log as shown (stdout and stderr, executed add-mask lines
 * hidden, but add-mask lines printed after a stop-commands shown, as the runner shows them), each
 * output, the job summary, the report file, and any extra texts (comment and issue bodies, files).
 */
export function exposedTexts(
  run: ActionRun & { view: RunnerView },
  extra: Record<string, string | undefined> = {}
) {
  const texts: Record<string, string> = { log: run.view.visible.join('\n'), summary: run.summary }
  for (const [name, value] of Object.entries(run.outputs)) texts[`output ${name}`] = value
  if (run.outputs.summary_markdown) {
    try {
      texts['report file'] = readFileSync(run.outputs.summary_markdown, 'utf8')
    } catch {
      // the report path may point into a folder the run removed; nothing to read then
    }
  }
  for (const [name, text] of Object.entries(extra)) if (text !== undefined) texts[name] = text
  return texts
}

/** Where each secret shows up, raw or JSON-escaped. */
export function leaks(texts: Record<string, string>, secrets: string[]): string[] {
  const found: string[] = []
  for (const [where, text] of Object.entries(texts)) {
    for (const secret of secrets) {
      const escaped = JSON.stringify(secret).slice(1, -1)
      if (text.includes(secret) || text.includes(escaped)) found.push(`${where}: ${secret}`)
    }
  }
  return found
}

/**
 * Where a short secret stands as a whole value (not inside a longer run of letters and digits): the
 * guarantee for weak secrets, which two or three characters of unrelated text (a temp folder's random
 * name, a digest) could otherwise match by chance.
 */
export function leaksAsWholeValue(texts: Record<string, string>, secrets: string[]): string[] {
  const found: string[] = []
  for (const [where, text] of Object.entries(texts)) {
    for (const secret of secrets) {
      const escaped = secret.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&')
      if (new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'u').test(text))
        found.push(`${where}: ${secret}`)
    }
  }
  return found
}

/** The text of the `::error::` lines the run failed with, unescaped. */
export function errorText(run: AttackRun): string {
  return run.view.commands
    .filter(command => command.name === 'error')
    .map(command => command.data)
    .join('\n')
}

/** Parsed JSON output, or undefined when absent or not JSON. */
export function jsonOutput<T>(run: ActionRun, name: string): T | undefined {
  try {
    return JSON.parse(run.outputs[name]) as T
  } catch {
    return undefined
  }
}

/** Bodies of the comments on a pull request, oldest first, with their authors. */
export function commentsOn(github: FakeGitHub, pr: number): { id: number; author: string; body: string }[] {
  return github
    .repo(OWNER, REPO)
    .commentsOf(pr)
    .map(comment => ({ id: comment.id, author: comment.user.login, body: comment.body }))
}

/** Decodes numeric character references (what GitHub shows), keeping every other character as is. */
export function decodeReferences(markdown: string): string {
  return markdown.replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
}

/** The lines of one `### …` section of a report (from its heading to the next heading of the same level). */
export function reportSection(markdown: string, heading: RegExp): string[] {
  const lines = markdown.split('\n')
  const start = lines.findIndex(line => line.startsWith('### ') && heading.test(line))
  if (start < 0) return []
  const end = lines.findIndex((line, i) => i > start && /^#{1,3} /.test(line))
  return lines.slice(start, end < 0 ? undefined : end)
}

/**
 * Starts `work` for every key, at most `limit` at a time, and returns each key's promise at once, so a
 * describe block can start its independent runs in beforeAll and each test awaits its own. Most of a
 * run is spent waiting on the child process, so a few at a time finish much sooner than one by one.
 */
export function inParallel<K, V>(keys: K[], work: (key: K) => Promise<V>, limit = 4): Map<K, Promise<V>> {
  const results = new Map<K, Promise<V>>()
  let running = 0
  const queue: (() => void)[] = []
  const slot = (): Promise<void> =>
    running < limit ? (running++, Promise.resolve()) : new Promise<void>(resolve => queue.push(resolve))
  const release = (): void => {
    const next = queue.shift()
    if (next) next()
    else running--
  }
  for (const key of keys) {
    const promise = slot().then(() => work(key).finally(release))
    // A test that never awaits its result must not turn a failed run into an unhandled rejection.
    promise.catch(() => undefined)
    results.set(key, promise)
  }
  return results
}
