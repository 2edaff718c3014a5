// Fetch sessions (KIP-227, Fetch v7+), as Kafka's FetchSession.scala: a
// client that fetches many partitions sends them all once (a full fetch,
// epoch 0), gets a session id, and afterwards sends only what changed (an
// incremental fetch: sessionId + the expected epoch, new or changed
// partitions, forgotten partitions). The broker answers an incremental fetch
// with only the partitions that have something new: records, an error, or a
// moved high watermark, last stable offset or log start offset.
//
// A request's (sessionId, sessionEpoch) decides its context:
//   (any, -1)    sessionless: full request and response, no session; a
//                given sessionId is closed first.
//   (any, 0)     full: a given sessionId is closed first; a new session is
//                created from the response when the cache has room
//                (sessionId 0 otherwise).
//   (id, n > 0)  incremental: FETCH_SESSION_ID_NOT_FOUND when id is unknown,
//                INVALID_FETCH_SESSION_EPOCH when n is not the epoch the
//                session expects, FETCH_SESSION_TOPIC_ID_ERROR when the
//                session was made with topic ids (v13+) and this request
//                has names, or the other way round.
// The cache holds `max.incremental.fetch.session.cache.slots` sessions
// (default 1000). When full, a session idle for 120 s (Kafka's
// min.incremental.fetch.session.eviction.ms) is evicted first; else a
// follower's session may evict a consumer's, and a larger session a smaller
// one; else no session is created.
import { randomInt } from 'node:crypto'
import { ErrorCode } from '../protocol/errors.js'

/** One partition of a fetch, with what the client last saw of it (for incremental responses). */
export interface SessionPartition {
  /**
   * The topic name, or '' while the request's topic id is unknown to this broker; a later
   * request of the session resolves it again (`resolveTopicNames`), as Kafka's sessions do.
   */
  topic: string
  readonly topicId: Buffer
  readonly partition: number
  fetchOffset: number
  partitionMaxBytes: number
  currentLeaderEpoch: number
  /** -1 until a response carried it, so the partition is always sent the first time. */
  highWatermark: number
  logStartOffset: number
  lastStableOffset: number
}

export interface FetchSession {
  readonly id: number
  /** The epoch the next incremental request must carry. */
  epoch: number
  readonly privileged: boolean
  readonly usesTopicIds: boolean
  /** Insertion order is read order; partitions that returned data move to the end (fairness). */
  readonly partitions: Map<string, SessionPartition>
  lastUsedMs: number
}

export type FetchContext =
  | { readonly kind: 'error'; readonly errorCode: number }
  | { readonly kind: 'sessionless'; readonly partitions: SessionPartition[] }
  | { readonly kind: 'full'; readonly partitions: SessionPartition[] }
  | { readonly kind: 'incremental'; readonly session: FetchSession; readonly partitions: SessionPartition[] }

export interface FetchSessionRequest {
  readonly sessionId: number
  readonly sessionEpoch: number
  readonly usesTopicIds: boolean
  /** The partitions named in the request (all of them for a full fetch; added or changed ones for an incremental one). */
  readonly partitions: readonly SessionPartition[]
  /** Session keys (`sessionPartitionKey`) of the partitions to remove. */
  readonly forgotten: readonly string[]
  readonly privileged: boolean
}

export const INVALID_SESSION_ID = 0
export const INITIAL_EPOCH = 0
export const FINAL_EPOCH = -1
export const DEFAULT_SESSION_CACHE_SLOTS = 1000
export const SESSION_EVICTION_MS = 120_000

export function sessionPartitionKey(usesTopicIds: boolean, topic: string, topicId: Buffer, partition: number): string {
  return `${usesTopicIds ? topicId.toString('hex') : topic}:${partition}`
}

function nextEpoch(epoch: number): number {
  return epoch === 0x7fffffff ? 1 : epoch + 1
}

export class FetchSessionCache {
  private readonly sessions = new Map<number, FetchSession>()

  constructor(
    private readonly slots: number,
    private readonly evictionMs = SESSION_EVICTION_MS,
  ) {}

  get size(): number {
    return this.sessions.size
  }

  get(id: number): FetchSession | undefined {
    return this.sessions.get(id)
  }

  /** Decides the request's context and applies it to its session (Kafka's FetchManager.newContext). */
  newContext(request: FetchSessionRequest, nowMs: number): FetchContext {
    const { sessionId, sessionEpoch } = request
    if (sessionEpoch === FINAL_EPOCH || sessionEpoch === INITIAL_EPOCH) {
      if (sessionId !== INVALID_SESSION_ID) this.sessions.delete(sessionId)
      const partitions = [...request.partitions]
      return sessionEpoch === FINAL_EPOCH ? { kind: 'sessionless', partitions } : { kind: 'full', partitions }
    }
    const session = this.sessions.get(sessionId)
    if (session === undefined) return { kind: 'error', errorCode: ErrorCode.FETCH_SESSION_ID_NOT_FOUND }
    if (session.epoch !== sessionEpoch) return { kind: 'error', errorCode: ErrorCode.INVALID_FETCH_SESSION_EPOCH }
    if (session.usesTopicIds !== request.usesTopicIds) {
      return { kind: 'error', errorCode: ErrorCode.FETCH_SESSION_TOPIC_ID_ERROR }
    }
    // Forgotten first, as Kafka's FetchSession.update: a partition forgotten and named again stays.
    for (const key of request.forgotten) session.partitions.delete(key)
    for (const p of request.partitions) {
      const key = sessionPartitionKey(session.usesTopicIds, p.topic, p.topicId, p.partition)
      const cached = session.partitions.get(key)
      if (cached === undefined) {
        session.partitions.set(key, p)
      } else {
        cached.fetchOffset = p.fetchOffset
        cached.partitionMaxBytes = p.partitionMaxBytes
        cached.currentLeaderEpoch = p.currentLeaderEpoch
      }
    }
    session.epoch = nextEpoch(session.epoch)
    session.lastUsedMs = nowMs
    return { kind: 'incremental', session, partitions: [...session.partitions.values()] }
  }

  /** A full fetch's session, made from its partitions as answered; INVALID_SESSION_ID when the cache has no room. */
  createSession(
    partitions: readonly SessionPartition[],
    options: { usesTopicIds: boolean; privileged: boolean },
    nowMs: number,
  ): number {
    if (this.slots <= 0) return INVALID_SESSION_ID
    if (this.sessions.size >= this.slots && !this.tryEvict(options.privileged, partitions.length, nowMs)) {
      return INVALID_SESSION_ID
    }
    let id = randomInt(1, 0x7fffffff)
    while (this.sessions.has(id)) id = randomInt(1, 0x7fffffff)
    const map = new Map<string, SessionPartition>()
    for (const p of partitions) map.set(sessionPartitionKey(options.usesTopicIds, p.topic, p.topicId, p.partition), p)
    this.sessions.set(id, {
      id,
      epoch: 1,
      privileged: options.privileged,
      usesTopicIds: options.usesTopicIds,
      partitions: map,
      lastUsedMs: nowMs,
    })
    return id
  }

  private tryEvict(privileged: boolean, size: number, nowMs: number): boolean {
    let stale: FetchSession | undefined
    let evictable: FetchSession | undefined
    for (const s of this.sessions.values()) {
      if (nowMs - s.lastUsedMs > this.evictionMs && (stale === undefined || s.lastUsedMs < stale.lastUsedMs)) stale = s
      const better = privileged ? !s.privileged : !s.privileged && s.partitions.size < size
      if (better && (evictable === undefined || s.partitions.size < evictable.partitions.size)) evictable = s
    }
    const victim = stale ?? evictable
    if (victim === undefined) return false
    this.sessions.delete(victim.id)
    return true
  }
}

const caches = new WeakMap<object, FetchSessionCache>()

/** The node's session cache, sized by `max.incremental.fetch.session.cache.slots`. */
export function fetchSessions(broker: { readonly config: { readonly properties: ReadonlyMap<string, string> } }) {
  let cache = caches.get(broker)
  if (cache === undefined) {
    const text = broker.config.properties.get('max.incremental.fetch.session.cache.slots')
    const slots = text === undefined ? DEFAULT_SESSION_CACHE_SLOTS : Number(text)
    cache = new FetchSessionCache(Number.isSafeInteger(slots) ? slots : DEFAULT_SESSION_CACHE_SLOTS)
    caches.set(broker, cache)
  }
  return cache
}

/** Names the session partitions whose topic id was unknown when they joined, once the image knows it. */
export function resolveTopicNames(
  partitions: readonly SessionPartition[],
  nameOf: (topicId: Buffer) => string | undefined,
): void {
  for (const p of partitions) {
    if (p.topic !== '') continue
    const name = nameOf(p.topicId)
    if (name !== undefined) p.topic = name
  }
}
