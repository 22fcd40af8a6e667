/**
 * In-memory repositories for the fake GitHub server: issues (pull requests are issues too, as on
 * GitHub), comments, labels, pull requests, reviews and commit→pull-request links. Tests seed and
 * inspect it directly; the handlers change it the way GitHub would.
 */

/** A user as the fake knows it; `type` is 'Bot' for app tokens. */
export interface FakeUser {
  login: string
  id: number
  type: 'User' | 'Bot'
}

export interface FakeComment {
  id: number
  issueNumber: number
  body: string
  user: FakeUser
  createdAt: string
  updatedAt: string
}

export interface FakeIssue {
  number: number
  id: number
  title: string
  body: string | null
  state: 'open' | 'closed'
  stateReason: string | null
  labels: string[]
  user: FakeUser
  createdAt: string
  updatedAt: string
  closedAt: string | null
  /** Set when this issue is a pull request. */
  isPull: boolean
}

export interface FakePull {
  number: number
  id: number
  baseRef: string
  headRef: string
  headSha: string
  mergedAt: string | null
  mergeCommitSha: string | null
}

export interface FakeReview {
  id: number
  pullNumber: number
  user: FakeUser
  state: 'APPROVED' | 'CHANGES_REQUESTED' | 'COMMENTED' | 'DISMISSED' | 'PENDING'
  body: string
  submittedAt: string
  commitId: string
}

export interface FakeLabel {
  id: number
  name: string
  color: string
  description: string | null
}

/** Options for seeding a pull request. */
export interface PullSeed {
  number?: number
  author?: string
  title?: string
  body?: string
  baseRef?: string
  headRef?: string
  headSha?: string
  /** ISO time; null or absent for an open pull request. */
  mergedAt?: string | null
  mergeCommitSha?: string | null
  /** Commits that list this pull request in GET /commits/{sha}/pulls (the head and merge commit are added). */
  commits?: string[]
}

let nextId = 1000

/** A fresh id, unique across the process (GitHub's ids are global too). */
export function newId(): number {
  return nextId++
}

/** A user record for a login; logins ending in [bot] are bots. */
export function fakeUser(login: string): FakeUser {
  let hash = 7
  for (const char of login) hash = (hash * 31 + char.charCodeAt(0)) % 1_000_000
  return { login, id: 100_000 + hash, type: login.endsWith('[bot]') ? 'Bot' : 'User' }
}

/** Mutable time so that tests get strictly increasing timestamps, as GitHub's are. */
let clock = Date.parse('2026-01-05T09:00:00Z')
export function tick(): string {
  clock += 1000
  return new Date(clock).toISOString().replace(/\.\d{3}Z$/, 'Z')
}

/** One repository's data. */
export class FakeRepo {
  defaultBranch = 'main'
  readonly issues = new Map<number, FakeIssue>()
  readonly comments = new Map<number, FakeComment>()
  readonly labels = new Map<string, FakeLabel>()
  readonly pulls = new Map<number, FakePull>()
  readonly reviews: FakeReview[] = []
  /** Commit SHA → pull request numbers, as GET /commits/{sha}/pulls answers. */
  readonly commitPulls = new Map<string, number[]>()
  private nextNumber = 1

  constructor(
    readonly owner: string,
    readonly name: string
  ) {}

  /** Opens an issue (as the handlers do for POST /issues). */
  addIssue(seed: {
    title: string
    body?: string | null
    labels?: string[]
    author?: string
    isPull?: boolean
    number?: number
  }): FakeIssue {
    const number = seed.number ?? this.nextNumber
    this.nextNumber = Math.max(this.nextNumber, number + 1)
    const at = tick()
    for (const label of seed.labels ?? []) this.ensureLabel(label)
    const issue: FakeIssue = {
      number,
      id: newId(),
      title: seed.title,
      body: seed.body ?? null,
      state: 'open',
      stateReason: null,
      labels: [...new Set(seed.labels ?? [])],
      user: fakeUser(seed.author ?? 'octocat'),
      createdAt: at,
      updatedAt: at,
      closedAt: null,
      isPull: seed.isPull ?? false
    }
    this.issues.set(number, issue)
    return issue
  }

  /** Adds a pull request (and its issue) and links its commits. */
  addPullRequest(seed: PullSeed = {}): FakePull {
    const issue = this.addIssue({
      number: seed.number,
      title: seed.title ?? 'Change infrastructure',
      body: seed.body ?? '',
      author: seed.author ?? 'octocat',
      isPull: true
    })
    const pull: FakePull = {
      number: issue.number,
      id: newId(),
      baseRef: seed.baseRef ?? this.defaultBranch,
      headRef: seed.headRef ?? `feature-${issue.number}`,
      headSha: seed.headSha ?? sha(`head-${issue.number}`),
      mergedAt: seed.mergedAt ?? null,
      mergeCommitSha: seed.mergeCommitSha ?? (seed.mergedAt ? sha(`merge-${issue.number}`) : null)
    }
    if (pull.mergedAt) Object.assign(issue, { state: 'closed', closedAt: pull.mergedAt })
    this.pulls.set(pull.number, pull)
    for (const commit of [pull.headSha, pull.mergeCommitSha, ...(seed.commits ?? [])]) {
      if (!commit) continue
      const list = this.commitPulls.get(commit) ?? []
      if (!list.includes(pull.number)) list.push(pull.number)
      this.commitPulls.set(commit, list)
    }
    return pull
  }

  /** Submits a review; reviews are kept in submission order, as GitHub lists them. */
  addReview(pullNumber: number, login: string, state: FakeReview['state'], body = ''): FakeReview {
    const pull = this.pulls.get(pullNumber)
    if (!pull) throw new Error(`fake-github: no pull request #${pullNumber} in ${this.owner}/${this.name}`)
    const review: FakeReview = {
      id: newId(),
      pullNumber,
      user: fakeUser(login),
      state,
      body,
      submittedAt: tick(),
      commitId: pull.headSha
    }
    this.reviews.push(review)
    return review
  }

  /** Posts a comment on an issue or pull request. */
  addComment(issueNumber: number, body: string, author = 'github-actions[bot]'): FakeComment {
    const at = tick()
    const comment: FakeComment = {
      id: newId(),
      issueNumber,
      body,
      user: fakeUser(author),
      createdAt: at,
      updatedAt: at
    }
    this.comments.set(comment.id, comment)
    return comment
  }

  /** Comments of one issue, oldest first. */
  commentsOf(issueNumber: number): FakeComment[] {
    return [...this.comments.values()].filter(c => c.issueNumber === issueNumber).sort((a, b) => a.id - b.id)
  }

  ensureLabel(name: string): FakeLabel {
    const existing = [...this.labels.values()].find(label => label.name.toLowerCase() === name.toLowerCase())
    if (existing) return existing
    const label: FakeLabel = { id: newId(), name, color: 'ededed', description: null }
    this.labels.set(name, label)
    return label
  }
}

/** All repositories, created on first use. */
export class FakeState {
  readonly repos = new Map<string, FakeRepo>()
  /** Token → login of the user it authenticates; unknown tokens act as github-actions[bot]. */
  readonly tokens = new Map<string, string>()

  /** The repository `owner/name`, created empty on first use. */
  repo(owner = 'acme', name = 'infra'): FakeRepo {
    const key = `${owner}/${name}`.toLowerCase()
    let repo = this.repos.get(key)
    if (!repo) {
      repo = new FakeRepo(owner, name)
      this.repos.set(key, repo)
    }
    return repo
  }
}

/** A 40-hex-digit commit SHA derived from a seed string. */
export function sha(seed: string): string {
  let out = ''
  let hash = 2166136261
  while (out.length < 40) {
    for (const char of seed + out.length) hash = Math.imul(hash ^ char.charCodeAt(0), 16777619) >>> 0
    out += hash.toString(16).padStart(8, '0')
  }
  return out.slice(0, 40)
}
