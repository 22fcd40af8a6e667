/**
 * Runs HTTP health checks with retries and exponential backoff under one overall time limit, and
 * records every attempt (time, duration, status or error). A library function: the mode logs and
 * reports what it returns; tests drive it against loopback servers.
 */
import {
  describeMatcher,
  matchesText,
  type Attempt,
  type CheckResult,
  type HealthCheck
} from '../../../parse/post-deploy-config.js'
import { describeError } from '../../../errors.js'

/** Longest wait between two attempts, however many retries doubled it. */
const MAX_BACKOFF_MS = 60_000
/** Body bytes read for expect_body; a health endpoint's answer is small. */
const MAX_BODY_CHARS = 1_000_000

/** A check whose URL is known (url_from_output already resolved). */
export interface ResolvedCheck extends HealthCheck {
  url: string
  /** How to show the URL: the URL itself, or a stand-in when it came from a sensitive output. */
  displayUrl: string
}

export interface RunChecksOptions {
  /** Overall time limit for all checks together. */
  totalTimeoutMs: number
  /** Called after every attempt (for the log). */
  onAttempt?: (check: ResolvedCheck, attempt: Attempt) => void
}

/** Runs the checks concurrently under one deadline; results keep the input order. */
export async function runHealthChecks(
  checks: ResolvedCheck[],
  options: RunChecksOptions
): Promise<CheckResult[]> {
  const deadline = Date.now() + options.totalTimeoutMs
  return Promise.all(checks.map(check => runHealthCheck(check, deadline, options.onAttempt)))
}

/** Runs one check until it passes, its retries are used up, or the deadline comes. */
async function runHealthCheck(
  check: ResolvedCheck,
  deadline: number,
  onAttempt?: RunChecksOptions['onAttempt']
): Promise<CheckResult> {
  const started = Date.now()
  const attempts: Attempt[] = []
  for (let number = 1; number <= check.retries + 1; number++) {
    const remaining = deadline - Date.now()
    if (remaining <= 0) {
      return finish(check, attempts, started, `total time limit reached after ${attempts.length} attempt(s)`)
    }
    const attempt = await attemptOnce(check, number, Math.min(check.timeoutSeconds * 1000, remaining))
    attempts.push(attempt)
    onAttempt?.(check, attempt)
    if (attempt.ok) return finish(check, attempts, started)
    if (number <= check.retries) {
      const wait = Math.min(check.intervalSeconds * 1000 * 2 ** (number - 1), MAX_BACKOFF_MS)
      if (Date.now() + wait >= deadline) {
        return finish(
          check,
          attempts,
          started,
          `${attempt.error}; total time limit reached before retry ${number}`
        )
      }
      await sleep(wait)
    }
  }
  return finish(check, attempts, started, attempts.at(-1)?.error)
}

function finish(check: ResolvedCheck, attempts: Attempt[], started: number, error?: string): CheckResult {
  const ok = attempts.at(-1)?.ok === true && error === undefined
  return {
    name: check.name,
    url: check.displayUrl,
    method: check.method,
    ok,
    attempts,
    durationMs: Date.now() - started,
    ...(ok ? {} : { error: error ?? 'no attempt was made' })
  }
}

async function attemptOnce(check: ResolvedCheck, number: number, timeoutMs: number): Promise<Attempt> {
  const startedAt = new Date().toISOString()
  const start = performance.now()
  const done = (fields: Omit<Attempt, 'attempt' | 'startedAt' | 'durationMs'>): Attempt => ({
    attempt: number,
    startedAt,
    durationMs: Math.round(performance.now() - start),
    ...fields
  })
  const signal = AbortSignal.timeout(Math.max(1, Math.round(timeoutMs)))
  try {
    const response = await fetch(check.url, {
      method: check.method,
      signal,
      redirect: 'follow',
      headers: { 'user-agent': 'infra-guard' }
    })
    const status = response.status
    const body =
      check.expectBody && check.method !== 'HEAD'
        ? (await response.text()).slice(0, MAX_BODY_CHARS)
        : undefined
    if (!check.expectBody) await response.body?.cancel()
    if (!check.expectStatus.includes(status)) {
      return done({
        status,
        ok: false,
        error: `status ${status}, expected ${check.expectStatus.join(' or ')}`
      })
    }
    if (check.expectBody && !matchesText(check.expectBody, body ?? '')) {
      return done({ status, ok: false, error: `body does not ${describeMatcher(check.expectBody)}` })
    }
    return done({ status, ok: true })
  } catch (error) {
    const timedOut = signal.aborted
    return done({
      ok: false,
      error: timedOut ? `no answer within ${formatSeconds(timeoutMs)}` : describeFetchError(error, check)
    })
  }
}

/** Node's fetch hides the reason in `cause`; the URL is replaced so a sensitive one never shows. */
function describeFetchError(error: unknown, check: ResolvedCheck): string {
  const outer = describeError(error)
  let text = outer.split(check.url).join(check.displayUrl)
  if (check.displayUrl !== check.url) {
    // A sensitive URL's host can appear on its own (DNS errors); hide it as well.
    const host = URL.canParse(check.url) ? new URL(check.url).host : ''
    if (host) text = text.split(host).join('(sensitive host)')
  }
  return text
}

function formatSeconds(ms: number): string {
  return `${Math.round(ms / 100) / 10}s`
}

function sleep(ms: number): Promise<void> {
  return new Promise(resolve => setTimeout(resolve, ms))
}
