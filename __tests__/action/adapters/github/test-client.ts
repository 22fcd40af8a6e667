/** A client tuned for tests: short timeouts and backoff so that fault tests finish in about a second. */
import {
  createGitHubClient,
  type GitHubClient,
  type GitHubClientOptions
} from '../../../../src/action/adapters/github/client.js'

let counter = 0

/** A client for the fake server at `url`; each client gets its own throttling key so tests do not pace each other. */
export function testClient(url: string, overrides: Partial<GitHubClientOptions> = {}): GitHubClient {
  return createGitHubClient({
    token: 'test-token',
    apiUrl: url,
    requestTimeoutMs: 400,
    totalTimeoutMs: 5000,
    retryBaseMs: 20,
    maxRetries: 3,
    maxRetryAfterSeconds: 5,
    throttleId: `test-${process.pid}-${++counter}`,
    ...overrides
  })
}
