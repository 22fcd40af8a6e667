/**
 * Approvals: how many reviews a change needs (by cost tier, by risk, by environment) and, when
 * enforce_approvals is on, whether the pull request has them. Pure: the GitHub adapter fetches the
 * reviews; this module counts them.
 */
import type { RiskLevel } from '../../constants.js'
import type { EffectivePolicy, EnvironmentPolicy, PolicyFinding } from '../types.js'

/** What the change needs before apply. */
export interface ApprovalRequirement {
  required: number
  /** Human checklist items for the report. */
  checklist: string[]
  /** Why `required` is what it is, one line per source. */
  reasons: string[]
}

/**
 * Reviews of the pull request, reduced to each reviewer's latest decisive state:
 * `approvers` are users whose latest review approves, `changesRequestedBy` those whose latest review requests changes.
 */
export interface ApprovalsData {
  approvers: string[]
  author: string
  changesRequestedBy: string[]
  /** The pull request the reviews belong to, for messages. */
  pullRequest?: number
}

const CHECKLIST_TEXT: Record<string, string> = {
  business_justification: 'Business justification written in the pull request',
  cto_approval: 'CTO approval recorded on the pull request'
}

export interface ApprovalInput {
  policy: EffectivePolicy
  environment: string
  settings: EnvironmentPolicy
  /** Monthly cost change; undefined when no estimate was given. */
  monthlyChange?: number
  currency?: string
  risk: RiskLevel
}

/** Computes the approvals a change needs: the maximum of environment, cost tier and risk. */
export function computeRequiredApprovals(input: ApprovalInput): ApprovalRequirement {
  const reasons: string[] = []
  const checklist: string[] = [...input.settings.checklist]
  let required = 0
  const raise = (count: number, reason: string): void => {
    reasons.push(reason)
    required = Math.max(required, count)
  }
  if (input.settings.requiredApprovals > 0) {
    raise(
      input.settings.requiredApprovals,
      `environment '${input.environment}' requires ${input.settings.requiredApprovals}`
    )
  }
  if (input.policy.approvalsByCost.length > 0) {
    if (input.monthlyChange === undefined) reasons.push('cost tiers not applied: no cost estimate')
    else {
      const tier = input.policy.approvalsByCost.find(candidate =>
        candidate.upTo !== undefined
          ? (input.monthlyChange as number) <= candidate.upTo
          : (input.monthlyChange as number) > (candidate.above as number)
      )
      if (tier) {
        const bound = tier.upTo !== undefined ? `up to ${tier.upTo}` : `above ${tier.above}`
        raise(
          tier.approvals,
          `monthly cost change ${input.monthlyChange}${input.currency ? ` ${input.currency}` : ''} is in the tier ${bound}: ${tier.approvals}`
        )
        for (const item of tier.requires) checklist.push(CHECKLIST_TEXT[item] ?? item.replace(/_/g, ' '))
      }
    }
  }
  if (input.risk === 'critical') {
    raise(
      input.policy.risk.criticalApprovals,
      `critical risk needs at least ${input.policy.risk.criticalApprovals}`
    )
  }
  if (reasons.length === 0) reasons.push('nothing in the policy requires approvals')
  return { required, checklist: [...new Set(checklist)], reasons }
}

/** One review as the GitHub API lists it (oldest first). */
export interface ReviewRecord {
  /** The reviewer's login; empty for a deleted account. */
  user: string
  /** APPROVED, CHANGES_REQUESTED, COMMENTED, DISMISSED, PENDING */
  state: string
  /** ISO time the review was submitted, when GitHub gives one. */
  submittedAt?: string
}

/** Review states that change a reviewer's standing; COMMENTED and PENDING leave it as it was. */
const DECISIVE = new Set(['APPROVED', 'CHANGES_REQUESTED', 'DISMISSED'])

/**
 * Reduces reviews to each reviewer's latest decisive state, the way branch protection counts them: a
 * comment keeps the earlier decision, a dismissal clears it, a later "changes requested" cancels an
 * approval. Reviews are taken in submission order (list order where times are missing or equal);
 * reviews by the author and by deleted accounts are ignored; logins compare case-insensitively, as
 * GitHub's do, and keep the spelling of their first review.
 */
export function summarizeReviews(
  reviews: ReviewRecord[],
  author: string,
  pullRequest?: number
): ApprovalsData {
  const ordered = reviews
    .map((review, index) => ({ review, index, at: Date.parse(review.submittedAt ?? '') }))
    .sort((a, b) =>
      Number.isNaN(a.at) || Number.isNaN(b.at) || a.at === b.at ? a.index - b.index : a.at - b.at
    )
  const latest = new Map<string, { login: string; state: string }>()
  for (const { review } of ordered) {
    const login = review.user
    const state = review.state.toUpperCase()
    if (!login || login.toLowerCase() === author.toLowerCase() || !DECISIVE.has(state)) continue
    const key = login.toLowerCase()
    latest.set(key, { login: latest.get(key)?.login ?? login, state })
  }
  const pick = (state: string): string[] =>
    [...latest.values()].filter(entry => entry.state === state).map(entry => entry.login)
  return { approvers: pick('APPROVED'), author, changesRequestedBy: pick('CHANGES_REQUESTED'), pullRequest }
}

/**
 * Enforcement: counts distinct approvers, excluding the author and anyone whose latest review
 * requests changes. Without review data (no pull request found) the gate cannot verify and denies.
 */
export function checkApprovals(
  requirement: ApprovalRequirement,
  data: ApprovalsData | undefined
): PolicyFinding {
  const rule = 'approvals'
  if (requirement.required === 0)
    return { rule, severity: 'pass', addresses: [], message: 'No approvals are required.' }
  if (!data) {
    return {
      rule,
      severity: 'deny',
      addresses: [],
      message: `${requirement.required} approval(s) are required (${requirement.reasons.join('; ')}) but no pull request was found for this commit, so they cannot be verified.`,
      remedy:
        'Deploy a commit that was merged through a reviewed pull request, or set enforce_approvals=false.'
    }
  }
  const author = data.author.toLowerCase()
  const blocked = new Set(data.changesRequestedBy.map(user => user.toLowerCase()))
  const counted = [...new Set(data.approvers.map(user => user.toLowerCase()))].filter(
    user => user !== author && !blocked.has(user)
  )
  const ignoredSelf = data.approvers.some(user => user.toLowerCase() === author)
  const notes = [
    ignoredSelf ? `the author's own approval (${data.author}) does not count` : '',
    blocked.size > 0 ? `changes requested by ${[...blocked].join(', ')}` : ''
  ].filter(Boolean)
  const where = data.pullRequest ? ` on pull request #${data.pullRequest}` : ''
  const approvedBy = counted.length > 0 ? counted.join(', ') : 'nobody'
  const suffix = notes.length > 0 ? ` (${notes.join('; ')})` : ''
  if (counted.length >= requirement.required) {
    return {
      rule,
      severity: 'pass',
      addresses: [],
      message: `${counted.length} of ${requirement.required} required approval(s)${where}: approved by ${approvedBy}${suffix}.`
    }
  }
  const missing = requirement.required - counted.length
  return {
    rule,
    severity: 'deny',
    addresses: [],
    message: `${counted.length} of ${requirement.required} required approval(s)${where}: approved by ${approvedBy}; ${missing} more needed${suffix}. Required because ${requirement.reasons.join('; ')}.`,
    remedy: `Get ${missing} more approving review(s) from someone other than the author, then re-run the job.`
  }
}
