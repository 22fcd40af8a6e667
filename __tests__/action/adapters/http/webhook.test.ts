import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { createServer } from 'node:net'
import { buildWebhookPayload, type DeploymentRecord } from '../../../../src/render/deployment-record.js'
import { sendWebhook } from '../../../../src/action/adapters/http/webhook.js'
import { startLoopbackServer, type LoopbackServer } from '../../../helpers/loopback-server.js'

let server: LoopbackServer
beforeAll(async () => {
  server = await startLoopbackServer()
})
afterAll(async () => {
  await server.close()
})

const record: DeploymentRecord = {
  environment: 'prod',
  commit: '0123456789abcdef',
  directory: 'infra',
  repository: 'acme/infra',
  skipped: false,
  healthy: false,
  rollbackRecommended: true,
  checks: [
    {
      name: '<api>',
      url: 'https://x.test',
      method: 'GET',
      ok: false,
      attempts: [],
      durationMs: 5,
      error: 'status 503, expected 200'
    }
  ],
  assertions: [],
  totalTimeoutSeconds: 900
}

describe('sendWebhook', () => {
  it('posts the Slack-compatible payload as JSON', async () => {
    const result = await sendWebhook(`${server.url}/webhook`, buildWebhookPayload(record))
    expect(result).toEqual({ ok: true })
    const body = JSON.parse(server.hits('/webhook')[0].body)
    expect(body.text).toContain('Deployment to acme/infra prod FAILED its checks; rollback recommended')
    expect(body.text).toContain('• <api>: status 503, expected 200')
    // Slack mrkdwn: angle brackets would start links or mentions.
    expect(body.blocks[0].text.text).toContain('&lt;api&gt;')
  })

  it('reports an HTTP error or an unreachable webhook without revealing its URL', async () => {
    expect(await sendWebhook(`${server.url}/webhook-broken`, {})).toEqual({
      ok: false,
      error: 'the webhook answered HTTP 500'
    })
    const probe = createServer()
    await new Promise<void>(resolve => probe.listen(0, '127.0.0.1', resolve))
    const { port } = probe.address() as { port: number }
    await new Promise(resolve => probe.close(resolve))
    const url = `http://127.0.0.1:${port}/services/T000/SECRET`
    const result = await sendWebhook(url, {})
    expect(result.ok).toBe(false)
    expect(result.error).toMatch(/ECONNREFUSED/)
    expect(result.error).not.toContain('SECRET')
    expect(result.error).not.toContain(String(port))
    expect(await sendWebhook('not a url', {})).toEqual({
      ok: false,
      error: 'notify_webhook is not an http(s) URL'
    })
  })
})
