/**
 * Deployment windows end to end: the bundle runs with a faked clock (a preload that only these tests
 * add to its process: __tests__/helpers/fake-clock.mjs), so the gate reads the time through
 * `new Date()` and converts it with the platform's Intl; nothing injects a clock into the action.
 * Every faked time carries an explicit UTC offset so the tests do not depend on the host's TZ.
 */
import { describe, expect, it } from '@jest/globals'
import {
  denials,
  finding,
  fixture,
  runGate,
  scratchDir,
  violations,
  warningAnnotations,
  writeText
} from './policy-helpers.js'

const dir = scratchDir('windows')
const plan = fixture('create-only')

/** The prod policy: Mon–Thu office hours in Seoul, year-end block, last-Friday freeze. */
const seoul = writeText(
  dir,
  'seoul.yml',
  `environments:
  prod:
    deployment_windows:
      timezone: Asia/Seoul
      allow: ["Mon-Thu 09:00-17:00"]
      block: ["2026-12-24..2026-12-26", "last-fri"]
`
)

/** Fridays are allowed here, so only the last-fri block can close a Friday. */
const fridays = writeText(
  dir,
  'fridays.yml',
  `environments:
  prod:
    deployment_windows:
      timezone: Asia/Seoul
      allow: ["Mon-Fri 09:00-17:00"]
      block: ["last-fri"]
`
)

const newYork = writeText(
  dir,
  'new-york.yml',
  `environments:
  prod:
    deployment_windows:
      timezone: America/New_York
      allow: ["Sun 09:00-17:00"]
`
)

const prodGate = (config: string, at: string, extra: Record<string, string> = {}) =>
  runGate({ plan_json: plan, environment: 'prod', config, ...extra }, { at })

describe('deployment windows under a faked system clock (Asia/Seoul)', () => {
  it('allows Thursday 16:59 Seoul, the last minute of the window', async () => {
    const run = await prodGate(seoul, '2026-11-26T16:59:00+09:00')
    expect(run.exitCode).toBe(0)
    expect(run.outputs.allowed).toBe('true')
    const window = finding(run, 'deployment-window')
    expect(window.severity).toBe('pass')
    expect(window.message).toContain('Thu 2026-11-26 16:59 (Asia/Seoul)')
    expect(violations(run)).toEqual([])
  })

  it('denies Thursday 17:00 Seoul and names the next opening (Monday 09:00)', async () => {
    const run = await prodGate(seoul, '2026-11-26T17:00:00+09:00')
    expect(run.exitCode).toBe(1)
    expect(run.outputs.allowed).toBe('false')
    expect(denials(run)).toEqual(['deployment-window'])
    const window = finding(run, 'deployment-window')
    expect(window.message).toContain('Thu 2026-11-26 17:00 (Asia/Seoul)')
    expect(window.message).toContain("'Mon-Thu 09:00-17:00'")
    expect(window.message).toContain('next window opens Mon 2026-11-30 09:00 (Asia/Seoul)')
    expect(window.remedy).toMatch(/emergency_override=true.*override_reason/)
    expect(run.stdout).toMatch(/^::error::Outside the deployment window for 'prod'/m)
    expect(run.summary).toContain('deployment-window')
    expect(run.summary).toContain('Mon 2026-11-30 09:00')
  })

  it('judges the instant, not the runner host zone (TZ=Pacific/Auckland, 07:59 UTC)', async () => {
    const run = await runGate(
      { plan_json: plan, environment: 'prod', config: seoul },
      { at: '2026-11-26T07:59:00Z', env: { TZ: 'Pacific/Auckland' } }
    )
    expect(run.outputs.allowed).toBe('true')
    expect(finding(run, 'deployment-window').message).toContain('16:59 (Asia/Seoul)')
  })

  it('denies a Thursday inside office hours that falls in the blocked date range', async () => {
    const run = await prodGate(seoul, '2026-12-24T10:00:00+09:00')
    expect(run.exitCode).toBe(1)
    const window = finding(run, 'deployment-window')
    expect(window.severity).toBe('deny')
    expect(window.message).toContain("blocked period '2026-12-24..2026-12-26'")
    expect(window.message).toContain('next window opens Mon 2026-12-28 09:00')
  })

  it('freezes the last Friday of the month but not the Friday before it', async () => {
    const earlier = await prodGate(fridays, '2026-11-20T10:00:00+09:00')
    expect(earlier.exitCode).toBe(0)
    expect(finding(earlier, 'deployment-window').severity).toBe('pass')
    const last = await prodGate(fridays, '2026-11-27T10:00:00+09:00')
    expect(last.exitCode).toBe(1)
    const window = finding(last, 'deployment-window')
    expect(window.message).toContain("Fri 2026-11-27 10:00 (Asia/Seoul) falls on blocked period 'last-fri'")
    expect(window.message).toContain('next window opens Mon 2026-11-30 09:00')
  })

  it('lets emergency_override with a reason through and records the reason', async () => {
    const reason = 'INC-4711: payment API outage, hotfix approved by on-call lead'
    const run = await prodGate(seoul, '2026-11-26T17:00:00+09:00', {
      emergency_override: 'true',
      override_reason: reason
    })
    expect(run.exitCode).toBe(0)
    expect(run.outputs.allowed).toBe('true')
    const window = finding(run, 'deployment-window')
    expect(window.severity).toBe('warn')
    expect(window.message).toContain('emergency_override')
    expect(window.message).toContain(reason)
    expect(violations(run)).toEqual([
      { rule: 'deployment-window', severity: 'warn', addresses: [], message: window.message }
    ])
    expect(run.summary).toContain('INC-4711: payment API outage')
    expect(warningAnnotations(run).some(line => line.includes(reason))).toBe(true)
  })

  it('denies emergency_override without a reason (whitespace is no reason) and says why', async () => {
    for (const override_reason of ['', '   ']) {
      const run = await prodGate(seoul, '2026-11-26T17:00:00+09:00', {
        emergency_override: 'true',
        override_reason
      })
      expect(run.exitCode).toBe(1)
      expect(run.outputs.allowed).toBe('false')
      expect(finding(run, 'deployment-window').message).toContain(
        'emergency_override was set without an override_reason, so it does not apply'
      )
    }
  })

  it('does not apply the window to other environments', async () => {
    const run = await runGate(
      { plan_json: plan, environment: 'staging', config: seoul },
      { at: '2026-11-26T17:00:00+09:00' }
    )
    expect(run.exitCode).toBe(0)
    expect(finding(run, 'deployment-window').message).toContain("No deployment windows for 'staging'")
  })
})

describe('deployment windows across a DST change (America/New_York)', () => {
  // 2026-03-08: clocks jump from 02:00 EST (UTC-5) to 03:00 EDT (UTC-4). 09:00 local is 13:00 UTC;
  // a fixed EST offset would call 13:00 UTC 08:00 and deny, and 12:59 UTC 07:59.
  it('opens at 09:00 EDT on the day of the spring-forward change', async () => {
    const open = await prodGate(newYork, '2026-03-08T13:00:00Z')
    expect(open.exitCode).toBe(0)
    expect(finding(open, 'deployment-window').message).toContain('Sun 2026-03-08 09:00 (America/New_York)')
    const before = await prodGate(newYork, '2026-03-08T12:59:00Z')
    expect(before.exitCode).toBe(1)
    expect(finding(before, 'deployment-window').message).toContain('Sun 2026-03-08 08:59 (America/New_York)')
  })

  it('finds the next opening across the switch (Saturday night EST → Sunday 09:00 EDT)', async () => {
    const run = await prodGate(newYork, '2026-03-08T03:30:00Z')
    expect(run.exitCode).toBe(1)
    const message = finding(run, 'deployment-window').message
    expect(message).toContain('Sat 2026-03-07 22:30 (America/New_York)')
    expect(message).toContain('next window opens Sun 2026-03-08 09:00 (America/New_York)')
  })

  it('never opens a window that falls into the skipped hour (02:00-03:00 on spring-forward day)', async () => {
    const gap = writeText(
      dir,
      'gap.yml',
      'environments:\n  prod:\n    deployment_windows: { timezone: America/New_York, allow: ["Sun 02:00-03:00"] }\n'
    )
    // 07:00 UTC is 03:00 EDT (a fixed EST offset would call it 02:00 and open the window).
    const run = await prodGate(gap, '2026-03-08T07:00:00Z')
    expect(run.exitCode).toBe(1)
    const message = finding(run, 'deployment-window').message
    expect(message).toContain('Sun 2026-03-08 03:00 (America/New_York)')
    expect(message).toContain('next window opens Sun 2026-03-15 02:00 (America/New_York)')
  })

  it('opens at 09:00 EST on the fall-back day (14:00 UTC), not an hour early', async () => {
    const early = await prodGate(newYork, '2026-11-01T13:59:00Z')
    expect(early.exitCode).toBe(1)
    expect(finding(early, 'deployment-window').message).toContain('Sun 2026-11-01 08:59')
    const open = await prodGate(newYork, '2026-11-01T14:00:00Z')
    expect(open.exitCode).toBe(0)
  })
})
