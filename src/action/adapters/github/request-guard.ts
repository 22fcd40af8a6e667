/**
 * Two small Octokit plugins that sit around @octokit/plugin-throttling and @octokit/plugin-retry:
 *
 *   outer( retry( throttling( inner( fetch ) ) ) )
 *
 * `outer` gives each call a total time budget and turns whatever finally fails into a GitHubApiError.
 * `inner` sees every single attempt: it treats an unreadable (truncated) body as a retryable failure,
 * waits out a plain 429's Retry-After (the throttling plugin only knows GitHub's own rate-limit
 * answers), refuses to repeat a POST whose outcome is unknown, and stops retries once the budget is spent.
 */
import type { Octokit } from '@octokit/core'
import { GitHubApiError } from '../../../errors.js'
import { describeFailure, type FailedCall } from './api-error.js'

/** Resolved client settings, passed to the plugins through the Octokit constructor options. */
export interface GuardSettings {
  apiUrl: string
  requestTimeoutMs: number
  totalTimeoutMs: number
  maxRetries: number
  retryBaseMs: number
  maxRetryAfterSeconds: number
  log: { warn(message: string): void; debug(message: string): void }
}

type RequestOptions = FailedCall & { request?: Record<string, unknown> }
type Request = (options: RequestOptions) => Promise<{ status: number; data: unknown; headers: object }>
interface HttpFailure {
  status?: number
  message: string
  request?: unknown
  response?: { status: number; headers: Record<string, string | undefined>; data: unknown }
}

/** Methods that can safely be sent twice; a POST whose answer was lost might have created something. */
const REPEATABLE = new Set(['GET', 'HEAD', 'PUT', 'PATCH', 'DELETE'])

/** Deadline of each call, keyed by the options object that every attempt of the call shares. */
const deadlines = new WeakMap<object, number>()

const settingsByClient = new WeakMap<object, GuardSettings>()

function inner(octokit: Octokit): void {
  octokit.hook.wrap('request', async (request, options) => {
    const settings = settingsByClient.get(octokit)
    if (!settings) return request(options)
    return attempt(
      settings,
      request as unknown as Request,
      options as unknown as RequestOptions
    ) as ReturnType<typeof request>
  })
}

async function attempt(settings: GuardSettings, request: Request, options: RequestOptions): Promise<unknown> {
  const deadline = deadlines.get(options) ?? Number.POSITIVE_INFINITY
  for (let plain429Retries = 0; ; plain429Retries++) {
    try {
      const response = await request(options)
      if (response.status !== 204 && (typeof response.data !== 'object' || response.data === null)) {
        // No `response` on purpose: nothing usable came back, so this counts as an unanswered request.
        throw Object.assign(new Error(`the answer (HTTP ${response.status}) was cut off or is not JSON`), {
          status: 502,
          request: options
        })
      }
      return response
    } catch (error) {
      const failure = error as HttpFailure
      const status = failure.status ?? 500
      if (status >= 500) {
        const unanswered = failure.response === undefined
        if (Date.now() >= deadline) {
          throw new GitHubApiError(
            describeFailure(failure, options, settings, `gave up after ${settings.totalTimeoutMs} ms`),
            failure.response?.status
          )
        }
        if (unanswered && !REPEATABLE.has(options.method.toUpperCase())) {
          throw new GitHubApiError(
            describeFailure(
              failure,
              options,
              settings,
              'not repeated, because GitHub may already have acted on it'
            ),
            failure.response?.status
          )
        }
        throw error
      }
      const waitMs =
        status === 429 && !isGitHubRateLimit(failure)
          ? plain429Wait(settings, failure, plain429Retries)
          : undefined
      if (waitMs === undefined || plain429Retries >= settings.maxRetries || Date.now() + waitMs >= deadline)
        throw error
      settings.log.warn(
        `GitHub API answered 429 to ${options.method} ${options.url}; retrying in ${Math.round(waitMs / 1000)} s`
      )
      await new Promise(resolve => setTimeout(resolve, waitMs))
    }
  }
}

/** GitHub's own rate-limit answers, which the throttling plugin handles. */
function isGitHubRateLimit(failure: HttpFailure): boolean {
  return (
    /\bsecondary rate\b/i.test(failure.message) || failure.response?.headers['x-ratelimit-remaining'] === '0'
  )
}

/** Milliseconds to wait before repeating a plain 429: its Retry-After, or the usual backoff. */
function plain429Wait(settings: GuardSettings, failure: HttpFailure, retries: number): number | undefined {
  const header = failure.response?.headers['retry-after']
  if (header === undefined) return (retries + 1) ** 2 * settings.retryBaseMs
  const seconds = /^\d+$/.test(header.trim()) ? Number(header) : (Date.parse(header) - Date.now()) / 1000
  if (!Number.isFinite(seconds) || seconds > settings.maxRetryAfterSeconds) return undefined
  return Math.max(0, seconds) * 1000
}

function outer(octokit: Octokit): void {
  octokit.hook.wrap('request', async (request, options) => {
    const settings = settingsByClient.get(octokit)
    if (!settings) return request(options)
    deadlines.set(options, Date.now() + settings.totalTimeoutMs)
    const budget = AbortSignal.timeout(settings.totalTimeoutMs)
    const callerSignal = options.request?.signal
    options.request = {
      ...options.request,
      signal: callerSignal ? AbortSignal.any([callerSignal, budget]) : budget
    }
    try {
      return await request(options)
    } catch (error) {
      if (error instanceof GitHubApiError) throw error
      const failure = error as HttpFailure
      throw new GitHubApiError(
        describeFailure(failure, options as unknown as RequestOptions, settings),
        failure.response?.status
      )
    }
  })
}

/** Milliseconds left in the budget of the call these options belong to (Infinity outside a guarded call). */
export function remainingBudgetMs(options: object): number {
  return (deadlines.get(options) ?? Number.POSITIVE_INFINITY) - Date.now()
}

/** The plugins, plus the hook that hands a client its settings. */
export const guardRequests = {
  inner,
  outer,
  configure(client: object, settings: GuardSettings): void {
    settingsByClient.set(client, settings)
  }
}
