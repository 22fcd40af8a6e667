/**
 * Secrets recognisable by their shape, whatever they are stored under: private keys in PEM, cloud and
 * SaaS credentials with a fixed prefix, JWTs, passwords in URLs, chat webhooks, and `password=…` / `password: …` inside text (connection
 * strings, env files, query strings, YAML).
 * Each shape yields only the secret part (the password of a URL, the path of a webhook), so the rest
 * of the value stays readable. The list is closed and documented in SECURITY.md; anything else is
 * found only by name, by pair, or because Terraform marked it.
 */
import { isSecretName, looksLikeSecretText } from './secret-names.js'

interface Shape {
  /** Name for documentation and tests. */
  name: string
  /** Global regex; the secret is capture group `group` (0 = the whole match). */
  pattern: RegExp
  group: number
}

export const SECRET_SHAPES: readonly Shape[] = [
  {
    name: 'PEM private key',
    pattern: /-----BEGIN ((?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?)-----(?:\\n|[\s\S])*?-----END \1-----/g,
    group: 0
  },
  { name: 'AWS access key id', pattern: /\b(?:AKIA|ASIA)[A-Z0-9]{16}\b/g, group: 0 },
  { name: 'GitHub token', pattern: /\b(?:gh[pousr]_[A-Za-z0-9]{30,255}|github_pat_\w{22,255})\b/g, group: 0 },
  { name: 'GitLab token', pattern: /\bglpat-[\w-]{20,}/g, group: 0 },
  { name: 'Slack token', pattern: /\bxox[abposr]-[A-Za-z0-9-]{10,}/g, group: 0 },
  {
    name: 'Slack webhook',
    pattern: /hooks\.slack\.com\/(?:services|workflows|triggers)\/([\w/-]{8,})/g,
    group: 1
  },
  { name: 'Discord webhook', pattern: /discord(?:app)?\.com\/api\/webhooks\/(\d+\/[\w-]{16,})/g, group: 1 },
  { name: 'Google API key', pattern: /\bAIza[\w-]{35}/g, group: 0 },
  { name: 'Stripe secret key', pattern: /\b[rs]k_live_[0-9A-Za-z]{16,}/g, group: 0 },
  { name: 'npm token', pattern: /\bnpm_[A-Za-z0-9]{36}\b/g, group: 0 },
  { name: 'SendGrid key', pattern: /\bSG\.[\w-]{22}\.[\w-]{43}\b/g, group: 0 },
  { name: 'JWT', pattern: /\beyJ[\w-]{5,}\.eyJ[\w-]{5,}\.[\w-]{10,}/g, group: 0 },
  { name: 'password in a URL', pattern: /\b[A-Za-z][\w+.-]*:\/\/[^\s/?#@:'"]*:([^\s/?#@'"]+)@/g, group: 1 },
  { name: 'URL signature', pattern: /[?&](?:sig|signature|x-amz-signature)=([\w%+/=-]{16,})/gi, group: 1 },
  { name: 'bearer token', pattern: /\bBearer\s+([\w.~+/-]{16,}=*)/g, group: 1 }
]

/**
 * `name=value` and `name: value` inside text (connection strings, env files, query strings, YAML in
 * user data); the value counts when the name is a secret's (isSecretName) and it looks like one.
 * The value is only looked at (a lookahead), so an assignment inside another's value is found too.
 */
const ASSIGNMENT =
  /(?<=^|[\s;,&?"'{(])([A-Za-z_][\w.-]*)["']?[ \t]*[=:][ \t]*(?=("[^"\n]+"|'[^'\n]+'|[^\s;,&"'}]+))/g

/** One cheap test before the shapes: most strings of a plan contain none of these. */
const PREFILTER =
  /-----BEGIN|A[KS]IA|gh[pousr]_|github_pat_|glpat-|xox[abposr]-|hooks\.slack|discord|AIza|k_live_|npm_|SG\.|eyJ|:\/\/[^\s/@]*:[^\s/@]*@|sig=|signature=|Bearer\s|(?:pass|pwd|secret|token|key|credential|dsn|connection)\w*["']?[ \t]*[=:]/i

/** Longest string searched for shapes; a longer one is searched in its first part only. */
const MAX_SEARCH_CHARS = 1 << 20

/**
 * The secret parts of `text` by shape (see SECRET_SHAPES), in order of appearance; empty for most
 * strings. A PEM private key yields the whole block and each line of its body, so a key printed one
 * line at a time (Terraform's heredoc) is still found line by line.
 */
export function findSecretShapes(text: string): string[] {
  if (text.length < 8 || !PREFILTER.test(text)) return []
  const searched = text.length > MAX_SEARCH_CHARS ? text.slice(0, MAX_SEARCH_CHARS) : text
  const found: string[] = []
  for (const shape of SECRET_SHAPES) {
    shape.pattern.lastIndex = 0
    for (const match of searched.matchAll(shape.pattern)) {
      const secret = unquote(match[shape.group] ?? '')
      if (secret === '') continue
      found.push(secret)
      if (shape.group === 0 && secret.startsWith('-----BEGIN')) found.push(...pemBodyLines(secret))
    }
  }
  ASSIGNMENT.lastIndex = 0
  for (const match of searched.matchAll(ASSIGNMENT)) {
    const value = unquote(match[2])
    if (isSecretName(match[1]) && looksLikeSecretText(value)) found.push(value)
  }
  return found
}

/** True when the whole of `text` (trimmed) is one secret found by shape, such as a bare token or key. */
export function isSecretShape(text: string): boolean {
  const trimmed = text.trim()
  const found = findSecretShapes(trimmed)
  return found.length > 0 && found[0] === trimmed
}

/** The lines between BEGIN and END, each trimmed; real newlines or `\n` escapes (a key inside a JSON string). */
function pemBodyLines(block: string): string[] {
  return block
    .split(/\\n|\r?\n/)
    .slice(1, -1)
    .map(line => line.trim())
    .filter(line => line.length >= 4)
}

function unquote(text: string): string {
  return /^(["']).*\1$/s.test(text) ? text.slice(1, -1) : text
}
