/**
 * Response bodies for the fake server, built from GitHub's own recorded examples in the OpenAPI
 * description (components/examples) with the fake's state laid over them, so that every field a real
 * response has is present and URLs point back at the fake.
 */
import type { OpenApiIndex } from './openapi.js'
import type { FakeComment, FakeIssue, FakeLabel, FakePull, FakeRepo, FakeReview, FakeUser } from './state.js'

type Json = Record<string, unknown>

/** Builds response bodies for one server (its API root and web root). */
export class Shapes {
  private readonly templates = new Map<string, string>()

  constructor(
    private readonly openapi: OpenApiIndex,
    /** API root as clients see it, e.g. http://127.0.0.1:4567 or http://127.0.0.1:4567/api/v3. */
    readonly api: string,
    /** Web root used for html_url links. */
    readonly html: string
  ) {}

  user(user: FakeUser): Json {
    const base = this.from('issue-comment', undefined, text =>
      text.replaceAll('/octocat', `/${encodeURIComponent(user.login)}`)
    ).user as Json
    return { ...base, login: user.login, id: user.id, node_id: nodeId('U', user.id), type: user.type }
  }

  comment(repo: FakeRepo, comment: FakeComment): Json {
    const issue = repo.issues.get(comment.issueNumber)
    const kind = issue?.isPull ? 'pull' : 'issues'
    return {
      ...this.from('issue-comment', repo),
      id: comment.id,
      node_id: nodeId('IC', comment.id),
      url: `${this.repoApi(repo)}/issues/comments/${comment.id}`,
      html_url: `${this.repoHtml(repo)}/${kind}/${comment.issueNumber}#issuecomment-${comment.id}`,
      issue_url: `${this.repoApi(repo)}/issues/${comment.issueNumber}`,
      body: comment.body,
      user: this.user(comment.user),
      created_at: comment.createdAt,
      updated_at: comment.updatedAt,
      author_association: association(repo, comment.user)
    }
  }

  issue(repo: FakeRepo, issue: FakeIssue): Json {
    const api = `${this.repoApi(repo)}/issues/${issue.number}`
    const pull = repo.pulls.get(issue.number)
    const shaped: Json = {
      ...this.from('issue', repo),
      id: issue.id,
      node_id: nodeId('I', issue.id),
      url: api,
      labels_url: `${api}/labels{/name}`,
      comments_url: `${api}/comments`,
      events_url: `${api}/events`,
      html_url: `${this.repoHtml(repo)}/${issue.isPull ? 'pull' : 'issues'}/${issue.number}`,
      number: issue.number,
      state: issue.state,
      state_reason: issue.stateReason,
      title: issue.title,
      body: issue.body,
      user: this.user(issue.user),
      labels: issue.labels.map(name => this.label(repo, repo.ensureLabel(name))),
      assignee: null,
      assignees: [],
      milestone: null,
      comments: repo.commentsOf(issue.number).length,
      created_at: issue.createdAt,
      updated_at: issue.updatedAt,
      closed_at: issue.closedAt,
      closed_by: null,
      author_association: association(repo, issue.user)
    }
    if (pull) {
      shaped.pull_request = {
        url: `${this.repoApi(repo)}/pulls/${issue.number}`,
        html_url: `${this.repoHtml(repo)}/pull/${issue.number}`,
        diff_url: `${this.repoHtml(repo)}/pull/${issue.number}.diff`,
        patch_url: `${this.repoHtml(repo)}/pull/${issue.number}.patch`,
        merged_at: pull.mergedAt
      }
    } else {
      delete shaped.pull_request
    }
    return shaped
  }

  label(repo: FakeRepo, label: FakeLabel): Json {
    return {
      ...this.from('label', repo),
      id: label.id,
      node_id: nodeId('LA', label.id),
      url: `${this.repoApi(repo)}/labels/${encodeURIComponent(label.name)}`,
      name: label.name,
      color: label.color,
      description: label.description,
      default: false
    }
  }

  /** GET /pulls/{n} (full) or an item of GET /commits/{sha}/pulls (simple). */
  pull(repo: FakeRepo, pull: FakePull, form: 'full' | 'simple'): Json {
    const issue = repo.issues.get(pull.number) as FakeIssue
    const template =
      form === 'full' ? this.from('pull-request', repo) : this.fromList('pull-request-simple-items', repo)
    const api = `${this.repoApi(repo)}/pulls/${pull.number}`
    const base = template.base as Json
    const head = template.head as Json
    return {
      ...template,
      id: pull.id,
      node_id: nodeId('PR', pull.id),
      url: api,
      html_url: `${this.repoHtml(repo)}/pull/${pull.number}`,
      issue_url: `${this.repoApi(repo)}/issues/${pull.number}`,
      number: pull.number,
      state: issue.state,
      title: issue.title,
      body: issue.body,
      user: this.user(issue.user),
      labels: [],
      requested_teams: [],
      requested_reviewers: [],
      assignee: null,
      assignees: [],
      milestone: null,
      created_at: issue.createdAt,
      updated_at: issue.updatedAt,
      closed_at: issue.closedAt,
      merged_at: pull.mergedAt,
      merge_commit_sha: pull.mergeCommitSha,
      ...(form === 'full' ? { merged: pull.mergedAt !== null, merged_by: null } : {}),
      head: { ...head, ref: pull.headRef, sha: pull.headSha, label: `${repo.owner}:${pull.headRef}` },
      base: {
        ...base,
        ref: pull.baseRef,
        label: `${repo.owner}:${pull.baseRef}`,
        repo: { ...(base.repo as Json), ...this.repoNames(repo), default_branch: repo.defaultBranch }
      },
      author_association: association(repo, issue.user)
    }
  }

  review(repo: FakeRepo, review: FakeReview): Json {
    const html = `${this.repoHtml(repo)}/pull/${review.pullNumber}#pullrequestreview-${review.id}`
    const pullApi = `${this.repoApi(repo)}/pulls/${review.pullNumber}`
    return {
      ...this.fromList('pull-request-review-items', repo),
      id: review.id,
      node_id: nodeId('PRR', review.id),
      user: this.user(review.user),
      body: review.body,
      state: review.state,
      html_url: html,
      pull_request_url: pullApi,
      _links: { html: { href: html }, pull_request: { href: pullApi } },
      submitted_at: review.submittedAt,
      commit_id: review.commitId,
      author_association: association(repo, review.user)
    }
  }

  repository(repo: FakeRepo): Json {
    return {
      ...this.from('full-repository-default-response', repo),
      ...this.repoNames(repo),
      default_branch: repo.defaultBranch
    }
  }

  /** GitHub's error body. */
  error(status: number, message: string, errors?: unknown[]): Json {
    return {
      message,
      documentation_url: 'https://docs.github.com/rest',
      status: String(status),
      ...(errors ? { errors } : {})
    }
  }

  private repoNames(repo: FakeRepo): Json {
    return {
      name: repo.name,
      full_name: `${repo.owner}/${repo.name}`,
      url: this.repoApi(repo),
      html_url: this.repoHtml(repo)
    }
  }

  private repoApi(repo: FakeRepo): string {
    return `${this.api}/repos/${repo.owner}/${repo.name}`
  }

  private repoHtml(repo: FakeRepo): string {
    return `${this.html}/${repo.owner}/${repo.name}`
  }

  private fromList(name: string, repo: FakeRepo): Json {
    return (this.from(name, repo) as unknown as Json[])[0]
  }

  /** The named example with its URLs moved to this server and its repository renamed. */
  private from(name: string, repo?: FakeRepo, extra?: (text: string) => string): Json {
    let text = this.templates.get(name)
    if (text === undefined) {
      text = JSON.stringify(this.openapi.example(name))
      this.templates.set(name, text)
    }
    text = text.replaceAll('https://api.github.com', this.api).replaceAll('https://github.com', this.html)
    if (repo) text = text.replaceAll('octocat/Hello-World', `${repo.owner}/${repo.name}`)
    return JSON.parse(extra ? extra(text) : text) as Json
  }
}

function nodeId(kind: string, id: number): string {
  return Buffer.from(`0:${kind}${id}`).toString('base64')
}

function association(repo: FakeRepo, user: FakeUser): string {
  if (user.login.toLowerCase() === repo.owner.toLowerCase()) return 'OWNER'
  return user.type === 'Bot' ? 'NONE' : 'COLLABORATOR'
}
