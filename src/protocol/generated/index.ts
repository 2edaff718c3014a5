// Generated from spec/kafka/ by scripts/codegen. Do not edit.
// Every table at once, for tools and tests: importing this loads every message
// module. Runtime code imports api-table.ts, apis/<api>.js, headers.ts,
// metadata-records.ts or data-types.ts, so a broker loads only what it serves.
import type { ApiDefinition } from './api-table.js'
import { produceApi } from './apis/produce.js'
import { fetchApi } from './apis/fetch.js'
import { listOffsetsApi } from './apis/list-offsets.js'
import { metadataApi } from './apis/metadata.js'
import { leaderAndIsrApi } from './apis/leader-and-isr.js'
import { stopReplicaApi } from './apis/stop-replica.js'
import { updateMetadataApi } from './apis/update-metadata.js'
import { controlledShutdownApi } from './apis/controlled-shutdown.js'
import { offsetCommitApi } from './apis/offset-commit.js'
import { offsetFetchApi } from './apis/offset-fetch.js'
import { findCoordinatorApi } from './apis/find-coordinator.js'
import { joinGroupApi } from './apis/join-group.js'
import { heartbeatApi } from './apis/heartbeat.js'
import { leaveGroupApi } from './apis/leave-group.js'
import { syncGroupApi } from './apis/sync-group.js'
import { describeGroupsApi } from './apis/describe-groups.js'
import { listGroupsApi } from './apis/list-groups.js'
import { saslHandshakeApi } from './apis/sasl-handshake.js'
import { apiVersionsApi } from './apis/api-versions.js'
import { createTopicsApi } from './apis/create-topics.js'
import { deleteTopicsApi } from './apis/delete-topics.js'
import { deleteRecordsApi } from './apis/delete-records.js'
import { initProducerIdApi } from './apis/init-producer-id.js'
import { offsetForLeaderEpochApi } from './apis/offset-for-leader-epoch.js'
import { addPartitionsToTxnApi } from './apis/add-partitions-to-txn.js'
import { addOffsetsToTxnApi } from './apis/add-offsets-to-txn.js'
import { endTxnApi } from './apis/end-txn.js'
import { writeTxnMarkersApi } from './apis/write-txn-markers.js'
import { txnOffsetCommitApi } from './apis/txn-offset-commit.js'
import { describeAclsApi } from './apis/describe-acls.js'
import { createAclsApi } from './apis/create-acls.js'
import { deleteAclsApi } from './apis/delete-acls.js'
import { describeConfigsApi } from './apis/describe-configs.js'
import { alterConfigsApi } from './apis/alter-configs.js'
import { alterReplicaLogDirsApi } from './apis/alter-replica-log-dirs.js'
import { describeLogDirsApi } from './apis/describe-log-dirs.js'
import { saslAuthenticateApi } from './apis/sasl-authenticate.js'
import { createPartitionsApi } from './apis/create-partitions.js'
import { createDelegationTokenApi } from './apis/create-delegation-token.js'
import { renewDelegationTokenApi } from './apis/renew-delegation-token.js'
import { expireDelegationTokenApi } from './apis/expire-delegation-token.js'
import { describeDelegationTokenApi } from './apis/describe-delegation-token.js'
import { deleteGroupsApi } from './apis/delete-groups.js'
import { electLeadersApi } from './apis/elect-leaders.js'
import { incrementalAlterConfigsApi } from './apis/incremental-alter-configs.js'
import { alterPartitionReassignmentsApi } from './apis/alter-partition-reassignments.js'
import { listPartitionReassignmentsApi } from './apis/list-partition-reassignments.js'
import { offsetDeleteApi } from './apis/offset-delete.js'
import { describeClientQuotasApi } from './apis/describe-client-quotas.js'
import { alterClientQuotasApi } from './apis/alter-client-quotas.js'
import { describeUserScramCredentialsApi } from './apis/describe-user-scram-credentials.js'
import { alterUserScramCredentialsApi } from './apis/alter-user-scram-credentials.js'
import { voteApi } from './apis/vote.js'
import { beginQuorumEpochApi } from './apis/begin-quorum-epoch.js'
import { endQuorumEpochApi } from './apis/end-quorum-epoch.js'
import { describeQuorumApi } from './apis/describe-quorum.js'
import { alterPartitionApi } from './apis/alter-partition.js'
import { updateFeaturesApi } from './apis/update-features.js'
import { envelopeApi } from './apis/envelope.js'
import { fetchSnapshotApi } from './apis/fetch-snapshot.js'
import { describeClusterApi } from './apis/describe-cluster.js'
import { describeProducersApi } from './apis/describe-producers.js'
import { brokerRegistrationApi } from './apis/broker-registration.js'
import { brokerHeartbeatApi } from './apis/broker-heartbeat.js'
import { unregisterBrokerApi } from './apis/unregister-broker.js'
import { describeTransactionsApi } from './apis/describe-transactions.js'
import { listTransactionsApi } from './apis/list-transactions.js'
import { allocateProducerIdsApi } from './apis/allocate-producer-ids.js'
import { consumerGroupHeartbeatApi } from './apis/consumer-group-heartbeat.js'
import { consumerGroupDescribeApi } from './apis/consumer-group-describe.js'
import { controllerRegistrationApi } from './apis/controller-registration.js'
import { getTelemetrySubscriptionsApi } from './apis/get-telemetry-subscriptions.js'
import { pushTelemetryApi } from './apis/push-telemetry.js'
import { assignReplicasToDirsApi } from './apis/assign-replicas-to-dirs.js'
import { listClientMetricsResourcesApi } from './apis/list-client-metrics-resources.js'
import { describeTopicPartitionsApi } from './apis/describe-topic-partitions.js'
import { shareGroupHeartbeatApi } from './apis/share-group-heartbeat.js'
import { shareGroupDescribeApi } from './apis/share-group-describe.js'
import { shareFetchApi } from './apis/share-fetch.js'
import { shareAcknowledgeApi } from './apis/share-acknowledge.js'
import { addRaftVoterApi } from './apis/add-raft-voter.js'
import { removeRaftVoterApi } from './apis/remove-raft-voter.js'
import { updateRaftVoterApi } from './apis/update-raft-voter.js'
import { initializeShareGroupStateApi } from './apis/initialize-share-group-state.js'
import { readShareGroupStateApi } from './apis/read-share-group-state.js'
import { writeShareGroupStateApi } from './apis/write-share-group-state.js'
import { deleteShareGroupStateApi } from './apis/delete-share-group-state.js'
import { readShareGroupStateSummaryApi } from './apis/read-share-group-state-summary.js'

export type { AddOffsetsToTxnRequest } from './message/add-offsets-to-txn-request.js'
export type { AddOffsetsToTxnResponse } from './message/add-offsets-to-txn-response.js'
export type { AddPartitionsToTxnRequest } from './message/add-partitions-to-txn-request.js'
export type { AddPartitionsToTxnResponse } from './message/add-partitions-to-txn-response.js'
export type { AddRaftVoterRequest } from './message/add-raft-voter-request.js'
export type { AddRaftVoterResponse } from './message/add-raft-voter-response.js'
export type { AllocateProducerIdsRequest } from './message/allocate-producer-ids-request.js'
export type { AllocateProducerIdsResponse } from './message/allocate-producer-ids-response.js'
export type { AlterClientQuotasRequest } from './message/alter-client-quotas-request.js'
export type { AlterClientQuotasResponse } from './message/alter-client-quotas-response.js'
export type { AlterConfigsRequest } from './message/alter-configs-request.js'
export type { AlterConfigsResponse } from './message/alter-configs-response.js'
export type { AlterPartitionReassignmentsRequest } from './message/alter-partition-reassignments-request.js'
export type { AlterPartitionReassignmentsResponse } from './message/alter-partition-reassignments-response.js'
export type { AlterPartitionRequest } from './message/alter-partition-request.js'
export type { AlterPartitionResponse } from './message/alter-partition-response.js'
export type { AlterReplicaLogDirsRequest } from './message/alter-replica-log-dirs-request.js'
export type { AlterReplicaLogDirsResponse } from './message/alter-replica-log-dirs-response.js'
export type { AlterUserScramCredentialsRequest } from './message/alter-user-scram-credentials-request.js'
export type { AlterUserScramCredentialsResponse } from './message/alter-user-scram-credentials-response.js'
export type { ApiVersionsRequest } from './message/api-versions-request.js'
export type { ApiVersionsResponse } from './message/api-versions-response.js'
export type { AssignReplicasToDirsRequest } from './message/assign-replicas-to-dirs-request.js'
export type { AssignReplicasToDirsResponse } from './message/assign-replicas-to-dirs-response.js'
export type { BeginQuorumEpochRequest } from './message/begin-quorum-epoch-request.js'
export type { BeginQuorumEpochResponse } from './message/begin-quorum-epoch-response.js'
export type { BrokerHeartbeatRequest } from './message/broker-heartbeat-request.js'
export type { BrokerHeartbeatResponse } from './message/broker-heartbeat-response.js'
export type { BrokerRegistrationRequest } from './message/broker-registration-request.js'
export type { BrokerRegistrationResponse } from './message/broker-registration-response.js'
export type { ConsumerGroupDescribeRequest } from './message/consumer-group-describe-request.js'
export type { ConsumerGroupDescribeResponse } from './message/consumer-group-describe-response.js'
export type { ConsumerGroupHeartbeatRequest } from './message/consumer-group-heartbeat-request.js'
export type { ConsumerGroupHeartbeatResponse } from './message/consumer-group-heartbeat-response.js'
export type { ConsumerProtocolAssignment } from './message/consumer-protocol-assignment.js'
export type { ConsumerProtocolSubscription } from './message/consumer-protocol-subscription.js'
export type { ControlledShutdownRequest } from './message/controlled-shutdown-request.js'
export type { ControlledShutdownResponse } from './message/controlled-shutdown-response.js'
export type { ControllerRegistrationRequest } from './message/controller-registration-request.js'
export type { ControllerRegistrationResponse } from './message/controller-registration-response.js'
export type { CreateAclsRequest } from './message/create-acls-request.js'
export type { CreateAclsResponse } from './message/create-acls-response.js'
export type { CreateDelegationTokenRequest } from './message/create-delegation-token-request.js'
export type { CreateDelegationTokenResponse } from './message/create-delegation-token-response.js'
export type { CreatePartitionsRequest } from './message/create-partitions-request.js'
export type { CreatePartitionsResponse } from './message/create-partitions-response.js'
export type { CreateTopicsRequest } from './message/create-topics-request.js'
export type { CreateTopicsResponse } from './message/create-topics-response.js'
export type { DefaultPrincipalData } from './message/default-principal-data.js'
export type { DeleteAclsRequest } from './message/delete-acls-request.js'
export type { DeleteAclsResponse } from './message/delete-acls-response.js'
export type { DeleteGroupsRequest } from './message/delete-groups-request.js'
export type { DeleteGroupsResponse } from './message/delete-groups-response.js'
export type { DeleteRecordsRequest } from './message/delete-records-request.js'
export type { DeleteRecordsResponse } from './message/delete-records-response.js'
export type { DeleteShareGroupStateRequest } from './message/delete-share-group-state-request.js'
export type { DeleteShareGroupStateResponse } from './message/delete-share-group-state-response.js'
export type { DeleteTopicsRequest } from './message/delete-topics-request.js'
export type { DeleteTopicsResponse } from './message/delete-topics-response.js'
export type { DescribeAclsRequest } from './message/describe-acls-request.js'
export type { DescribeAclsResponse } from './message/describe-acls-response.js'
export type { DescribeClientQuotasRequest } from './message/describe-client-quotas-request.js'
export type { DescribeClientQuotasResponse } from './message/describe-client-quotas-response.js'
export type { DescribeClusterRequest } from './message/describe-cluster-request.js'
export type { DescribeClusterResponse } from './message/describe-cluster-response.js'
export type { DescribeConfigsRequest } from './message/describe-configs-request.js'
export type { DescribeConfigsResponse } from './message/describe-configs-response.js'
export type { DescribeDelegationTokenRequest } from './message/describe-delegation-token-request.js'
export type { DescribeDelegationTokenResponse } from './message/describe-delegation-token-response.js'
export type { DescribeGroupsRequest } from './message/describe-groups-request.js'
export type { DescribeGroupsResponse } from './message/describe-groups-response.js'
export type { DescribeLogDirsRequest } from './message/describe-log-dirs-request.js'
export type { DescribeLogDirsResponse } from './message/describe-log-dirs-response.js'
export type { DescribeProducersRequest } from './message/describe-producers-request.js'
export type { DescribeProducersResponse } from './message/describe-producers-response.js'
export type { DescribeQuorumRequest } from './message/describe-quorum-request.js'
export type { DescribeQuorumResponse } from './message/describe-quorum-response.js'
export type { DescribeTopicPartitionsRequest } from './message/describe-topic-partitions-request.js'
export type { DescribeTopicPartitionsResponse } from './message/describe-topic-partitions-response.js'
export type { DescribeTransactionsRequest } from './message/describe-transactions-request.js'
export type { DescribeTransactionsResponse } from './message/describe-transactions-response.js'
export type { DescribeUserScramCredentialsRequest } from './message/describe-user-scram-credentials-request.js'
export type { DescribeUserScramCredentialsResponse } from './message/describe-user-scram-credentials-response.js'
export type { ElectLeadersRequest } from './message/elect-leaders-request.js'
export type { ElectLeadersResponse } from './message/elect-leaders-response.js'
export type { EndQuorumEpochRequest } from './message/end-quorum-epoch-request.js'
export type { EndQuorumEpochResponse } from './message/end-quorum-epoch-response.js'
export type { EndTxnRequest } from './message/end-txn-request.js'
export type { EndTxnResponse } from './message/end-txn-response.js'
export type { EnvelopeRequest } from './message/envelope-request.js'
export type { EnvelopeResponse } from './message/envelope-response.js'
export type { ExpireDelegationTokenRequest } from './message/expire-delegation-token-request.js'
export type { ExpireDelegationTokenResponse } from './message/expire-delegation-token-response.js'
export type { FetchRequest } from './message/fetch-request.js'
export type { FetchResponse } from './message/fetch-response.js'
export type { FetchSnapshotRequest } from './message/fetch-snapshot-request.js'
export type { FetchSnapshotResponse } from './message/fetch-snapshot-response.js'
export type { FindCoordinatorRequest } from './message/find-coordinator-request.js'
export type { FindCoordinatorResponse } from './message/find-coordinator-response.js'
export type { GetTelemetrySubscriptionsRequest } from './message/get-telemetry-subscriptions-request.js'
export type { GetTelemetrySubscriptionsResponse } from './message/get-telemetry-subscriptions-response.js'
export type { HeartbeatRequest } from './message/heartbeat-request.js'
export type { HeartbeatResponse } from './message/heartbeat-response.js'
export type { IncrementalAlterConfigsRequest } from './message/incremental-alter-configs-request.js'
export type { IncrementalAlterConfigsResponse } from './message/incremental-alter-configs-response.js'
export type { InitProducerIdRequest } from './message/init-producer-id-request.js'
export type { InitProducerIdResponse } from './message/init-producer-id-response.js'
export type { InitializeShareGroupStateRequest } from './message/initialize-share-group-state-request.js'
export type { InitializeShareGroupStateResponse } from './message/initialize-share-group-state-response.js'
export type { JoinGroupRequest } from './message/join-group-request.js'
export type { JoinGroupResponse } from './message/join-group-response.js'
export type { KRaftVersionRecord } from './message/kraft-version-record.js'
export type { LeaderAndIsrRequest } from './message/leader-and-isr-request.js'
export type { LeaderAndIsrResponse } from './message/leader-and-isr-response.js'
export type { LeaderChangeMessage } from './message/leader-change-message.js'
export type { LeaveGroupRequest } from './message/leave-group-request.js'
export type { LeaveGroupResponse } from './message/leave-group-response.js'
export type { ListClientMetricsResourcesRequest } from './message/list-client-metrics-resources-request.js'
export type { ListClientMetricsResourcesResponse } from './message/list-client-metrics-resources-response.js'
export type { ListGroupsRequest } from './message/list-groups-request.js'
export type { ListGroupsResponse } from './message/list-groups-response.js'
export type { ListOffsetsRequest } from './message/list-offsets-request.js'
export type { ListOffsetsResponse } from './message/list-offsets-response.js'
export type { ListPartitionReassignmentsRequest } from './message/list-partition-reassignments-request.js'
export type { ListPartitionReassignmentsResponse } from './message/list-partition-reassignments-response.js'
export type { ListTransactionsRequest } from './message/list-transactions-request.js'
export type { ListTransactionsResponse } from './message/list-transactions-response.js'
export type { MetadataRequest } from './message/metadata-request.js'
export type { MetadataResponse } from './message/metadata-response.js'
export type { OffsetCommitRequest } from './message/offset-commit-request.js'
export type { OffsetCommitResponse } from './message/offset-commit-response.js'
export type { OffsetDeleteRequest } from './message/offset-delete-request.js'
export type { OffsetDeleteResponse } from './message/offset-delete-response.js'
export type { OffsetFetchRequest } from './message/offset-fetch-request.js'
export type { OffsetFetchResponse } from './message/offset-fetch-response.js'
export type { OffsetForLeaderEpochRequest } from './message/offset-for-leader-epoch-request.js'
export type { OffsetForLeaderEpochResponse } from './message/offset-for-leader-epoch-response.js'
export type { ProduceRequest } from './message/produce-request.js'
export type { ProduceResponse } from './message/produce-response.js'
export type { PushTelemetryRequest } from './message/push-telemetry-request.js'
export type { PushTelemetryResponse } from './message/push-telemetry-response.js'
export type { ReadShareGroupStateRequest } from './message/read-share-group-state-request.js'
export type { ReadShareGroupStateResponse } from './message/read-share-group-state-response.js'
export type { ReadShareGroupStateSummaryRequest } from './message/read-share-group-state-summary-request.js'
export type { ReadShareGroupStateSummaryResponse } from './message/read-share-group-state-summary-response.js'
export type { RemoveRaftVoterRequest } from './message/remove-raft-voter-request.js'
export type { RemoveRaftVoterResponse } from './message/remove-raft-voter-response.js'
export type { RenewDelegationTokenRequest } from './message/renew-delegation-token-request.js'
export type { RenewDelegationTokenResponse } from './message/renew-delegation-token-response.js'
export type { RequestHeader } from './message/request-header.js'
export type { ResponseHeader } from './message/response-header.js'
export type { SaslAuthenticateRequest } from './message/sasl-authenticate-request.js'
export type { SaslAuthenticateResponse } from './message/sasl-authenticate-response.js'
export type { SaslHandshakeRequest } from './message/sasl-handshake-request.js'
export type { SaslHandshakeResponse } from './message/sasl-handshake-response.js'
export type { ShareAcknowledgeRequest } from './message/share-acknowledge-request.js'
export type { ShareAcknowledgeResponse } from './message/share-acknowledge-response.js'
export type { ShareFetchRequest } from './message/share-fetch-request.js'
export type { ShareFetchResponse } from './message/share-fetch-response.js'
export type { ShareGroupDescribeRequest } from './message/share-group-describe-request.js'
export type { ShareGroupDescribeResponse } from './message/share-group-describe-response.js'
export type { ShareGroupHeartbeatRequest } from './message/share-group-heartbeat-request.js'
export type { ShareGroupHeartbeatResponse } from './message/share-group-heartbeat-response.js'
export type { SnapshotFooterRecord } from './message/snapshot-footer-record.js'
export type { SnapshotHeaderRecord } from './message/snapshot-header-record.js'
export type { StopReplicaRequest } from './message/stop-replica-request.js'
export type { StopReplicaResponse } from './message/stop-replica-response.js'
export type { SyncGroupRequest } from './message/sync-group-request.js'
export type { SyncGroupResponse } from './message/sync-group-response.js'
export type { TxnOffsetCommitRequest } from './message/txn-offset-commit-request.js'
export type { TxnOffsetCommitResponse } from './message/txn-offset-commit-response.js'
export type { UnregisterBrokerRequest } from './message/unregister-broker-request.js'
export type { UnregisterBrokerResponse } from './message/unregister-broker-response.js'
export type { UpdateFeaturesRequest } from './message/update-features-request.js'
export type { UpdateFeaturesResponse } from './message/update-features-response.js'
export type { UpdateMetadataRequest } from './message/update-metadata-request.js'
export type { UpdateMetadataResponse } from './message/update-metadata-response.js'
export type { UpdateRaftVoterRequest } from './message/update-raft-voter-request.js'
export type { UpdateRaftVoterResponse } from './message/update-raft-voter-response.js'
export type { VoteRequest } from './message/vote-request.js'
export type { VoteResponse } from './message/vote-response.js'
export type { VotersRecord } from './message/voters-record.js'
export type { WriteShareGroupStateRequest } from './message/write-share-group-state-request.js'
export type { WriteShareGroupStateResponse } from './message/write-share-group-state-response.js'
export type { WriteTxnMarkersRequest } from './message/write-txn-markers-request.js'
export type { WriteTxnMarkersResponse } from './message/write-txn-markers-response.js'
export type { AbortTransactionRecord } from './metadata/abort-transaction-record.js'
export type { AccessControlEntryRecord } from './metadata/access-control-entry-record.js'
export type { BeginTransactionRecord } from './metadata/begin-transaction-record.js'
export type { BrokerRegistrationChangeRecord } from './metadata/broker-registration-change-record.js'
export type { ClientQuotaRecord } from './metadata/client-quota-record.js'
export type { ConfigRecord } from './metadata/config-record.js'
export type { DelegationTokenRecord } from './metadata/delegation-token-record.js'
export type { EndTransactionRecord } from './metadata/end-transaction-record.js'
export type { FeatureLevelRecord } from './metadata/feature-level-record.js'
export type { FenceBrokerRecord } from './metadata/fence-broker-record.js'
export type { NoOpRecord } from './metadata/no-op-record.js'
export type { PartitionChangeRecord } from './metadata/partition-change-record.js'
export type { PartitionRecord } from './metadata/partition-record.js'
export type { ProducerIdsRecord } from './metadata/producer-ids-record.js'
export type { RegisterBrokerRecord } from './metadata/register-broker-record.js'
export type { RegisterControllerRecord } from './metadata/register-controller-record.js'
export type { RemoveAccessControlEntryRecord } from './metadata/remove-access-control-entry-record.js'
export type { RemoveDelegationTokenRecord } from './metadata/remove-delegation-token-record.js'
export type { RemoveTopicRecord } from './metadata/remove-topic-record.js'
export type { RemoveUserScramCredentialRecord } from './metadata/remove-user-scram-credential-record.js'
export type { TopicRecord } from './metadata/topic-record.js'
export type { UnfenceBrokerRecord } from './metadata/unfence-broker-record.js'
export type { UnregisterBrokerRecord } from './metadata/unregister-broker-record.js'
export type { UserScramCredentialRecord } from './metadata/user-scram-credential-record.js'
export type { ZkMigrationStateRecord } from './metadata/zk-migration-state-record.js'
export type { QuorumStateData } from './raft/quorum-state-data.js'
export type { ConsumerGroupCurrentMemberAssignmentKey } from './group-coordinator/consumer-group-current-member-assignment-key.js'
export type { ConsumerGroupCurrentMemberAssignmentValue } from './group-coordinator/consumer-group-current-member-assignment-value.js'
export type { ConsumerGroupMemberMetadataKey } from './group-coordinator/consumer-group-member-metadata-key.js'
export type { ConsumerGroupMemberMetadataValue } from './group-coordinator/consumer-group-member-metadata-value.js'
export type { ConsumerGroupMetadataKey } from './group-coordinator/consumer-group-metadata-key.js'
export type { ConsumerGroupMetadataValue } from './group-coordinator/consumer-group-metadata-value.js'
export type { ConsumerGroupPartitionMetadataKey } from './group-coordinator/consumer-group-partition-metadata-key.js'
export type { ConsumerGroupPartitionMetadataValue } from './group-coordinator/consumer-group-partition-metadata-value.js'
export type { ConsumerGroupTargetAssignmentMemberKey } from './group-coordinator/consumer-group-target-assignment-member-key.js'
export type { ConsumerGroupTargetAssignmentMemberValue } from './group-coordinator/consumer-group-target-assignment-member-value.js'
export type { ConsumerGroupTargetAssignmentMetadataKey } from './group-coordinator/consumer-group-target-assignment-metadata-key.js'
export type { ConsumerGroupTargetAssignmentMetadataValue } from './group-coordinator/consumer-group-target-assignment-metadata-value.js'
export type { GroupMetadataKey } from './group-coordinator/group-metadata-key.js'
export type { GroupMetadataValue } from './group-coordinator/group-metadata-value.js'
export type { OffsetCommitKey } from './group-coordinator/offset-commit-key.js'
export type { OffsetCommitValue } from './group-coordinator/offset-commit-value.js'
export type { ShareGroupMemberMetadataKey } from './group-coordinator/share-group-member-metadata-key.js'
export type { ShareGroupMemberMetadataValue } from './group-coordinator/share-group-member-metadata-value.js'
export type { ShareGroupMetadataKey } from './group-coordinator/share-group-metadata-key.js'
export type { ShareGroupMetadataValue } from './group-coordinator/share-group-metadata-value.js'
export type { ShareGroupPartitionMetadataKey } from './group-coordinator/share-group-partition-metadata-key.js'
export type { ShareGroupPartitionMetadataValue } from './group-coordinator/share-group-partition-metadata-value.js'
export type { TransactionLogKey } from './transaction-coordinator/transaction-log-key.js'
export type { TransactionLogValue } from './transaction-coordinator/transaction-log-value.js'
export * from './api-table.js'
export * from './data-types.js'
export * from './headers.js'
export * from './metadata-records.js'

export const apis = {
  PRODUCE: produceApi,
  FETCH: fetchApi,
  LIST_OFFSETS: listOffsetsApi,
  METADATA: metadataApi,
  LEADER_AND_ISR: leaderAndIsrApi,
  STOP_REPLICA: stopReplicaApi,
  UPDATE_METADATA: updateMetadataApi,
  CONTROLLED_SHUTDOWN: controlledShutdownApi,
  OFFSET_COMMIT: offsetCommitApi,
  OFFSET_FETCH: offsetFetchApi,
  FIND_COORDINATOR: findCoordinatorApi,
  JOIN_GROUP: joinGroupApi,
  HEARTBEAT: heartbeatApi,
  LEAVE_GROUP: leaveGroupApi,
  SYNC_GROUP: syncGroupApi,
  DESCRIBE_GROUPS: describeGroupsApi,
  LIST_GROUPS: listGroupsApi,
  SASL_HANDSHAKE: saslHandshakeApi,
  API_VERSIONS: apiVersionsApi,
  CREATE_TOPICS: createTopicsApi,
  DELETE_TOPICS: deleteTopicsApi,
  DELETE_RECORDS: deleteRecordsApi,
  INIT_PRODUCER_ID: initProducerIdApi,
  OFFSET_FOR_LEADER_EPOCH: offsetForLeaderEpochApi,
  ADD_PARTITIONS_TO_TXN: addPartitionsToTxnApi,
  ADD_OFFSETS_TO_TXN: addOffsetsToTxnApi,
  END_TXN: endTxnApi,
  WRITE_TXN_MARKERS: writeTxnMarkersApi,
  TXN_OFFSET_COMMIT: txnOffsetCommitApi,
  DESCRIBE_ACLS: describeAclsApi,
  CREATE_ACLS: createAclsApi,
  DELETE_ACLS: deleteAclsApi,
  DESCRIBE_CONFIGS: describeConfigsApi,
  ALTER_CONFIGS: alterConfigsApi,
  ALTER_REPLICA_LOG_DIRS: alterReplicaLogDirsApi,
  DESCRIBE_LOG_DIRS: describeLogDirsApi,
  SASL_AUTHENTICATE: saslAuthenticateApi,
  CREATE_PARTITIONS: createPartitionsApi,
  CREATE_DELEGATION_TOKEN: createDelegationTokenApi,
  RENEW_DELEGATION_TOKEN: renewDelegationTokenApi,
  EXPIRE_DELEGATION_TOKEN: expireDelegationTokenApi,
  DESCRIBE_DELEGATION_TOKEN: describeDelegationTokenApi,
  DELETE_GROUPS: deleteGroupsApi,
  ELECT_LEADERS: electLeadersApi,
  INCREMENTAL_ALTER_CONFIGS: incrementalAlterConfigsApi,
  ALTER_PARTITION_REASSIGNMENTS: alterPartitionReassignmentsApi,
  LIST_PARTITION_REASSIGNMENTS: listPartitionReassignmentsApi,
  OFFSET_DELETE: offsetDeleteApi,
  DESCRIBE_CLIENT_QUOTAS: describeClientQuotasApi,
  ALTER_CLIENT_QUOTAS: alterClientQuotasApi,
  DESCRIBE_USER_SCRAM_CREDENTIALS: describeUserScramCredentialsApi,
  ALTER_USER_SCRAM_CREDENTIALS: alterUserScramCredentialsApi,
  VOTE: voteApi,
  BEGIN_QUORUM_EPOCH: beginQuorumEpochApi,
  END_QUORUM_EPOCH: endQuorumEpochApi,
  DESCRIBE_QUORUM: describeQuorumApi,
  ALTER_PARTITION: alterPartitionApi,
  UPDATE_FEATURES: updateFeaturesApi,
  ENVELOPE: envelopeApi,
  FETCH_SNAPSHOT: fetchSnapshotApi,
  DESCRIBE_CLUSTER: describeClusterApi,
  DESCRIBE_PRODUCERS: describeProducersApi,
  BROKER_REGISTRATION: brokerRegistrationApi,
  BROKER_HEARTBEAT: brokerHeartbeatApi,
  UNREGISTER_BROKER: unregisterBrokerApi,
  DESCRIBE_TRANSACTIONS: describeTransactionsApi,
  LIST_TRANSACTIONS: listTransactionsApi,
  ALLOCATE_PRODUCER_IDS: allocateProducerIdsApi,
  CONSUMER_GROUP_HEARTBEAT: consumerGroupHeartbeatApi,
  CONSUMER_GROUP_DESCRIBE: consumerGroupDescribeApi,
  CONTROLLER_REGISTRATION: controllerRegistrationApi,
  GET_TELEMETRY_SUBSCRIPTIONS: getTelemetrySubscriptionsApi,
  PUSH_TELEMETRY: pushTelemetryApi,
  ASSIGN_REPLICAS_TO_DIRS: assignReplicasToDirsApi,
  LIST_CLIENT_METRICS_RESOURCES: listClientMetricsResourcesApi,
  DESCRIBE_TOPIC_PARTITIONS: describeTopicPartitionsApi,
  SHARE_GROUP_HEARTBEAT: shareGroupHeartbeatApi,
  SHARE_GROUP_DESCRIBE: shareGroupDescribeApi,
  SHARE_FETCH: shareFetchApi,
  SHARE_ACKNOWLEDGE: shareAcknowledgeApi,
  ADD_RAFT_VOTER: addRaftVoterApi,
  REMOVE_RAFT_VOTER: removeRaftVoterApi,
  UPDATE_RAFT_VOTER: updateRaftVoterApi,
  INITIALIZE_SHARE_GROUP_STATE: initializeShareGroupStateApi,
  READ_SHARE_GROUP_STATE: readShareGroupStateApi,
  WRITE_SHARE_GROUP_STATE: writeShareGroupStateApi,
  DELETE_SHARE_GROUP_STATE: deleteShareGroupStateApi,
  READ_SHARE_GROUP_STATE_SUMMARY: readShareGroupStateSummaryApi,
} as const

/** Every API by key, with codecs. */
export const apiByKey: ReadonlyMap<number, ApiDefinition> = new Map(
  Object.values(apis).map((api) => [api.apiKey, api as ApiDefinition]),
)
