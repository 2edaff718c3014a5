// Raft timing configuration, under Kafka's config names (`controller.quorum.*`) and defaults
// (`raft/.../QuorumConfig.java`). The driver reads the dotted keys into this typed object; the
// pure core only ever sees the typed fields.

export interface RaftConfig {
  /** `controller.quorum.election.timeout.ms`: base of the randomized election timeout. */
  readonly electionTimeoutMs: number
  /** `controller.quorum.election.backoff.max.ms`: upper bound of the backoff after a lost election. */
  readonly electionBackoffMaxMs: number
  /** `controller.quorum.fetch.timeout.ms`: a follower without a successful fetch this long starts a pre-vote. */
  readonly fetchTimeoutMs: number
  /** `controller.quorum.request.timeout.ms`: an unanswered request is sent again after this long. */
  readonly requestTimeoutMs: number
  /** `controller.quorum.retry.backoff.ms`: wait after an error response before the next fetch. */
  readonly retryBackoffMs: number
  /** KafkaRaftClient's `fetchMaxWaitMs`: how long the leader parks a fetch that has nothing new. */
  readonly fetchMaxWaitMs: number
  /** Most entries one fetch response carries (Kafka bounds by bytes; we bound by count). */
  readonly fetchMaxEntries: number
}

export const defaultRaftConfig: RaftConfig = Object.freeze({
  electionTimeoutMs: 1000,
  electionBackoffMaxMs: 1000,
  fetchTimeoutMs: 2000,
  requestTimeoutMs: 2000,
  retryBackoffMs: 20,
  fetchMaxWaitMs: 500,
  fetchMaxEntries: 100,
})

/** Kafka's check-quorum: a leader resigns if a majority has not fetched within 1.5 fetch timeouts. */
export const CHECK_QUORUM_TIMEOUT_FACTOR = 1.5
