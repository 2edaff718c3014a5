// Goal: systemClock reads real time and ManualClock moves only when told, never letting monotonic
// time go back. Method: compare systemClock with the runtime's clocks; drive a ManualClock.

import { describe, expect, it } from 'vitest'
import { AssertionError } from '../../../src/util/assert.js'
import { ManualClock, systemClock } from '../../../src/util/clock.js'

describe('systemClock', () => {
  it('reads wall time close to Date.now() and monotonic time that does not go back', () => {
    expect(Math.abs(systemClock.wallMs() - Date.now())).toBeLessThan(1000)
    const a = systemClock.monotonicMs()
    const b = systemClock.monotonicMs()
    expect(b).toBeGreaterThanOrEqual(a)
  })
})

describe('ManualClock', () => {
  it('starts at zero by default and at the given times otherwise', () => {
    const zero = new ManualClock()
    expect([zero.monotonicMs(), zero.wallMs()]).toEqual([0, 0])
    const clock = new ManualClock({ monotonicMs: 5, wallMs: 1_700_000_000_000 })
    expect([clock.monotonicMs(), clock.wallMs()]).toEqual([5, 1_700_000_000_000])
  })

  it('advance moves both clocks by the same amount', () => {
    const clock = new ManualClock({ monotonicMs: 10, wallMs: 1000 })
    clock.advance(250)
    clock.advance(0)
    expect([clock.monotonicMs(), clock.wallMs()]).toEqual([260, 1250])
  })

  it('set moves monotonic time forward only, and wall time anywhere', () => {
    const clock = new ManualClock({ monotonicMs: 100, wallMs: 5000 })
    clock.set({ wallMs: 10 })
    expect([clock.monotonicMs(), clock.wallMs()]).toEqual([100, 10])
    clock.set({ monotonicMs: 150 })
    expect([clock.monotonicMs(), clock.wallMs()]).toEqual([150, 10])
    expect(() => clock.set({ monotonicMs: 149 })).toThrow(AssertionError)
    expect(() => clock.advance(-1)).toThrow(AssertionError)
    expect(() => clock.advance(Number.NaN)).toThrow(AssertionError)
    expect(clock.monotonicMs()).toBe(150)
  })
})
