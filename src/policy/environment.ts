/**
 * Target environment resolution, in this order:
 * 1. the `environment` input;
 * 2. `github.event.inputs.environment` on workflow_dispatch;
 * 3. the branch: a policy environment whose `branches` list it (defaults: main→prod,
 *    staging→staging, develop→dev);
 * 4. anything else → dev.
 * A name that is an alias of an environment (production, prd → prod) resolves to that environment.
 */

/** Where the target environment came from, in the documented order of precedence. */
export interface EnvironmentRequest {
  /** The `environment` input, when set. */
  explicit?: string
  /** `github.event.inputs.environment` on workflow_dispatch. */
  dispatch?: string
  /** The branch name (refs/heads/ stripped; for pull requests the base branch). */
  branch?: string
  /** Pulumi: the stacks a preview's URNs name (read by the shell before the environment is resolved). */
  stacks?: string[]
}

/** What resolution needs to know about one environment. */
export interface EnvironmentDefinition {
  aliases: string[]
  branches: string[]
  protected: boolean
}

/** The built-in environments; a policy file can replace or extend them. */
export const DEFAULT_ENVIRONMENTS: Record<string, EnvironmentDefinition> = {
  dev: { aliases: ['development'], branches: ['develop'], protected: false },
  staging: { aliases: ['stage', 'stg'], branches: ['staging'], protected: false },
  prod: { aliases: ['production', 'prd'], branches: ['main'], protected: true }
}

/** The environment used when nothing else names one. */
const FALLBACK_ENVIRONMENT = 'dev'

export interface ResolvedEnvironment {
  /** Canonical name (an alias is replaced by the environment it belongs to). */
  name: string
  /** What was asked for, before alias resolution. */
  requested: string
  source: 'input' | 'workflow_dispatch' | 'stack' | 'branch' | 'default'
  protected: boolean
}

/** Resolves the target environment; pure, so the rule is testable without a runner. */
export function resolveEnvironment(
  request: EnvironmentRequest,
  environments: Record<string, EnvironmentDefinition> = DEFAULT_ENVIRONMENTS
): ResolvedEnvironment {
  if (request.explicit) return canonical(request.explicit, 'input', environments)
  if (request.dispatch) return canonical(request.dispatch, 'workflow_dispatch', environments)
  // Pulumi: the stack names the environment, by the same rules as a named one; of several stacks
  // (which the gate denies) the most protected wins.
  if (request.stacks && request.stacks.length > 0) {
    const candidates = request.stacks.map(stack => canonical(stack, 'stack', environments))
    return candidates.find(candidate => candidate.protected) ?? candidates[0]
  }
  if (request.branch) {
    for (const [name, definition] of Object.entries(environments)) {
      if (definition.branches.some(branch => branchMatches(branch, request.branch as string))) {
        return { ...canonical(name, 'branch', environments), requested: request.branch }
      }
    }
  }
  return canonical(FALLBACK_ENVIRONMENT, 'default', environments)
}

function canonical(
  requested: string,
  source: ResolvedEnvironment['source'],
  environments: Record<string, EnvironmentDefinition>
): ResolvedEnvironment {
  const wanted = requested.trim().toLowerCase()
  for (const [name, definition] of Object.entries(environments)) {
    if (name.toLowerCase() === wanted || definition.aliases.some(alias => alias.toLowerCase() === wanted)) {
      return { name, requested, source, protected: definition.protected }
    }
  }
  // Unknown environments are not protected unless their name says production: failing safe here
  // means treating 'Production-EU' like prod rather than like dev.
  return { name: wanted, requested, source, protected: looksLikeProduction(wanted) }
}

/** prod, production, prd, and names built on them (prod-eu, production_us) are production. */
export function looksLikeProduction(name: string): boolean {
  return /(^|[-_./])(prod|production|prd)($|[-_./0-9])/i.test(name)
}

/** Branch patterns allow a trailing `*` (release/*). */
function branchMatches(pattern: string, branch: string): boolean {
  if (pattern.endsWith('*')) return branch.startsWith(pattern.slice(0, -1))
  return pattern === branch
}
