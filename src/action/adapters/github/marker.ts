/**
 * Hidden markers let the action find its own comments and issues again. A marker counts only when it
 * stands on a line of its own, so a comment that quotes ours ("> <!-- … -->") is never taken for it.
 */
import { InputError } from '../../../errors.js'

/** Throws unless `marker` is one complete HTML comment on one line (so it stays hidden and findable). */
export function assertMarker(marker: string): void {
  if (!/^<!--[^\n]*-->$/.test(marker) || marker.slice(4, -3).includes('>')) {
    throw new InputError(
      `A hidden marker must be one HTML comment on one line, like '<!-- infra-guard:plan -->'; got '${marker}'`
    )
  }
}

/** True when `body` has `marker` on a line of its own. */
export function hasMarker(body: string | null | undefined, marker: string): boolean {
  if (!body) return false
  return body.split(/\r?\n/).some(line => line.trim() === marker)
}

/** Puts the marker on the first line unless the body already carries it. */
export function withMarker(body: string, marker: string): string {
  return hasMarker(body, marker) ? body : `${marker}\n${body}`
}
