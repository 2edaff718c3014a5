// A simulated network between nodes that behaves like TCP connections (TigerBeetle's
// src/testing/packet_simulator.zig): delivery is in order within a directed connection, with a
// delay; a message may be lost, and a connection reset loses everything in flight on it; one-way
// or two-way partitions drop what crosses them until healed. All choices come from the run's PRNG.

import type { Prng } from '../../../src/util/prng.js'
import type { SimClock } from './sim-clock.js'

export interface NetworkFaults {
  /** Probability that one message is dropped. */
  lossRate: number
  /** Probability, per message sent, that its connection resets (losing all in flight). */
  resetRate: number
  minDelayMs: number
  maxDelayMs: number
}

export class SimNetwork<M> {
  readonly #blocked = new Set<string>()
  readonly #lastDeliveryMs = new Map<string, number>()
  readonly #generation = new Map<string, number>()
  delivered = 0
  dropped = 0

  constructor(
    private readonly clock: SimClock,
    private readonly prng: Prng,
    public faults: NetworkFaults,
    private readonly deliver: (from: number, to: number, message: M) => void,
  ) {}

  send(from: number, to: number, message: M): void {
    const key = `${from}>${to}`
    if (this.prng.bool(this.faults.resetRate)) this.reset(from, to)
    if (this.prng.bool(this.faults.lossRate)) {
      this.dropped++
      return
    }
    const delay = this.faults.minDelayMs + this.prng.nextInt(this.faults.maxDelayMs - this.faults.minDelayMs + 1)
    const atMs = Math.max(this.clock.nowMs + delay, this.#lastDeliveryMs.get(key) ?? 0)
    this.#lastDeliveryMs.set(key, atMs)
    const generation = this.#generation.get(key) ?? 0
    this.clock.at(atMs, () => {
      if ((this.#generation.get(key) ?? 0) !== generation || this.#blocked.has(key)) {
        this.dropped++
        return
      }
      this.delivered++
      this.deliver(from, to, message)
    })
  }

  /** Loses everything in flight from one node to another, as a TCP reset does. */
  reset(from: number, to: number): void {
    const key = `${from}>${to}`
    this.#generation.set(key, (this.#generation.get(key) ?? 0) + 1)
  }

  /** Drops messages from one node to another (one way) until healed. */
  block(from: number, to: number): void {
    this.#blocked.add(`${from}>${to}`)
  }

  partition(a: number, b: number): void {
    this.block(a, b)
    this.block(b, a)
  }

  healAll(): void {
    this.#blocked.clear()
  }

  blockedCount(): number {
    return this.#blocked.size
  }
}
