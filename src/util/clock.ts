// Time for everything else: `monotonicMs()` for timeouts and durations, `wallMs()` for record
// timestamps and anything a human or another node reads. As Kafka injects `Time`
// (`clients/.../utils/Time.java`), pure modules take a Clock (or a `nowMs` input) and never read
// the system clock. This file is the one place in src/ allowed to call `performance.now()` and
// `Date.now()`; test/arch/imports.test.ts enforces that.

import { assert } from './assert.js'

export interface Clock {
  /** Milliseconds from an arbitrary origin; never goes backwards. Fractional. */
  monotonicMs(): number
  /** Milliseconds since the Unix epoch; may jump when the system clock is set. */
  wallMs(): number
}

export const systemClock: Clock = Object.freeze({
  monotonicMs: () => performance.now(),
  wallMs: () => Date.now(),
})

/**
 * A clock that moves only when told, for tests. Monotonic time only advances; wall time can be
 * set anywhere (as a system clock can), and `advance` moves both by the same amount.
 */
export class ManualClock implements Clock {
  #monotonicMs: number
  #wallMs: number

  constructor(options: { monotonicMs?: number; wallMs?: number } = {}) {
    this.#monotonicMs = options.monotonicMs ?? 0
    this.#wallMs = options.wallMs ?? 0
    assert(Number.isFinite(this.#monotonicMs), 'ManualClock: monotonicMs must be finite')
    assert(Number.isFinite(this.#wallMs), 'ManualClock: wallMs must be finite')
  }

  monotonicMs(): number {
    return this.#monotonicMs
  }

  wallMs(): number {
    return this.#wallMs
  }

  /** Moves both clocks forward by ms (>= 0). */
  advance(ms: number): void {
    assert(Number.isFinite(ms), 'ManualClock.advance: ms must be finite')
    assert(ms >= 0, 'ManualClock.advance: ms must not be negative')
    this.#monotonicMs += ms
    this.#wallMs += ms
  }

  /**
   * Sets the clocks. Monotonic time may not go back; wall time may (a clock step). An omitted
   * field keeps its value.
   */
  set(options: { monotonicMs?: number; wallMs?: number }): void {
    if (options.monotonicMs !== undefined) {
      assert(Number.isFinite(options.monotonicMs), 'ManualClock.set: monotonicMs must be finite')
      assert(options.monotonicMs >= this.#monotonicMs, 'ManualClock.set: monotonic time cannot go back')
      this.#monotonicMs = options.monotonicMs
    }
    if (options.wallMs !== undefined) {
      assert(Number.isFinite(options.wallMs), 'ManualClock.set: wallMs must be finite')
      this.#wallMs = options.wallMs
    }
  }
}
