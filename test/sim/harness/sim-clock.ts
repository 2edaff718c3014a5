// Simulated time and the one event queue of a run: the clock jumps to the next event
// (TigerBeetle's src/testing/time.zig). Ties run in scheduling order so a seed replays exactly.

import { MinHeap } from '../../../src/util/min-heap.js'

interface Scheduled {
  readonly atMs: number
  readonly seq: number
  readonly run: () => void
}

export class SimClock {
  nowMs = 0
  #seq = 0
  readonly #queue = new MinHeap<Scheduled>((a, b) => a.atMs - b.atMs || a.seq - b.seq)

  at(atMs: number, run: () => void): void {
    this.#queue.push({ atMs: Math.max(atMs, this.nowMs), seq: this.#seq++, run })
  }

  /** Runs the next event; false when the queue is empty or the next event is after untilMs. */
  runNext(untilMs: number): boolean {
    const next = this.#queue.peek()
    if (next === undefined || next.atMs > untilMs) return false
    this.#queue.pop()
    this.nowMs = next.atMs
    next.run()
    return true
  }
}
