/**
 * One open drift issue per root module and environment, found by its hidden marker (titles get edited
 * by people; markers do not) among the issues the token's own identity opened: opened when drift
 * appears, kept current while it lasts, and closed with a comment once the infrastructure matches the
 * code again.
 */
import { LIMIT } from '../../../constants.js'
import { InputError } from '../../../errors.js'
import type { GitHubClient } from './client.js'
import { authenticatedLogin, writtenBy } from './identity.js'
import { assertMarker, hasMarker, withMarker } from './marker.js'

/** The drift report for one root module and environment. */
export interface DriftIssueRequest {
  owner: string
  repo: string
  /** Hidden HTML comment identifying this module and environment, e.g. MARKER.driftIssue(dir, env). */
  marker: string
  title: string
  /** Markdown report of what drifted; the marker is added when missing. */
  body: string
  /** Label put on the issue and used to find it (GitHub creates a missing label when it is first used). */
  label: string
  drifted: boolean
  /** Comment posted before closing; a default sentence when omitted. */
  closeComment?: string
}

/** What the sync did; `none` means no drift and no open issue. */
export interface DriftIssueResult {
  action: 'created' | 'updated' | 'closed' | 'unchanged' | 'none'
  number?: number
  url?: string
}

const ISSUES_WRITE = { permission: 'issues: write' }
const ISSUES_READ = { permission: 'issues: read' }

/** Brings the drift issue in line with the latest check. Throws GitHubApiError when GitHub refuses. */
export async function syncDriftIssue(
  client: GitHubClient,
  request: DriftIssueRequest
): Promise<DriftIssueResult> {
  assertMarker(request.marker)
  const body = withMarker(request.body, request.marker)
  if (body.length > LIMIT.commentChars) {
    throw new InputError(
      `The drift issue body is ${body.length} characters; GitHub accepts at most ${LIMIT.commentChars}. Shorten the report before posting it`
    )
  }
  const target = { owner: request.owner, repo: request.repo }
  const open = await findOpenDriftIssue(client, request)
  if (!request.drifted) {
    if (!open) return { action: 'none' }
    await client.rest.issues.createComment({
      ...target,
      issue_number: open.number,
      body:
        request.closeComment ??
        'No drift any more: the latest check found the infrastructure matching the code. Closing.',
      request: ISSUES_WRITE
    })
    const { data } = await client.rest.issues.update({
      ...target,
      issue_number: open.number,
      state: 'closed',
      state_reason: 'completed',
      request: ISSUES_WRITE
    })
    return { action: 'closed', number: data.number, url: data.html_url }
  }
  if (!open) {
    const { data } = await client.rest.issues.create({
      ...target,
      title: request.title,
      body,
      labels: [request.label],
      request: ISSUES_WRITE
    })
    return { action: 'created', number: data.number, url: data.html_url }
  }
  if (open.title === request.title && open.body === body) {
    return { action: 'unchanged', number: open.number, url: open.url }
  }
  const { data } = await client.rest.issues.update({
    ...target,
    issue_number: open.number,
    title: request.title,
    body,
    request: ISSUES_WRITE
  })
  return { action: 'updated', number: data.number, url: data.html_url }
}

interface OpenIssue {
  number: number
  title: string
  body: string
  url: string
}

/**
 * The oldest open issue with the label and the marker that the token's identity opened (pull requests,
 * which GitHub lists too, are skipped; an issue someone else opened with the marker is left alone).
 */
async function findOpenDriftIssue(
  client: GitHubClient,
  request: DriftIssueRequest
): Promise<OpenIssue | undefined> {
  const login = await authenticatedLogin(client)
  let found: OpenIssue | undefined
  const pages = client.paginate.iterator(client.rest.issues.listForRepo, {
    owner: request.owner,
    repo: request.repo,
    state: 'open',
    labels: request.label,
    sort: 'created',
    direction: 'asc',
    per_page: 100,
    request: ISSUES_READ
  })
  for await (const page of pages) {
    for (const issue of page.data) {
      if (issue.pull_request || !writtenBy(issue.user, login) || !hasMarker(issue.body, request.marker))
        continue
      if (!found || issue.number < found.number) {
        found = { number: issue.number, title: issue.title, body: issue.body ?? '', url: issue.html_url }
      }
    }
  }
  return found
}
