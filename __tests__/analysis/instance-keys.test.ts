/**
 * Addresses inside the action's own words (instance-keys.ts): only the secret in an instance key is
 * redacted; the words around it never are, whatever a plan marks sensitive (N2).
 */
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { redactQuotedAddresses } from '../../src/analysis/instance-keys.js'
import { planSecrets } from '../../src/analysis/plan-secrets.js'
import { SENSITIVE_PLACEHOLDER as S } from '../../src/analysis/scrub-secrets.js'

const SEED = { seed: 20240614, numRuns: 300 }

/** Messages the gate writes, with the address placeholder the plan fills in. */
const MESSAGES = [
  "Production deployment with resource destruction requires force_recreate=true: 2 resource(s) in protected environment 'prod' would be destroyed or replaced.",
  "Safety gate: allowed for environment 'staging' (not protected).",
  'Ingress from 0.0.0.0/0 or ::/0 to ports other than 80/443. 1 resource(s) violate it. ADDRESS: missing owner.',
  'Plan: 0 to add, 8 to change, 1 to destroy.'
]

describe('redactQuotedAddresses: plan fragments inside the action’s words', () => {
  const address = 'terraform_data.keyed["Addr-key-secret-5521"]'
  const secrets = planSecrets(
    new Set(['Addr-key-secret-5521', 'destroyed', 'force_recreate=true', '0.0.0.0/0'])
  )

  it('redacts the addresses a message quotes and nothing else', () => {
    const message = `${MESSAGES[0]} ${address} is one of them.`
    const out = redactQuotedAddresses(message, [address], secrets.scrub)
    expect(out).toContain(`terraform_data.keyed["${S}"]`)
    expect(out.replace(`terraform_data.keyed["${S}"]`, address)).toBe(message)
  })

  it('never changes a message without plan fragments, whatever the plan marked (property)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...MESSAGES), fc.nat(), fc.nat(), (message, start, length) => {
        // The plan marks any piece of the message sensitive, say "force_recreate=true" or "0.0.0.0/0".
        const from = start % message.length
        const marked = message.slice(from, from + 1 + (length % 30))
        const out = redactQuotedAddresses(message, ['aws_instance.web'], planSecrets(new Set([marked])).scrub)
        expect(out).toBe(message)
      }),
      SEED
    )
  })
})
