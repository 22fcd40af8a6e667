/**
 * Scripted faults for the fake GitHub server, and the low-level writer that can damage a reply on purpose.
 */
import type { ServerResponse } from 'node:http'
import type { Reply } from './handlers.js'

/**
 * A scripted answer. `times` (default 1) is how many requests it answers; Infinity means always.
 * - `{ status, body?, headers? }`: answer with this status (default body: GitHub's error shape), without acting.
 * - `drop`: close the connection without answering. `stall`: never answer (until stop()).
 * - `truncate`: act, then send headers announcing the full body and only half of it, and close.
 * - `garble`: act, then send half the JSON body as if it were complete (valid framing, broken JSON).
 * - `pass`: answer normally (to let some requests through before a fault).
 */
export type Fault = { times?: number } & (
  | { status: number; body?: unknown; headers?: Record<string, string> }
  | { kind: 'drop' | 'stall' | 'truncate' | 'garble' | 'pass' }
)

/** Ready-made faults that look like GitHub's own answers. */
export const FAULT = {
  status: (status: number, times = 1): Fault => ({ status, times }),
  forbidden: (times = 1): Fault => ({
    status: 403,
    times,
    body: {
      message: 'Resource not accessible by integration',
      documentation_url: 'https://docs.github.com/rest',
      status: '403'
    }
  }),
  /** GitHub's secondary rate limit: 403 or 429 with Retry-After and its tell-tale message. */
  secondaryRateLimit: (retryAfterSeconds: number, status = 429, times = 1): Fault => ({
    status,
    times,
    headers: { 'retry-after': String(retryAfterSeconds) },
    body: {
      message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
      documentation_url: 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api',
      status: String(status)
    }
  }),
  /** The primary rate limit used up: 403 with x-ratelimit-remaining 0 and a reset time. */
  rateLimitExhausted: (resetInSeconds: number, times = 1): Fault => ({
    status: 403,
    times,
    headers: {
      'x-ratelimit-remaining': '0',
      'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + resetInSeconds)
    },
    body: {
      message: 'API rate limit exceeded for installation ID 1.',
      documentation_url: 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api',
      status: '403'
    }
  }),
  /** A bare 429 with Retry-After, as a proxy in front of GitHub Enterprise Server may send. */
  tooManyRequests: (retryAfterSeconds: number, times = 1): Fault => ({
    status: 429,
    times,
    headers: { 'retry-after': String(retryAfterSeconds) },
    body: { message: 'Too Many Requests' }
  }),
  drop: (times = 1): Fault => ({ kind: 'drop', times }),
  stall: (times = 1): Fault => ({ kind: 'stall', times }),
  truncate: (times = 1): Fault => ({ kind: 'truncate', times }),
  garble: (times = 1): Fault => ({ kind: 'garble', times }),
  pass: (times = 1): Fault => ({ kind: 'pass', times })
}

/** Queues of faults per route key ('METHOD /template', operationId or '*'). */
export class FaultScripts {
  private readonly queues = new Map<string, Fault[]>()

  add(route: string, faults: Fault[]): void {
    this.queues.set(route, [...(this.queues.get(route) ?? []), ...faults])
  }

  clear(route?: string): void {
    if (route === undefined) this.queues.clear()
    else this.queues.delete(route)
  }

  /** The next fault for a request, most specific key first; consumes one of its `times`. */
  take(route: string, operationId: string): Fault | undefined {
    for (const key of [route, operationId, '*']) {
      const queue = this.queues.get(key)
      if (!queue || queue.length === 0) continue
      const fault = queue[0]
      const left = (fault.times ?? 1) - 1
      if (left <= 0) queue.shift()
      else queue[0] = { ...fault, times: left }
      return fault
    }
    return undefined
  }
}

/** Writes a JSON reply with GitHub's usual headers; `damage` cuts the body as the fault asks. */
export function send(res: ServerResponse, reply: Reply, damage?: 'truncate' | 'garble'): void {
  const text = reply.body === undefined ? '' : JSON.stringify(reply.body)
  const headers: Record<string, string> = {
    'x-github-request-id': `FAKE:${Math.random().toString(16).slice(2, 10)}`,
    'x-ratelimit-limit': '5000',
    'x-ratelimit-remaining': '4999',
    'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 3600),
    ...(reply.status === 204 ? {} : { 'content-type': 'application/json; charset=utf-8' }),
    ...reply.headers
  }
  const full = Buffer.from(text)
  const half = full.subarray(0, Math.floor(full.length / 2))
  if (damage === 'truncate') {
    res.writeHead(reply.status, { ...headers, 'content-length': String(full.length) })
    res.write(half, () => res.socket?.destroy())
    return
  }
  const payload = damage === 'garble' ? half : full
  res.writeHead(reply.status, { ...headers, 'content-length': String(payload.length) })
  res.end(payload)
}

export function statusText(status: number): string {
  const texts: Record<number, string> = {
    400: 'Bad Request',
    401: 'Bad credentials',
    403: 'Forbidden',
    404: 'Not Found',
    422: 'Validation Failed',
    429: 'Too Many Requests',
    500: 'Internal Server Error',
    502: 'Server Error',
    503: 'Service Unavailable',
    504: 'Gateway Timeout'
  }
  return texts[status] ?? `HTTP ${status}`
}
