/**
 * A real HTTP server on 127.0.0.1 with the behaviours post-deploy must tell apart: healthy, slow,
 * flapping (fails a few times, then recovers), failing, wrong body; plus a webhook receiver.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

export interface ReceivedRequest {
  method: string
  path: string
  at: number
  body: string
}

export interface LoopbackServer {
  url: string
  requests: ReceivedRequest[]
  /** Requests to one path. */
  hits(path: string): ReceivedRequest[]
  close(): Promise<void>
}

/**
 * Routes: /healthy (200 "status: ok"), /slow?ms=N (answers after N ms), /flap/<key>?fail=N (503 for
 * the first N requests per key, then 200 "ok"), /failing (503), /wrong-body (200 "maintenance"),
 * /webhook (204), /webhook-broken (500).
 */
export async function startLoopbackServer(): Promise<LoopbackServer> {
  const requests: ReceivedRequest[] = []
  const flapCounts = new Map<string, number>()
  const server: Server = createServer(async (req, res) => {
    const body = await readBody(req)
    const url = new URL(req.url ?? '/', 'http://127.0.0.1')
    requests.push({ method: req.method ?? '', path: url.pathname, at: Date.now(), body })
    const send = (status: number, text = '') => {
      res.writeHead(status, { 'content-type': 'text/plain' })
      res.end(text)
    }
    if (url.pathname === '/healthy') return send(200, 'status: ok')
    if (url.pathname === '/slow') {
      const timer = setTimeout(() => send(200, 'late'), Number(url.searchParams.get('ms') ?? 2000))
      res.on('close', () => clearTimeout(timer))
      return
    }
    if (url.pathname.startsWith('/flap/')) {
      const count = (flapCounts.get(url.pathname) ?? 0) + 1
      flapCounts.set(url.pathname, count)
      return count <= Number(url.searchParams.get('fail') ?? 2) ? send(503, 'starting') : send(200, 'ok')
    }
    if (url.pathname === '/failing') return send(503, 'down')
    if (url.pathname === '/wrong-body') return send(200, 'maintenance')
    if (url.pathname === '/webhook') return send(204)
    if (url.pathname === '/webhook-broken') return send(500, 'nope')
    send(404, 'not found')
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    hits: path => requests.filter(r => r.path === path),
    close: () =>
      new Promise(resolve => {
        server.closeAllConnections()
        server.close(() => resolve())
      })
  }
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise(resolve => {
    const chunks: Buffer[] = []
    req.on('data', chunk => chunks.push(chunk))
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
  })
}
