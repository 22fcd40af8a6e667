/**
 * Target environment resolution. It fails closed: whatever cannot be placed with certainty lands in a
 * protected environment, never in the unprotected fallback.
 *
 * 1. the `environment` input;
 * 2. `github.event.inputs.environment` on workflow_dispatch;
 * 3. Pulumi: the stack the preview names (of several, a protected one);
 * 4. the ref the run is for:
 *    - a branch (for pull requests and merge queues, the base branch): the environment whose `branches`
 *      claim it (defaults: main→prod, staging→staging, develop→dev). The repository's default branch
 *      is also claimed by whatever claims `main`; if two environments claim a branch, the more
 *      protected one wins. A branch nobody claims goes to dev;
 *    - a tag: the environment whose `tags` claim it, otherwise prod (tags usually deploy releases);
 *    - any other ref: prod;
 * 5. no ref at all (not on GitHub): dev.
 *
 * Names are NFKC-normalised, trimmed and compared case-insensitively; an alias resolves to its
 * environment; a name that is neither built in nor declared is protected.
 */

/** Where the target environment came from, in the documented order of precedence. */
export interface EnvironmentRequest {
  /** The `environment` input, when set. */
  explicit?: string
  /** `github.event.inputs.environment` on workflow_dispatch. */
  dispatch?: string
  /** The branch name (refs/heads/ stripped; for pull requests and merge queues the base branch). */
  branch?: string
  /** Pulumi: the stacks a preview's URNs name (read by the shell before the environment is resolved). */
  stacks?: string[]
  /** The tag name (refs/tags/ stripped) when the run is for a tag. */
  tag?: string
  /** A ref that is neither a branch nor a tag. */
  otherRef?: string
  /** The repository's default branch (from the event): it resolves as `main` does. */
  defaultBranch?: string
}

/** What resolution needs to know about one environment. */
export interface EnvironmentDefinition {
  aliases: string[]
  branches: string[]
  /** Tag patterns (`v*`) whose runs go to this environment. */
  tags?: string[]
  protected: boolean
}

/** The built-in environments; a policy file can replace or extend them. */
export const DEFAULT_ENVIRONMENTS: Record<string, EnvironmentDefinition> = {
  dev: { aliases: ['development'], branches: ['develop'], protected: false },
  staging: { aliases: ['stage', 'stg'], branches: ['staging'], protected: false },
  prod: { aliases: ['production', 'prd'], branches: ['main'], protected: true }
}

/** The environment used when nothing names one, or a branch nobody claims. */
const FALLBACK_ENVIRONMENT = 'dev'
/** The environment of tags and refs nobody claims: the built-in protected one. */
const PROTECTED_ENVIRONMENT = 'prod'

export interface ResolvedEnvironment {
  /** Canonical name (an alias is replaced by the environment it belongs to). */
  name: string
  /** What was asked for, before alias resolution. */
  requested: string
  source: 'input' | 'workflow_dispatch' | 'stack' | 'branch' | 'tag' | 'ref' | 'default'
  protected: boolean
}

/**
 * Why a name cannot be an environment name, or undefined when it can. Checked after NFKC and trim:
 * control, invisible (format, default-ignorable) and space characters would make two names that
 * read the same compare different.
 */
export function environmentNameProblem(name: string): string | undefined {
  const normalised = normaliseEnvironmentName(name)
  if (normalised === '') return 'it is empty'
  const bad = /[\p{Cc}\p{Cf}\p{Z}\p{Default_Ignorable_Code_Point}]/u.exec(normalised)
  if (bad) return `it contains ${describeCharacter(bad[0])}; use letters, digits, '-', '_' or '.'`
  return undefined
}

/** NFKC-normalised and trimmed (full-width `ｐｒｏｄ` is `prod`); case is kept. */
export function normaliseEnvironmentName(name: string): string {
  return name.normalize('NFKC').trim()
}

/** `U+200B (an invisible format character)`, for messages that must not print the character itself. */
export function describeCharacter(char: string): string {
  const code = char.codePointAt(0) ?? 0
  const hex = `U+${code.toString(16).toUpperCase().padStart(4, '0')}`
  if (/\p{Cc}/u.test(char)) return `the control character ${hex}`
  if (/\p{Z}/u.test(char)) return `the space character ${hex}`
  return `the invisible character ${hex}`
}

/** The key names are compared by. */
function nameKey(name: string): string {
  return normaliseEnvironmentName(name).toLowerCase()
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
    const names = [request.branch]
    if (request.defaultBranch && request.branch === request.defaultBranch && request.branch !== 'main')
      names.push('main')
    const claimed = claimants(environments, definition =>
      definition.branches.some(pattern => names.some(name => refMatches(pattern, name)))
    )
    const name = mostProtected(claimed, environments) ?? FALLBACK_ENVIRONMENT
    return { ...canonical(name, 'branch', environments), requested: request.branch }
  }
  if (request.tag) {
    const claimed = claimants(environments, definition =>
      (definition.tags ?? []).some(pattern => refMatches(pattern, request.tag as string))
    )
    const name = mostProtected(claimed, environments) ?? PROTECTED_ENVIRONMENT
    return { ...canonical(name, 'tag', environments), requested: request.tag }
  }
  if (request.otherRef) {
    return { ...canonical(PROTECTED_ENVIRONMENT, 'ref', environments), requested: request.otherRef }
  }
  return canonical(FALLBACK_ENVIRONMENT, 'default', environments)
}

function claimants(
  environments: Record<string, EnvironmentDefinition>,
  claims: (definition: EnvironmentDefinition) => boolean
): string[] {
  return Object.entries(environments)
    .filter(([, definition]) => claims(definition))
    .map(([name]) => name)
}

/** Of several environments, a protected one; among equals the built-in prod, then the first by name. */
function mostProtected(
  names: string[],
  environments: Record<string, EnvironmentDefinition>
): string | undefined {
  const ranked = [...names].sort((a, b) => {
    const protection = Number(environments[b].protected) - Number(environments[a].protected)
    if (protection !== 0) return protection
    if (a === PROTECTED_ENVIRONMENT || b === PROTECTED_ENVIRONMENT)
      return a === PROTECTED_ENVIRONMENT ? -1 : 1
    return a < b ? -1 : a > b ? 1 : 0
  })
  return ranked[0]
}

function canonical(
  requested: string,
  source: ResolvedEnvironment['source'],
  environments: Record<string, EnvironmentDefinition>
): ResolvedEnvironment {
  const wanted = nameKey(requested)
  for (const [name, definition] of Object.entries(environments)) {
    if (nameKey(name) === wanted || definition.aliases.some(alias => nameKey(alias) === wanted)) {
      return { name, requested, source, protected: definition.protected }
    }
  }
  // Neither built in nor declared: a typo, a look-alike or a name the policy forgot. Failing safe
  // means treating it like prod, never like dev.
  return { name: wanted, requested, source, protected: true }
}

/** prod, production, prd, and names built on them (prod-eu, production_us) are production. */
export function looksLikeProduction(name: string): boolean {
  return /(^|[-_./])(prod|production|prd)($|[-_./0-9])/i.test(name)
}

/** Branch and tag patterns allow a trailing `*` (release/*, v*). */
export function refMatches(pattern: string, ref: string): boolean {
  if (pattern.endsWith('*')) return ref.startsWith(pattern.slice(0, -1))
  return pattern === ref
}

/** True when some ref matches both patterns (both are literal or end in one `*`). */
export function refPatternsOverlap(a: string, b: string): boolean {
  const starA = a.endsWith('*')
  const starB = b.endsWith('*')
  if (!starA && !starB) return a === b
  if (starA && !starB) return refMatches(a, b)
  if (!starA && starB) return refMatches(b, a)
  const prefixA = a.slice(0, -1)
  const prefixB = b.slice(0, -1)
  return prefixA.startsWith(prefixB) || prefixB.startsWith(prefixA)
}
