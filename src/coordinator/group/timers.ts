// The coordinator's timers as data: a table of keyed deadlines that the shard consults in `tick`,
// in place of Kafka's `CoordinatorTimer` (which schedules closures on a real timer). Keys follow
// Kafka's (one heartbeat timer per member, one join and one sync timer per group), so scheduling a
// key again replaces the old deadline, exactly as `timer.schedule(key, ...)` does in Kafka.
//
// Expired timers fire in deadline order, ties in scheduling order, so a run replays exactly. The
// driver arms one real timer for `nextDeadlineMs()`.

import { assert, assertNever } from '../../util/assert.js'

export type TimerAction =
  /** Session timeout of a member, or of a pending (KIP-394) member that never rejoined. */
  | { readonly kind: 'heartbeat'; readonly groupId: string; readonly memberId: string }
  /** Rebalance timeout of the join phase. */
  | { readonly kind: 'join'; readonly groupId: string }
  /** The delayed first join of an empty group (Kafka's InitialDelayedJoin). */
  | { readonly kind: 'initial-join'; readonly groupId: string; readonly delayMs: number; readonly remainingMs: number }
  /** Members that got their JoinGroup response must send SyncGroup within the rebalance timeout. */
  | { readonly kind: 'sync'; readonly groupId: string; readonly generationId: number }
  /** Periodic offsets retention check (offsets.retention.check.interval.ms). */
  | { readonly kind: 'offsets-expiration' }

interface Entry {
  readonly deadlineMs: number
  readonly seq: number
  readonly action: TimerAction
}

export class Timers {
  readonly #entries = new Map<string, Entry>()
  #seq = 0

  get size(): number {
    return this.#entries.size
  }

  schedule(nowMs: number, delayMs: number, action: TimerAction): void {
    assert(Number.isFinite(nowMs), 'Timers.schedule: nowMs must be finite')
    assert(delayMs >= 0, 'Timers.schedule: delayMs must not be negative')
    this.#entries.set(timerKey(action), { deadlineMs: nowMs + delayMs, seq: this.#seq++, action })
  }

  cancel(action: TimerAction): void {
    this.#entries.delete(timerKey(action))
  }

  deadlineOf(action: TimerAction): number | undefined {
    return this.#entries.get(timerKey(action))?.deadlineMs
  }

  /** Removes and returns the earliest timer due at or before nowMs, or undefined. */
  popExpired(nowMs: number): { deadlineMs: number; action: TimerAction } | undefined {
    let best: [string, Entry] | undefined
    for (const entry of this.#entries) {
      if (entry[1].deadlineMs > nowMs) continue
      if (best === undefined || before(entry[1], best[1])) best = entry
    }
    if (best === undefined) return undefined
    this.#entries.delete(best[0])
    return { deadlineMs: best[1].deadlineMs, action: best[1].action }
  }

  /** The earliest deadline, or null when no timer is armed. */
  nextDeadlineMs(): number | null {
    let next: number | null = null
    for (const entry of this.#entries.values()) {
      if (next === null || entry.deadlineMs < next) next = entry.deadlineMs
    }
    return next
  }

  /** Every armed timer with its deadline, earliest first (for tests and invariants). */
  list(): Array<{ deadlineMs: number; action: TimerAction }> {
    return [...this.#entries.values()]
      .sort((a, b) => (before(a, b) ? -1 : 1))
      .map(({ deadlineMs, action }) => ({ deadlineMs, action }))
  }

  clear(): void {
    this.#entries.clear()
  }
}

function before(a: Entry, b: Entry): boolean {
  return a.deadlineMs < b.deadlineMs || (a.deadlineMs === b.deadlineMs && a.seq < b.seq)
}

function timerKey(action: TimerAction): string {
  switch (action.kind) {
    case 'heartbeat':
      return `heartbeat\u0000${action.groupId}\u0000${action.memberId}`
    case 'join':
    case 'initial-join':
      // One join timer per group: the delayed initial join and the rebalance timeout share Kafka's key.
      return `join\u0000${action.groupId}`
    case 'sync':
      return `sync\u0000${action.groupId}`
    case 'offsets-expiration':
      return 'offsets-expiration'
    default:
      return assertNever(action, 'timer action')
  }
}
