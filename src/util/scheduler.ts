// Delayed work, injected like the Clock so that code which runs periodic
// tasks (retention, checkpoints, flushes) is tested without real timers.
// The timer-backed implementation lives in src/node/timer-scheduler.ts.
import type { Clock } from './clock.js'
import { MinHeap } from './min-heap.js'

export interface Scheduler {
  /** Runs `task` once after `delayMs`; the returned function cancels it. */
  schedule(delayMs: number, task: () => void): () => void
}

interface Pending {
  readonly dueMs: number
  readonly sequence: number
  readonly task: () => void
  cancelled: boolean
}

/** A scheduler for tests: tasks run only in `runDue()`, when the clock has reached them, in due order. */
export class ManualScheduler implements Scheduler {
  private readonly queue = new MinHeap<Pending>((a, b) => a.dueMs - b.dueMs || a.sequence - b.sequence)
  private sequence = 0
  private live = 0

  constructor(private readonly clock: Clock) {}

  schedule(delayMs: number, task: () => void): () => void {
    const pending: Pending = {
      dueMs: this.clock.monotonicMs() + Math.max(0, delayMs),
      sequence: this.sequence++,
      task,
      cancelled: false,
    }
    this.queue.push(pending)
    this.live++
    return () => {
      if (pending.cancelled) return
      pending.cancelled = true
      this.live--
    }
  }

  /** Runs every task due by now (including ones they schedule for now); returns how many ran. */
  runDue(): number {
    let ran = 0
    const now = this.clock.monotonicMs()
    for (let next = this.queue.peek(); next !== undefined && next.dueMs <= now; next = this.queue.peek()) {
      this.queue.pop()
      if (next.cancelled) continue
      next.cancelled = true
      this.live--
      next.task()
      ran++
    }
    return ran
  }

  /** Tasks waiting, cancelled ones excluded. */
  get pendingCount(): number {
    return this.live
  }
}
