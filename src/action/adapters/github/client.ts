/**
 * The one place that builds an Octokit. Every GitHub call the action makes goes through the client made
 * here, which adds retries with backoff (@octokit/plugin-retry), rate-limit handling
 * (@octokit/plugin-throttling), a per-request timeout, a total time budget per call, and turns failures
 * into GitHubApiError messages that say how to fix them.
 */
import * as log from '../../log.js'
import { GitHub, defaults, getOctokitOptions } from '@actions/github/lib/utils'
import { retry } from '@octokit/plugin-retry'
import { throttling } from '@octokit/plugin-throttling'
import { GitHubApiError } from '../../../errors.js'
import { guardRequests, remainingBudgetMs, type GuardSettings } from './request-guard.js'

/** How the client talks to GitHub. Only `token` and `apiUrl` are needed in production. */
export interface GitHubClientOptions {
  token: string
  /** REST API root: `GITHUB_API_URL` (https://api.github.com, or https://HOST/api/v3 on GitHub Enterprise Server). */
  apiUrl: string
  userAgent?: string
  /** Abort one HTTP attempt that has not completed after this long. Default 30 s. */
  requestTimeoutMs?: number
  /** Give up on one call (all its attempts and waits together) after this long. Default 120 s. */
  totalTimeoutMs?: number
  /** Retries after the first attempt, for 5xx, network failures and rate limits. Default 3. */
  maxRetries?: number
  /** Backoff unit: retry n waits n² × this. Default 1000 ms. */
  retryBaseMs?: number
  /** A Retry-After longer than this is not waited for; the call fails instead. Default 60 s. */
  maxRetryAfterSeconds?: number
  /** Throttling key; clients sharing it share GitHub's recommended pacing of writes. Default 'infra-guard'. */
  throttleId?: string
}

/** Octokit with REST methods, pagination, retry and throttling. */
const GuardedOctokit = GitHub.plugin(guardRequests.inner, throttling, retry, guardRequests.outer)

/** The client every function in the GitHub adapter takes. */
export type GitHubClient = InstanceType<typeof GuardedOctokit>

const DEFAULTS = {
  requestTimeoutMs: 30_000,
  totalTimeoutMs: 120_000,
  maxRetries: 3,
  retryBaseMs: 1000,
  maxRetryAfterSeconds: 60
}

/**
 * Builds the client. Throws GitHubApiError when the token or API URL is unusable, before any request.
 * Statuses 400, 401, 403 (other than rate limits), 404, 410, 422 and 451 are never retried: repeating
 * them cannot help and only delays the clear error.
 */
export function createGitHubClient(options: GitHubClientOptions): GitHubClient {
  if (!options.token) {
    throw new GitHubApiError(
      'No GitHub token: set the `github_token` input (default `${{ github.token }}`) to call the GitHub API'
    )
  }
  const baseUrl = normalizeApiUrl(options.apiUrl)
  const settings: GuardSettings = {
    ...DEFAULTS,
    ...definedOnly(options),
    apiUrl: baseUrl,
    log: { warn: message => log.warning(message), debug: message => log.debug(message) }
  }
  const baseFetch = (defaults.request?.fetch ?? globalThis.fetch) as typeof fetch
  const octokitOptions = getOctokitOptions(options.token, {
    baseUrl,
    userAgent: options.userAgent ?? 'infra-guard',
    request: { fetch: fetchWithTimeout(baseFetch, settings.requestTimeoutMs) },
    log: {
      debug: (message: string) => log.debug(message),
      info: (message: string) => log.debug(message),
      warn: (message: string) => log.debug(message),
      error: (message: string) => log.debug(message)
    },
    retry: {
      retries: settings.maxRetries,
      retryAfterBaseValue: settings.retryBaseMs,
      // 429 is left to the throttling plugin and the guard, which honour Retry-After.
      doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451]
    },
    throttle: {
      id: options.throttleId ?? 'infra-guard',
      onRateLimit: (
        retryAfter: number,
        request: { method: string; url: string },
        _o: unknown,
        count: number
      ) => shouldWaitForRateLimit(settings, 'rate limit', retryAfter, request, count),
      onSecondaryRateLimit: (
        retryAfter: number,
        request: { method: string; url: string },
        _o: unknown,
        count: number
      ) => shouldWaitForRateLimit(settings, 'secondary rate limit', retryAfter, request, count)
    }
  })
  const client = new GuardedOctokit(octokitOptions)
  guardRequests.configure(client, settings)
  return client
}

/** Accepts `https://ghe.example.com/api/v3/` as well as `.../api/v3`; rejects anything that is not http(s). */
function normalizeApiUrl(apiUrl: string): string {
  let url: URL
  try {
    url = new URL(apiUrl)
  } catch {
    throw new GitHubApiError(
      `GitHub API URL '${apiUrl}' is not a URL; GITHUB_API_URL should look like https://api.github.com or https://HOST/api/v3`
    )
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new GitHubApiError(`GitHub API URL '${apiUrl}' must use https (or http for a local server)`)
  }
  return url.toString().replace(/\/+$/, '')
}

function definedOnly(options: GitHubClientOptions): Partial<typeof DEFAULTS> {
  const picked: Partial<typeof DEFAULTS> = {}
  for (const key of Object.keys(DEFAULTS) as (keyof typeof DEFAULTS)[]) {
    const value = options[key]
    if (value !== undefined) {
      if (!Number.isFinite(value) || value < 0)
        throw new GitHubApiError(`GitHub client option ${key} must be ≥ 0`)
      picked[key] = value
    }
  }
  return picked
}

/** Rate limits: wait when GitHub's Retry-After fits in the call's budget, otherwise fail now with the reason. */
function shouldWaitForRateLimit(
  settings: GuardSettings,
  kind: string,
  retryAfterSeconds: number,
  request: { method: string; url: string },
  retryCount: number
): boolean {
  const wait =
    retryAfterSeconds <= settings.maxRetryAfterSeconds &&
    retryCount < settings.maxRetries &&
    retryAfterSeconds * 1000 < remainingBudgetMs(request)
  settings.log.warn(
    wait
      ? `GitHub API ${kind} hit on ${request.method} ${request.url}; retrying in ${retryAfterSeconds} s (retry ${retryCount + 1} of ${settings.maxRetries})`
      : `GitHub API ${kind} hit on ${request.method} ${request.url}; not waiting ${retryAfterSeconds} s (limit ${settings.maxRetryAfterSeconds} s, ${retryCount} retries done)`
  )
  return wait
}

/**
 * Each HTTP attempt gets its own timeout, so a server that accepts the connection and then says nothing
 * cannot hang the job. The timeout also covers reading the body.
 */
function fetchWithTimeout(baseFetch: typeof fetch, timeoutMs: number): typeof fetch {
  return async (input, init) => {
    const timeout = AbortSignal.timeout(timeoutMs)
    const signal = init?.signal ? AbortSignal.any([init.signal, timeout]) : timeout
    try {
      return await baseFetch(input, { ...init, signal })
    } catch (error) {
      if (timeout.aborted) {
        // A plain Error (not an AbortError) so that Octokit reports it as a failed request.
        throw new Error(`no response within ${timeoutMs} ms`, { cause: error })
      }
      throw error
    }
  }
}
