// Loaded with `node --import` into the action's process only (the scenario tests pass it through the
// runner's actionNodeOptions): Date reads INFRA_GUARD_FAKE_NOW, so deployment windows see a fixed,
// ordinary working day whatever day the suite runs. Timers stay real.
import FakeTimers from '@sinonjs/fake-timers'

const now = Date.parse(process.env.INFRA_GUARD_FAKE_NOW ?? '')
if (Number.isNaN(now)) throw new Error('fake-clock.mjs: INFRA_GUARD_FAKE_NOW must be an ISO date')
FakeTimers.install({ now, toFake: ['Date'] })
