import { describe, expect, it } from '@jest/globals'
import { parseWindowSpec } from '../../../src/policy/window-spec.js'
import { checkWindows } from '../../../src/policy/checks/windows.js'
import type { DeploymentWindows } from '../../../src/policy/types.js'

/** The deployment-window check at an instant, as the gate runs it (no override). */
function windowAt(windows: DeploymentWindows, iso: string): { open: boolean; message: string } {
  const finding = checkWindows({
    environment: 'prod',
    windows,
    now: new Date(iso),
    emergencyOverride: false,
    overrideReason: ''
  })
  return { open: finding.severity === 'pass', message: finding.message }
}

const seoul = {
  timezone: 'Asia/Seoul',
  allow: ['Mon-Thu 09:00-17:00'],
  block: ['2026-12-24..2026-12-26', 'last-fri']
}

describe('deployment windows in Asia/Seoul (UTC+9, no DST)', () => {
  it('is open on Thursday 16:59 and closed at 17:00 local time', () => {
    // 2026-01-15 is a Thursday; 07:59Z = 16:59 KST.
    const open = windowAt(seoul, '2026-01-15T07:59:00Z')
    expect(open.open).toBe(true)
    expect(open.message).toBe('Thu 2026-01-15 16:59 (Asia/Seoul) is inside an allowed window.')
    const closed = windowAt(seoul, '2026-01-15T08:00:00Z')
    expect(closed.open).toBe(false)
    expect(closed.message).toContain(
      "Thu 2026-01-15 17:00 (Asia/Seoul) is outside the allowed windows ('Mon-Thu 09:00-17:00')"
    )
    // Friday 16th is not the last Friday, so the next opening is Monday 09:00.
    expect(closed.message).toContain('The next window opens Mon 2026-01-19 09:00 (Asia/Seoul).')
  })

  it('opens at 09:00 sharp, not 08:59', () => {
    expect(windowAt(seoul, '2026-01-12T23:59:00Z').open).toBe(false) // Tue 08:59
    expect(windowAt(seoul, '2026-01-13T00:00:00Z').open).toBe(true) // Tue 09:00
  })

  it('blocks a date range inside the allowed hours and names the block', () => {
    // Thu 2026-12-24 10:00 KST would be allowed by Mon-Thu.
    const status = windowAt(seoul, '2026-12-24T01:00:00Z')
    expect(status.open).toBe(false)
    expect(status.message).toContain("falls on blocked period '2026-12-24..2026-12-26'")
    expect(status.message).toContain('The next window opens Mon 2026-12-28 09:00 (Asia/Seoul).')
  })

  it('blocks the last Friday of the month but not other Fridays', () => {
    const fridays = { timezone: 'Asia/Seoul', allow: ['Mon-Fri 09:00-17:00'], block: ['last-fri'] }
    expect(windowAt(fridays, '2026-01-23T03:00:00Z').open).toBe(true) // Fri 23rd
    const lastFriday = windowAt(fridays, '2026-01-30T03:00:00Z')
    expect(lastFriday.open).toBe(false)
    expect(lastFriday.message).toContain("falls on blocked period 'last-fri'")
    // In KST it is already Saturday 31st 01:00 when UTC still says Friday 30th 16:00: no block, but weekend.
    const saturday = windowAt(fridays, '2026-01-30T16:00:00Z')
    expect(saturday.open).toBe(false)
    expect(saturday.message).toContain('Sat 2026-01-31 01:00 (Asia/Seoul) is outside the allowed windows')
    expect(saturday.message).not.toContain('blocked period')
  })
})

describe('DST changes come from the tz database', () => {
  const newYork = { timezone: 'America/New_York', allow: ['Mon-Fri 09:00-17:00'], block: [] }

  it('follows the spring-forward switch in America/New_York (2026-03-08)', () => {
    // Friday before the switch: EST (UTC-5), 09:00 local = 14:00Z.
    expect(windowAt(newYork, '2026-03-06T13:59:00Z').open).toBe(false)
    expect(windowAt(newYork, '2026-03-06T14:00:00Z').open).toBe(true)
    // Monday after the switch: EDT (UTC-4), 09:00 local = 13:00Z; a fixed -5 offset would say 08:00.
    expect(windowAt(newYork, '2026-03-09T12:59:00Z').open).toBe(false)
    const opening = windowAt(newYork, '2026-03-09T13:00:00Z')
    expect(opening.open).toBe(true)
    expect(opening.message).toContain('Mon 2026-03-09 09:00 (America/New_York)')
  })

  it('skips the non-existent hour: 01:59 EST is followed by 03:00 EDT', () => {
    const always = { timezone: 'America/New_York', allow: [], block: [] }
    expect(windowAt(always, '2026-03-08T06:59:00Z').message).toContain(
      'Sun 2026-03-08 01:59 (America/New_York)'
    )
    expect(windowAt(always, '2026-03-08T07:00:00Z').message).toContain(
      'Sun 2026-03-08 03:00 (America/New_York)'
    )
  })

  it('follows the fall-back switch in Europe/Berlin (2026-10-25), where 02:30 happens twice', () => {
    const night = { timezone: 'Europe/Berlin', allow: ['Sun 02:00-03:00'], block: [] }
    // 00:30Z = 02:30 CEST; 01:30Z = 02:30 CET; 02:00Z = 03:00 CET (closed).
    expect(windowAt(night, '2026-10-25T00:30:00Z').open).toBe(true)
    expect(windowAt(night, '2026-10-25T01:30:00Z').open).toBe(true)
    expect(windowAt(night, '2026-10-25T02:00:00Z').open).toBe(false)
  })
})

describe('window specs', () => {
  const local = (date: string, minutes: number) => {
    const [year, month, day] = date.split('-').map(Number)
    return { year, month, day, weekday: new Date(Date.UTC(year, month - 1, day)).getUTCDay(), minutes }
  }

  it('runs overnight windows into the next day', () => {
    const spec = parseWindowSpec('Fri 22:00-02:00')
    expect(spec.matches(local('2026-01-16', 23 * 60))).toBe(true) // Fri 23:00
    expect(spec.matches(local('2026-01-17', 60))).toBe(true) // Sat 01:00
    expect(spec.matches(local('2026-01-17', 2 * 60))).toBe(false) // Sat 02:00
    expect(spec.matches(local('2026-01-16', 60))).toBe(false) // Fri 01:00 belongs to Thursday's night
  })

  it('understands yearly dates across the new year, ordinals and wrapped weekday ranges', () => {
    const newYear = parseWindowSpec('12-31..01-02')
    expect(newYear.matches(local('2027-01-02', 600))).toBe(true)
    expect(newYear.matches(local('2027-01-03', 600))).toBe(false)
    const secondTuesday = parseWindowSpec('2nd-tue 10:00-12:00')
    expect(secondTuesday.matches(local('2026-01-13', 11 * 60))).toBe(true)
    expect(secondTuesday.matches(local('2026-01-06', 11 * 60))).toBe(false)
    const weekend = parseWindowSpec('Fri-Mon')
    expect(weekend.matches(local('2026-01-19', 0))).toBe(true) // Monday
    expect(weekend.matches(local('2026-01-20', 0))).toBe(false) // Tuesday
    expect(parseWindowSpec('daily 00:00-24:00').matches(local('2026-01-20', 1439))).toBe(true)
  })

  it('rejects malformed specs with the accepted forms', () => {
    expect(() => parseWindowSpec('Mon-Thu 9-17')).toThrow(
      /is not a window; expected forms like "Mon-Thu 09:00-17:00"/
    )
    expect(() => parseWindowSpec('Mon-Thu 09:00-25:00')).toThrow(/'25:00' is not a time of day/)
    expect(() => parseWindowSpec('2026-02-30')).toThrow(/2026-02-30 is not a calendar date/)
    expect(() => parseWindowSpec('Funday')).toThrow(/'Funday' is not a day selector/)
    expect(() => parseWindowSpec('2026-12-26..2026-12-24')).toThrow(/ends before it starts/)
  })
})
