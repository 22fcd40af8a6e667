/**
 * What the fake server does for each REST operation it implements, keyed by GitHub's operationId.
 * Requests have already been checked against the OpenAPI description; handlers apply GitHub's
 * semantics (404 for missing things, pagination with Link headers, default filters and order).
 */
import type { Shapes } from './shapes.js'
import { tick, type FakeRepo, type FakeState, type FakeUser } from './state.js'

/** Everything a handler gets about the request. */
export interface HandlerContext {
  state: FakeState
  repo: FakeRepo
  params: Record<string, string>
  query: URLSearchParams
  body: Record<string, unknown>
  user: FakeUser
  shapes: Shapes
  /** The request URL as the client sent it, for Link headers. */
  url: URL
}

/** A handler's answer. */
export interface Reply {
  status: number
  body?: unknown
  headers?: Record<string, string>
}

type Handler = (ctx: HandlerContext) => Reply

const notFound = (ctx: HandlerContext): Reply => ({ status: 404, body: ctx.shapes.error(404, 'Not Found') })

/** Answers one page of `items` with GitHub's per_page/page rules and Link header. */
function page(ctx: HandlerContext, items: unknown[]): Reply {
  const perPage = Math.min(Number(ctx.query.get('per_page') ?? 30), 100)
  const current = Math.max(Number(ctx.query.get('page') ?? 1), 1)
  const last = Math.max(Math.ceil(items.length / perPage), 1)
  const link = (n: number, rel: string) => {
    const target = new URL(ctx.url)
    target.searchParams.set('page', String(n))
    return `<${target.toString()}>; rel="${rel}"`
  }
  const links: string[] = []
  if (current < last) links.push(link(current + 1, 'next'), link(last, 'last'))
  if (current > 1) links.push(link(1, 'first'), link(current - 1, 'prev'))
  return {
    status: 200,
    body: items.slice((current - 1) * perPage, current * perPage),
    headers: links.length > 0 ? { link: links.join(', ') } : {}
  }
}

function labelNames(raw: unknown): string[] {
  if (!Array.isArray(raw)) return []
  return raw.map(entry =>
    typeof entry === 'string' ? entry : String((entry as { name?: unknown }).name ?? '')
  )
}

function issueParam(ctx: HandlerContext) {
  return ctx.repo.issues.get(Number(ctx.params.issue_number))
}

export const HANDLERS: Record<string, Handler> = {
  'repos/get': ctx => ({ status: 200, body: ctx.shapes.repository(ctx.repo) }),

  // As on GitHub: a user token (PAT) gets its user; an installation token (GITHUB_TOKEN, app tokens)
  // is refused, so an app learns its identity another way (the comment author `<app>[bot]`).
  'users/get-authenticated': ctx =>
    ctx.user.type === 'Bot'
      ? { status: 403, body: ctx.shapes.error(403, 'Resource not accessible by integration') }
      : { status: 200, body: ctx.shapes.user(ctx.user) },

  'issues/list-comments': ctx => {
    const issue = issueParam(ctx)
    if (!issue) return notFound(ctx)
    return page(
      ctx,
      ctx.repo.commentsOf(issue.number).map(comment => ctx.shapes.comment(ctx.repo, comment))
    )
  },

  'issues/create-comment': ctx => {
    const issue = issueParam(ctx)
    if (!issue) return notFound(ctx)
    const comment = ctx.repo.addComment(issue.number, String(ctx.body.body), ctx.user.login)
    const body = ctx.shapes.comment(ctx.repo, comment)
    return { status: 201, body, headers: { location: String(body.url) } }
  },

  'issues/get-comment': ctx => {
    const comment = ctx.repo.comments.get(Number(ctx.params.comment_id))
    return comment ? { status: 200, body: ctx.shapes.comment(ctx.repo, comment) } : notFound(ctx)
  },

  'issues/update-comment': ctx => {
    const comment = ctx.repo.comments.get(Number(ctx.params.comment_id))
    if (!comment) return notFound(ctx)
    Object.assign(comment, { body: String(ctx.body.body), updatedAt: tick() })
    return { status: 200, body: ctx.shapes.comment(ctx.repo, comment) }
  },

  'issues/delete-comment': ctx =>
    ctx.repo.comments.delete(Number(ctx.params.comment_id)) ? { status: 204 } : notFound(ctx),

  'issues/list-for-repo': ctx => {
    const state = ctx.query.get('state') ?? 'open'
    const wanted = (ctx.query.get('labels') ?? '')
      .split(',')
      .filter(Boolean)
      .map(l => l.toLowerCase())
    const key = ctx.query.get('sort') === 'updated' ? 'updatedAt' : 'createdAt'
    const ascending = ctx.query.get('direction') === 'asc'
    const issues = [...ctx.repo.issues.values()]
      .filter(issue => state === 'all' || issue.state === state)
      .filter(issue => wanted.every(label => issue.labels.some(have => have.toLowerCase() === label)))
      .sort(
        (a, b) => (a[key] < b[key] ? -1 : a[key] > b[key] ? 1 : a.number - b.number) * (ascending ? 1 : -1)
      )
    return page(
      ctx,
      issues.map(issue => ctx.shapes.issue(ctx.repo, issue))
    )
  },

  'issues/create': ctx => {
    const issue = ctx.repo.addIssue({
      title: String(ctx.body.title),
      body: typeof ctx.body.body === 'string' ? ctx.body.body : null,
      labels: labelNames(ctx.body.labels),
      author: ctx.user.login
    })
    const body = ctx.shapes.issue(ctx.repo, issue)
    return { status: 201, body, headers: { location: String(body.url) } }
  },

  'issues/get': ctx => {
    const issue = issueParam(ctx)
    return issue ? { status: 200, body: ctx.shapes.issue(ctx.repo, issue) } : notFound(ctx)
  },

  'issues/update': ctx => {
    const issue = issueParam(ctx)
    if (!issue) return notFound(ctx)
    const { title, body, state, state_reason: reason, labels } = ctx.body
    if (title !== undefined && title !== null) issue.title = String(title)
    if (body !== undefined) issue.body = body === null ? null : String(body)
    if (labels !== undefined) issue.labels = labelNames(labels)
    for (const label of issue.labels) ctx.repo.ensureLabel(label)
    if (state === 'closed' && issue.state === 'open') {
      Object.assign(issue, { state: 'closed', closedAt: tick(), stateReason: reason ?? 'completed' })
    } else if (state === 'open' && issue.state === 'closed') {
      Object.assign(issue, { state: 'open', closedAt: null, stateReason: 'reopened' })
    }
    issue.updatedAt = tick()
    return { status: 200, body: ctx.shapes.issue(ctx.repo, issue) }
  },

  'issues/list-labels-for-repo': ctx =>
    page(
      ctx,
      [...ctx.repo.labels.values()].map(label => ctx.shapes.label(ctx.repo, label))
    ),

  'issues/get-label': ctx => {
    const label = [...ctx.repo.labels.values()].find(
      l => l.name.toLowerCase() === ctx.params.name.toLowerCase()
    )
    return label ? { status: 200, body: ctx.shapes.label(ctx.repo, label) } : notFound(ctx)
  },

  'issues/create-label': ctx => {
    const name = String(ctx.body.name)
    if ([...ctx.repo.labels.values()].some(l => l.name.toLowerCase() === name.toLowerCase())) {
      return {
        status: 422,
        body: ctx.shapes.error(422, 'Validation Failed', [
          { resource: 'Label', code: 'already_exists', field: 'name' }
        ])
      }
    }
    const label = ctx.repo.ensureLabel(name)
    if (typeof ctx.body.color === 'string') label.color = ctx.body.color
    if (typeof ctx.body.description === 'string') label.description = ctx.body.description
    return { status: 201, body: ctx.shapes.label(ctx.repo, label) }
  },

  'pulls/get': ctx => {
    const pull = ctx.repo.pulls.get(Number(ctx.params.pull_number))
    return pull ? { status: 200, body: ctx.shapes.pull(ctx.repo, pull, 'full') } : notFound(ctx)
  },

  'pulls/list-reviews': ctx => {
    const number = Number(ctx.params.pull_number)
    if (!ctx.repo.pulls.has(number)) return notFound(ctx)
    const reviews = ctx.repo.reviews.filter(
      review => review.pullNumber === number && review.state !== 'PENDING'
    )
    return page(
      ctx,
      reviews.map(review => ctx.shapes.review(ctx.repo, review))
    )
  },

  'repos/list-pull-requests-associated-with-commit': ctx => {
    const numbers = ctx.repo.commitPulls.get(ctx.params.commit_sha) ?? []
    const pulls = numbers.map(number => ctx.repo.pulls.get(number)).filter(pull => pull !== undefined)
    return page(
      ctx,
      pulls.map(pull => ctx.shapes.pull(ctx.repo, pull, 'simple'))
    )
  }
}
