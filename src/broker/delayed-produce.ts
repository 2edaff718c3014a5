// Where acks=all produces wait for their followers, as Kafka's DelayedProduce purgatory: after
// the leader appended a batch, the partition's answer waits here until the leader says the batch
// is acknowledged (the high watermark reached its last offset + 1, LeaderState.isAcked), the
// request's timeoutMs passes (REQUEST_TIMED_OUT), or the partition is no longer led here
// (NOT_LEADER_OR_FOLLOWER). Waiters are keyed by partition; the replica manager calls
// `check(key)` whenever that partition's high watermark or ISR moves.
//
// States of one waiter: parked (in its partition's set, with a timer) -> done (removed, timer
// cleared, promise resolved with an error code). Every way out goes through `#complete`, which is
// idempotent. After `close()` every parked waiter answers NOT_LEADER_OR_FOLLOWER (retriable: the
// producer retries at the partition's next leader) and new waits answer at once.
import { ErrorCode } from '../protocol/errors.js'
import type { Broker } from './broker.js'

/** The partition's answer for a waiter: an error code once done, null while it must wait. */
export type AckProbe = () => number | null

interface Waiter {
  readonly key: string
  readonly probe: AckProbe
  timer: ReturnType<typeof setTimeout> | null
  resolve: (errorCode: number) => void
  done: boolean
}

/** Bound on parked produces per node; past it a produce answers REQUEST_TIMED_OUT at once. */
export const MAX_PARKED_PRODUCES = 100_000

export class DelayedProduces {
  readonly #byPartition = new Map<string, Set<Waiter>>()
  #count = 0
  #closed = false

  /**
   * Resolves with the partition's error code (NONE when acknowledged) once `probe` answers, after
   * `timeoutMs` with REQUEST_TIMED_OUT, or on close.
   */
  wait(key: string, timeoutMs: number, probe: AckProbe): Promise<number> {
    const now = probe()
    if (now !== null) return Promise.resolve(now)
    if (this.#closed) return Promise.resolve(ErrorCode.NOT_LEADER_OR_FOLLOWER)
    if (this.#count >= MAX_PARKED_PRODUCES || timeoutMs <= 0) return Promise.resolve(ErrorCode.REQUEST_TIMED_OUT)
    return new Promise((resolve) => {
      const waiter: Waiter = { key, probe, timer: null, resolve, done: false }
      let set = this.#byPartition.get(key)
      if (set === undefined) {
        set = new Set()
        this.#byPartition.set(key, set)
      }
      set.add(waiter)
      this.#count++
      waiter.timer = setTimeout(() => this.#complete(waiter, ErrorCode.REQUEST_TIMED_OUT), timeoutMs)
    })
  }

  /** The partition's high watermark or ISR moved: completes the waiters it acknowledges. */
  check(key: string): void {
    const set = this.#byPartition.get(key)
    if (set === undefined) return
    for (const waiter of [...set]) {
      const answer = waiter.probe()
      if (answer !== null) this.#complete(waiter, answer)
    }
  }

  /** The partition is no longer led here (or is gone): its waiters answer `errorCode`. */
  failPartition(key: string, errorCode: number): void {
    const set = this.#byPartition.get(key)
    if (set === undefined) return
    for (const waiter of [...set]) this.#complete(waiter, errorCode)
  }

  /** Parked produces. */
  get size(): number {
    return this.#count
  }

  close(): void {
    this.#closed = true
    for (const key of [...this.#byPartition.keys()]) this.failPartition(key, ErrorCode.NOT_LEADER_OR_FOLLOWER)
  }

  #complete(waiter: Waiter, errorCode: number): void {
    if (waiter.done) return
    waiter.done = true
    if (waiter.timer !== null) clearTimeout(waiter.timer)
    const set = this.#byPartition.get(waiter.key)
    set?.delete(waiter)
    if (set?.size === 0) this.#byPartition.delete(waiter.key)
    this.#count--
    waiter.resolve(errorCode)
  }
}

const byBroker = new WeakMap<Broker, DelayedProduces>()

/** The node's acks=all purgatory (one per broker). */
export function delayedProduces(broker: Broker): DelayedProduces {
  let purgatory = byBroker.get(broker)
  if (purgatory === undefined) {
    purgatory = new DelayedProduces()
    byBroker.set(broker, purgatory)
  }
  return purgatory
}
