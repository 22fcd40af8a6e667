/**
 * Turns a failed GitHub call into one sentence a workflow author can act on: which call, what GitHub said,
 * and what to change (usually the job's `permissions:`).
 */

/** The request options of a failed call as Octokit hands them to hooks. */
export interface FailedCall {
  method: string
  url: string
  /** `request.permission` lets a caller name the permission its call needs (e.g. 'issues: write'). */
  request?: { permission?: unknown }
  [parameter: string]: unknown
}

interface Failure {
  status?: number
  message: string
  response?: { status: number; headers: Record<string, string | undefined>; data: unknown }
}

/** The permission each kind of call needs, for calls that do not name one. */
const PERMISSIONS: { pattern: RegExp; read: string; write: string }[] = [
  {
    pattern: /\/issues\/(comments\/|\{issue_number\}\/comments|\d+\/comments)/,
    read: 'pull-requests: read',
    write: 'pull-requests: write'
  },
  { pattern: /\/issues(\/|$|\?)/, read: 'issues: read', write: 'issues: write' },
  { pattern: /\/(pulls|commits)(\/|$|\?)/, read: 'pull-requests: read', write: 'pull-requests: write' },
  { pattern: /.*/, read: 'contents: read', write: 'contents: write' }
]

/** Names the permission a call needs. */
function permissionFor(call: FailedCall): string {
  if (typeof call.request?.permission === 'string') return call.request.permission
  const rule = PERMISSIONS.find(entry => entry.pattern.test(call.url)) ?? PERMISSIONS[PERMISSIONS.length - 1]
  return call.method.toUpperCase() === 'GET' ? rule.read : rule.write
}

/** `POST /repos/{owner}/{repo}/issues` with the call's parameters filled in. */
function describeCall(call: FailedCall, apiUrl = ''): string {
  // Later pages of a paginated list arrive as full URLs; show them relative to the API root too.
  const relative = apiUrl && call.url.startsWith(apiUrl) ? call.url.slice(apiUrl.length) : call.url
  const path = relative.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = call[name]
    return typeof value === 'string' || typeof value === 'number' ? encodeURIComponent(String(value)) : whole
  })
  return `${call.method.toUpperCase()} ${path}`
}

/** The full message for a call that failed; `note` says why retrying stopped, when that is the story. */
export function describeFailure(
  failure: Failure,
  call: FailedCall,
  settings: { apiUrl: string; maxRetries: number },
  note?: string
): string {
  const status = failure.response?.status
  const said = gitHubMessage(failure)
  const head = `GitHub API call ${describeCall(call, settings.apiUrl)} failed`
  if (status === undefined) {
    return `${head}: ${said}${note ? ` (${note})` : ''}. Could not get an answer from ${settings.apiUrl}; check GITHUB_API_URL and the runner's network, then re-run the job`
  }
  const permission = permissionFor(call)
  const headers = failure.response?.headers ?? {}
  const rateLimited =
    status === 429 || /rate limit/i.test(said) || (status === 403 && headers['x-ratelimit-remaining'] === '0')
  let fix: string
  if (rateLimited) {
    fix = `GitHub's rate limit was hit and its wait${headers['retry-after'] ? ` (Retry-After ${headers['retry-after']} s)` : ''} was longer than this call may wait; re-run the job later`
  } else if (status === 401) {
    fix =
      'the token was rejected; pass a valid token in the `github_token` input (default `${{ github.token }}`)'
  } else if (status === 403) {
    fix = `the token lacks ${permission}; add \`permissions: ${permission}\` to the job (or the workflow)`
  } else if (status === 404) {
    fix = `it does not exist or the token cannot see it; check the repository and number, and that the token has ${permission}`
  } else if (status === 422) {
    fix = 'GitHub rejected the request as invalid'
  } else if (status >= 500) {
    fix = `GitHub kept failing after ${settings.maxRetries} retries; re-run the job later`
  } else {
    fix = 'see the message from GitHub'
  }
  return `${head} with ${status}: ${said}${note ? ` (${note})` : ''}. ${capitalize(fix)}`
}

function gitHubMessage(failure: Failure): string {
  const data = failure.response?.data
  if (data && typeof data === 'object') {
    const body = data as { message?: unknown; errors?: unknown }
    const details = Array.isArray(body.errors)
      ? body.errors
          .map(error => (typeof error === 'string' ? error : JSON.stringify(error)))
          .join('; ')
          .slice(0, 500)
      : ''
    if (typeof body.message === 'string') return details ? `${body.message} (${details})` : body.message
  }
  return failure.message || 'unknown error'
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}
