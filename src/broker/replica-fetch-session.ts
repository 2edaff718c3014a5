// The follower's side of a Fetch session (KIP-227) with one source broker, as Kafka's
// FetchSessionHandler: the first request is full (every partition, session epoch 0, which asks the
// leader for a session); once the leader answers with a session id, each later request names only
// the partitions whose fetch data changed since the last request (added or altered), lists the
// ones no longer fetched as forgotten, and carries the next session epoch. The leader then answers
// only partitions with something new (records, a new high watermark or log start, an error).
//
// States (the metadata of the next request):
//   sessionless   sessionId 0, epoch 0: the next request is full and asks for a session.
//   session       sessionId S, epoch N >= 1: the next request is incremental.
//   closing       sessionId S, epoch 0: the next request is full; the leader drops S and may
//                 give a new session. Entered after a failed request or a top-level error, and
//                 by `reset()`.
// A full answer with session id 0 (the leader's session cache is full) stays sessionless; an
// incremental answer with session id 0 means the leader closed the session. FETCH_SESSION_ID_NOT_FOUND
// goes to sessionless; INVALID_FETCH_SESSION_EPOCH and FETCH_SESSION_TOPIC_ID_ERROR to closing.
// Those three are answered by a full fetch at once (no backoff), as Kafka's fetcher retries them.
//
// Pure: no clock, no I/O.
import { ErrorCode } from '../protocol/errors.js'

export const INVALID_SESSION_ID = 0
export const INITIAL_EPOCH = 0

/** One partition's fetch data as the request carries it. */
export interface SessionPartition {
  readonly topic: string
  readonly topicId: Buffer
  readonly partition: number
  readonly fetchOffset: number
  readonly logStartOffset: number
  readonly currentLeaderEpoch: number
  readonly lastFetchedEpoch: number
  readonly partitionMaxBytes: number
}

export interface ForgottenPartition {
  readonly topic: string
  readonly topicId: Buffer
  readonly partition: number
}

export interface SessionFetch {
  readonly sessionId: number
  readonly sessionEpoch: number
  readonly full: boolean
  /** What the request names: every partition when full, the added and altered ones otherwise. */
  readonly partitions: readonly SessionPartition[]
  readonly forgotten: readonly ForgottenPartition[]
}

/** What the fetcher does with an answer: use it, fetch again in full at once, or back off. */
export type SessionOutcome = 'ok' | 'retryFull' | 'error'

function keyOf(p: { topic: string; partition: number }): string {
  return `${p.topic}\u0000${p.partition}`
}

function sameFetchData(a: SessionPartition, b: SessionPartition): boolean {
  return (
    a.fetchOffset === b.fetchOffset &&
    a.logStartOffset === b.logStartOffset &&
    a.currentLeaderEpoch === b.currentLeaderEpoch &&
    a.lastFetchedEpoch === b.lastFetchedEpoch &&
    a.partitionMaxBytes === b.partitionMaxBytes
  )
}

function nextEpoch(epoch: number): number {
  return epoch === 0x7fffffff ? 1 : epoch + 1
}

export class ReplicaFetchSession {
  #sessionId = INVALID_SESSION_ID
  #epoch = INITIAL_EPOCH
  /** The partitions the leader's session holds, as last sent. */
  #known = new Map<string, SessionPartition>()
  /** reset() was called: the next request is full, whatever the answer in flight says. */
  #resetPending = false

  get sessionId(): number {
    return this.#sessionId
  }
  get nextEpoch(): number {
    return this.#epoch
  }

  /** The next request for the partitions to fetch now. */
  build(next: readonly SessionPartition[]): SessionFetch {
    const nextKnown = new Map<string, SessionPartition>()
    for (const p of next) nextKnown.set(keyOf(p), p)
    const previous = this.#known
    this.#known = nextKnown
    if (this.#resetPending) {
      this.#resetPending = false
      this.#epoch = INITIAL_EPOCH
    }
    if (this.#epoch === INITIAL_EPOCH) {
      return { sessionId: this.#sessionId, sessionEpoch: INITIAL_EPOCH, full: true, partitions: next, forgotten: [] }
    }
    const partitions: SessionPartition[] = []
    const forgotten: ForgottenPartition[] = []
    for (const p of next) {
      const before = previous.get(keyOf(p))
      if (before !== undefined && !before.topicId.equals(p.topicId)) {
        // The topic was recreated under the same name: the session knows the old id.
        forgotten.push({ topic: before.topic, topicId: before.topicId, partition: before.partition })
      }
      if (before === undefined || !before.topicId.equals(p.topicId) || !sameFetchData(before, p)) partitions.push(p)
    }
    for (const [key, before] of previous) {
      if (!nextKnown.has(key))
        forgotten.push({ topic: before.topic, topicId: before.topicId, partition: before.partition })
    }
    return { sessionId: this.#sessionId, sessionEpoch: this.#epoch, full: false, partitions, forgotten }
  }

  /** The leader answered `fetch` with this top-level error code and session id. */
  onResponse(fetch: SessionFetch, errorCode: number, sessionId: number): SessionOutcome {
    switch (errorCode) {
      case ErrorCode.NONE:
        break
      case ErrorCode.FETCH_SESSION_ID_NOT_FOUND:
        this.#sessionId = INVALID_SESSION_ID
        this.#epoch = INITIAL_EPOCH
        return 'retryFull'
      case ErrorCode.INVALID_FETCH_SESSION_EPOCH:
      case ErrorCode.FETCH_SESSION_TOPIC_ID_ERROR:
        this.#epoch = INITIAL_EPOCH
        return 'retryFull'
      default:
        this.#epoch = INITIAL_EPOCH
        return 'error'
    }
    if (sessionId === INVALID_SESSION_ID) {
      // No session given (full) or the leader closed it (incremental): full fetches from now on.
      this.#sessionId = INVALID_SESSION_ID
      this.#epoch = INITIAL_EPOCH
    } else if (fetch.full) {
      this.#sessionId = sessionId
      this.#epoch = 1
    } else {
      this.#epoch = nextEpoch(this.#epoch)
    }
    return 'ok'
  }

  /** The request failed (transport): the next one is full and closes the session. */
  onFailure(): void {
    this.#epoch = INITIAL_EPOCH
  }

  /** The next request is full (closing the session), whatever the answer to one in flight says. */
  reset(): void {
    this.#resetPending = true
  }
}
