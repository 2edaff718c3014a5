// Where Fetch long polls wait, as Kafka's DelayedFetch purgatory: a fetch
// that found fewer than `minBytes` parks here, watching its partitions, until
// enough bytes become readable to it, `maxWaitMs` passes, or the node closes.
// What is readable differs by reader, as in Kafka: a follower (replica fetch)
// reads up to the log end, so appends wake it (`notifyAppend`); a consumer
// reads up to the high watermark, so a high watermark that moves wakes it
// (`notifyHighWatermark`, with the bytes it uncovered). The replica manager
// calls both after each leader append and high watermark change. Waking only
// resolves a promise: the fetch handler re-reads its partitions itself, so a
// wake costs the appender no disk reads.
//
// States of one waiter: parked (in `waiting`, registered under each of its
// partitions' keys, with a timer) -> done (unregistered, timer cleared). Every
// way out (enough bytes, timeout, close) goes through `complete`, which is
// idempotent. After `close()` new waits resolve at once, so a node shutting
// down never holds a request open.
import type { Broker } from './broker.js'

export interface DelayedFetch {
  /** Partition keys (`partitionKey`) the fetch reads. */
  readonly partitions: readonly string[]
  readonly maxWaitMs: number
  readonly minBytes: number
  /** Bytes the fetch already found; appends add to it. */
  readonly bytesSoFar: number
  /** Per-partition cap on what an append may add (the fetch's partitionMaxBytes). */
  readonly partitionMaxBytes: ReadonlyMap<string, number>
  /** A follower's fetch: woken by appends rather than by the high watermark. Default false. */
  readonly fromFollower?: boolean
}

interface Waiter {
  readonly fetch: DelayedFetch
  bytes: number
  timer: ReturnType<typeof setTimeout> | null
  resolve: () => void
  done: boolean
}

/** Bound on parked fetches per node; past it a fetch answers at once (Kafka bounds requests in flight instead). */
export const MAX_PARKED_FETCHES = 100_000

export class FetchPurgatory {
  private readonly watchers = new Map<string, Set<Waiter>>()
  private readonly waiting = new Set<Waiter>()
  private closed = false

  /** Resolves when appends brought `minBytes`, after `maxWaitMs`, or when the purgatory closes. */
  wait(fetch: DelayedFetch): Promise<void> {
    if (this.closed || fetch.maxWaitMs <= 0 || this.waiting.size >= MAX_PARKED_FETCHES) return Promise.resolve()
    return new Promise<void>((resolve) => {
      const waiter: Waiter = { fetch, bytes: fetch.bytesSoFar, timer: null, resolve, done: false }
      this.waiting.add(waiter)
      for (const key of fetch.partitions) {
        let set = this.watchers.get(key)
        if (set === undefined) {
          set = new Set()
          this.watchers.set(key, set)
        }
        set.add(waiter)
      }
      waiter.timer = setTimeout(() => this.complete(waiter), fetch.maxWaitMs)
    })
  }

  /** An append of `bytes` to a partition: wakes the followers' fetches it gives enough bytes. */
  notifyAppend(key: string, bytes: number): void {
    this.notify(key, bytes, true)
  }

  /** The partition's high watermark moved over `bytes`: wakes the consumers' fetches it gives enough bytes. */
  notifyHighWatermark(key: string, bytes: number): void {
    this.notify(key, bytes, false)
  }

  private notify(key: string, bytes: number, fromFollower: boolean): void {
    const set = this.watchers.get(key)
    if (set === undefined) return
    for (const waiter of [...set]) {
      if ((waiter.fetch.fromFollower ?? false) !== fromFollower) continue
      waiter.bytes += Math.min(bytes, waiter.fetch.partitionMaxBytes.get(key) ?? bytes)
      if (waiter.bytes >= waiter.fetch.minBytes) this.complete(waiter)
    }
  }

  /** Number of parked fetches. */
  get size(): number {
    return this.waiting.size
  }

  /** Completes every parked fetch now; later waits complete at once. */
  close(): void {
    this.closed = true
    for (const waiter of [...this.waiting]) this.complete(waiter)
  }

  private complete(waiter: Waiter): void {
    if (waiter.done) return
    waiter.done = true
    if (waiter.timer !== null) clearTimeout(waiter.timer)
    this.waiting.delete(waiter)
    for (const key of waiter.fetch.partitions) {
      const set = this.watchers.get(key)
      if (set === undefined) continue
      set.delete(waiter)
      if (set.size === 0) this.watchers.delete(key)
    }
    waiter.resolve()
  }
}

export function partitionKey(topic: string, partition: number): string {
  return `${topic}:${partition}`
}

const purgatories = new WeakMap<Broker, FetchPurgatory>()

/** The node's purgatory (one per broker). */
export function fetchPurgatory(broker: Broker): FetchPurgatory {
  let purgatory = purgatories.get(broker)
  if (purgatory === undefined) {
    purgatory = new FetchPurgatory()
    purgatories.set(broker, purgatory)
  }
  return purgatory
}
