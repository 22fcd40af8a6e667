/**
 * Who approved the change being deployed: the pull request merged into the current commit, and the
 * reviewers whose latest say on it is an approval. The author's own reviews never count.
 */
import type { GitHubClient } from './client.js'

/** The pull request a commit came from. */
export interface PullRequestRef {
  number: number
  author: string
  merged: boolean
  baseRef: string
  url: string
}

/** Reviewers of a pull request, by their latest state-changing review. */
export interface ApprovalCount {
  /** Distinct reviewers whose latest review approves (author excluded), in order of first appearance. */
  approvers: string[]
  author: string
  /** Reviewers whose latest review requests changes. */
  changesRequestedBy: string[]
}

const PULLS_READ = { permission: 'pull-requests: read' }

/**
 * The pull request that brought `sha` in: the merged one into the default branch when there is one,
 * else any merged one, else the first listed; undefined when the commit belongs to no pull request.
 */
export async function findPullRequestForCommit(
  client: GitHubClient,
  owner: string,
  repo: string,
  sha: string
): Promise<PullRequestRef | undefined> {
  const { data } = await client.rest.repos.listPullRequestsAssociatedWithCommit({
    owner,
    repo,
    commit_sha: sha,
    per_page: 100,
    request: PULLS_READ
  })
  const merged = data.filter(pull => pull.merged_at !== null)
  const pick =
    merged.find(pull => pull.base.ref === pull.base.repo.default_branch) ??
    merged[0] ??
    (data.length > 0 ? data[0] : undefined)
  if (!pick) return undefined
  return {
    number: pick.number,
    author: pick.user?.login ?? '',
    merged: pick.merged_at !== null,
    baseRef: pick.base.ref,
    url: pick.html_url
  }
}

/** Review states that change a reviewer's standing; COMMENTED and PENDING leave it as it was. */
const DECISIVE = new Set(['APPROVED', 'CHANGES_REQUESTED', 'DISMISSED'])

/**
 * Counts approvals the way branch protection does: per reviewer, only the latest APPROVED,
 * CHANGES_REQUESTED or DISMISSED review matters; reviews by the author and by deleted accounts are ignored.
 * Logins are compared case-insensitively, as GitHub does.
 */
export async function countApprovals(
  client: GitHubClient,
  owner: string,
  repo: string,
  pullNumber: number
): Promise<ApprovalCount> {
  const { data: pull } = await client.rest.pulls.get({
    owner,
    repo,
    pull_number: pullNumber,
    request: PULLS_READ
  })
  const author = pull.user?.login ?? ''
  const reviews = await client.paginate(client.rest.pulls.listReviews, {
    owner,
    repo,
    pull_number: pullNumber,
    per_page: 100,
    request: PULLS_READ
  })
  // GitHub lists reviews oldest first; a stable sort on submitted_at keeps that order for equal times.
  const ordered = reviews
    .map((review, index) => ({ review, index, at: Date.parse(review.submitted_at ?? '') }))
    .sort((a, b) =>
      Number.isNaN(a.at) || Number.isNaN(b.at) || a.at === b.at ? a.index - b.index : a.at - b.at
    )
  const latest = new Map<string, { login: string; state: string }>()
  for (const { review } of ordered) {
    const login = review.user?.login
    if (!login || login.toLowerCase() === author.toLowerCase() || !DECISIVE.has(review.state)) continue
    const key = login.toLowerCase()
    const previous = latest.get(key)
    latest.set(key, { login: previous?.login ?? login, state: review.state })
  }
  const pick = (state: string) =>
    [...latest.values()].filter(entry => entry.state === state).map(entry => entry.login)
  return { approvers: pick('APPROVED'), author, changesRequestedBy: pick('CHANGES_REQUESTED') }
}
