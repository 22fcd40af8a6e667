/**
 * Every string of a policy file, keys included, is checked before anything uses it. On a
 * pull_request run the policy file is the pull request's own, so its strings are the attacker's: a
 * line break in an alias is a second log line, a zero-width space makes `prod` and `prod<ZWSP>` two
 * names, a bidi control reorders what a reviewer reads. Control characters (line breaks and tabs too,
 * except in a rule's `message`) and invisible ones (format and default-ignorable characters, line
 * and paragraph separators) are policy errors. The messages name the key path and the character's
 * code point, never the string itself.
 */
import { describeCharacter } from '../environment.js'

/** Invisible or line-breaking characters: refused in every policy string. */
const INVISIBLE = /[\p{Cf}\p{Zl}\p{Zp}\p{Default_Ignorable_Code_Point}]/u
/** Control characters: refused except `\n` and `\t` in free text. */
const CONTROL = /\p{Cc}/u
const CONTROL_BUT_LAYOUT = /(?![\n\t])\p{Cc}/u

/** Keys whose values are free text that may span lines. */
const FREE_TEXT = /^rules\[\d+\]\.message$/

/** One problem per offending string (key or value), with its key path. */
export function checkPolicyStrings(data: unknown): string[] {
  const problems: string[] = []
  const stack: { value: unknown; path: string }[] = [{ value: data, path: '' }]
  while (stack.length > 0) {
    const { value, path } = stack.pop() as { value: unknown; path: string }
    if (typeof value === 'string') {
      const bad = findBad(value, FREE_TEXT.test(path))
      if (bad) problems.push(`'${path || '(document)'}' contains ${describeCharacter(bad)}; remove it`)
    } else if (Array.isArray(value)) {
      value.forEach((item, index) => stack.push({ value: item, path: `${path}[${index}]` }))
    } else if (value !== null && typeof value === 'object') {
      for (const [key, item] of Object.entries(value)) {
        const at = path === '' ? key : `${path}.${key}`
        const bad = findBad(key, false)
        if (bad) {
          problems.push(
            `the key '${safeKey(key)}' under '${path || '(top level)'}' contains ${describeCharacter(bad)}; remove it`
          )
          continue
        }
        stack.push({ value: item, path: at })
      }
    }
  }
  return problems.reverse()
}

function findBad(text: string, freeText: boolean): string | undefined {
  const invisible = INVISIBLE.exec(text)
  if (invisible) return invisible[0]
  const control = (freeText ? CONTROL_BUT_LAYOUT : CONTROL).exec(text)
  return control ? control[0] : undefined
}

/** A key with every character that is not plain printable ASCII replaced, for the message. */
function safeKey(key: string): string {
  return key.replace(/[^\x20-\x7e]/g, '?').replace(/'/g, '?')
}
