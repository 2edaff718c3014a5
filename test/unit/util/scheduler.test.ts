// Goal: ManualScheduler runs exactly the due tasks, in due order (ties in
// scheduling order), skips cancelled ones, and counts what is pending.
import { expect, it } from 'vitest'
import { ManualClock } from '../../../src/util/clock.js'
import { ManualScheduler } from '../../../src/util/scheduler.js'

it('runs due tasks in order, skips cancelled ones, and runs tasks scheduled for now by a task', () => {
  const clock = new ManualClock()
  const scheduler = new ManualScheduler(clock)
  const ran: string[] = []
  scheduler.schedule(20, () => ran.push('b'))
  scheduler.schedule(10, () => ran.push('a1'))
  scheduler.schedule(10, () => ran.push('a2'))
  const cancel = scheduler.schedule(15, () => ran.push('cancelled'))
  scheduler.schedule(30, () => ran.push('later'))
  cancel()
  cancel()
  expect(scheduler.pendingCount).toBe(4)
  clock.advance(9)
  expect(scheduler.runDue()).toBe(0)
  clock.advance(11)
  scheduler.schedule(0, () => {
    ran.push('now')
    scheduler.schedule(0, () => ran.push('chained'))
  })
  expect(scheduler.runDue()).toBe(5)
  expect(ran).toEqual(['a1', 'a2', 'b', 'now', 'chained'])
  expect(scheduler.pendingCount).toBe(1)
})
