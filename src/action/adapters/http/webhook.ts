/**
 * Sends the deployment notification. The webhook URL is a secret (it is the credential for Slack
 * incoming webhooks): it never appears in an error message.
 */
import { describeError } from '../../../errors.js'

export interface WebhookResult {
  ok: boolean
  /** Why it failed; free of the URL. */
  error?: string
}

/** POSTs the payload as JSON; resolves with the outcome instead of throwing (a failed notice must not fail a deploy). */
export async function sendWebhook(url: string, payload: unknown, timeoutMs = 10_000): Promise<WebhookResult> {
  if (!URL.canParse(url) || !/^https?:$/.test(new URL(url).protocol)) {
    return { ok: false, error: 'notify_webhook is not an http(s) URL' }
  }
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'user-agent': 'infra-guard' },
      body: JSON.stringify(payload),
      signal: AbortSignal.timeout(timeoutMs)
    })
    await response.body?.cancel()
    if (!response.ok) return { ok: false, error: `the webhook answered HTTP ${response.status}` }
    return { ok: true }
  } catch (error) {
    return { ok: false, error: `the request failed (${hideUrl(describeError(error), url)})` }
  }
}

function hideUrl(text: string, url: string): string {
  const host = new URL(url).host
  return text.split(url).join('(webhook URL)').split(host).join('(webhook host)')
}
