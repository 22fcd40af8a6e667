/**
 * Preload for end-to-end tests that need the action to see another time:
 *   FAKE_CLOCK_AT=2026-11-26T17:00:00+09:00 node --import <this file> dist/index.js
 * Only the test harness adds it; the bundle knows nothing of it. `Date` (the constructor and
 * Date.now) starts at the given instant and runs on with the real clock; timers stay real.
 */
import FakeTimers from '@sinonjs/fake-timers'
import { setInterval } from 'node:timers'

const at = process.env.FAKE_CLOCK_AT ?? ''
// An explicit zone is required: a faked time must not depend on the host's TZ.
if (
  !/^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d(\.\d+)?)?(Z|[+-]\d\d:\d\d)$/.test(at) ||
  Number.isNaN(Date.parse(at))
) {
  throw new Error(`fake-clock.mjs: FAKE_CLOCK_AT must be an ISO 8601 instant with a zone, got '${at}'`)
}

const start = Date.parse(at)
const realNow = Date.now
const realStart = realNow()
const clock = FakeTimers.withGlobal(globalThis).install({ now: start, toFake: ['Date'] })
// Moves the faked time on with the real one; unref'd, so it never keeps the action alive.
setInterval(() => clock.tick(realNow() - realStart - (clock.now - start)), 5).unref()
