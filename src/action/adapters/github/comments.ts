/**
 * One PR comment per hidden marker: found again on every run and edited in place, so a pull request
 * carries one up-to-date plan report per root module and environment instead of a pile of stale ones.
 * Only a comment the token's own identity wrote is ever edited: a participant who pastes the marker
 * into their own comment gets nothing written into it.
 */
import { LIMIT } from '../../../constants.js'
import { InputError } from '../../../errors.js'
import type { GitHubClient } from './client.js'
import { authenticatedLogin, writtenBy } from './identity.js'
import { assertMarker, hasMarker, withMarker } from './marker.js'

/** Where and what to post. */
export interface MarkedCommentRequest {
  owner: string
  repo: string
  /** Pull request (or issue) number. */
  issueNumber: number
  /** Hidden HTML comment that identifies this comment, e.g. MARKER.planComment(dir, env). */
  marker: string
  /** Markdown; the marker is added on the first line when missing. */
  body: string
  /** `update` edits the newest marked comment the token wrote (or creates one); `new` always posts a fresh comment. */
  mode: 'update' | 'new'
}

/** What happened: the comment's id and link. */
export interface MarkedCommentResult {
  id: number
  url: string
  action: 'created' | 'updated'
}

/**
 * Creates or updates the marked comment. Reads every page of the thread's comments, because the marked
 * one may be old. Older marked comments left by `mode: new` runs are left alone.
 * Throws GitHubApiError when GitHub refuses (e.g. 403 without `pull-requests: write`).
 */
export async function upsertMarkedComment(
  client: GitHubClient,
  request: MarkedCommentRequest
): Promise<MarkedCommentResult> {
  assertMarker(request.marker)
  const body = withMarker(request.body, request.marker)
  if (body.length > LIMIT.commentChars) {
    throw new InputError(
      `The comment for #${request.issueNumber} is ${body.length} characters; GitHub accepts at most ${LIMIT.commentChars}. Shorten the report before posting it`
    )
  }
  const target = { owner: request.owner, repo: request.repo }
  const existing = request.mode === 'update' ? await findNewestMarkedComment(client, request) : undefined
  if (existing !== undefined) {
    const { data } = await client.rest.issues.updateComment({ ...target, comment_id: existing, body })
    return { id: data.id, url: data.html_url, action: 'updated' }
  }
  const { data } = await client.rest.issues.createComment({
    ...target,
    issue_number: request.issueNumber,
    body
  })
  return { id: data.id, url: data.html_url, action: 'created' }
}

/** Id of the newest comment that carries the marker and was written by the token's identity, or undefined. */
async function findNewestMarkedComment(
  client: GitHubClient,
  request: MarkedCommentRequest
): Promise<number | undefined> {
  const login = await authenticatedLogin(client)
  let newest: number | undefined
  const pages = client.paginate.iterator(client.rest.issues.listComments, {
    owner: request.owner,
    repo: request.repo,
    issue_number: request.issueNumber,
    per_page: 100
  })
  for await (const page of pages) {
    for (const comment of page.data) {
      // Comments come oldest first; keep overwriting so the newest marked one wins.
      if (writtenBy(comment.user, login) && hasMarker(comment.body, request.marker)) newest = comment.id
    }
  }
  return newest
}
