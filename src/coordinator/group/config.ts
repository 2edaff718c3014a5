// The broker settings the group coordinator reads, with Kafka's names and defaults
// (`GroupCoordinatorConfig.java`). The driver fills them from the broker config.

export interface GroupCoordinatorConfig {
  /** group.min.session.timeout.ms */
  readonly groupMinSessionTimeoutMs: number
  /** group.max.session.timeout.ms */
  readonly groupMaxSessionTimeoutMs: number
  /** group.initial.rebalance.delay.ms: how long the first rebalance of an empty group waits for more members. */
  readonly groupInitialRebalanceDelayMs: number
  /** group.max.size */
  readonly groupMaxSize: number
  /** How long a new member's JoinGroup may stay parked before it is dropped (Kafka: 5 minutes, not configurable). */
  readonly groupNewMemberJoinTimeoutMs: number
  /** offset.metadata.max.bytes: OffsetCommit metadata longer than this is OFFSET_METADATA_TOO_LARGE. */
  readonly offsetMetadataMaxBytes: number
  /** offsets.retention.minutes, in ms. */
  readonly offsetsRetentionMs: number
  /** offsets.retention.check.interval.ms */
  readonly offsetsRetentionCheckIntervalMs: number
}

export const defaultGroupCoordinatorConfig: GroupCoordinatorConfig = Object.freeze({
  groupMinSessionTimeoutMs: 6_000,
  groupMaxSessionTimeoutMs: 1_800_000,
  groupInitialRebalanceDelayMs: 3_000,
  groupMaxSize: 2_147_483_647,
  groupNewMemberJoinTimeoutMs: 300_000,
  offsetMetadataMaxBytes: 4_096,
  offsetsRetentionMs: 7 * 24 * 60 * 60 * 1000,
  offsetsRetentionCheckIntervalMs: 600_000,
})
