/**
 * Resource addresses as a reviewer must see them. An address is the action's anchor for "what is
 * destroyed", so it is never replaced by plan-chosen text: its type, name and module names are
 * configuration identifiers and always shown; only a sensitive value inside an instance key
 * (`db["<secret>"]`) is redacted. Invisible characters are escaped (by Terraform, and again by the
 * escaper); letters outside ASCII are named next to the address, so `db["prоd"]` with a Cyrillic `о`
 * cannot pass for `db["prod"]`. Hostile lengths are shortened visibly, keeping both ends.
 */

/** Scripts named when letters of several are mixed in one address (the usual homoglyph sources). */
const SCRIPTS = [
  'Latin',
  'Cyrillic',
  'Greek',
  'Armenian',
  'Cherokee',
  'Georgian',
  'Arabic',
  'Hebrew',
  'Devanagari',
  'Thai',
  'Han',
  'Hiragana',
  'Katakana',
  'Hangul'
] as const
const SCRIPT_TESTS = SCRIPTS.map(name => ({ name, test: new RegExp(`\\p{Script=${name}}`, 'u') }))

/** Distinct non-ASCII code points listed at most. */
const LISTED_CODE_POINTS = 4

/** Instance keys are redacted by the analysis' rule, shared with the redacted plan.json. */
export { redactInstanceKeys } from '../analysis/instance-keys.js'

/** Shortens an address longer than `max` code points to its beginning and end, saying how long it is. */
export function shortenAddress(address: string, max: number): string {
  if (address.length <= max) return address
  const chars = Array.from(address)
  if (chars.length <= max) return address
  const tail = Math.min(24, Math.floor(max / 4))
  const head = Math.max(1, max - tail - 1)
  return `${chars.slice(0, head).join('')}…${chars.slice(chars.length - tail).join('')}`
}

/**
 * Why an address needs a closer look: its length when shortened, and the non-ASCII characters in it
 * (with "mixed scripts" when letters of several scripts are mixed). Empty for ordinary addresses.
 */
export function addressWarnings(address: string, shortened: boolean): string[] {
  const warnings: string[] = []
  if (shortened) warnings.push(`${Array.from(address).length} characters, shortened`)
  // eslint-disable-next-line no-control-regex
  if (!/[^\u0000-\u007f]/.test(address)) return warnings
  const points: string[] = []
  const scripts = new Set<string>()
  let more = 0
  for (const char of new Set(Array.from(address))) {
    const code = char.codePointAt(0)!
    if (code < 0x80) {
      if (/[A-Za-z]/.test(char)) scripts.add('Latin')
      continue
    }
    for (const script of SCRIPT_TESTS) if (script.test.test(char)) scripts.add(script.name)
    if (points.length < LISTED_CODE_POINTS)
      points.push(`U+${code.toString(16).toUpperCase().padStart(4, '0')}`)
    else more++
  }
  const mixed = scripts.size > 1 ? ` (mixed scripts: ${[...scripts].join(', ')})` : ''
  warnings.push(`non-ASCII ${points.join(' ')}${more > 0 ? ` and ${more} more` : ''}${mixed}`)
  return warnings
}
