import { describe, expect, it } from '@jest/globals'
import {
  checkApprovals,
  computeRequiredApprovals,
  summarizeReviews
} from '../../../src/policy/checks/approvals.js'
import { loadPolicyFile as loadPolicy } from '../../../src/action/adapters/files.js'
import { parsePolicy } from '../../../src/policy/config/parse-policy.js'
import { join } from 'node:path'
import { ROOT } from '../plan-entries.js'

describe('required approvals', () => {
  it('follows the example cost tiers 1/2/3 with the checklist above 500', async () => {
    const { policy } = await loadPolicy({ path: join(ROOT, 'examples', 'infra-guard.yml'), explicit: true })
    const dev = policy.environments.dev
    const need = (monthlyChange: number | undefined, risk: 'low' | 'critical' = 'low') =>
      computeRequiredApprovals({
        policy,
        environment: 'dev',
        settings: dev,
        monthlyChange,
        currency: 'USD',
        risk
      })
    expect(need(0).required).toBe(1)
    expect(need(100).required).toBe(1)
    expect(need(100.01).required).toBe(2)
    expect(need(500).required).toBe(2)
    const big = need(500.01)
    expect(big.required).toBe(3)
    expect(big.checklist).toEqual([
      'Business justification written in the pull request',
      'CTO approval recorded on the pull request'
    ])
    expect(big.reasons[0]).toContain('monthly cost change 500.01 USD is in the tier above 500: 3')
    expect(need(undefined).reasons).toContain('cost tiers not applied: no cost estimate')
    expect(need(undefined).required).toBe(0)
    expect(need(undefined, 'critical').required).toBe(2)
  })

  it('takes the maximum of environment, cost and risk', async () => {
    const { policy } = await loadPolicy({ path: join(ROOT, 'examples', 'infra-guard.yml'), explicit: true })
    const prod = computeRequiredApprovals({
      policy,
      environment: 'prod',
      settings: policy.environments.prod,
      monthlyChange: 20,
      risk: 'critical'
    })
    expect(prod.required).toBe(2)
    expect(prod.reasons).toEqual([
      "environment 'prod' requires 2",
      'monthly cost change 20 is in the tier up to 100: 1',
      'critical risk needs at least 2'
    ])
    expect(prod.checklist).toContain('Staging tests passed')
    const defaults = parsePolicy('', 'p.yml')
    expect(
      computeRequiredApprovals({
        policy: defaults,
        environment: 'prod',
        settings: defaults.environments.prod,
        risk: 'high'
      })
    ).toEqual({
      required: 0,
      checklist: [],
      reasons: ['nothing in the policy requires approvals']
    })
  })
})

describe('approval enforcement over review data', () => {
  const two = { required: 2, checklist: [], reasons: ["environment 'prod' requires 2"] }

  it('ignores the author approving their own pull request', () => {
    const data = summarizeReviews(
      [
        { user: 'alice', state: 'APPROVED' },
        { user: 'bob', state: 'APPROVED' }
      ],
      'Alice',
      42
    )
    expect(data).toEqual({ approvers: ['bob'], changesRequestedBy: [], author: 'Alice', pullRequest: 42 })
    const finding = checkApprovals(two, data)
    expect(finding.severity).toBe('deny')
    expect(finding.message).toContain(
      '1 of 2 required approval(s) on pull request #42: approved by bob; 1 more needed'
    )
    // Review data that lists the author anyway (it did not come through summarizeReviews) still does not count them.
    const listed = checkApprovals(two, {
      approvers: ['alice', 'bob'],
      changesRequestedBy: [],
      author: 'alice'
    })
    expect(listed.severity).toBe('deny')
    expect(listed.message).toContain("the author's own approval (alice) does not count")
  })

  it('takes reviews in submission order, list order where times are missing or equal', () => {
    const data = summarizeReviews(
      [
        { user: 'bob', state: 'CHANGES_REQUESTED', submittedAt: '2026-01-02T10:00:00Z' },
        { user: 'bob', state: 'APPROVED', submittedAt: '2026-01-01T10:00:00Z' },
        { user: 'carol', state: 'APPROVED' },
        { user: 'carol', state: 'DISMISSED' }
      ],
      'alice'
    )
    expect(data).toMatchObject({ approvers: [], changesRequestedBy: ['bob'] })
  })

  it('lets a later "changes requested" cancel an approval, and a later approval restore it', () => {
    const cancelled = summarizeReviews(
      [
        { user: 'bob', state: 'APPROVED' },
        { user: 'carol', state: 'APPROVED' },
        { user: 'bob', state: 'COMMENTED' },
        { user: 'carol', state: 'CHANGES_REQUESTED' }
      ],
      'alice'
    )
    expect(cancelled).toMatchObject({ approvers: ['bob'], changesRequestedBy: ['carol'] })
    expect(checkApprovals(two, cancelled).message).toContain('changes requested by carol')
    const restored = summarizeReviews(
      [
        { user: 'carol', state: 'CHANGES_REQUESTED' },
        { user: 'carol', state: 'APPROVED' },
        { user: 'Bob', state: 'APPROVED' },
        { user: 'bob', state: 'APPROVED' }
      ],
      'alice'
    )
    expect(checkApprovals(two, restored)).toMatchObject({
      severity: 'pass',
      message: '2 of 2 required approval(s): approved by carol, bob.'
    })
  })

  it('drops dismissed reviews and treats someone listed both ways as not approving', () => {
    expect(
      summarizeReviews(
        [
          { user: 'bob', state: 'APPROVED' },
          { user: 'bob', state: 'DISMISSED' }
        ],
        'alice'
      ).approvers
    ).toEqual([])
    const finding = checkApprovals(two, {
      approvers: ['bob', 'carol'],
      changesRequestedBy: ['carol'],
      author: 'alice'
    })
    expect(finding.severity).toBe('deny')
  })

  it('denies when no pull request was found, and passes when nothing is required', () => {
    expect(checkApprovals(two, undefined)).toMatchObject({ severity: 'deny' })
    expect(checkApprovals(two, undefined).message).toContain('no pull request was found for this commit')
    expect(checkApprovals({ required: 0, checklist: [], reasons: [] }, undefined).severity).toBe('pass')
  })
})
