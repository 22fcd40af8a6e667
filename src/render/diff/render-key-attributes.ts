/**
 * Markdown for the key attributes of a create or delete: one line per attribute, the concern first
 * (network, iam, encryption, …), no tables. Plan strings are scrubbed, then escaped as inline code.
 */
import type { KeyAttribute } from '../../analysis/diff/index.js'
import { inlineCode } from '../escape.js'
import { formatPath } from './render-diff.js'

/** Markdown list lines, `omitted` counted on a last line. */
export function renderKeyAttributes(
  attributes: readonly KeyAttribute[],
  omitted = 0,
  scrub: (text: string) => string = text => text
): string[] {
  const lines = attributes.map(attribute => {
    const value =
      attribute.value.kind === 'sensitive'
        ? '_(sensitive)_'
        : attribute.value.kind === 'unknown'
          ? '_(known after apply)_'
          : `${inlineCode(scrub(attribute.value.text) + (attribute.value.cut ? '…' : ''))}`
    return `- ${attribute.concern}: ${inlineCode(scrub(formatPath(attribute.path)))} = ${value}`
  })
  if (omitted > 0) lines.push(`- … ${omitted} more key attribute(s)`)
  return lines
}
