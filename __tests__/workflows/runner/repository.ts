/**
 * A fixture repository: a real git repository in a temp folder that plays the GitHub repository a
 * workflow runs in. Workflows (and reusable workflows) are read from the commit being run, the
 * checkout stand-in clones it over file://, and a pull request gets a real `refs/pull/<n>/merge`
 * commit, as GitHub makes one.
 */
import { execFileSync } from 'node:child_process'
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'

/** Files to write, by path relative to the repository root; null deletes the file. */
export type FileChanges = Record<string, string | null>

const IDENTITY = [
  '-c',
  'user.name=Fixture Author',
  '-c',
  'user.email=fixture@example.com',
  '-c',
  'commit.gpgsign=false'
]

/** A pull request's three commits, as the event payload and actions/checkout see them. */
export interface PullRequestRefs {
  number: number
  baseRef: string
  baseSha: string
  headRef: string
  headSha: string
  /** The test merge of head into base (`refs/pull/<n>/merge`), which pull_request runs check out. */
  mergeSha: string
}

export class FixtureRepository {
  private constructor(
    readonly dir: string,
    readonly owner: string,
    readonly name: string,
    readonly defaultBranch: string
  ) {}

  /** `owner/name` */
  get fullName(): string {
    return `${this.owner}/${this.name}`
  }

  /** A new repository whose default branch holds `files` in one commit. */
  static create(
    files: FileChanges,
    options: { owner?: string; name?: string; defaultBranch?: string } = {}
  ): FixtureRepository {
    const root = mkdtempSync(join(tmpdir(), 'infra-guard-fixture-repo-'))
    const owner = options.owner ?? 'acme'
    const name = options.name ?? 'infra'
    const dir = join(root, owner, name)
    mkdirSync(dir, { recursive: true })
    const branch = options.defaultBranch ?? 'main'
    const repo = new FixtureRepository(dir, owner, name, branch)
    repo.git('init', '-q', '-b', branch)
    // actions/checkout fetches single commits by SHA; a server must allow that.
    repo.git('config', 'uploadpack.allowAnySHA1InWant', 'true')
    repo.commit(branch, files, 'Initial commit')
    return repo
  }

  /** Runs git in the repository and returns its trimmed stdout. */
  git(...args: string[]): string {
    return execFileSync('git', [...IDENTITY, ...args], {
      cwd: this.dir,
      encoding: 'utf8',
      env: { ...process.env, GIT_TERMINAL_PROMPT: '0' },
      maxBuffer: 64 * 1024 * 1024
    }).trim()
  }

  /** Like git(), but undefined when git exits non-zero. */
  tryGit(...args: string[]): string | undefined {
    try {
      return execFileSync('git', args, {
        cwd: this.dir,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore']
      }).trim()
    } catch {
      return undefined
    }
  }

  /** The commit a branch or ref points at. */
  sha(ref: string): string {
    return this.git('rev-parse', '--verify', `${ref}^{commit}`)
  }

  /** Commits `changes` on `branch` (created from `from`, default the default branch, when new); returns the SHA. */
  commit(branch: string, changes: FileChanges, message: string, from?: string): string {
    const exists = this.git('branch', '--list', branch) !== ''
    const hasCommits = this.tryGit('rev-parse', '--verify', '-q', 'HEAD^{commit}') !== undefined
    if (exists) this.git('checkout', '-q', branch)
    else if (hasCommits) this.git('checkout', '-q', '-b', branch, from ?? this.defaultBranch)
    for (const [path, content] of Object.entries(changes)) {
      const target = join(this.dir, path)
      if (content === null) {
        rmSync(target, { force: true })
      } else {
        mkdirSync(dirname(target), { recursive: true })
        writeFileSync(target, content)
      }
    }
    this.git('add', '-A')
    this.git('commit', '-q', '--allow-empty', '-m', message)
    const sha = this.sha('HEAD')
    this.git('checkout', '-q', this.defaultBranch)
    return sha
  }

  /** Copies a folder of the host into the working tree under `target` (commit it with commit()). */
  copyIn(source: string, target: string): void {
    cpSync(source, join(this.dir, target), { recursive: true })
  }

  /**
   * Opens pull request `number` from `headRef` into `baseRef`: makes the merge commit GitHub would
   * test and stores it as refs/pull/<n>/merge (and the head as refs/pull/<n>/head).
   */
  pullRequest(number: number, headRef: string, baseRef = this.defaultBranch): PullRequestRefs {
    const baseSha = this.sha(baseRef)
    const headSha = this.sha(headRef)
    this.git('checkout', '-q', '--detach', baseSha)
    this.git('merge', '-q', '--no-ff', '-m', `Merge ${headSha} into ${baseSha}`, headSha)
    const mergeSha = this.sha('HEAD')
    this.git('checkout', '-q', this.defaultBranch)
    this.git('update-ref', `refs/pull/${number}/merge`, mergeSha)
    this.git('update-ref', `refs/pull/${number}/head`, headSha)
    return { number, baseRef, baseSha, headRef, headSha, mergeSha }
  }

  /** A file's content at a commit, or undefined when it does not exist there. */
  readFile(sha: string, path: string): string | undefined {
    try {
      return execFileSync('git', ['show', `${sha}:${path.replace(/^\.\//, '')}`], {
        cwd: this.dir,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
        maxBuffer: 64 * 1024 * 1024
      })
    } catch {
      return undefined
    }
  }

  /** Deletes the repository's temp folder. */
  remove(): void {
    rmSync(dirname(dirname(this.dir)), { recursive: true, force: true })
  }
}
