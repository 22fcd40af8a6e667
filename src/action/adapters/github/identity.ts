/**
 * Who the token acts as, so the action edits only what it wrote itself. A hidden marker alone does not
 * say who wrote a comment or issue: anyone who can comment can paste it, and would then have the next
 * report written into a comment they can edit afterwards. A user token (PAT) reads its login from
 * GET /user; an installation token (the job's GITHUB_TOKEN) is refused there with 403 and writes as
 * `github-actions[bot]`.
 */
import { GitHubApiError } from '../../../errors.js'
import type { GitHubClient } from './client.js'

/** The login of comments and issues created with the job's GITHUB_TOKEN. */
export const ACTIONS_BOT_LOGIN = 'github-actions[bot]'

/** The login the client's token writes as. Throws GitHubApiError when GitHub cannot say (other than 403). */
export async function authenticatedLogin(client: GitHubClient): Promise<string> {
  try {
    const { data } = await client.rest.users.getAuthenticated()
    if (typeof data.login === 'string' && data.login !== '') return data.login
    throw new GitHubApiError(
      'GET /user answered without a login, so the action cannot tell which comments are its own'
    )
  } catch (error) {
    if (error instanceof GitHubApiError && error.status === 403) return ACTIONS_BOT_LOGIN
    throw error
  }
}

/** True when `author` (a comment's or issue's `user`) is the login the action writes as. */
export function writtenBy(author: { login?: string } | null | undefined, login: string): boolean {
  return typeof author?.login === 'string' && author.login === login
}
