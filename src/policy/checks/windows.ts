/**
 * Deployment windows. The current instant is converted to wall-clock time in the window's IANA
 * time zone with the platform's Intl (so DST changes are handled by the tz database, never by
 * hand-written offsets), then matched against the allow and block specs. The clock is a parameter.
 */
import { PolicyError } from '../../errors.js'
import { parseWindowSpec, type LocalTime, type WindowSpec } from '../window-spec.js'
import type { DeploymentWindows, PolicyFinding } from '../types.js'

/** The verdict of the windows for one instant. */
interface WindowStatus {
  open: boolean
  /** Local wall-clock time, e.g. `Thu 2026-01-15 16:59 (Asia/Seoul)`. */
  localTime: string
  /** The block spec that closed the window, when one did. */
  blockedBy?: string
  /** Why it is open or closed, in one sentence. */
  reason: string
  /** When the window opens next (within the search horizon), as local time text. */
  nextOpen?: string
}

const formatters = new Map<string, Intl.DateTimeFormat>()
const WEEKDAY_NAMES = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat']
/** How far ahead the next opening is searched (minutes). */
const NEXT_OPEN_HORIZON = 14 * 24 * 60
const NEXT_OPEN_STRIDE = 5

/** Throws when `timeZone` is not an IANA zone this platform knows. */
export function assertTimeZone(timeZone: string): void {
  formatterFor(timeZone)
}

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone)
  if (!formatter) {
    try {
      formatter = new Intl.DateTimeFormat('en-US', {
        timeZone,
        hourCycle: 'h23',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        weekday: 'short'
      })
    } catch {
      throw new PolicyError(
        `'${timeZone}' is not an IANA time zone (examples: Asia/Seoul, Europe/Berlin, America/New_York, UTC)`
      )
    }
    formatters.set(timeZone, formatter)
  }
  return formatter
}

/** Wall-clock time of `instant` in `timeZone`. */
function toLocalTime(instant: Date, timeZone: string): LocalTime {
  const parts: Record<string, string> = {}
  for (const part of formatterFor(timeZone).formatToParts(instant)) parts[part.type] = part.value
  const hour = Number(parts.hour) % 24
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    weekday: WEEKDAY_NAMES.indexOf(parts.weekday),
    minutes: hour * 60 + Number(parts.minute)
  }
}

/** `Thu 2026-01-15 16:59 (Asia/Seoul)` */
function formatLocalTime(local: LocalTime, timeZone: string): string {
  const pad = (value: number): string => String(value).padStart(2, '0')
  const clock = `${pad(Math.floor(local.minutes / 60))}:${pad(local.minutes % 60)}`
  return `${WEEKDAY_NAMES[local.weekday]} ${local.year}-${pad(local.month)}-${pad(local.day)} ${clock} (${timeZone})`
}

/** Parsed windows, so a policy's specs are parsed once. */
interface CompiledWindows {
  timezone: string
  allow: WindowSpec[]
  block: WindowSpec[]
}

function compile(windows: DeploymentWindows): CompiledWindows {
  assertTimeZone(windows.timezone)
  return {
    timezone: windows.timezone,
    allow: windows.allow.map(parseWindowSpec),
    block: windows.block.map(parseWindowSpec)
  }
}

function statusAt(
  compiled: CompiledWindows,
  instant: Date
): { open: boolean; local: LocalTime; blockedBy?: WindowSpec } {
  const local = toLocalTime(instant, compiled.timezone)
  const blockedBy = compiled.block.find(spec => spec.matches(local))
  if (blockedBy) return { open: false, local, blockedBy }
  const allowed = compiled.allow.length === 0 || compiled.allow.some(spec => spec.matches(local))
  return { open: allowed, local }
}

/** Decides whether `now` is inside the deployment windows. */
function checkDeploymentWindow(windows: DeploymentWindows, now: Date): WindowStatus {
  const compiled = compile(windows)
  const current = statusAt(compiled, now)
  const localTime = formatLocalTime(current.local, compiled.timezone)
  if (current.open) {
    const where =
      compiled.allow.length === 0 ? 'no allow list, and no block applies' : 'inside an allowed window'
    return { open: true, localTime, reason: `${localTime} is ${where}.` }
  }
  const reason = current.blockedBy
    ? `${localTime} falls on blocked period '${current.blockedBy.text}'.`
    : `${localTime} is outside the allowed windows (${compiled.allow.map(spec => `'${spec.text}'`).join(', ')}).`
  return {
    open: false,
    localTime,
    blockedBy: current.blockedBy?.text,
    reason,
    nextOpen: findNextOpening(compiled, now)
  }
}

/**
 * Steps forward in 5-minute strides (wall-clock aware via Intl) up to the horizon, then walks back
 * minute by minute to the first open minute. Only the hint in the message depends on this; a window
 * shorter than the stride may be missed by the hint, never by the verdict.
 */
function findNextOpening(compiled: CompiledWindows, now: Date): string | undefined {
  const start = Math.floor(now.getTime() / 60000) * 60000
  for (let step = NEXT_OPEN_STRIDE; step <= NEXT_OPEN_HORIZON; step += NEXT_OPEN_STRIDE) {
    if (!statusAt(compiled, new Date(start + step * 60000)).open) continue
    let first = step
    while (first - 1 > 0 && statusAt(compiled, new Date(start + (first - 1) * 60000)).open) first--
    return formatLocalTime(toLocalTime(new Date(start + first * 60000), compiled.timezone), compiled.timezone)
  }
  return undefined
}

/** What the deployment-window check needs to know about the run. */
export interface WindowsContext {
  environment: string
  /** The environment's windows; absent means any time. */
  windows?: DeploymentWindows
  now: Date
  emergencyOverride: boolean
  overrideReason: string
}

/**
 * The deployment-window finding: pass inside the windows; outside them deny, or warn when
 * emergency_override is set with a reason.
 */
export function checkWindows(context: WindowsContext): PolicyFinding {
  const rule = 'deployment-window'
  const windows = context.windows
  if (!windows)
    return {
      rule,
      severity: 'pass',
      addresses: [],
      message: `No deployment windows for '${context.environment}'.`
    }
  const status = checkDeploymentWindow(windows, context.now)
  if (status.open) return { rule, severity: 'pass', addresses: [], message: status.reason }
  const reason = context.overrideReason.trim()
  if (context.emergencyOverride && reason !== '') {
    return {
      rule,
      severity: 'warn',
      addresses: [],
      message: `${status.reason} Allowed by emergency_override; reason: ${reason}`
    }
  }
  const next = status.nextOpen ? ` The next window opens ${status.nextOpen}.` : ''
  return {
    rule,
    severity: 'deny',
    addresses: [],
    message: `Outside the deployment window for '${context.environment}': ${status.reason}${next}${
      context.emergencyOverride
        ? ' emergency_override was set without an override_reason, so it does not apply.'
        : ''
    }`,
    remedy:
      'Deploy inside the window, or re-run with emergency_override=true and a non-empty override_reason (recorded in the summary and outputs).'
  }
}
