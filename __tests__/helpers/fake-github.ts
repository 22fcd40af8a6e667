/**
 * A fake GitHub REST API on a free loopback port, for tests that talk to GitHub over real HTTP.
 *
 * Every request is checked against GitHub's REST OpenAPI description (@octokit/openapi,
 * generated/api.github.com.json): the method and path must name an operation, path and query
 * parameters must be described and of the right type, and a JSON body must match the operation's
 * requestBody schema. A request that breaks the description is answered 422 and recorded in
 * `violations`; tests assert `violations` is empty.
 *
 * Usage:
 *
 *     const github = await startFakeGitHub()
 *     const repo = github.repo('acme', 'infra')           // state is per repository, created on use
 *     repo.addPullRequest({ number: 7, author: 'alice' })
 *     github.script('issues/create-comment', [FAULT.status(502), FAULT.status(502)])  // then normal
 *     // point the client or `node index.js` at it: GITHUB_API_URL=github.url, any token
 *     expect(github.violations).toEqual([])
 *     await github.stop()
 *
 * `startFakeGitHub({ basePath: '/api/v3' })` serves under a GitHub Enterprise Server style prefix.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo, Socket } from 'node:net'
import { HANDLERS } from './fake-github/handlers.js'
import { loadOpenApi, type OpenApiIndex } from './fake-github/openapi.js'
import { FaultScripts, send, statusText, type Fault } from './fake-github/faults.js'
import { Shapes } from './fake-github/shapes.js'
import { FakeState, fakeUser, type FakeRepo } from './fake-github/state.js'

export { FakeState, FakeRepo, sha } from './fake-github/state.js'
export { FAULT, type Fault } from './fake-github/faults.js'
export type { FakeComment, FakeIssue, FakePull, FakeReview, PullSeed } from './fake-github/state.js'

/** One request the server received. */
export interface RecordedRequest {
  method: string
  /** Path without the base path, e.g. /repos/acme/infra/issues/7/comments. */
  path: string
  query: Record<string, string>
  /** 'METHOD /template' of the matched operation, or undefined. */
  route?: string
  operationId?: string
  body?: unknown
  /** Status answered; 0 when the connection was dropped or stalled. */
  status: number
  /** The JSON body answered (before any truncation). */
  response?: unknown
  /** The scripted fault that answered, if any. */
  fault?: string
  /** performance.now() when the request arrived. */
  at: number
}

/** A request that broke GitHub's REST description. */
export interface Violation {
  method: string
  url: string
  problems: string[]
}

/** A running fake server. */
export interface FakeGitHub {
  /** API root to use as GITHUB_API_URL / apiUrl (includes the base path). */
  url: string
  state: FakeState
  /** Shortcut for state.repo(owner, name). */
  repo(owner?: string, name?: string): FakeRepo
  requests: RecordedRequest[]
  violations: Violation[]
  /** Valid requests for operations the fake does not implement (answered 404). */
  unhandled: RecordedRequest[]
  /** Queues faults for a route: an operationId ('issues/create-comment'), 'METHOD /template', or '*'. */
  script(route: string, faults: Fault[]): void
  /** Drops the faults still queued for a route, or for every route when none is given. */
  unscript(route?: string): void
  openapi: OpenApiIndex
  stop(): Promise<void>
}

export interface FakeGitHubOptions {
  /** Path prefix of the API, e.g. '/api/v3' for GitHub Enterprise Server. Default ''. */
  basePath?: string
  /** Web root for html_url links. Default: the server's own origin. */
  htmlUrl?: string
}

/** Starts the fake on 127.0.0.1 with a free port. */
export async function startFakeGitHub(options: FakeGitHubOptions = {}): Promise<FakeGitHub> {
  const openapi = loadOpenApi()
  const basePath = (options.basePath ?? '').replace(/\/+$/, '')
  const state = new FakeState()
  const requests: RecordedRequest[] = []
  const violations: Violation[] = []
  const unhandled: RecordedRequest[] = []
  const scripts = new FaultScripts()
  const sockets = new Set<Socket>()

  const server = createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', chunk => chunks.push(chunk))
    req.on('end', () => {
      try {
        serve(req, res, Buffer.concat(chunks).toString('utf8'))
      } catch (error) {
        send(res, { status: 500, body: { message: `fake-github crashed: ${String(error)}` } })
      }
    })
  })
  server.on('connection', socket => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  const shapes = new Shapes(openapi, origin + basePath, options.htmlUrl ?? origin)

  function serve(req: IncomingMessage, res: ServerResponse, raw: string): void {
    const method = (req.method ?? 'GET').toUpperCase()
    const url = new URL(req.url ?? '/', origin)
    const path = url.pathname.startsWith(basePath + '/') ? url.pathname.slice(basePath.length) : undefined
    const record: RecordedRequest = {
      method,
      path: path ?? url.pathname,
      query: Object.fromEntries(url.searchParams),
      status: 0,
      at: performance.now()
    }
    requests.push(record)
    const refuse = (problems: string[], status = 422) => {
      violations.push({ method, url: url.pathname + url.search, problems })
      record.status = status
      send(res, {
        status,
        body: shapes.error(status, `fake-github: request does not match GitHub's REST description`, problems)
      })
    }
    const matched = path === undefined ? undefined : openapi.match(method, path)
    if (!matched)
      return refuse(
        [`no operation ${method} ${url.pathname} in GitHub's REST description (base path '${basePath}')`],
        404
      )
    record.route = `${method} ${matched.op.template}`
    record.operationId = matched.op.operationId
    let body: unknown
    if (raw.length > 0) {
      if (!/application\/json/.test(req.headers['content-type'] ?? ''))
        return refuse([`body sent with content-type '${req.headers['content-type']}', not application/json`])
      try {
        body = JSON.parse(raw)
      } catch {
        return refuse([`request body is not JSON: ${raw.slice(0, 200)}`])
      }
      record.body = body
    }
    const problems = openapi.checkRequest(matched.op, matched.params, url.searchParams, body)
    if (problems.length > 0) return refuse(problems)
    const auth = req.headers.authorization ?? ''
    if (!/^(token|bearer) \S+$/i.test(auth)) {
      record.status = 401
      return send(res, { status: 401, body: shapes.error(401, 'Requires authentication') })
    }
    const fault = scripts.take(record.route, matched.op.operationId)
    record.fault = fault ? ('kind' in fault ? fault.kind : `status ${fault.status}`) : undefined
    if (fault && 'status' in fault) {
      record.status = fault.status
      return send(res, {
        status: fault.status,
        headers: fault.headers,
        body: fault.body ?? shapes.error(fault.status, statusText(fault.status))
      })
    }
    if (fault && fault.kind === 'drop') return void req.socket.destroy()
    if (fault && fault.kind === 'stall') return
    const handler = HANDLERS[matched.op.operationId]
    const ctx = {
      state,
      repo: state.repo(matched.params.owner, matched.params.repo),
      params: matched.params,
      query: url.searchParams,
      body: (body ?? {}) as Record<string, unknown>,
      user: fakeUser(state.tokens.get(auth.split(' ')[1]) ?? 'github-actions[bot]'),
      shapes,
      url
    }
    const reply = handler ? handler(ctx) : { status: 404, body: shapes.error(404, 'Not Found') }
    if (!handler) unhandled.push(record)
    record.status = reply.status
    record.response = reply.body
    send(res, reply, fault?.kind === 'truncate' || fault?.kind === 'garble' ? fault.kind : undefined)
  }

  return {
    url: origin + basePath,
    state,
    repo: (owner, name) => state.repo(owner, name),
    requests,
    violations,
    unhandled,
    openapi,
    script(route, faults) {
      if (route !== '*' && !openapi.find(route))
        throw new Error(`fake-github: '${route}' names no operation in GitHub's REST description`)
      scripts.add(route, faults)
    },
    unscript(route) {
      scripts.clear(route)
    },
    async stop() {
      for (const socket of sockets) socket.destroy()
      await new Promise<void>(resolve => server.close(() => resolve()))
    }
  }
}
