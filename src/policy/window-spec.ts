/**
 * The deployment-window language. A spec is `<days> [HH:MM-HH:MM]`; without a time range it covers
 * the whole day. Days are one of:
 *   weekdays   `Mon-Thu`, `Mon,Wed,Fri`, `Fri-Mon` (wraps), `daily` / `*`
 *   a date     `2026-12-24`, a range `2026-12-24..2026-12-26`
 *   yearly     `12-25`, `12-31..01-02` (wraps the year)
 *   recurring  `last-fri`, `first-mon`, `2nd-tue` … `5th-wed` (n-th weekday of the month)
 * An end time not after the start (`22:00-02:00`) runs into the next day; `24:00` ends at midnight.
 * Pure calendar code: time zones are handled by windows.ts before anything here runs.
 */
import { PolicyError } from '../errors.js'

/** A local calendar day and time, as seen in the window's time zone. */
export interface LocalTime {
  year: number
  month: number
  day: number
  /** 0 = Sunday … 6 = Saturday */
  weekday: number
  /** Minutes since local midnight. */
  minutes: number
}

type DayMatcher = (year: number, month: number, day: number, weekday: number) => boolean

/** A parsed spec; `matches` answers for one local time. */
export interface WindowSpec {
  text: string
  matches(local: LocalTime): boolean
}

const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat']
const ORDINALS: Record<string, number> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  '1st': 1,
  '2nd': 2,
  '3rd': 3,
  '4th': 4,
  '5th': 5,
  last: -1
}

/** What a spec may look like; quoted in every parse error. */
const WINDOW_SPEC_FORMS =
  '"Mon-Thu 09:00-17:00", "Sat,Sun", "daily 22:00-02:00", "2026-12-24", "2026-12-24..2026-12-26", "12-25", "last-fri", "2nd-tue 10:00-12:00"'

/** Parses one spec; throws an Error whose message says what is wrong and which forms are accepted. */
export function parseWindowSpec(text: string): WindowSpec {
  const trimmed = text.trim()
  const match = /^(\S+)(?:\s+(\d{1,2}:\d{2})-(\d{1,2}:\d{2}))?$/.exec(trimmed)
  if (!match) throw new PolicyError(`'${text}' is not a window; expected forms like ${WINDOW_SPEC_FORMS}`)
  const days = parseDays(match[1], text)
  const start = match[2] === undefined ? 0 : parseClock(match[2], text)
  const end = match[3] === undefined ? 1440 : parseClock(match[3], text)
  if (start === 1440)
    throw new PolicyError(`'${text}': a window cannot start at 24:00; use 00:00 of the next day`)
  return {
    text: trimmed,
    matches(local: LocalTime): boolean {
      if (end > start)
        return (
          local.minutes >= start &&
          local.minutes < end &&
          days(local.year, local.month, local.day, local.weekday)
        )
      // Overnight: the part after midnight belongs to the previous day's window.
      if (local.minutes >= start && days(local.year, local.month, local.day, local.weekday)) return true
      if (local.minutes < end) {
        const previous = shiftDay(local.year, local.month, local.day, -1)
        return days(previous.year, previous.month, previous.day, (local.weekday + 6) % 7)
      }
      return false
    }
  }
}

function parseClock(clock: string, spec: string): number {
  const [hours, minutes] = clock.split(':').map(Number)
  if (hours > 24 || minutes > 59 || (hours === 24 && minutes !== 0)) {
    throw new PolicyError(`'${spec}': '${clock}' is not a time of day; use HH:MM from 00:00 to 24:00`)
  }
  return hours * 60 + minutes
}

function parseDays(word: string, spec: string): DayMatcher {
  const lower = word.toLowerCase()
  if (lower === 'daily' || lower === '*') return () => true
  let match = /^(\d{4})-(\d{2})-(\d{2})(?:\.\.(\d{4})-(\d{2})-(\d{2}))?$/.exec(lower)
  if (match) {
    const from = dateKey(checkDate(+match[1], +match[2], +match[3], spec))
    const to = match[4] === undefined ? from : dateKey(checkDate(+match[4], +match[5], +match[6], spec))
    if (to < from) throw new PolicyError(`'${spec}': the range ends before it starts`)
    return (year, month, day) => {
      const key = year * 10000 + month * 100 + day
      return key >= from && key <= to
    }
  }
  match = /^(\d{2})-(\d{2})(?:\.\.(\d{2})-(\d{2}))?$/.exec(lower)
  if (match) {
    const from = monthDayKey(+match[1], +match[2], spec)
    const to = match[3] === undefined ? from : monthDayKey(+match[3], +match[4], spec)
    return (_year, month, day) => {
      const key = month * 100 + day
      return from <= to ? key >= from && key <= to : key >= from || key <= to
    }
  }
  match = /^([a-z0-9]+)-([a-z]{3})$/.exec(lower)
  if (match && match[1] in ORDINALS && WEEKDAYS.includes(match[2])) {
    const nth = ORDINALS[match[1]]
    const wanted = WEEKDAYS.indexOf(match[2])
    return (year, month, day, weekday) => {
      if (weekday !== wanted) return false
      if (nth === -1) return day + 7 > daysInMonth(year, month)
      return Math.ceil(day / 7) === nth
    }
  }
  const set = parseWeekdays(lower)
  if (set) return (_year, _month, _day, weekday) => set.has(weekday)
  throw new PolicyError(
    `'${spec}': '${word}' is not a day selector; expected forms like ${WINDOW_SPEC_FORMS}`
  )
}

function parseWeekdays(lower: string): Set<number> | undefined {
  const set = new Set<number>()
  for (const part of lower.split(',')) {
    const [first, last, extra] = part.split('-')
    const a = WEEKDAYS.indexOf(first)
    const b = last === undefined ? a : WEEKDAYS.indexOf(last)
    if (a < 0 || b < 0 || extra !== undefined) return undefined
    for (let day = a; ; day = (day + 1) % 7) {
      set.add(day)
      if (day === b) break
    }
  }
  return set
}

function checkDate(
  year: number,
  month: number,
  day: number,
  spec: string
): { year: number; month: number; day: number } {
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    throw new PolicyError(`'${spec}': ${year}-${pad(month)}-${pad(day)} is not a calendar date`)
  }
  return { year, month, day }
}

function monthDayKey(month: number, day: number, spec: string): number {
  // Leap year 2024 so that 02-29 is accepted as a yearly date.
  checkDate(2024, month, day, spec)
  return month * 100 + day
}

function dateKey(date: { year: number; month: number; day: number }): number {
  return date.year * 10000 + date.month * 100 + date.day
}

/** Days in a month of the proleptic Gregorian calendar. */
function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate()
}

function shiftDay(
  year: number,
  month: number,
  day: number,
  delta: number
): { year: number; month: number; day: number } {
  const date = new Date(Date.UTC(year, month - 1, day + delta))
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() }
}

function pad(value: number): string {
  return String(value).padStart(2, '0')
}
