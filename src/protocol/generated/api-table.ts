// Generated from spec/kafka/ by scripts/codegen. Do not edit.
// Every API key with its versions, and the shapes of codecs and API definitions.
// Importing this loads no message module (see apis/ for one API with its codecs).
import type { Reader } from '../reader.js'
import type { Writer } from '../writer.js'

export interface MessageCodec<T> {
  readonly name: string
  readonly minVersion: number
  readonly maxVersion: number
  /** First flexible version (KIP-482), or Infinity when none is. */
  readonly flexibleMinVersion: number
  // Method syntax on purpose: it keeps ApiDefinition<Req, Res> assignable to
  // ApiDefinition<unknown, unknown>, so tables of all APIs type-check.
  read(r: Reader, version: number): T
  write(w: Writer, message: T, version: number): void
  /** A message with every field at its default. */
  create(): T
}

export interface ApiVersionsEntry {
  readonly apiKey: number
  /** Kafka's name for the API, e.g. "Produce". */
  readonly name: string
  readonly minVersion: number
  readonly maxVersion: number
  readonly flexibleMinVersion: number
  /** Highest deprecated version (KIP-896), or -1 when none is. */
  readonly deprecatedMaxVersion: number
  readonly listeners: readonly ('broker' | 'controller' | 'zkBroker')[]
  /** The newest version is still unstable and must not be advertised. */
  readonly latestVersionUnstable: boolean
}

export interface ApiDefinition<Req = unknown, Res = unknown> extends ApiVersionsEntry {
  readonly request: MessageCodec<Req>
  readonly response: MessageCodec<Res>
}

export const ApiKey = {
  PRODUCE: 0,
  FETCH: 1,
  LIST_OFFSETS: 2,
  METADATA: 3,
  LEADER_AND_ISR: 4,
  STOP_REPLICA: 5,
  UPDATE_METADATA: 6,
  CONTROLLED_SHUTDOWN: 7,
  OFFSET_COMMIT: 8,
  OFFSET_FETCH: 9,
  FIND_COORDINATOR: 10,
  JOIN_GROUP: 11,
  HEARTBEAT: 12,
  LEAVE_GROUP: 13,
  SYNC_GROUP: 14,
  DESCRIBE_GROUPS: 15,
  LIST_GROUPS: 16,
  SASL_HANDSHAKE: 17,
  API_VERSIONS: 18,
  CREATE_TOPICS: 19,
  DELETE_TOPICS: 20,
  DELETE_RECORDS: 21,
  INIT_PRODUCER_ID: 22,
  OFFSET_FOR_LEADER_EPOCH: 23,
  ADD_PARTITIONS_TO_TXN: 24,
  ADD_OFFSETS_TO_TXN: 25,
  END_TXN: 26,
  WRITE_TXN_MARKERS: 27,
  TXN_OFFSET_COMMIT: 28,
  DESCRIBE_ACLS: 29,
  CREATE_ACLS: 30,
  DELETE_ACLS: 31,
  DESCRIBE_CONFIGS: 32,
  ALTER_CONFIGS: 33,
  ALTER_REPLICA_LOG_DIRS: 34,
  DESCRIBE_LOG_DIRS: 35,
  SASL_AUTHENTICATE: 36,
  CREATE_PARTITIONS: 37,
  CREATE_DELEGATION_TOKEN: 38,
  RENEW_DELEGATION_TOKEN: 39,
  EXPIRE_DELEGATION_TOKEN: 40,
  DESCRIBE_DELEGATION_TOKEN: 41,
  DELETE_GROUPS: 42,
  ELECT_LEADERS: 43,
  INCREMENTAL_ALTER_CONFIGS: 44,
  ALTER_PARTITION_REASSIGNMENTS: 45,
  LIST_PARTITION_REASSIGNMENTS: 46,
  OFFSET_DELETE: 47,
  DESCRIBE_CLIENT_QUOTAS: 48,
  ALTER_CLIENT_QUOTAS: 49,
  DESCRIBE_USER_SCRAM_CREDENTIALS: 50,
  ALTER_USER_SCRAM_CREDENTIALS: 51,
  VOTE: 52,
  BEGIN_QUORUM_EPOCH: 53,
  END_QUORUM_EPOCH: 54,
  DESCRIBE_QUORUM: 55,
  ALTER_PARTITION: 56,
  UPDATE_FEATURES: 57,
  ENVELOPE: 58,
  FETCH_SNAPSHOT: 59,
  DESCRIBE_CLUSTER: 60,
  DESCRIBE_PRODUCERS: 61,
  BROKER_REGISTRATION: 62,
  BROKER_HEARTBEAT: 63,
  UNREGISTER_BROKER: 64,
  DESCRIBE_TRANSACTIONS: 65,
  LIST_TRANSACTIONS: 66,
  ALLOCATE_PRODUCER_IDS: 67,
  CONSUMER_GROUP_HEARTBEAT: 68,
  CONSUMER_GROUP_DESCRIBE: 69,
  CONTROLLER_REGISTRATION: 70,
  GET_TELEMETRY_SUBSCRIPTIONS: 71,
  PUSH_TELEMETRY: 72,
  ASSIGN_REPLICAS_TO_DIRS: 73,
  LIST_CLIENT_METRICS_RESOURCES: 74,
  DESCRIBE_TOPIC_PARTITIONS: 75,
  SHARE_GROUP_HEARTBEAT: 76,
  SHARE_GROUP_DESCRIBE: 77,
  SHARE_FETCH: 78,
  SHARE_ACKNOWLEDGE: 79,
  ADD_RAFT_VOTER: 80,
  REMOVE_RAFT_VOTER: 81,
  UPDATE_RAFT_VOTER: 82,
  INITIALIZE_SHARE_GROUP_STATE: 83,
  READ_SHARE_GROUP_STATE: 84,
  WRITE_SHARE_GROUP_STATE: 85,
  DELETE_SHARE_GROUP_STATE: 86,
  READ_SHARE_GROUP_STATE_SUMMARY: 87,
} as const
export type ApiKey = (typeof ApiKey)[keyof typeof ApiKey]

/** Every API by key, versions only. */
export const apiTable: ReadonlyMap<number, ApiVersionsEntry> = new Map<number, ApiVersionsEntry>([
  [0, { apiKey: 0, name: 'Produce', minVersion: 0, maxVersion: 11, flexibleMinVersion: 9, deprecatedMaxVersion: 6, listeners: ['zkBroker', 'broker'], latestVersionUnstable: false }],
  [1, { apiKey: 1, name: 'Fetch', minVersion: 0, maxVersion: 17, flexibleMinVersion: 12, deprecatedMaxVersion: 3, listeners: ['zkBroker', 'broker', 'controller'], latestVersionUnstable: false }],
  [2, { apiKey: 2, name: 'ListOffsets', minVersion: 0, maxVersion: 9, flexibleMinVersion: 6, deprecatedMaxVersion: 0, listeners: ['zkBroker', 'broker'], latestVersionUnstable: false }],
  [3, { apiKey: 3, name: 'Metadata', minVersion: 0, maxVersion: 12, flexibleMinVersion: 9, deprecatedMaxVersion: 3, listeners: ['zkBroker', 'broker'], latestVersionUnstable: false }],
  [4, { apiKey: 4, name: 'LeaderAndIsr', minVersion: 0, maxVersion: 7, flexibleMinVersion: 4, deprecatedMaxVersion: -1, listeners: ['zkBroker'], latestVersionUnstable: false }],
  [5, { apiKey: 5, name: 'StopReplica', minVersion: 0, maxVersion: 4, flexibleMinVersion: 2, deprecatedMaxVersion: -1, listeners: ['zkBroker'], latestVersionUnstable: false }],
  [6, { apiKey: 6, name: 'UpdateMetadata', minVersion: 0, maxVersion: 8, flexibleMinVersion: 6, deprecatedMaxVersion: -1, listeners: ['zkBroker'], latestVersionUnstable: false }],
  [7, { apiKey: 7, name: 'ControlledShutdown', minVersion: 0, maxVersion: 3, flexibleMinVersion: 3, deprecatedMaxVersion: -1, listeners: ['zkBroker', 'controller'], latestVersionUnstable: false }],
  [8, { apiKey: 8, name: 'OffsetCommit', minVersion: 0, maxVersion: 9, flexibleMinVersion: 8, deprecatedMaxVersion: 1, listeners: ['zkBroker', 'broker'], latestVersionUnstable: false }],
  [9, { apiKey: 9, name: 'OffsetFetch', minVersion: 0, maxVersion: 9, flexibleMinVersion: 6, deprecatedMaxVersion: 0, listeners: ['zkBroker', 'broker'], latestVersionUnstable: false }],
  [10, { apiKey: 10, name: 'FindCoordinator', minVersion: 0, maxVersion: 6, flexibleMinVersion: 3, deprecatedMaxVersion: 0, listeners: ['zkBroker', 'broker'], latestVersionUnstable: false }],
  [11, { apiKey: 11, name: 'JoinGroup', minVersion: 0, maxVersion: 9, flexibleMinVersion: 6, deprecatedMaxVersion: 1, listeners: ['zkBroker', 'broker'], latestVersionUnstable: false }],
  [12, { apiKey: 12, name: 'Heartbeat', minVersion: 0, maxVersion: 4, flexibleMinVersion: 4, deprecatedMaxVersion: -1, listeners: ['zkBroker', 'broker'], latestVersionUnstable: false }],
  [13, { apiKey: 13, name: 'LeaveGroup', minVersion: 0, maxVersion: 5, flexibleMinVersion: 4, deprecatedMaxVersion: -1, listeners: ['zkBroker', 'broker'], latestVersionUnstable: false }],
  [14, { apiKey: 14, name: 'SyncGroup', minVersion: 0, maxVersion: 5, flexibleMinVersion: 4, deprecatedMaxVersion: -1, listeners: ['zkBroker', 'broker'], latestVersionUnstable: false }],
  [15, { apiKey: 15, name: 'DescribeGroups', minVersion: 0, maxVersion: 5, flexibleMinVersion: 5, deprecatedMaxVersion: -1, listeners: ['zkBroker', 'broker'], latestVersionUnstable: false }],
  [16, { apiKey: 16, name: 'ListGroups', minVersion: 0, maxVersion: 5, flexibleMinVersion: 3, deprecatedMaxVersion: -1, listeners: ['zkBroker', 'broker'], latestVersionUnstable: false }],
  [17, { apiKey: 17, name: 'SaslHandshake', minVersion: 0, maxVersion: 1, flexibleMinVersion: Number.POSITIVE_INFINITY, deprecatedMaxVersion: 0, listeners: ['zkBroker', 'broker', 'controller'], latestVersionUnstable: false }],
  [18, { apiKey: 18, name: 'ApiVersions', minVersion: 0, maxVersion: 4, flexibleMinVersion: 3, deprecatedMaxVersion: -1, listeners: ['zkBroker', 'broker', 'controller'], latestVersionUnstable: false }],
  [19, { apiKey: 19, name: 'CreateTopics', minVersion: 0, maxVersion: 7, flexibleMinVersion: 5, deprecatedMaxVersion: 1, listeners: ['zkBroker', 'broker', 'controller'], latestVersionUnstable: false }],
  [20, { apiKey: 20, name: 'DeleteTopics', minVersion: 0, maxVersion: 6, flexibleMinVersion: 4, deprecatedMaxVersion: 0, listeners: ['zkBroker', 'broker', 'controller'], latestVersionUnstable: false }],
  [21, { apiKey: 21, name: 'DeleteRecords', minVersion: 0, maxVersion: 2, flexibleMinVersion: 2, deprecatedMaxVersion: -1, listeners: ['zkBroker', 'broker'], latestVersionUnstable: false }],
  [22, { apiKey: 22, name: 'InitProducerId', minVersion: 0, maxVersion: 5, flexibleMinVersion: 2, deprecatedMaxVersion: -1, listeners: ['zkBroker', 'broker'], latestVersionUnstable: false }],
  [23, { apiKey: 23, name: 'OffsetForLeaderEpoch', minVersion: 0, maxVersion: 4, flexibleMinVersion: 4, deprecatedMaxVersion: 1, listeners: ['zkBroker', 'broker'], latestVersionUnstable: false }],
  [24, { apiKey: 24, name: 'AddPartitionsToTxn', minVersion: 0, maxVersion: 5, flexibleMinVersion: 3, deprecatedMaxVersion: -1, listeners: ['zkBroker', 'broker'], latestVersionUnstable: false }],
  [25, { apiKey: 25, name: 'AddOffsetsToTxn', minVersion: 0, maxVersion: 4, flexibleMinVersion: 3, deprecatedMaxVersion: -1, listeners: ['zkBroker', 'broker'], latestVersionUnstable: false }],
  [26, { apiKey: 26, name: 'EndTxn', minVersion: 0, maxVersion: 4, flexibleMinVersion: 3, deprecatedMaxVersion: -1, listeners: ['zkBroker', 'broker'], latestVersionUnstable: false }],
  [27, { apiKey: 27, name: 'WriteTxnMarkers', minVersion: 0, maxVersion: 1, flexibleMinVersion: 1, deprecatedMaxVersion: -1, listeners: ['zkBroker', 'broker'], latestVersionUnstable: false }],
  [28, { apiKey: 28, name: 'TxnOffsetCommit', minVersion: 0, maxVersion: 4, flexibleMinVersion: 3, deprecatedMaxVersion: -1, listeners: ['zkBroker', 'broker'], latestVersionUnstable: false }],
  [29, { apiKey: 29, name: 'DescribeAcls', minVersion: 0, maxVersion: 3, flexibleMinVersion: 2, deprecatedMaxVersion: 0, listeners: ['zkBroker', 'broker', 'controller'], latestVersionUnstable: false }],
  [30, { apiKey: 30, name: 'CreateAcls', minVersion: 0, maxVersion: 3, flexibleMinVersion: 2, deprecatedMaxVersion: 0, listeners: ['zkBroker', 'broker', 'controller'], latestVersionUnstable: false }],
  [31, { apiKey: 31, name: 'DeleteAcls', minVersion: 0, maxVersion: 3, flexibleMinVersion: 2, deprecatedMaxVersion: 0, listeners: ['zkBroker', 'broker', 'controller'], latestVersionUnstable: false }],
  [32, { apiKey: 32, name: 'DescribeConfigs', minVersion: 0, maxVersion: 4, flexibleMinVersion: 4, deprecatedMaxVersion: 0, listeners: ['zkBroker', 'broker', 'controller'], latestVersionUnstable: false }],
  [33, { apiKey: 33, name: 'AlterConfigs', minVersion: 0, maxVersion: 2, flexibleMinVersion: 2, deprecatedMaxVersion: -1, listeners: ['zkBroker', 'broker', 'controller'], latestVersionUnstable: false }],
  [34, { apiKey: 34, name: 'AlterReplicaLogDirs', minVersion: 0, maxVersion: 2, flexibleMinVersion: 2, deprecatedMaxVersion: 0, listeners: ['zkBroker', 'broker'], latestVersionUnstable: false }],
  [35, { apiKey: 35, name: 'DescribeLogDirs', minVersion: 0, maxVersion: 4, flexibleMinVersion: 2, deprecatedMaxVersion: 0, listeners: ['zkBroker', 'broker'], latestVersionUnstable: false }],
  [36, { apiKey: 36, name: 'SaslAuthenticate', minVersion: 0, maxVersion: 2, flexibleMinVersion: 2, deprecatedMaxVersion: -1, listeners: ['zkBroker', 'broker', 'controller'], latestVersionUnstable: false }],
  [37, { apiKey: 37, name: 'CreatePartitions', minVersion: 0, maxVersion: 3, flexibleMinVersion: 2, deprecatedMaxVersion: -1, listeners: ['zkBroker', 'broker', 'controller'], latestVersionUnstable: false }],
  [38, { apiKey: 38, name: 'CreateDelegationToken', minVersion: 0, maxVersion: 3, flexibleMinVersion: 2, deprecatedMaxVersion: 0, listeners: ['zkBroker', 'broker', 'controller'], latestVersionUnstable: false }],
  [39, { apiKey: 39, name: 'RenewDelegationToken', minVersion: 0, maxVersion: 2, flexibleMinVersion: 2, deprecatedMaxVersion: 0, listeners: ['zkBroker', 'broker', 'controller'], latestVersionUnstable: false }],
  [40, { apiKey: 40, name: 'ExpireDelegationToken', minVersion: 0, maxVersion: 2, flexibleMinVersion: 2, deprecatedMaxVersion: 0, listeners: ['zkBroker', 'broker', 'controller'], latestVersionUnstable: false }],
  [41, { apiKey: 41, name: 'DescribeDelegationToken', minVersion: 0, maxVersion: 3, flexibleMinVersion: 2, deprecatedMaxVersion: 0, listeners: ['zkBroker', 'broker', 'controller'], latestVersionUnstable: false }],
  [42, { apiKey: 42, name: 'DeleteGroups', minVersion: 0, maxVersion: 2, flexibleMinVersion: 2, deprecatedMaxVersion: 0, listeners: ['zkBroker', 'broker'], latestVersionUnstable: false }],
  [43, { apiKey: 43, name: 'ElectLeaders', minVersion: 0, maxVersion: 2, flexibleMinVersion: 2, deprecatedMaxVersion: -1, listeners: ['zkBroker', 'broker', 'controller'], latestVersionUnstable: false }],
  [44, { apiKey: 44, name: 'IncrementalAlterConfigs', minVersion: 0, maxVersion: 1, flexibleMinVersion: 1, deprecatedMaxVersion: -1, listeners: ['zkBroker', 'broker', 'controller'], latestVersionUnstable: false }],
  [45, { apiKey: 45, name: 'AlterPartitionReassignments', minVersion: 0, maxVersion: 0, flexibleMinVersion: 0, deprecatedMaxVersion: -1, listeners: ['broker', 'controller', 'zkBroker'], latestVersionUnstable: false }],
  [46, { apiKey: 46, name: 'ListPartitionReassignments', minVersion: 0, maxVersion: 0, flexibleMinVersion: 0, deprecatedMaxVersion: -1, listeners: ['broker', 'controller', 'zkBroker'], latestVersionUnstable: false }],
  [47, { apiKey: 47, name: 'OffsetDelete', minVersion: 0, maxVersion: 0, flexibleMinVersion: Number.POSITIVE_INFINITY, deprecatedMaxVersion: -1, listeners: ['zkBroker', 'broker'], latestVersionUnstable: false }],
  [48, { apiKey: 48, name: 'DescribeClientQuotas', minVersion: 0, maxVersion: 1, flexibleMinVersion: 1, deprecatedMaxVersion: -1, listeners: ['zkBroker', 'broker'], latestVersionUnstable: false }],
  [49, { apiKey: 49, name: 'AlterClientQuotas', minVersion: 0, maxVersion: 1, flexibleMinVersion: 1, deprecatedMaxVersion: -1, listeners: ['zkBroker', 'broker', 'controller'], latestVersionUnstable: false }],
  [50, { apiKey: 50, name: 'DescribeUserScramCredentials', minVersion: 0, maxVersion: 0, flexibleMinVersion: 0, deprecatedMaxVersion: -1, listeners: ['zkBroker', 'broker', 'controller'], latestVersionUnstable: false }],
  [51, { apiKey: 51, name: 'AlterUserScramCredentials', minVersion: 0, maxVersion: 0, flexibleMinVersion: 0, deprecatedMaxVersion: -1, listeners: ['zkBroker', 'broker', 'controller'], latestVersionUnstable: false }],
  [52, { apiKey: 52, name: 'Vote', minVersion: 0, maxVersion: 1, flexibleMinVersion: 0, deprecatedMaxVersion: -1, listeners: ['controller'], latestVersionUnstable: false }],
  [53, { apiKey: 53, name: 'BeginQuorumEpoch', minVersion: 0, maxVersion: 1, flexibleMinVersion: 1, deprecatedMaxVersion: -1, listeners: ['controller'], latestVersionUnstable: false }],
  [54, { apiKey: 54, name: 'EndQuorumEpoch', minVersion: 0, maxVersion: 1, flexibleMinVersion: 1, deprecatedMaxVersion: -1, listeners: ['controller'], latestVersionUnstable: false }],
  [55, { apiKey: 55, name: 'DescribeQuorum', minVersion: 0, maxVersion: 2, flexibleMinVersion: 0, deprecatedMaxVersion: -1, listeners: ['broker', 'controller'], latestVersionUnstable: false }],
  [56, { apiKey: 56, name: 'AlterPartition', minVersion: 0, maxVersion: 3, flexibleMinVersion: 0, deprecatedMaxVersion: -1, listeners: ['zkBroker', 'controller'], latestVersionUnstable: false }],
  [57, { apiKey: 57, name: 'UpdateFeatures', minVersion: 0, maxVersion: 1, flexibleMinVersion: 0, deprecatedMaxVersion: -1, listeners: ['zkBroker', 'broker', 'controller'], latestVersionUnstable: false }],
  [58, { apiKey: 58, name: 'Envelope', minVersion: 0, maxVersion: 0, flexibleMinVersion: 0, deprecatedMaxVersion: -1, listeners: ['controller', 'zkBroker'], latestVersionUnstable: false }],
  [59, { apiKey: 59, name: 'FetchSnapshot', minVersion: 0, maxVersion: 1, flexibleMinVersion: 0, deprecatedMaxVersion: -1, listeners: ['controller'], latestVersionUnstable: false }],
  [60, { apiKey: 60, name: 'DescribeCluster', minVersion: 0, maxVersion: 1, flexibleMinVersion: 0, deprecatedMaxVersion: -1, listeners: ['zkBroker', 'broker', 'controller'], latestVersionUnstable: false }],
  [61, { apiKey: 61, name: 'DescribeProducers', minVersion: 0, maxVersion: 0, flexibleMinVersion: 0, deprecatedMaxVersion: -1, listeners: ['zkBroker', 'broker'], latestVersionUnstable: false }],
  [62, { apiKey: 62, name: 'BrokerRegistration', minVersion: 0, maxVersion: 4, flexibleMinVersion: 0, deprecatedMaxVersion: -1, listeners: ['controller'], latestVersionUnstable: false }],
  [63, { apiKey: 63, name: 'BrokerHeartbeat', minVersion: 0, maxVersion: 1, flexibleMinVersion: 0, deprecatedMaxVersion: -1, listeners: ['controller'], latestVersionUnstable: false }],
  [64, { apiKey: 64, name: 'UnregisterBroker', minVersion: 0, maxVersion: 0, flexibleMinVersion: 0, deprecatedMaxVersion: -1, listeners: ['broker', 'controller'], latestVersionUnstable: false }],
  [65, { apiKey: 65, name: 'DescribeTransactions', minVersion: 0, maxVersion: 0, flexibleMinVersion: 0, deprecatedMaxVersion: -1, listeners: ['zkBroker', 'broker'], latestVersionUnstable: false }],
  [66, { apiKey: 66, name: 'ListTransactions', minVersion: 0, maxVersion: 1, flexibleMinVersion: 0, deprecatedMaxVersion: -1, listeners: ['zkBroker', 'broker'], latestVersionUnstable: false }],
  [67, { apiKey: 67, name: 'AllocateProducerIds', minVersion: 0, maxVersion: 0, flexibleMinVersion: 0, deprecatedMaxVersion: -1, listeners: ['zkBroker', 'controller'], latestVersionUnstable: false }],
  [68, { apiKey: 68, name: 'ConsumerGroupHeartbeat', minVersion: 0, maxVersion: 0, flexibleMinVersion: 0, deprecatedMaxVersion: -1, listeners: ['zkBroker', 'broker'], latestVersionUnstable: false }],
  [69, { apiKey: 69, name: 'ConsumerGroupDescribe', minVersion: 0, maxVersion: 0, flexibleMinVersion: 0, deprecatedMaxVersion: -1, listeners: ['zkBroker', 'broker'], latestVersionUnstable: false }],
  [70, { apiKey: 70, name: 'ControllerRegistration', minVersion: 0, maxVersion: 0, flexibleMinVersion: 0, deprecatedMaxVersion: -1, listeners: ['controller'], latestVersionUnstable: false }],
  [71, { apiKey: 71, name: 'GetTelemetrySubscriptions', minVersion: 0, maxVersion: 0, flexibleMinVersion: 0, deprecatedMaxVersion: -1, listeners: ['broker'], latestVersionUnstable: false }],
  [72, { apiKey: 72, name: 'PushTelemetry', minVersion: 0, maxVersion: 0, flexibleMinVersion: 0, deprecatedMaxVersion: -1, listeners: ['broker'], latestVersionUnstable: false }],
  [73, { apiKey: 73, name: 'AssignReplicasToDirs', minVersion: 0, maxVersion: 0, flexibleMinVersion: 0, deprecatedMaxVersion: -1, listeners: ['controller'], latestVersionUnstable: false }],
  [74, { apiKey: 74, name: 'ListClientMetricsResources', minVersion: 0, maxVersion: 0, flexibleMinVersion: 0, deprecatedMaxVersion: -1, listeners: ['broker'], latestVersionUnstable: false }],
  [75, { apiKey: 75, name: 'DescribeTopicPartitions', minVersion: 0, maxVersion: 0, flexibleMinVersion: 0, deprecatedMaxVersion: -1, listeners: ['broker'], latestVersionUnstable: false }],
  [76, { apiKey: 76, name: 'ShareGroupHeartbeat', minVersion: 0, maxVersion: 0, flexibleMinVersion: 0, deprecatedMaxVersion: -1, listeners: ['broker'], latestVersionUnstable: true }],
  [77, { apiKey: 77, name: 'ShareGroupDescribe', minVersion: 0, maxVersion: 0, flexibleMinVersion: 0, deprecatedMaxVersion: -1, listeners: ['broker'], latestVersionUnstable: true }],
  [78, { apiKey: 78, name: 'ShareFetch', minVersion: 0, maxVersion: 0, flexibleMinVersion: 0, deprecatedMaxVersion: -1, listeners: ['broker'], latestVersionUnstable: true }],
  [79, { apiKey: 79, name: 'ShareAcknowledge', minVersion: 0, maxVersion: 0, flexibleMinVersion: 0, deprecatedMaxVersion: -1, listeners: ['broker'], latestVersionUnstable: true }],
  [80, { apiKey: 80, name: 'AddRaftVoter', minVersion: 0, maxVersion: 0, flexibleMinVersion: 0, deprecatedMaxVersion: -1, listeners: ['controller', 'broker'], latestVersionUnstable: false }],
  [81, { apiKey: 81, name: 'RemoveRaftVoter', minVersion: 0, maxVersion: 0, flexibleMinVersion: 0, deprecatedMaxVersion: -1, listeners: ['controller', 'broker'], latestVersionUnstable: false }],
  [82, { apiKey: 82, name: 'UpdateRaftVoter', minVersion: 0, maxVersion: 0, flexibleMinVersion: 0, deprecatedMaxVersion: -1, listeners: ['controller'], latestVersionUnstable: false }],
  [83, { apiKey: 83, name: 'InitializeShareGroupState', minVersion: 0, maxVersion: 0, flexibleMinVersion: 0, deprecatedMaxVersion: -1, listeners: ['broker'], latestVersionUnstable: true }],
  [84, { apiKey: 84, name: 'ReadShareGroupState', minVersion: 0, maxVersion: 0, flexibleMinVersion: 0, deprecatedMaxVersion: -1, listeners: ['broker'], latestVersionUnstable: true }],
  [85, { apiKey: 85, name: 'WriteShareGroupState', minVersion: 0, maxVersion: 0, flexibleMinVersion: 0, deprecatedMaxVersion: -1, listeners: ['broker'], latestVersionUnstable: true }],
  [86, { apiKey: 86, name: 'DeleteShareGroupState', minVersion: 0, maxVersion: 0, flexibleMinVersion: 0, deprecatedMaxVersion: -1, listeners: ['broker'], latestVersionUnstable: true }],
  [87, { apiKey: 87, name: 'ReadShareGroupStateSummary', minVersion: 0, maxVersion: 0, flexibleMinVersion: 0, deprecatedMaxVersion: -1, listeners: ['broker'], latestVersionUnstable: true }],
])
