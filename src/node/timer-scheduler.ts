// The real Scheduler: Node timers, unref'd so that periodic housekeeping
// never keeps a process (or a test runner embedding a broker) alive.
import type { Scheduler } from '../util/scheduler.js'

export const timerScheduler: Scheduler = {
  schedule(delayMs, task) {
    const timer = setTimeout(task, Math.max(0, delayMs))
    timer.unref()
    return () => clearTimeout(timer)
  },
}
