/**
 * The events a workflow run starts from, with payloads shaped like GitHub's (the fields actions
 * read: repository with default_branch, sender, pull_request head/base, inputs, schedule), and what
 * each event implies for GITHUB_SHA, GITHUB_REF and friends.
 */
import type { FixtureRepository, PullRequestRefs } from './repository.js'

export type DispatchInputValue = string | boolean | number

/** The event that starts a run. */
export type RunEvent =
  | {
      name: 'pull_request'
      pull: PullRequestRefs
      action?: 'opened' | 'synchronize' | 'reopened'
      author?: string
      title?: string
    }
  | { name: 'workflow_dispatch'; ref?: string; inputs?: Record<string, DispatchInputValue>; actor?: string }
  | { name: 'schedule'; cron: string; ref?: string }
  | { name: 'push'; ref: string; before: string; after?: string; actor?: string }

/** What the runner needs from an event: payload and the GITHUB_* values it implies. */
export interface EventFacts {
  name: string
  payload: Record<string, unknown>
  sha: string
  ref: string
  refName: string
  refType: 'branch' | 'tag'
  baseRef: string
  headRef: string
  actor: string
}

const user = (login: string, id: number) => ({
  login,
  id,
  node_id: `U_${id}`,
  type: login.endsWith('[bot]') ? 'Bot' : 'User',
  site_admin: false
})

/** The `repository` object GitHub puts in every payload. */
export function repositoryPayload(repo: FixtureRepository, serverUrl: string): Record<string, unknown> {
  return {
    id: 123456789,
    node_id: 'R_kgDOfixture',
    name: repo.name,
    full_name: repo.fullName,
    private: true,
    owner: user(repo.owner, 1001),
    html_url: `${serverUrl}/${repo.fullName}`,
    clone_url: `${serverUrl}/${repo.fullName}.git`,
    default_branch: repo.defaultBranch,
    visibility: 'private'
  }
}

/** Payload and GITHUB_* facts for an event in `repo`. */
export function describeEvent(event: RunEvent, repo: FixtureRepository, serverUrl: string): EventFacts {
  const repository = repositoryPayload(repo, serverUrl)
  const branch = (ref: string | undefined) => ref ?? repo.defaultBranch
  switch (event.name) {
    case 'pull_request': {
      const { pull } = event
      const author = event.author ?? 'octocat'
      const side = (ref: string, sha: string) => ({
        label: `${repo.owner}:${ref}`,
        ref,
        sha,
        repo: repository,
        user: user(repo.owner, 1001)
      })
      return {
        name: 'pull_request',
        payload: {
          action: event.action ?? 'synchronize',
          number: pull.number,
          pull_request: {
            number: pull.number,
            id: 900000 + pull.number,
            state: 'open',
            draft: false,
            merged: false,
            title: event.title ?? 'Change infrastructure',
            user: user(author, 2002),
            html_url: `${serverUrl}/${repo.fullName}/pull/${pull.number}`,
            head: side(pull.headRef, pull.headSha),
            base: side(pull.baseRef, pull.baseSha)
          },
          repository,
          sender: user(author, 2002)
        },
        sha: pull.mergeSha,
        ref: `refs/pull/${pull.number}/merge`,
        refName: `${pull.number}/merge`,
        refType: 'branch',
        baseRef: pull.baseRef,
        headRef: pull.headRef,
        actor: author
      }
    }
    case 'workflow_dispatch': {
      const ref = branch(event.ref)
      const actor = event.actor ?? 'octocat'
      return {
        name: 'workflow_dispatch',
        payload: {
          // github.event.inputs holds strings; the `inputs` context keeps booleans as booleans.
          inputs: Object.fromEntries(Object.entries(event.inputs ?? {}).map(([k, v]) => [k, String(v)])),
          ref: `refs/heads/${ref}`,
          repository,
          sender: user(actor, 2002),
          workflow: ''
        },
        sha: repo.sha(ref),
        ref: `refs/heads/${ref}`,
        refName: ref,
        refType: 'branch',
        baseRef: '',
        headRef: '',
        actor
      }
    }
    case 'schedule': {
      const ref = branch(event.ref)
      return {
        name: 'schedule',
        payload: { schedule: event.cron, repository, sender: user(repo.owner, 1001), workflow: '' },
        sha: repo.sha(ref),
        ref: `refs/heads/${ref}`,
        refName: ref,
        refType: 'branch',
        baseRef: '',
        headRef: '',
        actor: repo.owner
      }
    }
    case 'push': {
      const after = event.after ?? repo.sha(event.ref)
      const actor = event.actor ?? 'octocat'
      return {
        name: 'push',
        payload: {
          ref: `refs/heads/${event.ref}`,
          before: event.before,
          after,
          created: false,
          deleted: false,
          forced: false,
          repository,
          pusher: { name: actor },
          sender: user(actor, 2002)
        },
        sha: after,
        ref: `refs/heads/${event.ref}`,
        refName: event.ref,
        refType: 'branch',
        baseRef: '',
        headRef: '',
        actor
      }
    }
  }
}
