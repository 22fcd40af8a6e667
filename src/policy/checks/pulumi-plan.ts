/**
 * Checks only a Pulumi plan needs, and plan trust in Pulumi's words:
 * - the document must be a preview: an event log of a `pulumi up` (or destroy, refresh) that ran
 *   records changes already made, so there is nothing left to gate (`isPreview` false), and a log
 *   that does not say is doubt;
 * - one preview is one stack: several stacks mean joined or edited files; and the stack must not be
 *   more protected than the environment whose rules the gate applies (an `environment: dev` input on
 *   a preview of `prod` would gate production with dev's rules);
 * - what the reader could not map and the errors Pulumi reported are worded from the preview itself
 *   (the reader's problem texts, Pulumi's diagnostics), never as Terraform's.
 * Text taken from the document is bounded and kept on one line before it enters a message.
 */
import { planSecrets } from '../../analysis/plan-secrets.js'
import type { PlanAnalysis } from '../../analysis/types.js'
import { resolveEnvironment, type EnvironmentDefinition, type ResolvedEnvironment } from '../environment.js'
import type { PolicyFinding } from '../types.js'

export interface PulumiPlanContext {
  environment: ResolvedEnvironment
  /** The policy's environments, to say which environment a stack name stands for. */
  environments: Record<string, EnvironmentDefinition>
}

/** Entries and diagnostics quoted in one message. */
const QUOTED = 5

/** The findings of a Pulumi plan's own checks (denials and passes), protect excluded (pulumi-protect.ts). */
export function checkPulumiPlan(analysis: PlanAnalysis, context: PulumiPlanContext): PolicyFinding[] {
  if (!analysis.pulumi) return []
  return [checkPreview(analysis), checkStack(analysis, context)]
}

function checkPreview(analysis: PlanAnalysis): PolicyFinding {
  const rule = 'pulumi-preview'
  const facts = analysis.pulumi!
  if (facts.format === 'preview-json' || facts.isPreview === true) {
    return { rule, severity: 'pass', addresses: [], message: 'The document is a Pulumi preview.' }
  }
  const fix =
    'Gate the output of `pulumi preview --json` (or a `pulumi preview --event-log FILE`) before the update runs, and run `pulumi up` only when the gate allows it.'
  if (facts.isPreview === false) {
    return {
      rule,
      severity: 'deny',
      addresses: [],
      message: `'${analysis.source}' is the event log of a Pulumi operation that ran (\`pulumi up\`, destroy or refresh: summaryEvent.isPreview is false), not a preview: its changes are already made, so there is nothing left to gate.`,
      remedy: fix
    }
  }
  return {
    rule,
    severity: 'deny',
    addresses: [],
    message: `The event log '${analysis.source}' does not say whether it is a preview (its summaryEvent has no isPreview, as older Pulumi CLIs write it), so the gate cannot tell a plan from changes already made.`,
    remedy: `${fix} Or upgrade the Pulumi CLI.`
  }
}

function checkStack(analysis: PlanAnalysis, context: PulumiPlanContext): PolicyFinding {
  const rule = 'pulumi-stack'
  const { stacks } = analysis.pulumi!
  const { environment } = context
  if (stacks.length > 1) {
    return {
      rule,
      severity: 'deny',
      addresses: [],
      message: `The preview names ${stacks.length} stacks (${stacks.slice(0, QUOTED).map(quote).join(', ')}); one preview covers one stack, so the file joins several previews or was edited, and no environment's rules fit it.`,
      remedy:
        'Preview one stack per file (`pulumi preview --stack <name> --json`) and gate each file on its own.'
    }
  }
  if (stacks.length === 0) {
    return { rule, severity: 'pass', addresses: [], message: 'The preview names no stack (it has no steps).' }
  }
  const [stack] = stacks
  if (environment.source === 'stack') {
    if (environment.requested === stack) {
      return {
        rule,
        severity: 'pass',
        addresses: [],
        message: `Stack ${quote(stack)} resolved the environment '${environment.name}'.`
      }
    }
    return {
      rule,
      severity: 'deny',
      addresses: [],
      message: `The environment was resolved from stack ${quote(environment.requested)}, but the preview the gate read is of stack ${quote(stack)}: the file changed while it was read.`,
      remedy: 'Run the gate again on a preview file that nothing rewrites meanwhile.'
    }
  }
  const stackEnvironment = resolveEnvironment({ explicit: stack }, context.environments)
  if (stackEnvironment.protected && !environment.protected) {
    return {
      rule,
      severity: 'deny',
      addresses: [],
      message: `The preview is of stack ${quote(stack)}, which stands for the protected environment '${stackEnvironment.name}', but the gate applies the rules of '${environment.name}' (from ${environment.source}), which is not protected.`,
      remedy: `Set the environment input to '${stackEnvironment.name}' (or leave it empty: the stack then names the environment), or, if ${quote(stack)} is not production, declare it as an alias of its environment in the policy.`
    }
  }
  return {
    rule,
    severity: 'pass',
    addresses: [],
    message: `Stack ${quote(stack)} fits the environment '${environment.name}'.`
  }
}

/**
 * Plan trust for a Pulumi plan: what could not be read, in the reader's words; the errors Pulumi
 * reported, quoted from its diagnostics. Denies exactly when checkPlanTrust would for a Terraform plan.
 */
export function checkPulumiTrust(analysis: PlanAnalysis): PolicyFinding[] {
  const findings: PolicyFinding[] = []
  // Diagnostics and reader problems are document text the program under review wrote: they may quote
  // its secrets, and reports, outputs and the log print finding messages as the action's own words.
  const { scrub } = planSecrets(analysis.sensitiveValues)
  if (analysis.unreadable.length > 0) {
    findings.push({
      rule: 'plan-unreadable',
      severity: 'deny',
      addresses: analysis.unreadable.map(entry => entry.address).slice(0, 100),
      message: `${analysis.unreadable.length} step(s) of the Pulumi preview could not be understood: ${analysis.unreadable
        .slice(0, QUOTED)
        .map(entry => `${entry.address}: ${scrub(oneLine(entry.problem))}`)
        .join('; ')}. The gate refuses what it cannot read.`,
      remedy:
        'Gate the unedited output of one `pulumi preview --json`; if Pulumi has a step infra-guard does not know yet, upgrade infra-guard.'
    })
  }
  if (analysis.errored) {
    const facts = analysis.pulumi
    const quoted = (facts?.diagnostics ?? [])
      .filter(diagnostic => diagnostic.severity !== 'warning')
      .slice(0, QUOTED)
      .map(diagnostic => scrub(oneLine(diagnostic.message)))
    const count = facts?.errorCount ?? quoted.length
    findings.push({
      rule: 'plan-errored',
      severity: 'deny',
      addresses: [],
      message: `Pulumi reported ${count} error(s) in '${analysis.source}'${quoted.length > 0 ? `: ${quoted.join('; ')}` : ''}. A preview with errors is not safe to apply.`,
      remedy: 'Fix what the errors say, run `pulumi preview` again and gate the new preview.'
    })
  }
  if (!analysis.complete) {
    findings.push({
      rule: 'plan-incomplete',
      severity: 'deny',
      addresses: [],
      message: `The Pulumi document '${analysis.source}' is incomplete, so the gate cannot see everything the update would do.`,
      remedy: 'Gate a preview that ran to the end.'
    })
  }
  return findings
}

/** Document text on one line, without control characters, at most 300 characters. */
function oneLine(text: string): string {
  // eslint-disable-next-line no-control-regex
  const flat = text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ').trim()
  return flat.length > 300 ? `${flat.slice(0, 299)}…` : flat
}

/** A stack name from the document, quoted and bounded for a message. */
function quote(name: string): string {
  return `'${oneLine(name).slice(0, 80)}'`
}
