import { describe, expect, it } from '@jest/globals'
import { parseWindowSpec } from '../../../src/policy/window-spec.js'
import { checkDeploymentWindow, toLocalTime } from '../../../src/policy/checks/windows.js'

const seoul = {
  timezone: 'Asia/Seoul',
  allow: ['Mon-Thu 09:00-17:00'],
  block: ['2026-12-24..2026-12-26', 'last-fri']
}

describe('deployment windows in Asia/Seoul (UTC+9, no DST)', () => {
  it('is open on Thursday 16:59 and closed at 17:00 local time', () => {
    // 2026-01-15 is a Thursday; 07:59Z = 16:59 KST.
    const open = checkDeploymentWindow(seoul, new Date('2026-01-15T07:59:00Z'))
    expect(open).toMatchObject({ open: true, localTime: 'Thu 2026-01-15 16:59 (Asia/Seoul)' })
    const closed = checkDeploymentWindow(seoul, new Date('2026-01-15T08:00:00Z'))
    expect(closed.open).toBe(false)
    expect(closed.localTime).toBe('Thu 2026-01-15 17:00 (Asia/Seoul)')
    expect(closed.reason).toContain("outside the allowed windows ('Mon-Thu 09:00-17:00')")
    // Friday 16th is not the last Friday, so the next opening is Monday 09:00.
    expect(closed.nextOpen).toBe('Mon 2026-01-19 09:00 (Asia/Seoul)')
  })

  it('opens at 09:00 sharp, not 08:59', () => {
    expect(checkDeploymentWindow(seoul, new Date('2026-01-12T23:59:00Z')).open).toBe(false) // Tue 08:59
    expect(checkDeploymentWindow(seoul, new Date('2026-01-13T00:00:00Z')).open).toBe(true) // Tue 09:00
  })

  it('blocks a date range inside the allowed hours and names the block', () => {
    // Thu 2026-12-24 10:00 KST would be allowed by Mon-Thu.
    const status = checkDeploymentWindow(seoul, new Date('2026-12-24T01:00:00Z'))
    expect(status).toMatchObject({ open: false, blockedBy: '2026-12-24..2026-12-26' })
    expect(status.nextOpen).toBe('Mon 2026-12-28 09:00 (Asia/Seoul)')
  })

  it('blocks the last Friday of the month but not other Fridays', () => {
    const fridays = { timezone: 'Asia/Seoul', allow: ['Mon-Fri 09:00-17:00'], block: ['last-fri'] }
    expect(checkDeploymentWindow(fridays, new Date('2026-01-23T03:00:00Z')).open).toBe(true) // Fri 23rd
    expect(checkDeploymentWindow(fridays, new Date('2026-01-30T03:00:00Z'))).toMatchObject({
      open: false,
      blockedBy: 'last-fri'
    })
    // In KST it is already Saturday 31st 01:00 when UTC still says Friday 30th 16:00: no block, but weekend.
    expect(checkDeploymentWindow(fridays, new Date('2026-01-30T16:00:00Z')).blockedBy).toBeUndefined()
  })
})

describe('DST changes come from the tz database', () => {
  const newYork = { timezone: 'America/New_York', allow: ['Mon-Fri 09:00-17:00'], block: [] }

  it('follows the spring-forward switch in America/New_York (2026-03-08)', () => {
    // Friday before the switch: EST (UTC-5), 09:00 local = 14:00Z.
    expect(checkDeploymentWindow(newYork, new Date('2026-03-06T13:59:00Z')).open).toBe(false)
    expect(checkDeploymentWindow(newYork, new Date('2026-03-06T14:00:00Z')).open).toBe(true)
    // Monday after the switch: EDT (UTC-4), 09:00 local = 13:00Z; a fixed -5 offset would say 08:00.
    expect(checkDeploymentWindow(newYork, new Date('2026-03-09T12:59:00Z')).open).toBe(false)
    const opening = checkDeploymentWindow(newYork, new Date('2026-03-09T13:00:00Z'))
    expect(opening).toMatchObject({ open: true, localTime: 'Mon 2026-03-09 09:00 (America/New_York)' })
  })

  it('skips the non-existent hour: 01:59 EST is followed by 03:00 EDT', () => {
    expect(toLocalTime(new Date('2026-03-08T06:59:00Z'), 'America/New_York').minutes).toBe(1 * 60 + 59)
    expect(toLocalTime(new Date('2026-03-08T07:00:00Z'), 'America/New_York').minutes).toBe(3 * 60)
  })

  it('follows the fall-back switch in Europe/Berlin (2026-10-25), where 02:30 happens twice', () => {
    const night = { timezone: 'Europe/Berlin', allow: ['Sun 02:00-03:00'], block: [] }
    // 00:30Z = 02:30 CEST; 01:30Z = 02:30 CET; 02:00Z = 03:00 CET (closed).
    expect(checkDeploymentWindow(night, new Date('2026-10-25T00:30:00Z')).open).toBe(true)
    expect(checkDeploymentWindow(night, new Date('2026-10-25T01:30:00Z')).open).toBe(true)
    expect(checkDeploymentWindow(night, new Date('2026-10-25T02:00:00Z')).open).toBe(false)
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
