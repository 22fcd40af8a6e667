import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { createServer } from 'node:net'
import { runHealthChecks, type ResolvedCheck } from '../../../../src/action/adapters/http/health-checks.js'
import { parseHealthChecks } from '../../../../src/parse/post-deploy-config.js'
import { startLoopbackServer, type LoopbackServer } from '../../../helpers/loopback-server.js'

let server: LoopbackServer
beforeAll(async () => {
  server = await startLoopbackServer()
})
afterAll(async () => {
  await server.close()
})

/** Builds checks through the real input parser, so defaults are the ones users get. */
function check(yaml: string): ResolvedCheck {
  const [parsed] = parseHealthChecks(yaml.replace('URL', server.url))
  return { ...parsed, url: parsed.url as string, displayUrl: parsed.url as string }
}

/** One check through runHealthChecks, with `totalTimeoutMs` for all of it. */
async function runHealthCheck(resolved: ResolvedCheck, totalTimeoutMs = 60_000) {
  const [result] = await runHealthChecks([resolved], { totalTimeoutMs })
  return result
}

describe('a health check against loopback servers', () => {
  it('passes a healthy endpoint on the first attempt and records it', async () => {
    const result = await runHealthCheck(check('- name: ok\n  url: URL/healthy\n  expect_body: "status: ok"'))
    expect(result).toMatchObject({ name: 'ok', ok: true, method: 'GET' })
    expect(result.attempts).toHaveLength(1)
    expect(result.attempts[0]).toMatchObject({ attempt: 1, status: 200, ok: true })
    expect(new Date(result.attempts[0].startedAt).toISOString()).toBe(result.attempts[0].startedAt)
    expect(result.error).toBeUndefined()
  })

  it('retries a flapping endpoint with growing waits until it recovers', async () => {
    const result = await runHealthCheck(
      check('- name: flap\n  url: URL/flap/a?fail=2\n  retries: 3\n  interval_seconds: 0.05')
    )
    expect(result.ok).toBe(true)
    expect(result.attempts.map(a => [a.status, a.ok])).toEqual([
      [503, false],
      [503, false],
      [200, true]
    ])
    expect(result.attempts[0].error).toBe('status 503, expected 200')
    // Backoff: at least interval before retry 1 and twice the interval before retry 2.
    const [first, second, third] = server.hits('/flap/a').map(r => r.at)
    expect(second - first).toBeGreaterThanOrEqual(45)
    expect(third - second).toBeGreaterThanOrEqual(95)
  })

  it('fails a failing endpoint after exactly its retries', async () => {
    const result = await runHealthCheck(
      check('- name: down\n  url: URL/failing\n  retries: 2\n  interval_seconds: 0')
    )
    expect(result.ok).toBe(false)
    expect(result.attempts).toHaveLength(3)
    expect(result.attempts.every(a => a.status === 503 && !a.ok)).toBe(true)
    expect(result.error).toBe('status 503, expected 200')
  })

  it('accepts the statuses listed in expect_status', async () => {
    const result = await runHealthCheck(
      check('- url: URL/failing\n  expect_status: [200, 503]\n  retries: 0')
    )
    expect(result).toMatchObject({ ok: true, name: `${server.url}/failing` })
  })

  it('times out a slow endpoint per attempt', async () => {
    const result = await runHealthCheck(
      check(
        '- name: slow\n  url: URL/slow?ms=3000\n  timeout_seconds: 0.2\n  retries: 1\n  interval_seconds: 0'
      )
    )
    expect(result.ok).toBe(false)
    expect(result.attempts).toHaveLength(2)
    expect(result.attempts.map(a => a.error)).toEqual(['no answer within 0.2s', 'no answer within 0.2s'])
    expect(result.attempts[0].status).toBeUndefined()
  })

  it('fails a wrong body, by substring and by regex', async () => {
    const substring = await runHealthCheck(check('- url: URL/wrong-body\n  expect_body: ok\n  retries: 0'))
    expect(substring).toMatchObject({ ok: false, error: "body does not contain 'ok'" })
    expect(substring.attempts[0].status).toBe(200)
    const regex = await runHealthCheck(check('- url: URL/wrong-body\n  expect_body: /^ok$/i\n  retries: 0'))
    expect(regex).toMatchObject({ ok: false, error: 'body does not match /^ok$/i' })
    const matching = await runHealthCheck(
      check('- url: URL/wrong-body\n  expect_body: /^MAINT/i\n  retries: 0')
    )
    expect(matching.ok).toBe(true)
  })

  it('stops at the overall deadline instead of using every retry', async () => {
    const result = await runHealthCheck(
      check('- name: bounded\n  url: URL/failing\n  retries: 20\n  interval_seconds: 0.1'),
      400
    )
    expect(result.ok).toBe(false)
    expect(result.attempts.length).toBeGreaterThan(1)
    expect(result.attempts.length).toBeLessThan(21)
    expect(result.error).toMatch(/total time limit reached/)
  })

  it('reports a refused connection with its cause', async () => {
    const port = await closedPort()
    const result = await runHealthCheck(check(`- url: http://127.0.0.1:${port}/\n  retries: 0`))
    expect(result.ok).toBe(false)
    expect(result.error).toMatch(/ECONNREFUSED/)
  })

  it('hides a sensitive URL in error messages', async () => {
    const port = await closedPort()
    const secret = `http://127.0.0.1:${port}/token-abc`
    const result = await runHealthCheck({
      ...check('- url: http://placeholder/\n  retries: 0'),
      url: secret,
      displayUrl: '(sensitive output url)'
    })
    expect(result.url).toBe('(sensitive output url)')
    expect(JSON.stringify(result)).not.toContain('token-abc')
    expect(JSON.stringify(result)).not.toContain(`127.0.0.1:${port}`)
  })
})

describe('runHealthChecks', () => {
  it('runs several checks and keeps their order', async () => {
    const checks = parseHealthChecks(
      `- name: b\n  url: ${server.url}/failing\n  retries: 0\n- name: a\n  url: ${server.url}/healthy`
    ).map(c => ({ ...c, url: c.url as string, displayUrl: c.url as string }))
    const seen: string[] = []
    const results = await runHealthChecks(checks, {
      totalTimeoutMs: 10_000,
      onAttempt: c => seen.push(c.name)
    })
    expect(results.map(r => [r.name, r.ok])).toEqual([
      ['b', false],
      ['a', true]
    ])
    expect(seen.sort()).toEqual(['a', 'b'])
  })
})

/** A port nothing listens on: bind, read the port, close. */
async function closedPort(): Promise<number> {
  const probe = createServer()
  await new Promise<void>(resolve => probe.listen(0, '127.0.0.1', resolve))
  const { port } = probe.address() as { port: number }
  await new Promise(resolve => probe.close(resolve))
  return port
}
