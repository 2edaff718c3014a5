// Generated from spec/kafka/ by scripts/codegen. Do not edit.
// The tables of everything the specs define: APIs by key with their request and
// response codecs, the request/response headers, KRaft metadata records by type,
// and the other data types (coordinator records, consumer protocol, raft state).
import type { Reader } from '../reader.js'
import type { Writer } from '../writer.js'
import { defaultAddOffsetsToTxnRequest, readAddOffsetsToTxnRequest, writeAddOffsetsToTxnRequest, type AddOffsetsToTxnRequest } from './message/add-offsets-to-txn-request.js'
import { defaultAddOffsetsToTxnResponse, readAddOffsetsToTxnResponse, writeAddOffsetsToTxnResponse, type AddOffsetsToTxnResponse } from './message/add-offsets-to-txn-response.js'
import { defaultAddPartitionsToTxnRequest, readAddPartitionsToTxnRequest, writeAddPartitionsToTxnRequest, type AddPartitionsToTxnRequest } from './message/add-partitions-to-txn-request.js'
import { defaultAddPartitionsToTxnResponse, readAddPartitionsToTxnResponse, writeAddPartitionsToTxnResponse, type AddPartitionsToTxnResponse } from './message/add-partitions-to-txn-response.js'
import { defaultAddRaftVoterRequest, readAddRaftVoterRequest, writeAddRaftVoterRequest, type AddRaftVoterRequest } from './message/add-raft-voter-request.js'
import { defaultAddRaftVoterResponse, readAddRaftVoterResponse, writeAddRaftVoterResponse, type AddRaftVoterResponse } from './message/add-raft-voter-response.js'
import { defaultAllocateProducerIdsRequest, readAllocateProducerIdsRequest, writeAllocateProducerIdsRequest, type AllocateProducerIdsRequest } from './message/allocate-producer-ids-request.js'
import { defaultAllocateProducerIdsResponse, readAllocateProducerIdsResponse, writeAllocateProducerIdsResponse, type AllocateProducerIdsResponse } from './message/allocate-producer-ids-response.js'
import { defaultAlterClientQuotasRequest, readAlterClientQuotasRequest, writeAlterClientQuotasRequest, type AlterClientQuotasRequest } from './message/alter-client-quotas-request.js'
import { defaultAlterClientQuotasResponse, readAlterClientQuotasResponse, writeAlterClientQuotasResponse, type AlterClientQuotasResponse } from './message/alter-client-quotas-response.js'
import { defaultAlterConfigsRequest, readAlterConfigsRequest, writeAlterConfigsRequest, type AlterConfigsRequest } from './message/alter-configs-request.js'
import { defaultAlterConfigsResponse, readAlterConfigsResponse, writeAlterConfigsResponse, type AlterConfigsResponse } from './message/alter-configs-response.js'
import { defaultAlterPartitionReassignmentsRequest, readAlterPartitionReassignmentsRequest, writeAlterPartitionReassignmentsRequest, type AlterPartitionReassignmentsRequest } from './message/alter-partition-reassignments-request.js'
import { defaultAlterPartitionReassignmentsResponse, readAlterPartitionReassignmentsResponse, writeAlterPartitionReassignmentsResponse, type AlterPartitionReassignmentsResponse } from './message/alter-partition-reassignments-response.js'
import { defaultAlterPartitionRequest, readAlterPartitionRequest, writeAlterPartitionRequest, type AlterPartitionRequest } from './message/alter-partition-request.js'
import { defaultAlterPartitionResponse, readAlterPartitionResponse, writeAlterPartitionResponse, type AlterPartitionResponse } from './message/alter-partition-response.js'
import { defaultAlterReplicaLogDirsRequest, readAlterReplicaLogDirsRequest, writeAlterReplicaLogDirsRequest, type AlterReplicaLogDirsRequest } from './message/alter-replica-log-dirs-request.js'
import { defaultAlterReplicaLogDirsResponse, readAlterReplicaLogDirsResponse, writeAlterReplicaLogDirsResponse, type AlterReplicaLogDirsResponse } from './message/alter-replica-log-dirs-response.js'
import { defaultAlterUserScramCredentialsRequest, readAlterUserScramCredentialsRequest, writeAlterUserScramCredentialsRequest, type AlterUserScramCredentialsRequest } from './message/alter-user-scram-credentials-request.js'
import { defaultAlterUserScramCredentialsResponse, readAlterUserScramCredentialsResponse, writeAlterUserScramCredentialsResponse, type AlterUserScramCredentialsResponse } from './message/alter-user-scram-credentials-response.js'
import { defaultApiVersionsRequest, readApiVersionsRequest, writeApiVersionsRequest, type ApiVersionsRequest } from './message/api-versions-request.js'
import { defaultApiVersionsResponse, readApiVersionsResponse, writeApiVersionsResponse, type ApiVersionsResponse } from './message/api-versions-response.js'
import { defaultAssignReplicasToDirsRequest, readAssignReplicasToDirsRequest, writeAssignReplicasToDirsRequest, type AssignReplicasToDirsRequest } from './message/assign-replicas-to-dirs-request.js'
import { defaultAssignReplicasToDirsResponse, readAssignReplicasToDirsResponse, writeAssignReplicasToDirsResponse, type AssignReplicasToDirsResponse } from './message/assign-replicas-to-dirs-response.js'
import { defaultBeginQuorumEpochRequest, readBeginQuorumEpochRequest, writeBeginQuorumEpochRequest, type BeginQuorumEpochRequest } from './message/begin-quorum-epoch-request.js'
import { defaultBeginQuorumEpochResponse, readBeginQuorumEpochResponse, writeBeginQuorumEpochResponse, type BeginQuorumEpochResponse } from './message/begin-quorum-epoch-response.js'
import { defaultBrokerHeartbeatRequest, readBrokerHeartbeatRequest, writeBrokerHeartbeatRequest, type BrokerHeartbeatRequest } from './message/broker-heartbeat-request.js'
import { defaultBrokerHeartbeatResponse, readBrokerHeartbeatResponse, writeBrokerHeartbeatResponse, type BrokerHeartbeatResponse } from './message/broker-heartbeat-response.js'
import { defaultBrokerRegistrationRequest, readBrokerRegistrationRequest, writeBrokerRegistrationRequest, type BrokerRegistrationRequest } from './message/broker-registration-request.js'
import { defaultBrokerRegistrationResponse, readBrokerRegistrationResponse, writeBrokerRegistrationResponse, type BrokerRegistrationResponse } from './message/broker-registration-response.js'
import { defaultConsumerGroupDescribeRequest, readConsumerGroupDescribeRequest, writeConsumerGroupDescribeRequest, type ConsumerGroupDescribeRequest } from './message/consumer-group-describe-request.js'
import { defaultConsumerGroupDescribeResponse, readConsumerGroupDescribeResponse, writeConsumerGroupDescribeResponse, type ConsumerGroupDescribeResponse } from './message/consumer-group-describe-response.js'
import { defaultConsumerGroupHeartbeatRequest, readConsumerGroupHeartbeatRequest, writeConsumerGroupHeartbeatRequest, type ConsumerGroupHeartbeatRequest } from './message/consumer-group-heartbeat-request.js'
import { defaultConsumerGroupHeartbeatResponse, readConsumerGroupHeartbeatResponse, writeConsumerGroupHeartbeatResponse, type ConsumerGroupHeartbeatResponse } from './message/consumer-group-heartbeat-response.js'
import { defaultConsumerProtocolAssignment, readConsumerProtocolAssignment, writeConsumerProtocolAssignment, type ConsumerProtocolAssignment } from './message/consumer-protocol-assignment.js'
import { defaultConsumerProtocolSubscription, readConsumerProtocolSubscription, writeConsumerProtocolSubscription, type ConsumerProtocolSubscription } from './message/consumer-protocol-subscription.js'
import { defaultControlledShutdownRequest, readControlledShutdownRequest, writeControlledShutdownRequest, type ControlledShutdownRequest } from './message/controlled-shutdown-request.js'
import { defaultControlledShutdownResponse, readControlledShutdownResponse, writeControlledShutdownResponse, type ControlledShutdownResponse } from './message/controlled-shutdown-response.js'
import { defaultControllerRegistrationRequest, readControllerRegistrationRequest, writeControllerRegistrationRequest, type ControllerRegistrationRequest } from './message/controller-registration-request.js'
import { defaultControllerRegistrationResponse, readControllerRegistrationResponse, writeControllerRegistrationResponse, type ControllerRegistrationResponse } from './message/controller-registration-response.js'
import { defaultCreateAclsRequest, readCreateAclsRequest, writeCreateAclsRequest, type CreateAclsRequest } from './message/create-acls-request.js'
import { defaultCreateAclsResponse, readCreateAclsResponse, writeCreateAclsResponse, type CreateAclsResponse } from './message/create-acls-response.js'
import { defaultCreateDelegationTokenRequest, readCreateDelegationTokenRequest, writeCreateDelegationTokenRequest, type CreateDelegationTokenRequest } from './message/create-delegation-token-request.js'
import { defaultCreateDelegationTokenResponse, readCreateDelegationTokenResponse, writeCreateDelegationTokenResponse, type CreateDelegationTokenResponse } from './message/create-delegation-token-response.js'
import { defaultCreatePartitionsRequest, readCreatePartitionsRequest, writeCreatePartitionsRequest, type CreatePartitionsRequest } from './message/create-partitions-request.js'
import { defaultCreatePartitionsResponse, readCreatePartitionsResponse, writeCreatePartitionsResponse, type CreatePartitionsResponse } from './message/create-partitions-response.js'
import { defaultCreateTopicsRequest, readCreateTopicsRequest, writeCreateTopicsRequest, type CreateTopicsRequest } from './message/create-topics-request.js'
import { defaultCreateTopicsResponse, readCreateTopicsResponse, writeCreateTopicsResponse, type CreateTopicsResponse } from './message/create-topics-response.js'
import { defaultDefaultPrincipalData, readDefaultPrincipalData, writeDefaultPrincipalData, type DefaultPrincipalData } from './message/default-principal-data.js'
import { defaultDeleteAclsRequest, readDeleteAclsRequest, writeDeleteAclsRequest, type DeleteAclsRequest } from './message/delete-acls-request.js'
import { defaultDeleteAclsResponse, readDeleteAclsResponse, writeDeleteAclsResponse, type DeleteAclsResponse } from './message/delete-acls-response.js'
import { defaultDeleteGroupsRequest, readDeleteGroupsRequest, writeDeleteGroupsRequest, type DeleteGroupsRequest } from './message/delete-groups-request.js'
import { defaultDeleteGroupsResponse, readDeleteGroupsResponse, writeDeleteGroupsResponse, type DeleteGroupsResponse } from './message/delete-groups-response.js'
import { defaultDeleteRecordsRequest, readDeleteRecordsRequest, writeDeleteRecordsRequest, type DeleteRecordsRequest } from './message/delete-records-request.js'
import { defaultDeleteRecordsResponse, readDeleteRecordsResponse, writeDeleteRecordsResponse, type DeleteRecordsResponse } from './message/delete-records-response.js'
import { defaultDeleteShareGroupStateRequest, readDeleteShareGroupStateRequest, writeDeleteShareGroupStateRequest, type DeleteShareGroupStateRequest } from './message/delete-share-group-state-request.js'
import { defaultDeleteShareGroupStateResponse, readDeleteShareGroupStateResponse, writeDeleteShareGroupStateResponse, type DeleteShareGroupStateResponse } from './message/delete-share-group-state-response.js'
import { defaultDeleteTopicsRequest, readDeleteTopicsRequest, writeDeleteTopicsRequest, type DeleteTopicsRequest } from './message/delete-topics-request.js'
import { defaultDeleteTopicsResponse, readDeleteTopicsResponse, writeDeleteTopicsResponse, type DeleteTopicsResponse } from './message/delete-topics-response.js'
import { defaultDescribeAclsRequest, readDescribeAclsRequest, writeDescribeAclsRequest, type DescribeAclsRequest } from './message/describe-acls-request.js'
import { defaultDescribeAclsResponse, readDescribeAclsResponse, writeDescribeAclsResponse, type DescribeAclsResponse } from './message/describe-acls-response.js'
import { defaultDescribeClientQuotasRequest, readDescribeClientQuotasRequest, writeDescribeClientQuotasRequest, type DescribeClientQuotasRequest } from './message/describe-client-quotas-request.js'
import { defaultDescribeClientQuotasResponse, readDescribeClientQuotasResponse, writeDescribeClientQuotasResponse, type DescribeClientQuotasResponse } from './message/describe-client-quotas-response.js'
import { defaultDescribeClusterRequest, readDescribeClusterRequest, writeDescribeClusterRequest, type DescribeClusterRequest } from './message/describe-cluster-request.js'
import { defaultDescribeClusterResponse, readDescribeClusterResponse, writeDescribeClusterResponse, type DescribeClusterResponse } from './message/describe-cluster-response.js'
import { defaultDescribeConfigsRequest, readDescribeConfigsRequest, writeDescribeConfigsRequest, type DescribeConfigsRequest } from './message/describe-configs-request.js'
import { defaultDescribeConfigsResponse, readDescribeConfigsResponse, writeDescribeConfigsResponse, type DescribeConfigsResponse } from './message/describe-configs-response.js'
import { defaultDescribeDelegationTokenRequest, readDescribeDelegationTokenRequest, writeDescribeDelegationTokenRequest, type DescribeDelegationTokenRequest } from './message/describe-delegation-token-request.js'
import { defaultDescribeDelegationTokenResponse, readDescribeDelegationTokenResponse, writeDescribeDelegationTokenResponse, type DescribeDelegationTokenResponse } from './message/describe-delegation-token-response.js'
import { defaultDescribeGroupsRequest, readDescribeGroupsRequest, writeDescribeGroupsRequest, type DescribeGroupsRequest } from './message/describe-groups-request.js'
import { defaultDescribeGroupsResponse, readDescribeGroupsResponse, writeDescribeGroupsResponse, type DescribeGroupsResponse } from './message/describe-groups-response.js'
import { defaultDescribeLogDirsRequest, readDescribeLogDirsRequest, writeDescribeLogDirsRequest, type DescribeLogDirsRequest } from './message/describe-log-dirs-request.js'
import { defaultDescribeLogDirsResponse, readDescribeLogDirsResponse, writeDescribeLogDirsResponse, type DescribeLogDirsResponse } from './message/describe-log-dirs-response.js'
import { defaultDescribeProducersRequest, readDescribeProducersRequest, writeDescribeProducersRequest, type DescribeProducersRequest } from './message/describe-producers-request.js'
import { defaultDescribeProducersResponse, readDescribeProducersResponse, writeDescribeProducersResponse, type DescribeProducersResponse } from './message/describe-producers-response.js'
import { defaultDescribeQuorumRequest, readDescribeQuorumRequest, writeDescribeQuorumRequest, type DescribeQuorumRequest } from './message/describe-quorum-request.js'
import { defaultDescribeQuorumResponse, readDescribeQuorumResponse, writeDescribeQuorumResponse, type DescribeQuorumResponse } from './message/describe-quorum-response.js'
import { defaultDescribeTopicPartitionsRequest, readDescribeTopicPartitionsRequest, writeDescribeTopicPartitionsRequest, type DescribeTopicPartitionsRequest } from './message/describe-topic-partitions-request.js'
import { defaultDescribeTopicPartitionsResponse, readDescribeTopicPartitionsResponse, writeDescribeTopicPartitionsResponse, type DescribeTopicPartitionsResponse } from './message/describe-topic-partitions-response.js'
import { defaultDescribeTransactionsRequest, readDescribeTransactionsRequest, writeDescribeTransactionsRequest, type DescribeTransactionsRequest } from './message/describe-transactions-request.js'
import { defaultDescribeTransactionsResponse, readDescribeTransactionsResponse, writeDescribeTransactionsResponse, type DescribeTransactionsResponse } from './message/describe-transactions-response.js'
import { defaultDescribeUserScramCredentialsRequest, readDescribeUserScramCredentialsRequest, writeDescribeUserScramCredentialsRequest, type DescribeUserScramCredentialsRequest } from './message/describe-user-scram-credentials-request.js'
import { defaultDescribeUserScramCredentialsResponse, readDescribeUserScramCredentialsResponse, writeDescribeUserScramCredentialsResponse, type DescribeUserScramCredentialsResponse } from './message/describe-user-scram-credentials-response.js'
import { defaultElectLeadersRequest, readElectLeadersRequest, writeElectLeadersRequest, type ElectLeadersRequest } from './message/elect-leaders-request.js'
import { defaultElectLeadersResponse, readElectLeadersResponse, writeElectLeadersResponse, type ElectLeadersResponse } from './message/elect-leaders-response.js'
import { defaultEndQuorumEpochRequest, readEndQuorumEpochRequest, writeEndQuorumEpochRequest, type EndQuorumEpochRequest } from './message/end-quorum-epoch-request.js'
import { defaultEndQuorumEpochResponse, readEndQuorumEpochResponse, writeEndQuorumEpochResponse, type EndQuorumEpochResponse } from './message/end-quorum-epoch-response.js'
import { defaultEndTxnRequest, readEndTxnRequest, writeEndTxnRequest, type EndTxnRequest } from './message/end-txn-request.js'
import { defaultEndTxnResponse, readEndTxnResponse, writeEndTxnResponse, type EndTxnResponse } from './message/end-txn-response.js'
import { defaultEnvelopeRequest, readEnvelopeRequest, writeEnvelopeRequest, type EnvelopeRequest } from './message/envelope-request.js'
import { defaultEnvelopeResponse, readEnvelopeResponse, writeEnvelopeResponse, type EnvelopeResponse } from './message/envelope-response.js'
import { defaultExpireDelegationTokenRequest, readExpireDelegationTokenRequest, writeExpireDelegationTokenRequest, type ExpireDelegationTokenRequest } from './message/expire-delegation-token-request.js'
import { defaultExpireDelegationTokenResponse, readExpireDelegationTokenResponse, writeExpireDelegationTokenResponse, type ExpireDelegationTokenResponse } from './message/expire-delegation-token-response.js'
import { defaultFetchRequest, readFetchRequest, writeFetchRequest, type FetchRequest } from './message/fetch-request.js'
import { defaultFetchResponse, readFetchResponse, writeFetchResponse, type FetchResponse } from './message/fetch-response.js'
import { defaultFetchSnapshotRequest, readFetchSnapshotRequest, writeFetchSnapshotRequest, type FetchSnapshotRequest } from './message/fetch-snapshot-request.js'
import { defaultFetchSnapshotResponse, readFetchSnapshotResponse, writeFetchSnapshotResponse, type FetchSnapshotResponse } from './message/fetch-snapshot-response.js'
import { defaultFindCoordinatorRequest, readFindCoordinatorRequest, writeFindCoordinatorRequest, type FindCoordinatorRequest } from './message/find-coordinator-request.js'
import { defaultFindCoordinatorResponse, readFindCoordinatorResponse, writeFindCoordinatorResponse, type FindCoordinatorResponse } from './message/find-coordinator-response.js'
import { defaultGetTelemetrySubscriptionsRequest, readGetTelemetrySubscriptionsRequest, writeGetTelemetrySubscriptionsRequest, type GetTelemetrySubscriptionsRequest } from './message/get-telemetry-subscriptions-request.js'
import { defaultGetTelemetrySubscriptionsResponse, readGetTelemetrySubscriptionsResponse, writeGetTelemetrySubscriptionsResponse, type GetTelemetrySubscriptionsResponse } from './message/get-telemetry-subscriptions-response.js'
import { defaultHeartbeatRequest, readHeartbeatRequest, writeHeartbeatRequest, type HeartbeatRequest } from './message/heartbeat-request.js'
import { defaultHeartbeatResponse, readHeartbeatResponse, writeHeartbeatResponse, type HeartbeatResponse } from './message/heartbeat-response.js'
import { defaultIncrementalAlterConfigsRequest, readIncrementalAlterConfigsRequest, writeIncrementalAlterConfigsRequest, type IncrementalAlterConfigsRequest } from './message/incremental-alter-configs-request.js'
import { defaultIncrementalAlterConfigsResponse, readIncrementalAlterConfigsResponse, writeIncrementalAlterConfigsResponse, type IncrementalAlterConfigsResponse } from './message/incremental-alter-configs-response.js'
import { defaultInitProducerIdRequest, readInitProducerIdRequest, writeInitProducerIdRequest, type InitProducerIdRequest } from './message/init-producer-id-request.js'
import { defaultInitProducerIdResponse, readInitProducerIdResponse, writeInitProducerIdResponse, type InitProducerIdResponse } from './message/init-producer-id-response.js'
import { defaultInitializeShareGroupStateRequest, readInitializeShareGroupStateRequest, writeInitializeShareGroupStateRequest, type InitializeShareGroupStateRequest } from './message/initialize-share-group-state-request.js'
import { defaultInitializeShareGroupStateResponse, readInitializeShareGroupStateResponse, writeInitializeShareGroupStateResponse, type InitializeShareGroupStateResponse } from './message/initialize-share-group-state-response.js'
import { defaultJoinGroupRequest, readJoinGroupRequest, writeJoinGroupRequest, type JoinGroupRequest } from './message/join-group-request.js'
import { defaultJoinGroupResponse, readJoinGroupResponse, writeJoinGroupResponse, type JoinGroupResponse } from './message/join-group-response.js'
import { defaultKRaftVersionRecord, readKRaftVersionRecord, writeKRaftVersionRecord, type KRaftVersionRecord } from './message/kraft-version-record.js'
import { defaultLeaderAndIsrRequest, readLeaderAndIsrRequest, writeLeaderAndIsrRequest, type LeaderAndIsrRequest } from './message/leader-and-isr-request.js'
import { defaultLeaderAndIsrResponse, readLeaderAndIsrResponse, writeLeaderAndIsrResponse, type LeaderAndIsrResponse } from './message/leader-and-isr-response.js'
import { defaultLeaderChangeMessage, readLeaderChangeMessage, writeLeaderChangeMessage, type LeaderChangeMessage } from './message/leader-change-message.js'
import { defaultLeaveGroupRequest, readLeaveGroupRequest, writeLeaveGroupRequest, type LeaveGroupRequest } from './message/leave-group-request.js'
import { defaultLeaveGroupResponse, readLeaveGroupResponse, writeLeaveGroupResponse, type LeaveGroupResponse } from './message/leave-group-response.js'
import { defaultListClientMetricsResourcesRequest, readListClientMetricsResourcesRequest, writeListClientMetricsResourcesRequest, type ListClientMetricsResourcesRequest } from './message/list-client-metrics-resources-request.js'
import { defaultListClientMetricsResourcesResponse, readListClientMetricsResourcesResponse, writeListClientMetricsResourcesResponse, type ListClientMetricsResourcesResponse } from './message/list-client-metrics-resources-response.js'
import { defaultListGroupsRequest, readListGroupsRequest, writeListGroupsRequest, type ListGroupsRequest } from './message/list-groups-request.js'
import { defaultListGroupsResponse, readListGroupsResponse, writeListGroupsResponse, type ListGroupsResponse } from './message/list-groups-response.js'
import { defaultListOffsetsRequest, readListOffsetsRequest, writeListOffsetsRequest, type ListOffsetsRequest } from './message/list-offsets-request.js'
import { defaultListOffsetsResponse, readListOffsetsResponse, writeListOffsetsResponse, type ListOffsetsResponse } from './message/list-offsets-response.js'
import { defaultListPartitionReassignmentsRequest, readListPartitionReassignmentsRequest, writeListPartitionReassignmentsRequest, type ListPartitionReassignmentsRequest } from './message/list-partition-reassignments-request.js'
import { defaultListPartitionReassignmentsResponse, readListPartitionReassignmentsResponse, writeListPartitionReassignmentsResponse, type ListPartitionReassignmentsResponse } from './message/list-partition-reassignments-response.js'
import { defaultListTransactionsRequest, readListTransactionsRequest, writeListTransactionsRequest, type ListTransactionsRequest } from './message/list-transactions-request.js'
import { defaultListTransactionsResponse, readListTransactionsResponse, writeListTransactionsResponse, type ListTransactionsResponse } from './message/list-transactions-response.js'
import { defaultMetadataRequest, readMetadataRequest, writeMetadataRequest, type MetadataRequest } from './message/metadata-request.js'
import { defaultMetadataResponse, readMetadataResponse, writeMetadataResponse, type MetadataResponse } from './message/metadata-response.js'
import { defaultOffsetCommitRequest, readOffsetCommitRequest, writeOffsetCommitRequest, type OffsetCommitRequest } from './message/offset-commit-request.js'
import { defaultOffsetCommitResponse, readOffsetCommitResponse, writeOffsetCommitResponse, type OffsetCommitResponse } from './message/offset-commit-response.js'
import { defaultOffsetDeleteRequest, readOffsetDeleteRequest, writeOffsetDeleteRequest, type OffsetDeleteRequest } from './message/offset-delete-request.js'
import { defaultOffsetDeleteResponse, readOffsetDeleteResponse, writeOffsetDeleteResponse, type OffsetDeleteResponse } from './message/offset-delete-response.js'
import { defaultOffsetFetchRequest, readOffsetFetchRequest, writeOffsetFetchRequest, type OffsetFetchRequest } from './message/offset-fetch-request.js'
import { defaultOffsetFetchResponse, readOffsetFetchResponse, writeOffsetFetchResponse, type OffsetFetchResponse } from './message/offset-fetch-response.js'
import { defaultOffsetForLeaderEpochRequest, readOffsetForLeaderEpochRequest, writeOffsetForLeaderEpochRequest, type OffsetForLeaderEpochRequest } from './message/offset-for-leader-epoch-request.js'
import { defaultOffsetForLeaderEpochResponse, readOffsetForLeaderEpochResponse, writeOffsetForLeaderEpochResponse, type OffsetForLeaderEpochResponse } from './message/offset-for-leader-epoch-response.js'
import { defaultProduceRequest, readProduceRequest, writeProduceRequest, type ProduceRequest } from './message/produce-request.js'
import { defaultProduceResponse, readProduceResponse, writeProduceResponse, type ProduceResponse } from './message/produce-response.js'
import { defaultPushTelemetryRequest, readPushTelemetryRequest, writePushTelemetryRequest, type PushTelemetryRequest } from './message/push-telemetry-request.js'
import { defaultPushTelemetryResponse, readPushTelemetryResponse, writePushTelemetryResponse, type PushTelemetryResponse } from './message/push-telemetry-response.js'
import { defaultReadShareGroupStateRequest, readReadShareGroupStateRequest, writeReadShareGroupStateRequest, type ReadShareGroupStateRequest } from './message/read-share-group-state-request.js'
import { defaultReadShareGroupStateResponse, readReadShareGroupStateResponse, writeReadShareGroupStateResponse, type ReadShareGroupStateResponse } from './message/read-share-group-state-response.js'
import { defaultReadShareGroupStateSummaryRequest, readReadShareGroupStateSummaryRequest, writeReadShareGroupStateSummaryRequest, type ReadShareGroupStateSummaryRequest } from './message/read-share-group-state-summary-request.js'
import { defaultReadShareGroupStateSummaryResponse, readReadShareGroupStateSummaryResponse, writeReadShareGroupStateSummaryResponse, type ReadShareGroupStateSummaryResponse } from './message/read-share-group-state-summary-response.js'
import { defaultRemoveRaftVoterRequest, readRemoveRaftVoterRequest, writeRemoveRaftVoterRequest, type RemoveRaftVoterRequest } from './message/remove-raft-voter-request.js'
import { defaultRemoveRaftVoterResponse, readRemoveRaftVoterResponse, writeRemoveRaftVoterResponse, type RemoveRaftVoterResponse } from './message/remove-raft-voter-response.js'
import { defaultRenewDelegationTokenRequest, readRenewDelegationTokenRequest, writeRenewDelegationTokenRequest, type RenewDelegationTokenRequest } from './message/renew-delegation-token-request.js'
import { defaultRenewDelegationTokenResponse, readRenewDelegationTokenResponse, writeRenewDelegationTokenResponse, type RenewDelegationTokenResponse } from './message/renew-delegation-token-response.js'
import { defaultRequestHeader, readRequestHeader, writeRequestHeader, type RequestHeader } from './message/request-header.js'
import { defaultResponseHeader, readResponseHeader, writeResponseHeader, type ResponseHeader } from './message/response-header.js'
import { defaultSaslAuthenticateRequest, readSaslAuthenticateRequest, writeSaslAuthenticateRequest, type SaslAuthenticateRequest } from './message/sasl-authenticate-request.js'
import { defaultSaslAuthenticateResponse, readSaslAuthenticateResponse, writeSaslAuthenticateResponse, type SaslAuthenticateResponse } from './message/sasl-authenticate-response.js'
import { defaultSaslHandshakeRequest, readSaslHandshakeRequest, writeSaslHandshakeRequest, type SaslHandshakeRequest } from './message/sasl-handshake-request.js'
import { defaultSaslHandshakeResponse, readSaslHandshakeResponse, writeSaslHandshakeResponse, type SaslHandshakeResponse } from './message/sasl-handshake-response.js'
import { defaultShareAcknowledgeRequest, readShareAcknowledgeRequest, writeShareAcknowledgeRequest, type ShareAcknowledgeRequest } from './message/share-acknowledge-request.js'
import { defaultShareAcknowledgeResponse, readShareAcknowledgeResponse, writeShareAcknowledgeResponse, type ShareAcknowledgeResponse } from './message/share-acknowledge-response.js'
import { defaultShareFetchRequest, readShareFetchRequest, writeShareFetchRequest, type ShareFetchRequest } from './message/share-fetch-request.js'
import { defaultShareFetchResponse, readShareFetchResponse, writeShareFetchResponse, type ShareFetchResponse } from './message/share-fetch-response.js'
import { defaultShareGroupDescribeRequest, readShareGroupDescribeRequest, writeShareGroupDescribeRequest, type ShareGroupDescribeRequest } from './message/share-group-describe-request.js'
import { defaultShareGroupDescribeResponse, readShareGroupDescribeResponse, writeShareGroupDescribeResponse, type ShareGroupDescribeResponse } from './message/share-group-describe-response.js'
import { defaultShareGroupHeartbeatRequest, readShareGroupHeartbeatRequest, writeShareGroupHeartbeatRequest, type ShareGroupHeartbeatRequest } from './message/share-group-heartbeat-request.js'
import { defaultShareGroupHeartbeatResponse, readShareGroupHeartbeatResponse, writeShareGroupHeartbeatResponse, type ShareGroupHeartbeatResponse } from './message/share-group-heartbeat-response.js'
import { defaultSnapshotFooterRecord, readSnapshotFooterRecord, writeSnapshotFooterRecord, type SnapshotFooterRecord } from './message/snapshot-footer-record.js'
import { defaultSnapshotHeaderRecord, readSnapshotHeaderRecord, writeSnapshotHeaderRecord, type SnapshotHeaderRecord } from './message/snapshot-header-record.js'
import { defaultStopReplicaRequest, readStopReplicaRequest, writeStopReplicaRequest, type StopReplicaRequest } from './message/stop-replica-request.js'
import { defaultStopReplicaResponse, readStopReplicaResponse, writeStopReplicaResponse, type StopReplicaResponse } from './message/stop-replica-response.js'
import { defaultSyncGroupRequest, readSyncGroupRequest, writeSyncGroupRequest, type SyncGroupRequest } from './message/sync-group-request.js'
import { defaultSyncGroupResponse, readSyncGroupResponse, writeSyncGroupResponse, type SyncGroupResponse } from './message/sync-group-response.js'
import { defaultTxnOffsetCommitRequest, readTxnOffsetCommitRequest, writeTxnOffsetCommitRequest, type TxnOffsetCommitRequest } from './message/txn-offset-commit-request.js'
import { defaultTxnOffsetCommitResponse, readTxnOffsetCommitResponse, writeTxnOffsetCommitResponse, type TxnOffsetCommitResponse } from './message/txn-offset-commit-response.js'
import { defaultUnregisterBrokerRequest, readUnregisterBrokerRequest, writeUnregisterBrokerRequest, type UnregisterBrokerRequest } from './message/unregister-broker-request.js'
import { defaultUnregisterBrokerResponse, readUnregisterBrokerResponse, writeUnregisterBrokerResponse, type UnregisterBrokerResponse } from './message/unregister-broker-response.js'
import { defaultUpdateFeaturesRequest, readUpdateFeaturesRequest, writeUpdateFeaturesRequest, type UpdateFeaturesRequest } from './message/update-features-request.js'
import { defaultUpdateFeaturesResponse, readUpdateFeaturesResponse, writeUpdateFeaturesResponse, type UpdateFeaturesResponse } from './message/update-features-response.js'
import { defaultUpdateMetadataRequest, readUpdateMetadataRequest, writeUpdateMetadataRequest, type UpdateMetadataRequest } from './message/update-metadata-request.js'
import { defaultUpdateMetadataResponse, readUpdateMetadataResponse, writeUpdateMetadataResponse, type UpdateMetadataResponse } from './message/update-metadata-response.js'
import { defaultUpdateRaftVoterRequest, readUpdateRaftVoterRequest, writeUpdateRaftVoterRequest, type UpdateRaftVoterRequest } from './message/update-raft-voter-request.js'
import { defaultUpdateRaftVoterResponse, readUpdateRaftVoterResponse, writeUpdateRaftVoterResponse, type UpdateRaftVoterResponse } from './message/update-raft-voter-response.js'
import { defaultVoteRequest, readVoteRequest, writeVoteRequest, type VoteRequest } from './message/vote-request.js'
import { defaultVoteResponse, readVoteResponse, writeVoteResponse, type VoteResponse } from './message/vote-response.js'
import { defaultVotersRecord, readVotersRecord, writeVotersRecord, type VotersRecord } from './message/voters-record.js'
import { defaultWriteShareGroupStateRequest, readWriteShareGroupStateRequest, writeWriteShareGroupStateRequest, type WriteShareGroupStateRequest } from './message/write-share-group-state-request.js'
import { defaultWriteShareGroupStateResponse, readWriteShareGroupStateResponse, writeWriteShareGroupStateResponse, type WriteShareGroupStateResponse } from './message/write-share-group-state-response.js'
import { defaultWriteTxnMarkersRequest, readWriteTxnMarkersRequest, writeWriteTxnMarkersRequest, type WriteTxnMarkersRequest } from './message/write-txn-markers-request.js'
import { defaultWriteTxnMarkersResponse, readWriteTxnMarkersResponse, writeWriteTxnMarkersResponse, type WriteTxnMarkersResponse } from './message/write-txn-markers-response.js'
import { defaultAbortTransactionRecord, readAbortTransactionRecord, writeAbortTransactionRecord, type AbortTransactionRecord } from './metadata/abort-transaction-record.js'
import { defaultAccessControlEntryRecord, readAccessControlEntryRecord, writeAccessControlEntryRecord, type AccessControlEntryRecord } from './metadata/access-control-entry-record.js'
import { defaultBeginTransactionRecord, readBeginTransactionRecord, writeBeginTransactionRecord, type BeginTransactionRecord } from './metadata/begin-transaction-record.js'
import { defaultBrokerRegistrationChangeRecord, readBrokerRegistrationChangeRecord, writeBrokerRegistrationChangeRecord, type BrokerRegistrationChangeRecord } from './metadata/broker-registration-change-record.js'
import { defaultClientQuotaRecord, readClientQuotaRecord, writeClientQuotaRecord, type ClientQuotaRecord } from './metadata/client-quota-record.js'
import { defaultConfigRecord, readConfigRecord, writeConfigRecord, type ConfigRecord } from './metadata/config-record.js'
import { defaultDelegationTokenRecord, readDelegationTokenRecord, writeDelegationTokenRecord, type DelegationTokenRecord } from './metadata/delegation-token-record.js'
import { defaultEndTransactionRecord, readEndTransactionRecord, writeEndTransactionRecord, type EndTransactionRecord } from './metadata/end-transaction-record.js'
import { defaultFeatureLevelRecord, readFeatureLevelRecord, writeFeatureLevelRecord, type FeatureLevelRecord } from './metadata/feature-level-record.js'
import { defaultFenceBrokerRecord, readFenceBrokerRecord, writeFenceBrokerRecord, type FenceBrokerRecord } from './metadata/fence-broker-record.js'
import { defaultNoOpRecord, readNoOpRecord, writeNoOpRecord, type NoOpRecord } from './metadata/no-op-record.js'
import { defaultPartitionChangeRecord, readPartitionChangeRecord, writePartitionChangeRecord, type PartitionChangeRecord } from './metadata/partition-change-record.js'
import { defaultPartitionRecord, readPartitionRecord, writePartitionRecord, type PartitionRecord } from './metadata/partition-record.js'
import { defaultProducerIdsRecord, readProducerIdsRecord, writeProducerIdsRecord, type ProducerIdsRecord } from './metadata/producer-ids-record.js'
import { defaultRegisterBrokerRecord, readRegisterBrokerRecord, writeRegisterBrokerRecord, type RegisterBrokerRecord } from './metadata/register-broker-record.js'
import { defaultRegisterControllerRecord, readRegisterControllerRecord, writeRegisterControllerRecord, type RegisterControllerRecord } from './metadata/register-controller-record.js'
import { defaultRemoveAccessControlEntryRecord, readRemoveAccessControlEntryRecord, writeRemoveAccessControlEntryRecord, type RemoveAccessControlEntryRecord } from './metadata/remove-access-control-entry-record.js'
import { defaultRemoveDelegationTokenRecord, readRemoveDelegationTokenRecord, writeRemoveDelegationTokenRecord, type RemoveDelegationTokenRecord } from './metadata/remove-delegation-token-record.js'
import { defaultRemoveTopicRecord, readRemoveTopicRecord, writeRemoveTopicRecord, type RemoveTopicRecord } from './metadata/remove-topic-record.js'
import { defaultRemoveUserScramCredentialRecord, readRemoveUserScramCredentialRecord, writeRemoveUserScramCredentialRecord, type RemoveUserScramCredentialRecord } from './metadata/remove-user-scram-credential-record.js'
import { defaultTopicRecord, readTopicRecord, writeTopicRecord, type TopicRecord } from './metadata/topic-record.js'
import { defaultUnfenceBrokerRecord, readUnfenceBrokerRecord, writeUnfenceBrokerRecord, type UnfenceBrokerRecord } from './metadata/unfence-broker-record.js'
import { defaultUnregisterBrokerRecord, readUnregisterBrokerRecord, writeUnregisterBrokerRecord, type UnregisterBrokerRecord } from './metadata/unregister-broker-record.js'
import { defaultUserScramCredentialRecord, readUserScramCredentialRecord, writeUserScramCredentialRecord, type UserScramCredentialRecord } from './metadata/user-scram-credential-record.js'
import { defaultZkMigrationStateRecord, readZkMigrationStateRecord, writeZkMigrationStateRecord, type ZkMigrationStateRecord } from './metadata/zk-migration-state-record.js'
import { defaultQuorumStateData, readQuorumStateData, writeQuorumStateData, type QuorumStateData } from './raft/quorum-state-data.js'
import { defaultConsumerGroupCurrentMemberAssignmentKey, readConsumerGroupCurrentMemberAssignmentKey, writeConsumerGroupCurrentMemberAssignmentKey, type ConsumerGroupCurrentMemberAssignmentKey } from './group-coordinator/consumer-group-current-member-assignment-key.js'
import { defaultConsumerGroupCurrentMemberAssignmentValue, readConsumerGroupCurrentMemberAssignmentValue, writeConsumerGroupCurrentMemberAssignmentValue, type ConsumerGroupCurrentMemberAssignmentValue } from './group-coordinator/consumer-group-current-member-assignment-value.js'
import { defaultConsumerGroupMemberMetadataKey, readConsumerGroupMemberMetadataKey, writeConsumerGroupMemberMetadataKey, type ConsumerGroupMemberMetadataKey } from './group-coordinator/consumer-group-member-metadata-key.js'
import { defaultConsumerGroupMemberMetadataValue, readConsumerGroupMemberMetadataValue, writeConsumerGroupMemberMetadataValue, type ConsumerGroupMemberMetadataValue } from './group-coordinator/consumer-group-member-metadata-value.js'
import { defaultConsumerGroupMetadataKey, readConsumerGroupMetadataKey, writeConsumerGroupMetadataKey, type ConsumerGroupMetadataKey } from './group-coordinator/consumer-group-metadata-key.js'
import { defaultConsumerGroupMetadataValue, readConsumerGroupMetadataValue, writeConsumerGroupMetadataValue, type ConsumerGroupMetadataValue } from './group-coordinator/consumer-group-metadata-value.js'
import { defaultConsumerGroupPartitionMetadataKey, readConsumerGroupPartitionMetadataKey, writeConsumerGroupPartitionMetadataKey, type ConsumerGroupPartitionMetadataKey } from './group-coordinator/consumer-group-partition-metadata-key.js'
import { defaultConsumerGroupPartitionMetadataValue, readConsumerGroupPartitionMetadataValue, writeConsumerGroupPartitionMetadataValue, type ConsumerGroupPartitionMetadataValue } from './group-coordinator/consumer-group-partition-metadata-value.js'
import { defaultConsumerGroupTargetAssignmentMemberKey, readConsumerGroupTargetAssignmentMemberKey, writeConsumerGroupTargetAssignmentMemberKey, type ConsumerGroupTargetAssignmentMemberKey } from './group-coordinator/consumer-group-target-assignment-member-key.js'
import { defaultConsumerGroupTargetAssignmentMemberValue, readConsumerGroupTargetAssignmentMemberValue, writeConsumerGroupTargetAssignmentMemberValue, type ConsumerGroupTargetAssignmentMemberValue } from './group-coordinator/consumer-group-target-assignment-member-value.js'
import { defaultConsumerGroupTargetAssignmentMetadataKey, readConsumerGroupTargetAssignmentMetadataKey, writeConsumerGroupTargetAssignmentMetadataKey, type ConsumerGroupTargetAssignmentMetadataKey } from './group-coordinator/consumer-group-target-assignment-metadata-key.js'
import { defaultConsumerGroupTargetAssignmentMetadataValue, readConsumerGroupTargetAssignmentMetadataValue, writeConsumerGroupTargetAssignmentMetadataValue, type ConsumerGroupTargetAssignmentMetadataValue } from './group-coordinator/consumer-group-target-assignment-metadata-value.js'
import { defaultGroupMetadataKey, readGroupMetadataKey, writeGroupMetadataKey, type GroupMetadataKey } from './group-coordinator/group-metadata-key.js'
import { defaultGroupMetadataValue, readGroupMetadataValue, writeGroupMetadataValue, type GroupMetadataValue } from './group-coordinator/group-metadata-value.js'
import { defaultOffsetCommitKey, readOffsetCommitKey, writeOffsetCommitKey, type OffsetCommitKey } from './group-coordinator/offset-commit-key.js'
import { defaultOffsetCommitValue, readOffsetCommitValue, writeOffsetCommitValue, type OffsetCommitValue } from './group-coordinator/offset-commit-value.js'
import { defaultShareGroupMemberMetadataKey, readShareGroupMemberMetadataKey, writeShareGroupMemberMetadataKey, type ShareGroupMemberMetadataKey } from './group-coordinator/share-group-member-metadata-key.js'
import { defaultShareGroupMemberMetadataValue, readShareGroupMemberMetadataValue, writeShareGroupMemberMetadataValue, type ShareGroupMemberMetadataValue } from './group-coordinator/share-group-member-metadata-value.js'
import { defaultShareGroupMetadataKey, readShareGroupMetadataKey, writeShareGroupMetadataKey, type ShareGroupMetadataKey } from './group-coordinator/share-group-metadata-key.js'
import { defaultShareGroupMetadataValue, readShareGroupMetadataValue, writeShareGroupMetadataValue, type ShareGroupMetadataValue } from './group-coordinator/share-group-metadata-value.js'
import { defaultShareGroupPartitionMetadataKey, readShareGroupPartitionMetadataKey, writeShareGroupPartitionMetadataKey, type ShareGroupPartitionMetadataKey } from './group-coordinator/share-group-partition-metadata-key.js'
import { defaultShareGroupPartitionMetadataValue, readShareGroupPartitionMetadataValue, writeShareGroupPartitionMetadataValue, type ShareGroupPartitionMetadataValue } from './group-coordinator/share-group-partition-metadata-value.js'
import { defaultTransactionLogKey, readTransactionLogKey, writeTransactionLogKey, type TransactionLogKey } from './transaction-coordinator/transaction-log-key.js'
import { defaultTransactionLogValue, readTransactionLogValue, writeTransactionLogValue, type TransactionLogValue } from './transaction-coordinator/transaction-log-value.js'

export type { AddOffsetsToTxnRequest, AddOffsetsToTxnResponse, AddPartitionsToTxnRequest, AddPartitionsToTxnResponse, AddRaftVoterRequest, AddRaftVoterResponse, AllocateProducerIdsRequest, AllocateProducerIdsResponse, AlterClientQuotasRequest, AlterClientQuotasResponse, AlterConfigsRequest, AlterConfigsResponse, AlterPartitionReassignmentsRequest, AlterPartitionReassignmentsResponse, AlterPartitionRequest, AlterPartitionResponse, AlterReplicaLogDirsRequest, AlterReplicaLogDirsResponse, AlterUserScramCredentialsRequest, AlterUserScramCredentialsResponse, ApiVersionsRequest, ApiVersionsResponse, AssignReplicasToDirsRequest, AssignReplicasToDirsResponse, BeginQuorumEpochRequest, BeginQuorumEpochResponse, BrokerHeartbeatRequest, BrokerHeartbeatResponse, BrokerRegistrationRequest, BrokerRegistrationResponse, ConsumerGroupDescribeRequest, ConsumerGroupDescribeResponse, ConsumerGroupHeartbeatRequest, ConsumerGroupHeartbeatResponse, ConsumerProtocolAssignment, ConsumerProtocolSubscription, ControlledShutdownRequest, ControlledShutdownResponse, ControllerRegistrationRequest, ControllerRegistrationResponse, CreateAclsRequest, CreateAclsResponse, CreateDelegationTokenRequest, CreateDelegationTokenResponse, CreatePartitionsRequest, CreatePartitionsResponse, CreateTopicsRequest, CreateTopicsResponse, DefaultPrincipalData, DeleteAclsRequest, DeleteAclsResponse, DeleteGroupsRequest, DeleteGroupsResponse, DeleteRecordsRequest, DeleteRecordsResponse, DeleteShareGroupStateRequest, DeleteShareGroupStateResponse, DeleteTopicsRequest, DeleteTopicsResponse, DescribeAclsRequest, DescribeAclsResponse, DescribeClientQuotasRequest, DescribeClientQuotasResponse, DescribeClusterRequest, DescribeClusterResponse, DescribeConfigsRequest, DescribeConfigsResponse, DescribeDelegationTokenRequest, DescribeDelegationTokenResponse, DescribeGroupsRequest, DescribeGroupsResponse, DescribeLogDirsRequest, DescribeLogDirsResponse, DescribeProducersRequest, DescribeProducersResponse, DescribeQuorumRequest, DescribeQuorumResponse, DescribeTopicPartitionsRequest, DescribeTopicPartitionsResponse, DescribeTransactionsRequest, DescribeTransactionsResponse, DescribeUserScramCredentialsRequest, DescribeUserScramCredentialsResponse, ElectLeadersRequest, ElectLeadersResponse, EndQuorumEpochRequest, EndQuorumEpochResponse, EndTxnRequest, EndTxnResponse, EnvelopeRequest, EnvelopeResponse, ExpireDelegationTokenRequest, ExpireDelegationTokenResponse, FetchRequest, FetchResponse, FetchSnapshotRequest, FetchSnapshotResponse, FindCoordinatorRequest, FindCoordinatorResponse, GetTelemetrySubscriptionsRequest, GetTelemetrySubscriptionsResponse, HeartbeatRequest, HeartbeatResponse, IncrementalAlterConfigsRequest, IncrementalAlterConfigsResponse, InitProducerIdRequest, InitProducerIdResponse, InitializeShareGroupStateRequest, InitializeShareGroupStateResponse, JoinGroupRequest, JoinGroupResponse, KRaftVersionRecord, LeaderAndIsrRequest, LeaderAndIsrResponse, LeaderChangeMessage, LeaveGroupRequest, LeaveGroupResponse, ListClientMetricsResourcesRequest, ListClientMetricsResourcesResponse, ListGroupsRequest, ListGroupsResponse, ListOffsetsRequest, ListOffsetsResponse, ListPartitionReassignmentsRequest, ListPartitionReassignmentsResponse, ListTransactionsRequest, ListTransactionsResponse, MetadataRequest, MetadataResponse, OffsetCommitRequest, OffsetCommitResponse, OffsetDeleteRequest, OffsetDeleteResponse, OffsetFetchRequest, OffsetFetchResponse, OffsetForLeaderEpochRequest, OffsetForLeaderEpochResponse, ProduceRequest, ProduceResponse, PushTelemetryRequest, PushTelemetryResponse, ReadShareGroupStateRequest, ReadShareGroupStateResponse, ReadShareGroupStateSummaryRequest, ReadShareGroupStateSummaryResponse, RemoveRaftVoterRequest, RemoveRaftVoterResponse, RenewDelegationTokenRequest, RenewDelegationTokenResponse, RequestHeader, ResponseHeader, SaslAuthenticateRequest, SaslAuthenticateResponse, SaslHandshakeRequest, SaslHandshakeResponse, ShareAcknowledgeRequest, ShareAcknowledgeResponse, ShareFetchRequest, ShareFetchResponse, ShareGroupDescribeRequest, ShareGroupDescribeResponse, ShareGroupHeartbeatRequest, ShareGroupHeartbeatResponse, SnapshotFooterRecord, SnapshotHeaderRecord, StopReplicaRequest, StopReplicaResponse, SyncGroupRequest, SyncGroupResponse, TxnOffsetCommitRequest, TxnOffsetCommitResponse, UnregisterBrokerRequest, UnregisterBrokerResponse, UpdateFeaturesRequest, UpdateFeaturesResponse, UpdateMetadataRequest, UpdateMetadataResponse, UpdateRaftVoterRequest, UpdateRaftVoterResponse, VoteRequest, VoteResponse, VotersRecord, WriteShareGroupStateRequest, WriteShareGroupStateResponse, WriteTxnMarkersRequest, WriteTxnMarkersResponse, AbortTransactionRecord, AccessControlEntryRecord, BeginTransactionRecord, BrokerRegistrationChangeRecord, ClientQuotaRecord, ConfigRecord, DelegationTokenRecord, EndTransactionRecord, FeatureLevelRecord, FenceBrokerRecord, NoOpRecord, PartitionChangeRecord, PartitionRecord, ProducerIdsRecord, RegisterBrokerRecord, RegisterControllerRecord, RemoveAccessControlEntryRecord, RemoveDelegationTokenRecord, RemoveTopicRecord, RemoveUserScramCredentialRecord, TopicRecord, UnfenceBrokerRecord, UnregisterBrokerRecord, UserScramCredentialRecord, ZkMigrationStateRecord, QuorumStateData, ConsumerGroupCurrentMemberAssignmentKey, ConsumerGroupCurrentMemberAssignmentValue, ConsumerGroupMemberMetadataKey, ConsumerGroupMemberMetadataValue, ConsumerGroupMetadataKey, ConsumerGroupMetadataValue, ConsumerGroupPartitionMetadataKey, ConsumerGroupPartitionMetadataValue, ConsumerGroupTargetAssignmentMemberKey, ConsumerGroupTargetAssignmentMemberValue, ConsumerGroupTargetAssignmentMetadataKey, ConsumerGroupTargetAssignmentMetadataValue, GroupMetadataKey, GroupMetadataValue, OffsetCommitKey, OffsetCommitValue, ShareGroupMemberMetadataKey, ShareGroupMemberMetadataValue, ShareGroupMetadataKey, ShareGroupMetadataValue, ShareGroupPartitionMetadataKey, ShareGroupPartitionMetadataValue, TransactionLogKey, TransactionLogValue }

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

export interface ApiDefinition<Req = unknown, Res = unknown> {
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

export const apis = {
  PRODUCE: {
    apiKey: 0,
    name: 'Produce',
    minVersion: 0,
    maxVersion: 11,
    flexibleMinVersion: 9,
    deprecatedMaxVersion: 6,
    listeners: ['zkBroker', 'broker'],
    latestVersionUnstable: false,
    request: { name: 'ProduceRequest', minVersion: 0, maxVersion: 11, flexibleMinVersion: 9, read: readProduceRequest, write: writeProduceRequest, create: defaultProduceRequest },
    response: { name: 'ProduceResponse', minVersion: 0, maxVersion: 11, flexibleMinVersion: 9, read: readProduceResponse, write: writeProduceResponse, create: defaultProduceResponse },
  } as ApiDefinition<ProduceRequest, ProduceResponse>,
  FETCH: {
    apiKey: 1,
    name: 'Fetch',
    minVersion: 0,
    maxVersion: 17,
    flexibleMinVersion: 12,
    deprecatedMaxVersion: 3,
    listeners: ['zkBroker', 'broker', 'controller'],
    latestVersionUnstable: false,
    request: { name: 'FetchRequest', minVersion: 0, maxVersion: 17, flexibleMinVersion: 12, read: readFetchRequest, write: writeFetchRequest, create: defaultFetchRequest },
    response: { name: 'FetchResponse', minVersion: 0, maxVersion: 17, flexibleMinVersion: 12, read: readFetchResponse, write: writeFetchResponse, create: defaultFetchResponse },
  } as ApiDefinition<FetchRequest, FetchResponse>,
  LIST_OFFSETS: {
    apiKey: 2,
    name: 'ListOffsets',
    minVersion: 0,
    maxVersion: 9,
    flexibleMinVersion: 6,
    deprecatedMaxVersion: 0,
    listeners: ['zkBroker', 'broker'],
    latestVersionUnstable: false,
    request: { name: 'ListOffsetsRequest', minVersion: 0, maxVersion: 9, flexibleMinVersion: 6, read: readListOffsetsRequest, write: writeListOffsetsRequest, create: defaultListOffsetsRequest },
    response: { name: 'ListOffsetsResponse', minVersion: 0, maxVersion: 9, flexibleMinVersion: 6, read: readListOffsetsResponse, write: writeListOffsetsResponse, create: defaultListOffsetsResponse },
  } as ApiDefinition<ListOffsetsRequest, ListOffsetsResponse>,
  METADATA: {
    apiKey: 3,
    name: 'Metadata',
    minVersion: 0,
    maxVersion: 12,
    flexibleMinVersion: 9,
    deprecatedMaxVersion: 3,
    listeners: ['zkBroker', 'broker'],
    latestVersionUnstable: false,
    request: { name: 'MetadataRequest', minVersion: 0, maxVersion: 12, flexibleMinVersion: 9, read: readMetadataRequest, write: writeMetadataRequest, create: defaultMetadataRequest },
    response: { name: 'MetadataResponse', minVersion: 0, maxVersion: 12, flexibleMinVersion: 9, read: readMetadataResponse, write: writeMetadataResponse, create: defaultMetadataResponse },
  } as ApiDefinition<MetadataRequest, MetadataResponse>,
  LEADER_AND_ISR: {
    apiKey: 4,
    name: 'LeaderAndIsr',
    minVersion: 0,
    maxVersion: 7,
    flexibleMinVersion: 4,
    deprecatedMaxVersion: -1,
    listeners: ['zkBroker'],
    latestVersionUnstable: false,
    request: { name: 'LeaderAndIsrRequest', minVersion: 0, maxVersion: 7, flexibleMinVersion: 4, read: readLeaderAndIsrRequest, write: writeLeaderAndIsrRequest, create: defaultLeaderAndIsrRequest },
    response: { name: 'LeaderAndIsrResponse', minVersion: 0, maxVersion: 7, flexibleMinVersion: 4, read: readLeaderAndIsrResponse, write: writeLeaderAndIsrResponse, create: defaultLeaderAndIsrResponse },
  } as ApiDefinition<LeaderAndIsrRequest, LeaderAndIsrResponse>,
  STOP_REPLICA: {
    apiKey: 5,
    name: 'StopReplica',
    minVersion: 0,
    maxVersion: 4,
    flexibleMinVersion: 2,
    deprecatedMaxVersion: -1,
    listeners: ['zkBroker'],
    latestVersionUnstable: false,
    request: { name: 'StopReplicaRequest', minVersion: 0, maxVersion: 4, flexibleMinVersion: 2, read: readStopReplicaRequest, write: writeStopReplicaRequest, create: defaultStopReplicaRequest },
    response: { name: 'StopReplicaResponse', minVersion: 0, maxVersion: 4, flexibleMinVersion: 2, read: readStopReplicaResponse, write: writeStopReplicaResponse, create: defaultStopReplicaResponse },
  } as ApiDefinition<StopReplicaRequest, StopReplicaResponse>,
  UPDATE_METADATA: {
    apiKey: 6,
    name: 'UpdateMetadata',
    minVersion: 0,
    maxVersion: 8,
    flexibleMinVersion: 6,
    deprecatedMaxVersion: -1,
    listeners: ['zkBroker'],
    latestVersionUnstable: false,
    request: { name: 'UpdateMetadataRequest', minVersion: 0, maxVersion: 8, flexibleMinVersion: 6, read: readUpdateMetadataRequest, write: writeUpdateMetadataRequest, create: defaultUpdateMetadataRequest },
    response: { name: 'UpdateMetadataResponse', minVersion: 0, maxVersion: 8, flexibleMinVersion: 6, read: readUpdateMetadataResponse, write: writeUpdateMetadataResponse, create: defaultUpdateMetadataResponse },
  } as ApiDefinition<UpdateMetadataRequest, UpdateMetadataResponse>,
  CONTROLLED_SHUTDOWN: {
    apiKey: 7,
    name: 'ControlledShutdown',
    minVersion: 0,
    maxVersion: 3,
    flexibleMinVersion: 3,
    deprecatedMaxVersion: -1,
    listeners: ['zkBroker', 'controller'],
    latestVersionUnstable: false,
    request: { name: 'ControlledShutdownRequest', minVersion: 0, maxVersion: 3, flexibleMinVersion: 3, read: readControlledShutdownRequest, write: writeControlledShutdownRequest, create: defaultControlledShutdownRequest },
    response: { name: 'ControlledShutdownResponse', minVersion: 0, maxVersion: 3, flexibleMinVersion: 3, read: readControlledShutdownResponse, write: writeControlledShutdownResponse, create: defaultControlledShutdownResponse },
  } as ApiDefinition<ControlledShutdownRequest, ControlledShutdownResponse>,
  OFFSET_COMMIT: {
    apiKey: 8,
    name: 'OffsetCommit',
    minVersion: 0,
    maxVersion: 9,
    flexibleMinVersion: 8,
    deprecatedMaxVersion: 1,
    listeners: ['zkBroker', 'broker'],
    latestVersionUnstable: false,
    request: { name: 'OffsetCommitRequest', minVersion: 0, maxVersion: 9, flexibleMinVersion: 8, read: readOffsetCommitRequest, write: writeOffsetCommitRequest, create: defaultOffsetCommitRequest },
    response: { name: 'OffsetCommitResponse', minVersion: 0, maxVersion: 9, flexibleMinVersion: 8, read: readOffsetCommitResponse, write: writeOffsetCommitResponse, create: defaultOffsetCommitResponse },
  } as ApiDefinition<OffsetCommitRequest, OffsetCommitResponse>,
  OFFSET_FETCH: {
    apiKey: 9,
    name: 'OffsetFetch',
    minVersion: 0,
    maxVersion: 9,
    flexibleMinVersion: 6,
    deprecatedMaxVersion: 0,
    listeners: ['zkBroker', 'broker'],
    latestVersionUnstable: false,
    request: { name: 'OffsetFetchRequest', minVersion: 0, maxVersion: 9, flexibleMinVersion: 6, read: readOffsetFetchRequest, write: writeOffsetFetchRequest, create: defaultOffsetFetchRequest },
    response: { name: 'OffsetFetchResponse', minVersion: 0, maxVersion: 9, flexibleMinVersion: 6, read: readOffsetFetchResponse, write: writeOffsetFetchResponse, create: defaultOffsetFetchResponse },
  } as ApiDefinition<OffsetFetchRequest, OffsetFetchResponse>,
  FIND_COORDINATOR: {
    apiKey: 10,
    name: 'FindCoordinator',
    minVersion: 0,
    maxVersion: 6,
    flexibleMinVersion: 3,
    deprecatedMaxVersion: 0,
    listeners: ['zkBroker', 'broker'],
    latestVersionUnstable: false,
    request: { name: 'FindCoordinatorRequest', minVersion: 0, maxVersion: 6, flexibleMinVersion: 3, read: readFindCoordinatorRequest, write: writeFindCoordinatorRequest, create: defaultFindCoordinatorRequest },
    response: { name: 'FindCoordinatorResponse', minVersion: 0, maxVersion: 6, flexibleMinVersion: 3, read: readFindCoordinatorResponse, write: writeFindCoordinatorResponse, create: defaultFindCoordinatorResponse },
  } as ApiDefinition<FindCoordinatorRequest, FindCoordinatorResponse>,
  JOIN_GROUP: {
    apiKey: 11,
    name: 'JoinGroup',
    minVersion: 0,
    maxVersion: 9,
    flexibleMinVersion: 6,
    deprecatedMaxVersion: 1,
    listeners: ['zkBroker', 'broker'],
    latestVersionUnstable: false,
    request: { name: 'JoinGroupRequest', minVersion: 0, maxVersion: 9, flexibleMinVersion: 6, read: readJoinGroupRequest, write: writeJoinGroupRequest, create: defaultJoinGroupRequest },
    response: { name: 'JoinGroupResponse', minVersion: 0, maxVersion: 9, flexibleMinVersion: 6, read: readJoinGroupResponse, write: writeJoinGroupResponse, create: defaultJoinGroupResponse },
  } as ApiDefinition<JoinGroupRequest, JoinGroupResponse>,
  HEARTBEAT: {
    apiKey: 12,
    name: 'Heartbeat',
    minVersion: 0,
    maxVersion: 4,
    flexibleMinVersion: 4,
    deprecatedMaxVersion: -1,
    listeners: ['zkBroker', 'broker'],
    latestVersionUnstable: false,
    request: { name: 'HeartbeatRequest', minVersion: 0, maxVersion: 4, flexibleMinVersion: 4, read: readHeartbeatRequest, write: writeHeartbeatRequest, create: defaultHeartbeatRequest },
    response: { name: 'HeartbeatResponse', minVersion: 0, maxVersion: 4, flexibleMinVersion: 4, read: readHeartbeatResponse, write: writeHeartbeatResponse, create: defaultHeartbeatResponse },
  } as ApiDefinition<HeartbeatRequest, HeartbeatResponse>,
  LEAVE_GROUP: {
    apiKey: 13,
    name: 'LeaveGroup',
    minVersion: 0,
    maxVersion: 5,
    flexibleMinVersion: 4,
    deprecatedMaxVersion: -1,
    listeners: ['zkBroker', 'broker'],
    latestVersionUnstable: false,
    request: { name: 'LeaveGroupRequest', minVersion: 0, maxVersion: 5, flexibleMinVersion: 4, read: readLeaveGroupRequest, write: writeLeaveGroupRequest, create: defaultLeaveGroupRequest },
    response: { name: 'LeaveGroupResponse', minVersion: 0, maxVersion: 5, flexibleMinVersion: 4, read: readLeaveGroupResponse, write: writeLeaveGroupResponse, create: defaultLeaveGroupResponse },
  } as ApiDefinition<LeaveGroupRequest, LeaveGroupResponse>,
  SYNC_GROUP: {
    apiKey: 14,
    name: 'SyncGroup',
    minVersion: 0,
    maxVersion: 5,
    flexibleMinVersion: 4,
    deprecatedMaxVersion: -1,
    listeners: ['zkBroker', 'broker'],
    latestVersionUnstable: false,
    request: { name: 'SyncGroupRequest', minVersion: 0, maxVersion: 5, flexibleMinVersion: 4, read: readSyncGroupRequest, write: writeSyncGroupRequest, create: defaultSyncGroupRequest },
    response: { name: 'SyncGroupResponse', minVersion: 0, maxVersion: 5, flexibleMinVersion: 4, read: readSyncGroupResponse, write: writeSyncGroupResponse, create: defaultSyncGroupResponse },
  } as ApiDefinition<SyncGroupRequest, SyncGroupResponse>,
  DESCRIBE_GROUPS: {
    apiKey: 15,
    name: 'DescribeGroups',
    minVersion: 0,
    maxVersion: 5,
    flexibleMinVersion: 5,
    deprecatedMaxVersion: -1,
    listeners: ['zkBroker', 'broker'],
    latestVersionUnstable: false,
    request: { name: 'DescribeGroupsRequest', minVersion: 0, maxVersion: 5, flexibleMinVersion: 5, read: readDescribeGroupsRequest, write: writeDescribeGroupsRequest, create: defaultDescribeGroupsRequest },
    response: { name: 'DescribeGroupsResponse', minVersion: 0, maxVersion: 5, flexibleMinVersion: 5, read: readDescribeGroupsResponse, write: writeDescribeGroupsResponse, create: defaultDescribeGroupsResponse },
  } as ApiDefinition<DescribeGroupsRequest, DescribeGroupsResponse>,
  LIST_GROUPS: {
    apiKey: 16,
    name: 'ListGroups',
    minVersion: 0,
    maxVersion: 5,
    flexibleMinVersion: 3,
    deprecatedMaxVersion: -1,
    listeners: ['zkBroker', 'broker'],
    latestVersionUnstable: false,
    request: { name: 'ListGroupsRequest', minVersion: 0, maxVersion: 5, flexibleMinVersion: 3, read: readListGroupsRequest, write: writeListGroupsRequest, create: defaultListGroupsRequest },
    response: { name: 'ListGroupsResponse', minVersion: 0, maxVersion: 5, flexibleMinVersion: 3, read: readListGroupsResponse, write: writeListGroupsResponse, create: defaultListGroupsResponse },
  } as ApiDefinition<ListGroupsRequest, ListGroupsResponse>,
  SASL_HANDSHAKE: {
    apiKey: 17,
    name: 'SaslHandshake',
    minVersion: 0,
    maxVersion: 1,
    flexibleMinVersion: Number.POSITIVE_INFINITY,
    deprecatedMaxVersion: 0,
    listeners: ['zkBroker', 'broker', 'controller'],
    latestVersionUnstable: false,
    request: { name: 'SaslHandshakeRequest', minVersion: 0, maxVersion: 1, flexibleMinVersion: Number.POSITIVE_INFINITY, read: readSaslHandshakeRequest, write: writeSaslHandshakeRequest, create: defaultSaslHandshakeRequest },
    response: { name: 'SaslHandshakeResponse', minVersion: 0, maxVersion: 1, flexibleMinVersion: Number.POSITIVE_INFINITY, read: readSaslHandshakeResponse, write: writeSaslHandshakeResponse, create: defaultSaslHandshakeResponse },
  } as ApiDefinition<SaslHandshakeRequest, SaslHandshakeResponse>,
  API_VERSIONS: {
    apiKey: 18,
    name: 'ApiVersions',
    minVersion: 0,
    maxVersion: 4,
    flexibleMinVersion: 3,
    deprecatedMaxVersion: -1,
    listeners: ['zkBroker', 'broker', 'controller'],
    latestVersionUnstable: false,
    request: { name: 'ApiVersionsRequest', minVersion: 0, maxVersion: 4, flexibleMinVersion: 3, read: readApiVersionsRequest, write: writeApiVersionsRequest, create: defaultApiVersionsRequest },
    response: { name: 'ApiVersionsResponse', minVersion: 0, maxVersion: 4, flexibleMinVersion: 3, read: readApiVersionsResponse, write: writeApiVersionsResponse, create: defaultApiVersionsResponse },
  } as ApiDefinition<ApiVersionsRequest, ApiVersionsResponse>,
  CREATE_TOPICS: {
    apiKey: 19,
    name: 'CreateTopics',
    minVersion: 0,
    maxVersion: 7,
    flexibleMinVersion: 5,
    deprecatedMaxVersion: 1,
    listeners: ['zkBroker', 'broker', 'controller'],
    latestVersionUnstable: false,
    request: { name: 'CreateTopicsRequest', minVersion: 0, maxVersion: 7, flexibleMinVersion: 5, read: readCreateTopicsRequest, write: writeCreateTopicsRequest, create: defaultCreateTopicsRequest },
    response: { name: 'CreateTopicsResponse', minVersion: 0, maxVersion: 7, flexibleMinVersion: 5, read: readCreateTopicsResponse, write: writeCreateTopicsResponse, create: defaultCreateTopicsResponse },
  } as ApiDefinition<CreateTopicsRequest, CreateTopicsResponse>,
  DELETE_TOPICS: {
    apiKey: 20,
    name: 'DeleteTopics',
    minVersion: 0,
    maxVersion: 6,
    flexibleMinVersion: 4,
    deprecatedMaxVersion: 0,
    listeners: ['zkBroker', 'broker', 'controller'],
    latestVersionUnstable: false,
    request: { name: 'DeleteTopicsRequest', minVersion: 0, maxVersion: 6, flexibleMinVersion: 4, read: readDeleteTopicsRequest, write: writeDeleteTopicsRequest, create: defaultDeleteTopicsRequest },
    response: { name: 'DeleteTopicsResponse', minVersion: 0, maxVersion: 6, flexibleMinVersion: 4, read: readDeleteTopicsResponse, write: writeDeleteTopicsResponse, create: defaultDeleteTopicsResponse },
  } as ApiDefinition<DeleteTopicsRequest, DeleteTopicsResponse>,
  DELETE_RECORDS: {
    apiKey: 21,
    name: 'DeleteRecords',
    minVersion: 0,
    maxVersion: 2,
    flexibleMinVersion: 2,
    deprecatedMaxVersion: -1,
    listeners: ['zkBroker', 'broker'],
    latestVersionUnstable: false,
    request: { name: 'DeleteRecordsRequest', minVersion: 0, maxVersion: 2, flexibleMinVersion: 2, read: readDeleteRecordsRequest, write: writeDeleteRecordsRequest, create: defaultDeleteRecordsRequest },
    response: { name: 'DeleteRecordsResponse', minVersion: 0, maxVersion: 2, flexibleMinVersion: 2, read: readDeleteRecordsResponse, write: writeDeleteRecordsResponse, create: defaultDeleteRecordsResponse },
  } as ApiDefinition<DeleteRecordsRequest, DeleteRecordsResponse>,
  INIT_PRODUCER_ID: {
    apiKey: 22,
    name: 'InitProducerId',
    minVersion: 0,
    maxVersion: 5,
    flexibleMinVersion: 2,
    deprecatedMaxVersion: -1,
    listeners: ['zkBroker', 'broker'],
    latestVersionUnstable: false,
    request: { name: 'InitProducerIdRequest', minVersion: 0, maxVersion: 5, flexibleMinVersion: 2, read: readInitProducerIdRequest, write: writeInitProducerIdRequest, create: defaultInitProducerIdRequest },
    response: { name: 'InitProducerIdResponse', minVersion: 0, maxVersion: 5, flexibleMinVersion: 2, read: readInitProducerIdResponse, write: writeInitProducerIdResponse, create: defaultInitProducerIdResponse },
  } as ApiDefinition<InitProducerIdRequest, InitProducerIdResponse>,
  OFFSET_FOR_LEADER_EPOCH: {
    apiKey: 23,
    name: 'OffsetForLeaderEpoch',
    minVersion: 0,
    maxVersion: 4,
    flexibleMinVersion: 4,
    deprecatedMaxVersion: 1,
    listeners: ['zkBroker', 'broker'],
    latestVersionUnstable: false,
    request: { name: 'OffsetForLeaderEpochRequest', minVersion: 0, maxVersion: 4, flexibleMinVersion: 4, read: readOffsetForLeaderEpochRequest, write: writeOffsetForLeaderEpochRequest, create: defaultOffsetForLeaderEpochRequest },
    response: { name: 'OffsetForLeaderEpochResponse', minVersion: 0, maxVersion: 4, flexibleMinVersion: 4, read: readOffsetForLeaderEpochResponse, write: writeOffsetForLeaderEpochResponse, create: defaultOffsetForLeaderEpochResponse },
  } as ApiDefinition<OffsetForLeaderEpochRequest, OffsetForLeaderEpochResponse>,
  ADD_PARTITIONS_TO_TXN: {
    apiKey: 24,
    name: 'AddPartitionsToTxn',
    minVersion: 0,
    maxVersion: 5,
    flexibleMinVersion: 3,
    deprecatedMaxVersion: -1,
    listeners: ['zkBroker', 'broker'],
    latestVersionUnstable: false,
    request: { name: 'AddPartitionsToTxnRequest', minVersion: 0, maxVersion: 5, flexibleMinVersion: 3, read: readAddPartitionsToTxnRequest, write: writeAddPartitionsToTxnRequest, create: defaultAddPartitionsToTxnRequest },
    response: { name: 'AddPartitionsToTxnResponse', minVersion: 0, maxVersion: 5, flexibleMinVersion: 3, read: readAddPartitionsToTxnResponse, write: writeAddPartitionsToTxnResponse, create: defaultAddPartitionsToTxnResponse },
  } as ApiDefinition<AddPartitionsToTxnRequest, AddPartitionsToTxnResponse>,
  ADD_OFFSETS_TO_TXN: {
    apiKey: 25,
    name: 'AddOffsetsToTxn',
    minVersion: 0,
    maxVersion: 4,
    flexibleMinVersion: 3,
    deprecatedMaxVersion: -1,
    listeners: ['zkBroker', 'broker'],
    latestVersionUnstable: false,
    request: { name: 'AddOffsetsToTxnRequest', minVersion: 0, maxVersion: 4, flexibleMinVersion: 3, read: readAddOffsetsToTxnRequest, write: writeAddOffsetsToTxnRequest, create: defaultAddOffsetsToTxnRequest },
    response: { name: 'AddOffsetsToTxnResponse', minVersion: 0, maxVersion: 4, flexibleMinVersion: 3, read: readAddOffsetsToTxnResponse, write: writeAddOffsetsToTxnResponse, create: defaultAddOffsetsToTxnResponse },
  } as ApiDefinition<AddOffsetsToTxnRequest, AddOffsetsToTxnResponse>,
  END_TXN: {
    apiKey: 26,
    name: 'EndTxn',
    minVersion: 0,
    maxVersion: 4,
    flexibleMinVersion: 3,
    deprecatedMaxVersion: -1,
    listeners: ['zkBroker', 'broker'],
    latestVersionUnstable: false,
    request: { name: 'EndTxnRequest', minVersion: 0, maxVersion: 4, flexibleMinVersion: 3, read: readEndTxnRequest, write: writeEndTxnRequest, create: defaultEndTxnRequest },
    response: { name: 'EndTxnResponse', minVersion: 0, maxVersion: 4, flexibleMinVersion: 3, read: readEndTxnResponse, write: writeEndTxnResponse, create: defaultEndTxnResponse },
  } as ApiDefinition<EndTxnRequest, EndTxnResponse>,
  WRITE_TXN_MARKERS: {
    apiKey: 27,
    name: 'WriteTxnMarkers',
    minVersion: 0,
    maxVersion: 1,
    flexibleMinVersion: 1,
    deprecatedMaxVersion: -1,
    listeners: ['zkBroker', 'broker'],
    latestVersionUnstable: false,
    request: { name: 'WriteTxnMarkersRequest', minVersion: 0, maxVersion: 1, flexibleMinVersion: 1, read: readWriteTxnMarkersRequest, write: writeWriteTxnMarkersRequest, create: defaultWriteTxnMarkersRequest },
    response: { name: 'WriteTxnMarkersResponse', minVersion: 0, maxVersion: 1, flexibleMinVersion: 1, read: readWriteTxnMarkersResponse, write: writeWriteTxnMarkersResponse, create: defaultWriteTxnMarkersResponse },
  } as ApiDefinition<WriteTxnMarkersRequest, WriteTxnMarkersResponse>,
  TXN_OFFSET_COMMIT: {
    apiKey: 28,
    name: 'TxnOffsetCommit',
    minVersion: 0,
    maxVersion: 4,
    flexibleMinVersion: 3,
    deprecatedMaxVersion: -1,
    listeners: ['zkBroker', 'broker'],
    latestVersionUnstable: false,
    request: { name: 'TxnOffsetCommitRequest', minVersion: 0, maxVersion: 4, flexibleMinVersion: 3, read: readTxnOffsetCommitRequest, write: writeTxnOffsetCommitRequest, create: defaultTxnOffsetCommitRequest },
    response: { name: 'TxnOffsetCommitResponse', minVersion: 0, maxVersion: 4, flexibleMinVersion: 3, read: readTxnOffsetCommitResponse, write: writeTxnOffsetCommitResponse, create: defaultTxnOffsetCommitResponse },
  } as ApiDefinition<TxnOffsetCommitRequest, TxnOffsetCommitResponse>,
  DESCRIBE_ACLS: {
    apiKey: 29,
    name: 'DescribeAcls',
    minVersion: 0,
    maxVersion: 3,
    flexibleMinVersion: 2,
    deprecatedMaxVersion: 0,
    listeners: ['zkBroker', 'broker', 'controller'],
    latestVersionUnstable: false,
    request: { name: 'DescribeAclsRequest', minVersion: 0, maxVersion: 3, flexibleMinVersion: 2, read: readDescribeAclsRequest, write: writeDescribeAclsRequest, create: defaultDescribeAclsRequest },
    response: { name: 'DescribeAclsResponse', minVersion: 0, maxVersion: 3, flexibleMinVersion: 2, read: readDescribeAclsResponse, write: writeDescribeAclsResponse, create: defaultDescribeAclsResponse },
  } as ApiDefinition<DescribeAclsRequest, DescribeAclsResponse>,
  CREATE_ACLS: {
    apiKey: 30,
    name: 'CreateAcls',
    minVersion: 0,
    maxVersion: 3,
    flexibleMinVersion: 2,
    deprecatedMaxVersion: 0,
    listeners: ['zkBroker', 'broker', 'controller'],
    latestVersionUnstable: false,
    request: { name: 'CreateAclsRequest', minVersion: 0, maxVersion: 3, flexibleMinVersion: 2, read: readCreateAclsRequest, write: writeCreateAclsRequest, create: defaultCreateAclsRequest },
    response: { name: 'CreateAclsResponse', minVersion: 0, maxVersion: 3, flexibleMinVersion: 2, read: readCreateAclsResponse, write: writeCreateAclsResponse, create: defaultCreateAclsResponse },
  } as ApiDefinition<CreateAclsRequest, CreateAclsResponse>,
  DELETE_ACLS: {
    apiKey: 31,
    name: 'DeleteAcls',
    minVersion: 0,
    maxVersion: 3,
    flexibleMinVersion: 2,
    deprecatedMaxVersion: 0,
    listeners: ['zkBroker', 'broker', 'controller'],
    latestVersionUnstable: false,
    request: { name: 'DeleteAclsRequest', minVersion: 0, maxVersion: 3, flexibleMinVersion: 2, read: readDeleteAclsRequest, write: writeDeleteAclsRequest, create: defaultDeleteAclsRequest },
    response: { name: 'DeleteAclsResponse', minVersion: 0, maxVersion: 3, flexibleMinVersion: 2, read: readDeleteAclsResponse, write: writeDeleteAclsResponse, create: defaultDeleteAclsResponse },
  } as ApiDefinition<DeleteAclsRequest, DeleteAclsResponse>,
  DESCRIBE_CONFIGS: {
    apiKey: 32,
    name: 'DescribeConfigs',
    minVersion: 0,
    maxVersion: 4,
    flexibleMinVersion: 4,
    deprecatedMaxVersion: 0,
    listeners: ['zkBroker', 'broker', 'controller'],
    latestVersionUnstable: false,
    request: { name: 'DescribeConfigsRequest', minVersion: 0, maxVersion: 4, flexibleMinVersion: 4, read: readDescribeConfigsRequest, write: writeDescribeConfigsRequest, create: defaultDescribeConfigsRequest },
    response: { name: 'DescribeConfigsResponse', minVersion: 0, maxVersion: 4, flexibleMinVersion: 4, read: readDescribeConfigsResponse, write: writeDescribeConfigsResponse, create: defaultDescribeConfigsResponse },
  } as ApiDefinition<DescribeConfigsRequest, DescribeConfigsResponse>,
  ALTER_CONFIGS: {
    apiKey: 33,
    name: 'AlterConfigs',
    minVersion: 0,
    maxVersion: 2,
    flexibleMinVersion: 2,
    deprecatedMaxVersion: -1,
    listeners: ['zkBroker', 'broker', 'controller'],
    latestVersionUnstable: false,
    request: { name: 'AlterConfigsRequest', minVersion: 0, maxVersion: 2, flexibleMinVersion: 2, read: readAlterConfigsRequest, write: writeAlterConfigsRequest, create: defaultAlterConfigsRequest },
    response: { name: 'AlterConfigsResponse', minVersion: 0, maxVersion: 2, flexibleMinVersion: 2, read: readAlterConfigsResponse, write: writeAlterConfigsResponse, create: defaultAlterConfigsResponse },
  } as ApiDefinition<AlterConfigsRequest, AlterConfigsResponse>,
  ALTER_REPLICA_LOG_DIRS: {
    apiKey: 34,
    name: 'AlterReplicaLogDirs',
    minVersion: 0,
    maxVersion: 2,
    flexibleMinVersion: 2,
    deprecatedMaxVersion: 0,
    listeners: ['zkBroker', 'broker'],
    latestVersionUnstable: false,
    request: { name: 'AlterReplicaLogDirsRequest', minVersion: 0, maxVersion: 2, flexibleMinVersion: 2, read: readAlterReplicaLogDirsRequest, write: writeAlterReplicaLogDirsRequest, create: defaultAlterReplicaLogDirsRequest },
    response: { name: 'AlterReplicaLogDirsResponse', minVersion: 0, maxVersion: 2, flexibleMinVersion: 2, read: readAlterReplicaLogDirsResponse, write: writeAlterReplicaLogDirsResponse, create: defaultAlterReplicaLogDirsResponse },
  } as ApiDefinition<AlterReplicaLogDirsRequest, AlterReplicaLogDirsResponse>,
  DESCRIBE_LOG_DIRS: {
    apiKey: 35,
    name: 'DescribeLogDirs',
    minVersion: 0,
    maxVersion: 4,
    flexibleMinVersion: 2,
    deprecatedMaxVersion: 0,
    listeners: ['zkBroker', 'broker'],
    latestVersionUnstable: false,
    request: { name: 'DescribeLogDirsRequest', minVersion: 0, maxVersion: 4, flexibleMinVersion: 2, read: readDescribeLogDirsRequest, write: writeDescribeLogDirsRequest, create: defaultDescribeLogDirsRequest },
    response: { name: 'DescribeLogDirsResponse', minVersion: 0, maxVersion: 4, flexibleMinVersion: 2, read: readDescribeLogDirsResponse, write: writeDescribeLogDirsResponse, create: defaultDescribeLogDirsResponse },
  } as ApiDefinition<DescribeLogDirsRequest, DescribeLogDirsResponse>,
  SASL_AUTHENTICATE: {
    apiKey: 36,
    name: 'SaslAuthenticate',
    minVersion: 0,
    maxVersion: 2,
    flexibleMinVersion: 2,
    deprecatedMaxVersion: -1,
    listeners: ['zkBroker', 'broker', 'controller'],
    latestVersionUnstable: false,
    request: { name: 'SaslAuthenticateRequest', minVersion: 0, maxVersion: 2, flexibleMinVersion: 2, read: readSaslAuthenticateRequest, write: writeSaslAuthenticateRequest, create: defaultSaslAuthenticateRequest },
    response: { name: 'SaslAuthenticateResponse', minVersion: 0, maxVersion: 2, flexibleMinVersion: 2, read: readSaslAuthenticateResponse, write: writeSaslAuthenticateResponse, create: defaultSaslAuthenticateResponse },
  } as ApiDefinition<SaslAuthenticateRequest, SaslAuthenticateResponse>,
  CREATE_PARTITIONS: {
    apiKey: 37,
    name: 'CreatePartitions',
    minVersion: 0,
    maxVersion: 3,
    flexibleMinVersion: 2,
    deprecatedMaxVersion: -1,
    listeners: ['zkBroker', 'broker', 'controller'],
    latestVersionUnstable: false,
    request: { name: 'CreatePartitionsRequest', minVersion: 0, maxVersion: 3, flexibleMinVersion: 2, read: readCreatePartitionsRequest, write: writeCreatePartitionsRequest, create: defaultCreatePartitionsRequest },
    response: { name: 'CreatePartitionsResponse', minVersion: 0, maxVersion: 3, flexibleMinVersion: 2, read: readCreatePartitionsResponse, write: writeCreatePartitionsResponse, create: defaultCreatePartitionsResponse },
  } as ApiDefinition<CreatePartitionsRequest, CreatePartitionsResponse>,
  CREATE_DELEGATION_TOKEN: {
    apiKey: 38,
    name: 'CreateDelegationToken',
    minVersion: 0,
    maxVersion: 3,
    flexibleMinVersion: 2,
    deprecatedMaxVersion: 0,
    listeners: ['zkBroker', 'broker', 'controller'],
    latestVersionUnstable: false,
    request: { name: 'CreateDelegationTokenRequest', minVersion: 0, maxVersion: 3, flexibleMinVersion: 2, read: readCreateDelegationTokenRequest, write: writeCreateDelegationTokenRequest, create: defaultCreateDelegationTokenRequest },
    response: { name: 'CreateDelegationTokenResponse', minVersion: 0, maxVersion: 3, flexibleMinVersion: 2, read: readCreateDelegationTokenResponse, write: writeCreateDelegationTokenResponse, create: defaultCreateDelegationTokenResponse },
  } as ApiDefinition<CreateDelegationTokenRequest, CreateDelegationTokenResponse>,
  RENEW_DELEGATION_TOKEN: {
    apiKey: 39,
    name: 'RenewDelegationToken',
    minVersion: 0,
    maxVersion: 2,
    flexibleMinVersion: 2,
    deprecatedMaxVersion: 0,
    listeners: ['zkBroker', 'broker', 'controller'],
    latestVersionUnstable: false,
    request: { name: 'RenewDelegationTokenRequest', minVersion: 0, maxVersion: 2, flexibleMinVersion: 2, read: readRenewDelegationTokenRequest, write: writeRenewDelegationTokenRequest, create: defaultRenewDelegationTokenRequest },
    response: { name: 'RenewDelegationTokenResponse', minVersion: 0, maxVersion: 2, flexibleMinVersion: 2, read: readRenewDelegationTokenResponse, write: writeRenewDelegationTokenResponse, create: defaultRenewDelegationTokenResponse },
  } as ApiDefinition<RenewDelegationTokenRequest, RenewDelegationTokenResponse>,
  EXPIRE_DELEGATION_TOKEN: {
    apiKey: 40,
    name: 'ExpireDelegationToken',
    minVersion: 0,
    maxVersion: 2,
    flexibleMinVersion: 2,
    deprecatedMaxVersion: 0,
    listeners: ['zkBroker', 'broker', 'controller'],
    latestVersionUnstable: false,
    request: { name: 'ExpireDelegationTokenRequest', minVersion: 0, maxVersion: 2, flexibleMinVersion: 2, read: readExpireDelegationTokenRequest, write: writeExpireDelegationTokenRequest, create: defaultExpireDelegationTokenRequest },
    response: { name: 'ExpireDelegationTokenResponse', minVersion: 0, maxVersion: 2, flexibleMinVersion: 2, read: readExpireDelegationTokenResponse, write: writeExpireDelegationTokenResponse, create: defaultExpireDelegationTokenResponse },
  } as ApiDefinition<ExpireDelegationTokenRequest, ExpireDelegationTokenResponse>,
  DESCRIBE_DELEGATION_TOKEN: {
    apiKey: 41,
    name: 'DescribeDelegationToken',
    minVersion: 0,
    maxVersion: 3,
    flexibleMinVersion: 2,
    deprecatedMaxVersion: 0,
    listeners: ['zkBroker', 'broker', 'controller'],
    latestVersionUnstable: false,
    request: { name: 'DescribeDelegationTokenRequest', minVersion: 0, maxVersion: 3, flexibleMinVersion: 2, read: readDescribeDelegationTokenRequest, write: writeDescribeDelegationTokenRequest, create: defaultDescribeDelegationTokenRequest },
    response: { name: 'DescribeDelegationTokenResponse', minVersion: 0, maxVersion: 3, flexibleMinVersion: 2, read: readDescribeDelegationTokenResponse, write: writeDescribeDelegationTokenResponse, create: defaultDescribeDelegationTokenResponse },
  } as ApiDefinition<DescribeDelegationTokenRequest, DescribeDelegationTokenResponse>,
  DELETE_GROUPS: {
    apiKey: 42,
    name: 'DeleteGroups',
    minVersion: 0,
    maxVersion: 2,
    flexibleMinVersion: 2,
    deprecatedMaxVersion: 0,
    listeners: ['zkBroker', 'broker'],
    latestVersionUnstable: false,
    request: { name: 'DeleteGroupsRequest', minVersion: 0, maxVersion: 2, flexibleMinVersion: 2, read: readDeleteGroupsRequest, write: writeDeleteGroupsRequest, create: defaultDeleteGroupsRequest },
    response: { name: 'DeleteGroupsResponse', minVersion: 0, maxVersion: 2, flexibleMinVersion: 2, read: readDeleteGroupsResponse, write: writeDeleteGroupsResponse, create: defaultDeleteGroupsResponse },
  } as ApiDefinition<DeleteGroupsRequest, DeleteGroupsResponse>,
  ELECT_LEADERS: {
    apiKey: 43,
    name: 'ElectLeaders',
    minVersion: 0,
    maxVersion: 2,
    flexibleMinVersion: 2,
    deprecatedMaxVersion: -1,
    listeners: ['zkBroker', 'broker', 'controller'],
    latestVersionUnstable: false,
    request: { name: 'ElectLeadersRequest', minVersion: 0, maxVersion: 2, flexibleMinVersion: 2, read: readElectLeadersRequest, write: writeElectLeadersRequest, create: defaultElectLeadersRequest },
    response: { name: 'ElectLeadersResponse', minVersion: 0, maxVersion: 2, flexibleMinVersion: 2, read: readElectLeadersResponse, write: writeElectLeadersResponse, create: defaultElectLeadersResponse },
  } as ApiDefinition<ElectLeadersRequest, ElectLeadersResponse>,
  INCREMENTAL_ALTER_CONFIGS: {
    apiKey: 44,
    name: 'IncrementalAlterConfigs',
    minVersion: 0,
    maxVersion: 1,
    flexibleMinVersion: 1,
    deprecatedMaxVersion: -1,
    listeners: ['zkBroker', 'broker', 'controller'],
    latestVersionUnstable: false,
    request: { name: 'IncrementalAlterConfigsRequest', minVersion: 0, maxVersion: 1, flexibleMinVersion: 1, read: readIncrementalAlterConfigsRequest, write: writeIncrementalAlterConfigsRequest, create: defaultIncrementalAlterConfigsRequest },
    response: { name: 'IncrementalAlterConfigsResponse', minVersion: 0, maxVersion: 1, flexibleMinVersion: 1, read: readIncrementalAlterConfigsResponse, write: writeIncrementalAlterConfigsResponse, create: defaultIncrementalAlterConfigsResponse },
  } as ApiDefinition<IncrementalAlterConfigsRequest, IncrementalAlterConfigsResponse>,
  ALTER_PARTITION_REASSIGNMENTS: {
    apiKey: 45,
    name: 'AlterPartitionReassignments',
    minVersion: 0,
    maxVersion: 0,
    flexibleMinVersion: 0,
    deprecatedMaxVersion: -1,
    listeners: ['broker', 'controller', 'zkBroker'],
    latestVersionUnstable: false,
    request: { name: 'AlterPartitionReassignmentsRequest', minVersion: 0, maxVersion: 0, flexibleMinVersion: 0, read: readAlterPartitionReassignmentsRequest, write: writeAlterPartitionReassignmentsRequest, create: defaultAlterPartitionReassignmentsRequest },
    response: { name: 'AlterPartitionReassignmentsResponse', minVersion: 0, maxVersion: 0, flexibleMinVersion: 0, read: readAlterPartitionReassignmentsResponse, write: writeAlterPartitionReassignmentsResponse, create: defaultAlterPartitionReassignmentsResponse },
  } as ApiDefinition<AlterPartitionReassignmentsRequest, AlterPartitionReassignmentsResponse>,
  LIST_PARTITION_REASSIGNMENTS: {
    apiKey: 46,
    name: 'ListPartitionReassignments',
    minVersion: 0,
    maxVersion: 0,
    flexibleMinVersion: 0,
    deprecatedMaxVersion: -1,
    listeners: ['broker', 'controller', 'zkBroker'],
    latestVersionUnstable: false,
    request: { name: 'ListPartitionReassignmentsRequest', minVersion: 0, maxVersion: 0, flexibleMinVersion: 0, read: readListPartitionReassignmentsRequest, write: writeListPartitionReassignmentsRequest, create: defaultListPartitionReassignmentsRequest },
    response: { name: 'ListPartitionReassignmentsResponse', minVersion: 0, maxVersion: 0, flexibleMinVersion: 0, read: readListPartitionReassignmentsResponse, write: writeListPartitionReassignmentsResponse, create: defaultListPartitionReassignmentsResponse },
  } as ApiDefinition<ListPartitionReassignmentsRequest, ListPartitionReassignmentsResponse>,
  OFFSET_DELETE: {
    apiKey: 47,
    name: 'OffsetDelete',
    minVersion: 0,
    maxVersion: 0,
    flexibleMinVersion: Number.POSITIVE_INFINITY,
    deprecatedMaxVersion: -1,
    listeners: ['zkBroker', 'broker'],
    latestVersionUnstable: false,
    request: { name: 'OffsetDeleteRequest', minVersion: 0, maxVersion: 0, flexibleMinVersion: Number.POSITIVE_INFINITY, read: readOffsetDeleteRequest, write: writeOffsetDeleteRequest, create: defaultOffsetDeleteRequest },
    response: { name: 'OffsetDeleteResponse', minVersion: 0, maxVersion: 0, flexibleMinVersion: Number.POSITIVE_INFINITY, read: readOffsetDeleteResponse, write: writeOffsetDeleteResponse, create: defaultOffsetDeleteResponse },
  } as ApiDefinition<OffsetDeleteRequest, OffsetDeleteResponse>,
  DESCRIBE_CLIENT_QUOTAS: {
    apiKey: 48,
    name: 'DescribeClientQuotas',
    minVersion: 0,
    maxVersion: 1,
    flexibleMinVersion: 1,
    deprecatedMaxVersion: -1,
    listeners: ['zkBroker', 'broker'],
    latestVersionUnstable: false,
    request: { name: 'DescribeClientQuotasRequest', minVersion: 0, maxVersion: 1, flexibleMinVersion: 1, read: readDescribeClientQuotasRequest, write: writeDescribeClientQuotasRequest, create: defaultDescribeClientQuotasRequest },
    response: { name: 'DescribeClientQuotasResponse', minVersion: 0, maxVersion: 1, flexibleMinVersion: 1, read: readDescribeClientQuotasResponse, write: writeDescribeClientQuotasResponse, create: defaultDescribeClientQuotasResponse },
  } as ApiDefinition<DescribeClientQuotasRequest, DescribeClientQuotasResponse>,
  ALTER_CLIENT_QUOTAS: {
    apiKey: 49,
    name: 'AlterClientQuotas',
    minVersion: 0,
    maxVersion: 1,
    flexibleMinVersion: 1,
    deprecatedMaxVersion: -1,
    listeners: ['zkBroker', 'broker', 'controller'],
    latestVersionUnstable: false,
    request: { name: 'AlterClientQuotasRequest', minVersion: 0, maxVersion: 1, flexibleMinVersion: 1, read: readAlterClientQuotasRequest, write: writeAlterClientQuotasRequest, create: defaultAlterClientQuotasRequest },
    response: { name: 'AlterClientQuotasResponse', minVersion: 0, maxVersion: 1, flexibleMinVersion: 1, read: readAlterClientQuotasResponse, write: writeAlterClientQuotasResponse, create: defaultAlterClientQuotasResponse },
  } as ApiDefinition<AlterClientQuotasRequest, AlterClientQuotasResponse>,
  DESCRIBE_USER_SCRAM_CREDENTIALS: {
    apiKey: 50,
    name: 'DescribeUserScramCredentials',
    minVersion: 0,
    maxVersion: 0,
    flexibleMinVersion: 0,
    deprecatedMaxVersion: -1,
    listeners: ['zkBroker', 'broker', 'controller'],
    latestVersionUnstable: false,
    request: { name: 'DescribeUserScramCredentialsRequest', minVersion: 0, maxVersion: 0, flexibleMinVersion: 0, read: readDescribeUserScramCredentialsRequest, write: writeDescribeUserScramCredentialsRequest, create: defaultDescribeUserScramCredentialsRequest },
    response: { name: 'DescribeUserScramCredentialsResponse', minVersion: 0, maxVersion: 0, flexibleMinVersion: 0, read: readDescribeUserScramCredentialsResponse, write: writeDescribeUserScramCredentialsResponse, create: defaultDescribeUserScramCredentialsResponse },
  } as ApiDefinition<DescribeUserScramCredentialsRequest, DescribeUserScramCredentialsResponse>,
  ALTER_USER_SCRAM_CREDENTIALS: {
    apiKey: 51,
    name: 'AlterUserScramCredentials',
    minVersion: 0,
    maxVersion: 0,
    flexibleMinVersion: 0,
    deprecatedMaxVersion: -1,
    listeners: ['zkBroker', 'broker', 'controller'],
    latestVersionUnstable: false,
    request: { name: 'AlterUserScramCredentialsRequest', minVersion: 0, maxVersion: 0, flexibleMinVersion: 0, read: readAlterUserScramCredentialsRequest, write: writeAlterUserScramCredentialsRequest, create: defaultAlterUserScramCredentialsRequest },
    response: { name: 'AlterUserScramCredentialsResponse', minVersion: 0, maxVersion: 0, flexibleMinVersion: 0, read: readAlterUserScramCredentialsResponse, write: writeAlterUserScramCredentialsResponse, create: defaultAlterUserScramCredentialsResponse },
  } as ApiDefinition<AlterUserScramCredentialsRequest, AlterUserScramCredentialsResponse>,
  VOTE: {
    apiKey: 52,
    name: 'Vote',
    minVersion: 0,
    maxVersion: 1,
    flexibleMinVersion: 0,
    deprecatedMaxVersion: -1,
    listeners: ['controller'],
    latestVersionUnstable: false,
    request: { name: 'VoteRequest', minVersion: 0, maxVersion: 1, flexibleMinVersion: 0, read: readVoteRequest, write: writeVoteRequest, create: defaultVoteRequest },
    response: { name: 'VoteResponse', minVersion: 0, maxVersion: 1, flexibleMinVersion: 0, read: readVoteResponse, write: writeVoteResponse, create: defaultVoteResponse },
  } as ApiDefinition<VoteRequest, VoteResponse>,
  BEGIN_QUORUM_EPOCH: {
    apiKey: 53,
    name: 'BeginQuorumEpoch',
    minVersion: 0,
    maxVersion: 1,
    flexibleMinVersion: 1,
    deprecatedMaxVersion: -1,
    listeners: ['controller'],
    latestVersionUnstable: false,
    request: { name: 'BeginQuorumEpochRequest', minVersion: 0, maxVersion: 1, flexibleMinVersion: 1, read: readBeginQuorumEpochRequest, write: writeBeginQuorumEpochRequest, create: defaultBeginQuorumEpochRequest },
    response: { name: 'BeginQuorumEpochResponse', minVersion: 0, maxVersion: 1, flexibleMinVersion: 1, read: readBeginQuorumEpochResponse, write: writeBeginQuorumEpochResponse, create: defaultBeginQuorumEpochResponse },
  } as ApiDefinition<BeginQuorumEpochRequest, BeginQuorumEpochResponse>,
  END_QUORUM_EPOCH: {
    apiKey: 54,
    name: 'EndQuorumEpoch',
    minVersion: 0,
    maxVersion: 1,
    flexibleMinVersion: 1,
    deprecatedMaxVersion: -1,
    listeners: ['controller'],
    latestVersionUnstable: false,
    request: { name: 'EndQuorumEpochRequest', minVersion: 0, maxVersion: 1, flexibleMinVersion: 1, read: readEndQuorumEpochRequest, write: writeEndQuorumEpochRequest, create: defaultEndQuorumEpochRequest },
    response: { name: 'EndQuorumEpochResponse', minVersion: 0, maxVersion: 1, flexibleMinVersion: 1, read: readEndQuorumEpochResponse, write: writeEndQuorumEpochResponse, create: defaultEndQuorumEpochResponse },
  } as ApiDefinition<EndQuorumEpochRequest, EndQuorumEpochResponse>,
  DESCRIBE_QUORUM: {
    apiKey: 55,
    name: 'DescribeQuorum',
    minVersion: 0,
    maxVersion: 2,
    flexibleMinVersion: 0,
    deprecatedMaxVersion: -1,
    listeners: ['broker', 'controller'],
    latestVersionUnstable: false,
    request: { name: 'DescribeQuorumRequest', minVersion: 0, maxVersion: 2, flexibleMinVersion: 0, read: readDescribeQuorumRequest, write: writeDescribeQuorumRequest, create: defaultDescribeQuorumRequest },
    response: { name: 'DescribeQuorumResponse', minVersion: 0, maxVersion: 2, flexibleMinVersion: 0, read: readDescribeQuorumResponse, write: writeDescribeQuorumResponse, create: defaultDescribeQuorumResponse },
  } as ApiDefinition<DescribeQuorumRequest, DescribeQuorumResponse>,
  ALTER_PARTITION: {
    apiKey: 56,
    name: 'AlterPartition',
    minVersion: 0,
    maxVersion: 3,
    flexibleMinVersion: 0,
    deprecatedMaxVersion: -1,
    listeners: ['zkBroker', 'controller'],
    latestVersionUnstable: false,
    request: { name: 'AlterPartitionRequest', minVersion: 0, maxVersion: 3, flexibleMinVersion: 0, read: readAlterPartitionRequest, write: writeAlterPartitionRequest, create: defaultAlterPartitionRequest },
    response: { name: 'AlterPartitionResponse', minVersion: 0, maxVersion: 3, flexibleMinVersion: 0, read: readAlterPartitionResponse, write: writeAlterPartitionResponse, create: defaultAlterPartitionResponse },
  } as ApiDefinition<AlterPartitionRequest, AlterPartitionResponse>,
  UPDATE_FEATURES: {
    apiKey: 57,
    name: 'UpdateFeatures',
    minVersion: 0,
    maxVersion: 1,
    flexibleMinVersion: 0,
    deprecatedMaxVersion: -1,
    listeners: ['zkBroker', 'broker', 'controller'],
    latestVersionUnstable: false,
    request: { name: 'UpdateFeaturesRequest', minVersion: 0, maxVersion: 1, flexibleMinVersion: 0, read: readUpdateFeaturesRequest, write: writeUpdateFeaturesRequest, create: defaultUpdateFeaturesRequest },
    response: { name: 'UpdateFeaturesResponse', minVersion: 0, maxVersion: 1, flexibleMinVersion: 0, read: readUpdateFeaturesResponse, write: writeUpdateFeaturesResponse, create: defaultUpdateFeaturesResponse },
  } as ApiDefinition<UpdateFeaturesRequest, UpdateFeaturesResponse>,
  ENVELOPE: {
    apiKey: 58,
    name: 'Envelope',
    minVersion: 0,
    maxVersion: 0,
    flexibleMinVersion: 0,
    deprecatedMaxVersion: -1,
    listeners: ['controller', 'zkBroker'],
    latestVersionUnstable: false,
    request: { name: 'EnvelopeRequest', minVersion: 0, maxVersion: 0, flexibleMinVersion: 0, read: readEnvelopeRequest, write: writeEnvelopeRequest, create: defaultEnvelopeRequest },
    response: { name: 'EnvelopeResponse', minVersion: 0, maxVersion: 0, flexibleMinVersion: 0, read: readEnvelopeResponse, write: writeEnvelopeResponse, create: defaultEnvelopeResponse },
  } as ApiDefinition<EnvelopeRequest, EnvelopeResponse>,
  FETCH_SNAPSHOT: {
    apiKey: 59,
    name: 'FetchSnapshot',
    minVersion: 0,
    maxVersion: 1,
    flexibleMinVersion: 0,
    deprecatedMaxVersion: -1,
    listeners: ['controller'],
    latestVersionUnstable: false,
    request: { name: 'FetchSnapshotRequest', minVersion: 0, maxVersion: 1, flexibleMinVersion: 0, read: readFetchSnapshotRequest, write: writeFetchSnapshotRequest, create: defaultFetchSnapshotRequest },
    response: { name: 'FetchSnapshotResponse', minVersion: 0, maxVersion: 1, flexibleMinVersion: 0, read: readFetchSnapshotResponse, write: writeFetchSnapshotResponse, create: defaultFetchSnapshotResponse },
  } as ApiDefinition<FetchSnapshotRequest, FetchSnapshotResponse>,
  DESCRIBE_CLUSTER: {
    apiKey: 60,
    name: 'DescribeCluster',
    minVersion: 0,
    maxVersion: 1,
    flexibleMinVersion: 0,
    deprecatedMaxVersion: -1,
    listeners: ['zkBroker', 'broker', 'controller'],
    latestVersionUnstable: false,
    request: { name: 'DescribeClusterRequest', minVersion: 0, maxVersion: 1, flexibleMinVersion: 0, read: readDescribeClusterRequest, write: writeDescribeClusterRequest, create: defaultDescribeClusterRequest },
    response: { name: 'DescribeClusterResponse', minVersion: 0, maxVersion: 1, flexibleMinVersion: 0, read: readDescribeClusterResponse, write: writeDescribeClusterResponse, create: defaultDescribeClusterResponse },
  } as ApiDefinition<DescribeClusterRequest, DescribeClusterResponse>,
  DESCRIBE_PRODUCERS: {
    apiKey: 61,
    name: 'DescribeProducers',
    minVersion: 0,
    maxVersion: 0,
    flexibleMinVersion: 0,
    deprecatedMaxVersion: -1,
    listeners: ['zkBroker', 'broker'],
    latestVersionUnstable: false,
    request: { name: 'DescribeProducersRequest', minVersion: 0, maxVersion: 0, flexibleMinVersion: 0, read: readDescribeProducersRequest, write: writeDescribeProducersRequest, create: defaultDescribeProducersRequest },
    response: { name: 'DescribeProducersResponse', minVersion: 0, maxVersion: 0, flexibleMinVersion: 0, read: readDescribeProducersResponse, write: writeDescribeProducersResponse, create: defaultDescribeProducersResponse },
  } as ApiDefinition<DescribeProducersRequest, DescribeProducersResponse>,
  BROKER_REGISTRATION: {
    apiKey: 62,
    name: 'BrokerRegistration',
    minVersion: 0,
    maxVersion: 4,
    flexibleMinVersion: 0,
    deprecatedMaxVersion: -1,
    listeners: ['controller'],
    latestVersionUnstable: false,
    request: { name: 'BrokerRegistrationRequest', minVersion: 0, maxVersion: 4, flexibleMinVersion: 0, read: readBrokerRegistrationRequest, write: writeBrokerRegistrationRequest, create: defaultBrokerRegistrationRequest },
    response: { name: 'BrokerRegistrationResponse', minVersion: 0, maxVersion: 4, flexibleMinVersion: 0, read: readBrokerRegistrationResponse, write: writeBrokerRegistrationResponse, create: defaultBrokerRegistrationResponse },
  } as ApiDefinition<BrokerRegistrationRequest, BrokerRegistrationResponse>,
  BROKER_HEARTBEAT: {
    apiKey: 63,
    name: 'BrokerHeartbeat',
    minVersion: 0,
    maxVersion: 1,
    flexibleMinVersion: 0,
    deprecatedMaxVersion: -1,
    listeners: ['controller'],
    latestVersionUnstable: false,
    request: { name: 'BrokerHeartbeatRequest', minVersion: 0, maxVersion: 1, flexibleMinVersion: 0, read: readBrokerHeartbeatRequest, write: writeBrokerHeartbeatRequest, create: defaultBrokerHeartbeatRequest },
    response: { name: 'BrokerHeartbeatResponse', minVersion: 0, maxVersion: 1, flexibleMinVersion: 0, read: readBrokerHeartbeatResponse, write: writeBrokerHeartbeatResponse, create: defaultBrokerHeartbeatResponse },
  } as ApiDefinition<BrokerHeartbeatRequest, BrokerHeartbeatResponse>,
  UNREGISTER_BROKER: {
    apiKey: 64,
    name: 'UnregisterBroker',
    minVersion: 0,
    maxVersion: 0,
    flexibleMinVersion: 0,
    deprecatedMaxVersion: -1,
    listeners: ['broker', 'controller'],
    latestVersionUnstable: false,
    request: { name: 'UnregisterBrokerRequest', minVersion: 0, maxVersion: 0, flexibleMinVersion: 0, read: readUnregisterBrokerRequest, write: writeUnregisterBrokerRequest, create: defaultUnregisterBrokerRequest },
    response: { name: 'UnregisterBrokerResponse', minVersion: 0, maxVersion: 0, flexibleMinVersion: 0, read: readUnregisterBrokerResponse, write: writeUnregisterBrokerResponse, create: defaultUnregisterBrokerResponse },
  } as ApiDefinition<UnregisterBrokerRequest, UnregisterBrokerResponse>,
  DESCRIBE_TRANSACTIONS: {
    apiKey: 65,
    name: 'DescribeTransactions',
    minVersion: 0,
    maxVersion: 0,
    flexibleMinVersion: 0,
    deprecatedMaxVersion: -1,
    listeners: ['zkBroker', 'broker'],
    latestVersionUnstable: false,
    request: { name: 'DescribeTransactionsRequest', minVersion: 0, maxVersion: 0, flexibleMinVersion: 0, read: readDescribeTransactionsRequest, write: writeDescribeTransactionsRequest, create: defaultDescribeTransactionsRequest },
    response: { name: 'DescribeTransactionsResponse', minVersion: 0, maxVersion: 0, flexibleMinVersion: 0, read: readDescribeTransactionsResponse, write: writeDescribeTransactionsResponse, create: defaultDescribeTransactionsResponse },
  } as ApiDefinition<DescribeTransactionsRequest, DescribeTransactionsResponse>,
  LIST_TRANSACTIONS: {
    apiKey: 66,
    name: 'ListTransactions',
    minVersion: 0,
    maxVersion: 1,
    flexibleMinVersion: 0,
    deprecatedMaxVersion: -1,
    listeners: ['zkBroker', 'broker'],
    latestVersionUnstable: false,
    request: { name: 'ListTransactionsRequest', minVersion: 0, maxVersion: 1, flexibleMinVersion: 0, read: readListTransactionsRequest, write: writeListTransactionsRequest, create: defaultListTransactionsRequest },
    response: { name: 'ListTransactionsResponse', minVersion: 0, maxVersion: 1, flexibleMinVersion: 0, read: readListTransactionsResponse, write: writeListTransactionsResponse, create: defaultListTransactionsResponse },
  } as ApiDefinition<ListTransactionsRequest, ListTransactionsResponse>,
  ALLOCATE_PRODUCER_IDS: {
    apiKey: 67,
    name: 'AllocateProducerIds',
    minVersion: 0,
    maxVersion: 0,
    flexibleMinVersion: 0,
    deprecatedMaxVersion: -1,
    listeners: ['zkBroker', 'controller'],
    latestVersionUnstable: false,
    request: { name: 'AllocateProducerIdsRequest', minVersion: 0, maxVersion: 0, flexibleMinVersion: 0, read: readAllocateProducerIdsRequest, write: writeAllocateProducerIdsRequest, create: defaultAllocateProducerIdsRequest },
    response: { name: 'AllocateProducerIdsResponse', minVersion: 0, maxVersion: 0, flexibleMinVersion: 0, read: readAllocateProducerIdsResponse, write: writeAllocateProducerIdsResponse, create: defaultAllocateProducerIdsResponse },
  } as ApiDefinition<AllocateProducerIdsRequest, AllocateProducerIdsResponse>,
  CONSUMER_GROUP_HEARTBEAT: {
    apiKey: 68,
    name: 'ConsumerGroupHeartbeat',
    minVersion: 0,
    maxVersion: 0,
    flexibleMinVersion: 0,
    deprecatedMaxVersion: -1,
    listeners: ['zkBroker', 'broker'],
    latestVersionUnstable: false,
    request: { name: 'ConsumerGroupHeartbeatRequest', minVersion: 0, maxVersion: 0, flexibleMinVersion: 0, read: readConsumerGroupHeartbeatRequest, write: writeConsumerGroupHeartbeatRequest, create: defaultConsumerGroupHeartbeatRequest },
    response: { name: 'ConsumerGroupHeartbeatResponse', minVersion: 0, maxVersion: 0, flexibleMinVersion: 0, read: readConsumerGroupHeartbeatResponse, write: writeConsumerGroupHeartbeatResponse, create: defaultConsumerGroupHeartbeatResponse },
  } as ApiDefinition<ConsumerGroupHeartbeatRequest, ConsumerGroupHeartbeatResponse>,
  CONSUMER_GROUP_DESCRIBE: {
    apiKey: 69,
    name: 'ConsumerGroupDescribe',
    minVersion: 0,
    maxVersion: 0,
    flexibleMinVersion: 0,
    deprecatedMaxVersion: -1,
    listeners: ['zkBroker', 'broker'],
    latestVersionUnstable: false,
    request: { name: 'ConsumerGroupDescribeRequest', minVersion: 0, maxVersion: 0, flexibleMinVersion: 0, read: readConsumerGroupDescribeRequest, write: writeConsumerGroupDescribeRequest, create: defaultConsumerGroupDescribeRequest },
    response: { name: 'ConsumerGroupDescribeResponse', minVersion: 0, maxVersion: 0, flexibleMinVersion: 0, read: readConsumerGroupDescribeResponse, write: writeConsumerGroupDescribeResponse, create: defaultConsumerGroupDescribeResponse },
  } as ApiDefinition<ConsumerGroupDescribeRequest, ConsumerGroupDescribeResponse>,
  CONTROLLER_REGISTRATION: {
    apiKey: 70,
    name: 'ControllerRegistration',
    minVersion: 0,
    maxVersion: 0,
    flexibleMinVersion: 0,
    deprecatedMaxVersion: -1,
    listeners: ['controller'],
    latestVersionUnstable: false,
    request: { name: 'ControllerRegistrationRequest', minVersion: 0, maxVersion: 0, flexibleMinVersion: 0, read: readControllerRegistrationRequest, write: writeControllerRegistrationRequest, create: defaultControllerRegistrationRequest },
    response: { name: 'ControllerRegistrationResponse', minVersion: 0, maxVersion: 0, flexibleMinVersion: 0, read: readControllerRegistrationResponse, write: writeControllerRegistrationResponse, create: defaultControllerRegistrationResponse },
  } as ApiDefinition<ControllerRegistrationRequest, ControllerRegistrationResponse>,
  GET_TELEMETRY_SUBSCRIPTIONS: {
    apiKey: 71,
    name: 'GetTelemetrySubscriptions',
    minVersion: 0,
    maxVersion: 0,
    flexibleMinVersion: 0,
    deprecatedMaxVersion: -1,
    listeners: ['broker'],
    latestVersionUnstable: false,
    request: { name: 'GetTelemetrySubscriptionsRequest', minVersion: 0, maxVersion: 0, flexibleMinVersion: 0, read: readGetTelemetrySubscriptionsRequest, write: writeGetTelemetrySubscriptionsRequest, create: defaultGetTelemetrySubscriptionsRequest },
    response: { name: 'GetTelemetrySubscriptionsResponse', minVersion: 0, maxVersion: 0, flexibleMinVersion: 0, read: readGetTelemetrySubscriptionsResponse, write: writeGetTelemetrySubscriptionsResponse, create: defaultGetTelemetrySubscriptionsResponse },
  } as ApiDefinition<GetTelemetrySubscriptionsRequest, GetTelemetrySubscriptionsResponse>,
  PUSH_TELEMETRY: {
    apiKey: 72,
    name: 'PushTelemetry',
    minVersion: 0,
    maxVersion: 0,
    flexibleMinVersion: 0,
    deprecatedMaxVersion: -1,
    listeners: ['broker'],
    latestVersionUnstable: false,
    request: { name: 'PushTelemetryRequest', minVersion: 0, maxVersion: 0, flexibleMinVersion: 0, read: readPushTelemetryRequest, write: writePushTelemetryRequest, create: defaultPushTelemetryRequest },
    response: { name: 'PushTelemetryResponse', minVersion: 0, maxVersion: 0, flexibleMinVersion: 0, read: readPushTelemetryResponse, write: writePushTelemetryResponse, create: defaultPushTelemetryResponse },
  } as ApiDefinition<PushTelemetryRequest, PushTelemetryResponse>,
  ASSIGN_REPLICAS_TO_DIRS: {
    apiKey: 73,
    name: 'AssignReplicasToDirs',
    minVersion: 0,
    maxVersion: 0,
    flexibleMinVersion: 0,
    deprecatedMaxVersion: -1,
    listeners: ['controller'],
    latestVersionUnstable: false,
    request: { name: 'AssignReplicasToDirsRequest', minVersion: 0, maxVersion: 0, flexibleMinVersion: 0, read: readAssignReplicasToDirsRequest, write: writeAssignReplicasToDirsRequest, create: defaultAssignReplicasToDirsRequest },
    response: { name: 'AssignReplicasToDirsResponse', minVersion: 0, maxVersion: 0, flexibleMinVersion: 0, read: readAssignReplicasToDirsResponse, write: writeAssignReplicasToDirsResponse, create: defaultAssignReplicasToDirsResponse },
  } as ApiDefinition<AssignReplicasToDirsRequest, AssignReplicasToDirsResponse>,
  LIST_CLIENT_METRICS_RESOURCES: {
    apiKey: 74,
    name: 'ListClientMetricsResources',
    minVersion: 0,
    maxVersion: 0,
    flexibleMinVersion: 0,
    deprecatedMaxVersion: -1,
    listeners: ['broker'],
    latestVersionUnstable: false,
    request: { name: 'ListClientMetricsResourcesRequest', minVersion: 0, maxVersion: 0, flexibleMinVersion: 0, read: readListClientMetricsResourcesRequest, write: writeListClientMetricsResourcesRequest, create: defaultListClientMetricsResourcesRequest },
    response: { name: 'ListClientMetricsResourcesResponse', minVersion: 0, maxVersion: 0, flexibleMinVersion: 0, read: readListClientMetricsResourcesResponse, write: writeListClientMetricsResourcesResponse, create: defaultListClientMetricsResourcesResponse },
  } as ApiDefinition<ListClientMetricsResourcesRequest, ListClientMetricsResourcesResponse>,
  DESCRIBE_TOPIC_PARTITIONS: {
    apiKey: 75,
    name: 'DescribeTopicPartitions',
    minVersion: 0,
    maxVersion: 0,
    flexibleMinVersion: 0,
    deprecatedMaxVersion: -1,
    listeners: ['broker'],
    latestVersionUnstable: false,
    request: { name: 'DescribeTopicPartitionsRequest', minVersion: 0, maxVersion: 0, flexibleMinVersion: 0, read: readDescribeTopicPartitionsRequest, write: writeDescribeTopicPartitionsRequest, create: defaultDescribeTopicPartitionsRequest },
    response: { name: 'DescribeTopicPartitionsResponse', minVersion: 0, maxVersion: 0, flexibleMinVersion: 0, read: readDescribeTopicPartitionsResponse, write: writeDescribeTopicPartitionsResponse, create: defaultDescribeTopicPartitionsResponse },
  } as ApiDefinition<DescribeTopicPartitionsRequest, DescribeTopicPartitionsResponse>,
  SHARE_GROUP_HEARTBEAT: {
    apiKey: 76,
    name: 'ShareGroupHeartbeat',
    minVersion: 0,
    maxVersion: 0,
    flexibleMinVersion: 0,
    deprecatedMaxVersion: -1,
    listeners: ['broker'],
    latestVersionUnstable: true,
    request: { name: 'ShareGroupHeartbeatRequest', minVersion: 0, maxVersion: 0, flexibleMinVersion: 0, read: readShareGroupHeartbeatRequest, write: writeShareGroupHeartbeatRequest, create: defaultShareGroupHeartbeatRequest },
    response: { name: 'ShareGroupHeartbeatResponse', minVersion: 0, maxVersion: 0, flexibleMinVersion: 0, read: readShareGroupHeartbeatResponse, write: writeShareGroupHeartbeatResponse, create: defaultShareGroupHeartbeatResponse },
  } as ApiDefinition<ShareGroupHeartbeatRequest, ShareGroupHeartbeatResponse>,
  SHARE_GROUP_DESCRIBE: {
    apiKey: 77,
    name: 'ShareGroupDescribe',
    minVersion: 0,
    maxVersion: 0,
    flexibleMinVersion: 0,
    deprecatedMaxVersion: -1,
    listeners: ['broker'],
    latestVersionUnstable: true,
    request: { name: 'ShareGroupDescribeRequest', minVersion: 0, maxVersion: 0, flexibleMinVersion: 0, read: readShareGroupDescribeRequest, write: writeShareGroupDescribeRequest, create: defaultShareGroupDescribeRequest },
    response: { name: 'ShareGroupDescribeResponse', minVersion: 0, maxVersion: 0, flexibleMinVersion: 0, read: readShareGroupDescribeResponse, write: writeShareGroupDescribeResponse, create: defaultShareGroupDescribeResponse },
  } as ApiDefinition<ShareGroupDescribeRequest, ShareGroupDescribeResponse>,
  SHARE_FETCH: {
    apiKey: 78,
    name: 'ShareFetch',
    minVersion: 0,
    maxVersion: 0,
    flexibleMinVersion: 0,
    deprecatedMaxVersion: -1,
    listeners: ['broker'],
    latestVersionUnstable: true,
    request: { name: 'ShareFetchRequest', minVersion: 0, maxVersion: 0, flexibleMinVersion: 0, read: readShareFetchRequest, write: writeShareFetchRequest, create: defaultShareFetchRequest },
    response: { name: 'ShareFetchResponse', minVersion: 0, maxVersion: 0, flexibleMinVersion: 0, read: readShareFetchResponse, write: writeShareFetchResponse, create: defaultShareFetchResponse },
  } as ApiDefinition<ShareFetchRequest, ShareFetchResponse>,
  SHARE_ACKNOWLEDGE: {
    apiKey: 79,
    name: 'ShareAcknowledge',
    minVersion: 0,
    maxVersion: 0,
    flexibleMinVersion: 0,
    deprecatedMaxVersion: -1,
    listeners: ['broker'],
    latestVersionUnstable: true,
    request: { name: 'ShareAcknowledgeRequest', minVersion: 0, maxVersion: 0, flexibleMinVersion: 0, read: readShareAcknowledgeRequest, write: writeShareAcknowledgeRequest, create: defaultShareAcknowledgeRequest },
    response: { name: 'ShareAcknowledgeResponse', minVersion: 0, maxVersion: 0, flexibleMinVersion: 0, read: readShareAcknowledgeResponse, write: writeShareAcknowledgeResponse, create: defaultShareAcknowledgeResponse },
  } as ApiDefinition<ShareAcknowledgeRequest, ShareAcknowledgeResponse>,
  ADD_RAFT_VOTER: {
    apiKey: 80,
    name: 'AddRaftVoter',
    minVersion: 0,
    maxVersion: 0,
    flexibleMinVersion: 0,
    deprecatedMaxVersion: -1,
    listeners: ['controller', 'broker'],
    latestVersionUnstable: false,
    request: { name: 'AddRaftVoterRequest', minVersion: 0, maxVersion: 0, flexibleMinVersion: 0, read: readAddRaftVoterRequest, write: writeAddRaftVoterRequest, create: defaultAddRaftVoterRequest },
    response: { name: 'AddRaftVoterResponse', minVersion: 0, maxVersion: 0, flexibleMinVersion: 0, read: readAddRaftVoterResponse, write: writeAddRaftVoterResponse, create: defaultAddRaftVoterResponse },
  } as ApiDefinition<AddRaftVoterRequest, AddRaftVoterResponse>,
  REMOVE_RAFT_VOTER: {
    apiKey: 81,
    name: 'RemoveRaftVoter',
    minVersion: 0,
    maxVersion: 0,
    flexibleMinVersion: 0,
    deprecatedMaxVersion: -1,
    listeners: ['controller', 'broker'],
    latestVersionUnstable: false,
    request: { name: 'RemoveRaftVoterRequest', minVersion: 0, maxVersion: 0, flexibleMinVersion: 0, read: readRemoveRaftVoterRequest, write: writeRemoveRaftVoterRequest, create: defaultRemoveRaftVoterRequest },
    response: { name: 'RemoveRaftVoterResponse', minVersion: 0, maxVersion: 0, flexibleMinVersion: 0, read: readRemoveRaftVoterResponse, write: writeRemoveRaftVoterResponse, create: defaultRemoveRaftVoterResponse },
  } as ApiDefinition<RemoveRaftVoterRequest, RemoveRaftVoterResponse>,
  UPDATE_RAFT_VOTER: {
    apiKey: 82,
    name: 'UpdateRaftVoter',
    minVersion: 0,
    maxVersion: 0,
    flexibleMinVersion: 0,
    deprecatedMaxVersion: -1,
    listeners: ['controller'],
    latestVersionUnstable: false,
    request: { name: 'UpdateRaftVoterRequest', minVersion: 0, maxVersion: 0, flexibleMinVersion: 0, read: readUpdateRaftVoterRequest, write: writeUpdateRaftVoterRequest, create: defaultUpdateRaftVoterRequest },
    response: { name: 'UpdateRaftVoterResponse', minVersion: 0, maxVersion: 0, flexibleMinVersion: 0, read: readUpdateRaftVoterResponse, write: writeUpdateRaftVoterResponse, create: defaultUpdateRaftVoterResponse },
  } as ApiDefinition<UpdateRaftVoterRequest, UpdateRaftVoterResponse>,
  INITIALIZE_SHARE_GROUP_STATE: {
    apiKey: 83,
    name: 'InitializeShareGroupState',
    minVersion: 0,
    maxVersion: 0,
    flexibleMinVersion: 0,
    deprecatedMaxVersion: -1,
    listeners: ['broker'],
    latestVersionUnstable: true,
    request: { name: 'InitializeShareGroupStateRequest', minVersion: 0, maxVersion: 0, flexibleMinVersion: 0, read: readInitializeShareGroupStateRequest, write: writeInitializeShareGroupStateRequest, create: defaultInitializeShareGroupStateRequest },
    response: { name: 'InitializeShareGroupStateResponse', minVersion: 0, maxVersion: 0, flexibleMinVersion: 0, read: readInitializeShareGroupStateResponse, write: writeInitializeShareGroupStateResponse, create: defaultInitializeShareGroupStateResponse },
  } as ApiDefinition<InitializeShareGroupStateRequest, InitializeShareGroupStateResponse>,
  READ_SHARE_GROUP_STATE: {
    apiKey: 84,
    name: 'ReadShareGroupState',
    minVersion: 0,
    maxVersion: 0,
    flexibleMinVersion: 0,
    deprecatedMaxVersion: -1,
    listeners: ['broker'],
    latestVersionUnstable: true,
    request: { name: 'ReadShareGroupStateRequest', minVersion: 0, maxVersion: 0, flexibleMinVersion: 0, read: readReadShareGroupStateRequest, write: writeReadShareGroupStateRequest, create: defaultReadShareGroupStateRequest },
    response: { name: 'ReadShareGroupStateResponse', minVersion: 0, maxVersion: 0, flexibleMinVersion: 0, read: readReadShareGroupStateResponse, write: writeReadShareGroupStateResponse, create: defaultReadShareGroupStateResponse },
  } as ApiDefinition<ReadShareGroupStateRequest, ReadShareGroupStateResponse>,
  WRITE_SHARE_GROUP_STATE: {
    apiKey: 85,
    name: 'WriteShareGroupState',
    minVersion: 0,
    maxVersion: 0,
    flexibleMinVersion: 0,
    deprecatedMaxVersion: -1,
    listeners: ['broker'],
    latestVersionUnstable: true,
    request: { name: 'WriteShareGroupStateRequest', minVersion: 0, maxVersion: 0, flexibleMinVersion: 0, read: readWriteShareGroupStateRequest, write: writeWriteShareGroupStateRequest, create: defaultWriteShareGroupStateRequest },
    response: { name: 'WriteShareGroupStateResponse', minVersion: 0, maxVersion: 0, flexibleMinVersion: 0, read: readWriteShareGroupStateResponse, write: writeWriteShareGroupStateResponse, create: defaultWriteShareGroupStateResponse },
  } as ApiDefinition<WriteShareGroupStateRequest, WriteShareGroupStateResponse>,
  DELETE_SHARE_GROUP_STATE: {
    apiKey: 86,
    name: 'DeleteShareGroupState',
    minVersion: 0,
    maxVersion: 0,
    flexibleMinVersion: 0,
    deprecatedMaxVersion: -1,
    listeners: ['broker'],
    latestVersionUnstable: true,
    request: { name: 'DeleteShareGroupStateRequest', minVersion: 0, maxVersion: 0, flexibleMinVersion: 0, read: readDeleteShareGroupStateRequest, write: writeDeleteShareGroupStateRequest, create: defaultDeleteShareGroupStateRequest },
    response: { name: 'DeleteShareGroupStateResponse', minVersion: 0, maxVersion: 0, flexibleMinVersion: 0, read: readDeleteShareGroupStateResponse, write: writeDeleteShareGroupStateResponse, create: defaultDeleteShareGroupStateResponse },
  } as ApiDefinition<DeleteShareGroupStateRequest, DeleteShareGroupStateResponse>,
  READ_SHARE_GROUP_STATE_SUMMARY: {
    apiKey: 87,
    name: 'ReadShareGroupStateSummary',
    minVersion: 0,
    maxVersion: 0,
    flexibleMinVersion: 0,
    deprecatedMaxVersion: -1,
    listeners: ['broker'],
    latestVersionUnstable: true,
    request: { name: 'ReadShareGroupStateSummaryRequest', minVersion: 0, maxVersion: 0, flexibleMinVersion: 0, read: readReadShareGroupStateSummaryRequest, write: writeReadShareGroupStateSummaryRequest, create: defaultReadShareGroupStateSummaryRequest },
    response: { name: 'ReadShareGroupStateSummaryResponse', minVersion: 0, maxVersion: 0, flexibleMinVersion: 0, read: readReadShareGroupStateSummaryResponse, write: writeReadShareGroupStateSummaryResponse, create: defaultReadShareGroupStateSummaryResponse },
  } as ApiDefinition<ReadShareGroupStateSummaryRequest, ReadShareGroupStateSummaryResponse>,
} as const

/** Every API by key. */
export const apiByKey: ReadonlyMap<number, ApiDefinition> = new Map(
  Object.values(apis).map((api) => [api.apiKey, api as ApiDefinition]),
)

export const requestHeader: MessageCodec<RequestHeader> = { name: 'RequestHeader', minVersion: 0, maxVersion: 2, flexibleMinVersion: 2, read: readRequestHeader, write: writeRequestHeader, create: defaultRequestHeader }
export const responseHeader: MessageCodec<ResponseHeader> = { name: 'ResponseHeader', minVersion: 0, maxVersion: 1, flexibleMinVersion: 1, read: readResponseHeader, write: writeResponseHeader, create: defaultResponseHeader }

/** KRaft metadata record codecs by record type (the spec's apiKey). */
export const metadataRecordTypes: ReadonlyMap<number, MessageCodec<unknown>> = new Map<number, MessageCodec<unknown>>([
  [0, { name: 'RegisterBrokerRecord', minVersion: 0, maxVersion: 3, flexibleMinVersion: 0, read: readRegisterBrokerRecord, write: writeRegisterBrokerRecord, create: defaultRegisterBrokerRecord } as MessageCodec<unknown>],
  [1, { name: 'UnregisterBrokerRecord', minVersion: 0, maxVersion: 0, flexibleMinVersion: 0, read: readUnregisterBrokerRecord, write: writeUnregisterBrokerRecord, create: defaultUnregisterBrokerRecord } as MessageCodec<unknown>],
  [2, { name: 'TopicRecord', minVersion: 0, maxVersion: 0, flexibleMinVersion: 0, read: readTopicRecord, write: writeTopicRecord, create: defaultTopicRecord } as MessageCodec<unknown>],
  [3, { name: 'PartitionRecord', minVersion: 0, maxVersion: 2, flexibleMinVersion: 0, read: readPartitionRecord, write: writePartitionRecord, create: defaultPartitionRecord } as MessageCodec<unknown>],
  [4, { name: 'ConfigRecord', minVersion: 0, maxVersion: 0, flexibleMinVersion: 0, read: readConfigRecord, write: writeConfigRecord, create: defaultConfigRecord } as MessageCodec<unknown>],
  [5, { name: 'PartitionChangeRecord', minVersion: 0, maxVersion: 2, flexibleMinVersion: 0, read: readPartitionChangeRecord, write: writePartitionChangeRecord, create: defaultPartitionChangeRecord } as MessageCodec<unknown>],
  [7, { name: 'FenceBrokerRecord', minVersion: 0, maxVersion: 0, flexibleMinVersion: 0, read: readFenceBrokerRecord, write: writeFenceBrokerRecord, create: defaultFenceBrokerRecord } as MessageCodec<unknown>],
  [8, { name: 'UnfenceBrokerRecord', minVersion: 0, maxVersion: 0, flexibleMinVersion: 0, read: readUnfenceBrokerRecord, write: writeUnfenceBrokerRecord, create: defaultUnfenceBrokerRecord } as MessageCodec<unknown>],
  [9, { name: 'RemoveTopicRecord', minVersion: 0, maxVersion: 0, flexibleMinVersion: 0, read: readRemoveTopicRecord, write: writeRemoveTopicRecord, create: defaultRemoveTopicRecord } as MessageCodec<unknown>],
  [10, { name: 'DelegationTokenRecord', minVersion: 0, maxVersion: 0, flexibleMinVersion: 0, read: readDelegationTokenRecord, write: writeDelegationTokenRecord, create: defaultDelegationTokenRecord } as MessageCodec<unknown>],
  [11, { name: 'UserScramCredentialRecord', minVersion: 0, maxVersion: 0, flexibleMinVersion: 0, read: readUserScramCredentialRecord, write: writeUserScramCredentialRecord, create: defaultUserScramCredentialRecord } as MessageCodec<unknown>],
  [12, { name: 'FeatureLevelRecord', minVersion: 0, maxVersion: 0, flexibleMinVersion: 0, read: readFeatureLevelRecord, write: writeFeatureLevelRecord, create: defaultFeatureLevelRecord } as MessageCodec<unknown>],
  [14, { name: 'ClientQuotaRecord', minVersion: 0, maxVersion: 0, flexibleMinVersion: 0, read: readClientQuotaRecord, write: writeClientQuotaRecord, create: defaultClientQuotaRecord } as MessageCodec<unknown>],
  [15, { name: 'ProducerIdsRecord', minVersion: 0, maxVersion: 0, flexibleMinVersion: 0, read: readProducerIdsRecord, write: writeProducerIdsRecord, create: defaultProducerIdsRecord } as MessageCodec<unknown>],
  [17, { name: 'BrokerRegistrationChangeRecord', minVersion: 0, maxVersion: 2, flexibleMinVersion: 0, read: readBrokerRegistrationChangeRecord, write: writeBrokerRegistrationChangeRecord, create: defaultBrokerRegistrationChangeRecord } as MessageCodec<unknown>],
  [18, { name: 'AccessControlEntryRecord', minVersion: 0, maxVersion: 0, flexibleMinVersion: 0, read: readAccessControlEntryRecord, write: writeAccessControlEntryRecord, create: defaultAccessControlEntryRecord } as MessageCodec<unknown>],
  [19, { name: 'RemoveAccessControlEntryRecord', minVersion: 0, maxVersion: 0, flexibleMinVersion: 0, read: readRemoveAccessControlEntryRecord, write: writeRemoveAccessControlEntryRecord, create: defaultRemoveAccessControlEntryRecord } as MessageCodec<unknown>],
  [20, { name: 'NoOpRecord', minVersion: 0, maxVersion: 0, flexibleMinVersion: 0, read: readNoOpRecord, write: writeNoOpRecord, create: defaultNoOpRecord } as MessageCodec<unknown>],
  [21, { name: 'ZkMigrationStateRecord', minVersion: 0, maxVersion: 0, flexibleMinVersion: 0, read: readZkMigrationStateRecord, write: writeZkMigrationStateRecord, create: defaultZkMigrationStateRecord } as MessageCodec<unknown>],
  [22, { name: 'RemoveUserScramCredentialRecord', minVersion: 0, maxVersion: 0, flexibleMinVersion: 0, read: readRemoveUserScramCredentialRecord, write: writeRemoveUserScramCredentialRecord, create: defaultRemoveUserScramCredentialRecord } as MessageCodec<unknown>],
  [23, { name: 'BeginTransactionRecord', minVersion: 0, maxVersion: 0, flexibleMinVersion: 0, read: readBeginTransactionRecord, write: writeBeginTransactionRecord, create: defaultBeginTransactionRecord } as MessageCodec<unknown>],
  [24, { name: 'EndTransactionRecord', minVersion: 0, maxVersion: 0, flexibleMinVersion: 0, read: readEndTransactionRecord, write: writeEndTransactionRecord, create: defaultEndTransactionRecord } as MessageCodec<unknown>],
  [25, { name: 'AbortTransactionRecord', minVersion: 0, maxVersion: 0, flexibleMinVersion: 0, read: readAbortTransactionRecord, write: writeAbortTransactionRecord, create: defaultAbortTransactionRecord } as MessageCodec<unknown>],
  [26, { name: 'RemoveDelegationTokenRecord', minVersion: 0, maxVersion: 0, flexibleMinVersion: 0, read: readRemoveDelegationTokenRecord, write: writeRemoveDelegationTokenRecord, create: defaultRemoveDelegationTokenRecord } as MessageCodec<unknown>],
  [27, { name: 'RegisterControllerRecord', minVersion: 0, maxVersion: 0, flexibleMinVersion: 0, read: readRegisterControllerRecord, write: writeRegisterControllerRecord, create: defaultRegisterControllerRecord } as MessageCodec<unknown>],
])

/** The same metadata record codecs, typed, by name. */
export const metadataRecords = {
  RegisterBrokerRecord: { ...{ name: 'RegisterBrokerRecord', minVersion: 0, maxVersion: 3, flexibleMinVersion: 0, read: readRegisterBrokerRecord, write: writeRegisterBrokerRecord, create: defaultRegisterBrokerRecord }, apiKey: 0 } as MessageCodec<RegisterBrokerRecord> & { readonly apiKey: 0 },
  UnregisterBrokerRecord: { ...{ name: 'UnregisterBrokerRecord', minVersion: 0, maxVersion: 0, flexibleMinVersion: 0, read: readUnregisterBrokerRecord, write: writeUnregisterBrokerRecord, create: defaultUnregisterBrokerRecord }, apiKey: 1 } as MessageCodec<UnregisterBrokerRecord> & { readonly apiKey: 1 },
  TopicRecord: { ...{ name: 'TopicRecord', minVersion: 0, maxVersion: 0, flexibleMinVersion: 0, read: readTopicRecord, write: writeTopicRecord, create: defaultTopicRecord }, apiKey: 2 } as MessageCodec<TopicRecord> & { readonly apiKey: 2 },
  PartitionRecord: { ...{ name: 'PartitionRecord', minVersion: 0, maxVersion: 2, flexibleMinVersion: 0, read: readPartitionRecord, write: writePartitionRecord, create: defaultPartitionRecord }, apiKey: 3 } as MessageCodec<PartitionRecord> & { readonly apiKey: 3 },
  ConfigRecord: { ...{ name: 'ConfigRecord', minVersion: 0, maxVersion: 0, flexibleMinVersion: 0, read: readConfigRecord, write: writeConfigRecord, create: defaultConfigRecord }, apiKey: 4 } as MessageCodec<ConfigRecord> & { readonly apiKey: 4 },
  PartitionChangeRecord: { ...{ name: 'PartitionChangeRecord', minVersion: 0, maxVersion: 2, flexibleMinVersion: 0, read: readPartitionChangeRecord, write: writePartitionChangeRecord, create: defaultPartitionChangeRecord }, apiKey: 5 } as MessageCodec<PartitionChangeRecord> & { readonly apiKey: 5 },
  FenceBrokerRecord: { ...{ name: 'FenceBrokerRecord', minVersion: 0, maxVersion: 0, flexibleMinVersion: 0, read: readFenceBrokerRecord, write: writeFenceBrokerRecord, create: defaultFenceBrokerRecord }, apiKey: 7 } as MessageCodec<FenceBrokerRecord> & { readonly apiKey: 7 },
  UnfenceBrokerRecord: { ...{ name: 'UnfenceBrokerRecord', minVersion: 0, maxVersion: 0, flexibleMinVersion: 0, read: readUnfenceBrokerRecord, write: writeUnfenceBrokerRecord, create: defaultUnfenceBrokerRecord }, apiKey: 8 } as MessageCodec<UnfenceBrokerRecord> & { readonly apiKey: 8 },
  RemoveTopicRecord: { ...{ name: 'RemoveTopicRecord', minVersion: 0, maxVersion: 0, flexibleMinVersion: 0, read: readRemoveTopicRecord, write: writeRemoveTopicRecord, create: defaultRemoveTopicRecord }, apiKey: 9 } as MessageCodec<RemoveTopicRecord> & { readonly apiKey: 9 },
  DelegationTokenRecord: { ...{ name: 'DelegationTokenRecord', minVersion: 0, maxVersion: 0, flexibleMinVersion: 0, read: readDelegationTokenRecord, write: writeDelegationTokenRecord, create: defaultDelegationTokenRecord }, apiKey: 10 } as MessageCodec<DelegationTokenRecord> & { readonly apiKey: 10 },
  UserScramCredentialRecord: { ...{ name: 'UserScramCredentialRecord', minVersion: 0, maxVersion: 0, flexibleMinVersion: 0, read: readUserScramCredentialRecord, write: writeUserScramCredentialRecord, create: defaultUserScramCredentialRecord }, apiKey: 11 } as MessageCodec<UserScramCredentialRecord> & { readonly apiKey: 11 },
  FeatureLevelRecord: { ...{ name: 'FeatureLevelRecord', minVersion: 0, maxVersion: 0, flexibleMinVersion: 0, read: readFeatureLevelRecord, write: writeFeatureLevelRecord, create: defaultFeatureLevelRecord }, apiKey: 12 } as MessageCodec<FeatureLevelRecord> & { readonly apiKey: 12 },
  ClientQuotaRecord: { ...{ name: 'ClientQuotaRecord', minVersion: 0, maxVersion: 0, flexibleMinVersion: 0, read: readClientQuotaRecord, write: writeClientQuotaRecord, create: defaultClientQuotaRecord }, apiKey: 14 } as MessageCodec<ClientQuotaRecord> & { readonly apiKey: 14 },
  ProducerIdsRecord: { ...{ name: 'ProducerIdsRecord', minVersion: 0, maxVersion: 0, flexibleMinVersion: 0, read: readProducerIdsRecord, write: writeProducerIdsRecord, create: defaultProducerIdsRecord }, apiKey: 15 } as MessageCodec<ProducerIdsRecord> & { readonly apiKey: 15 },
  BrokerRegistrationChangeRecord: { ...{ name: 'BrokerRegistrationChangeRecord', minVersion: 0, maxVersion: 2, flexibleMinVersion: 0, read: readBrokerRegistrationChangeRecord, write: writeBrokerRegistrationChangeRecord, create: defaultBrokerRegistrationChangeRecord }, apiKey: 17 } as MessageCodec<BrokerRegistrationChangeRecord> & { readonly apiKey: 17 },
  AccessControlEntryRecord: { ...{ name: 'AccessControlEntryRecord', minVersion: 0, maxVersion: 0, flexibleMinVersion: 0, read: readAccessControlEntryRecord, write: writeAccessControlEntryRecord, create: defaultAccessControlEntryRecord }, apiKey: 18 } as MessageCodec<AccessControlEntryRecord> & { readonly apiKey: 18 },
  RemoveAccessControlEntryRecord: { ...{ name: 'RemoveAccessControlEntryRecord', minVersion: 0, maxVersion: 0, flexibleMinVersion: 0, read: readRemoveAccessControlEntryRecord, write: writeRemoveAccessControlEntryRecord, create: defaultRemoveAccessControlEntryRecord }, apiKey: 19 } as MessageCodec<RemoveAccessControlEntryRecord> & { readonly apiKey: 19 },
  NoOpRecord: { ...{ name: 'NoOpRecord', minVersion: 0, maxVersion: 0, flexibleMinVersion: 0, read: readNoOpRecord, write: writeNoOpRecord, create: defaultNoOpRecord }, apiKey: 20 } as MessageCodec<NoOpRecord> & { readonly apiKey: 20 },
  ZkMigrationStateRecord: { ...{ name: 'ZkMigrationStateRecord', minVersion: 0, maxVersion: 0, flexibleMinVersion: 0, read: readZkMigrationStateRecord, write: writeZkMigrationStateRecord, create: defaultZkMigrationStateRecord }, apiKey: 21 } as MessageCodec<ZkMigrationStateRecord> & { readonly apiKey: 21 },
  RemoveUserScramCredentialRecord: { ...{ name: 'RemoveUserScramCredentialRecord', minVersion: 0, maxVersion: 0, flexibleMinVersion: 0, read: readRemoveUserScramCredentialRecord, write: writeRemoveUserScramCredentialRecord, create: defaultRemoveUserScramCredentialRecord }, apiKey: 22 } as MessageCodec<RemoveUserScramCredentialRecord> & { readonly apiKey: 22 },
  BeginTransactionRecord: { ...{ name: 'BeginTransactionRecord', minVersion: 0, maxVersion: 0, flexibleMinVersion: 0, read: readBeginTransactionRecord, write: writeBeginTransactionRecord, create: defaultBeginTransactionRecord }, apiKey: 23 } as MessageCodec<BeginTransactionRecord> & { readonly apiKey: 23 },
  EndTransactionRecord: { ...{ name: 'EndTransactionRecord', minVersion: 0, maxVersion: 0, flexibleMinVersion: 0, read: readEndTransactionRecord, write: writeEndTransactionRecord, create: defaultEndTransactionRecord }, apiKey: 24 } as MessageCodec<EndTransactionRecord> & { readonly apiKey: 24 },
  AbortTransactionRecord: { ...{ name: 'AbortTransactionRecord', minVersion: 0, maxVersion: 0, flexibleMinVersion: 0, read: readAbortTransactionRecord, write: writeAbortTransactionRecord, create: defaultAbortTransactionRecord }, apiKey: 25 } as MessageCodec<AbortTransactionRecord> & { readonly apiKey: 25 },
  RemoveDelegationTokenRecord: { ...{ name: 'RemoveDelegationTokenRecord', minVersion: 0, maxVersion: 0, flexibleMinVersion: 0, read: readRemoveDelegationTokenRecord, write: writeRemoveDelegationTokenRecord, create: defaultRemoveDelegationTokenRecord }, apiKey: 26 } as MessageCodec<RemoveDelegationTokenRecord> & { readonly apiKey: 26 },
  RegisterControllerRecord: { ...{ name: 'RegisterControllerRecord', minVersion: 0, maxVersion: 0, flexibleMinVersion: 0, read: readRegisterControllerRecord, write: writeRegisterControllerRecord, create: defaultRegisterControllerRecord }, apiKey: 27 } as MessageCodec<RegisterControllerRecord> & { readonly apiKey: 27 },
} as const

/** Data types that are not requests, responses or metadata records, by name. */
export const dataTypes = {
  ConsumerProtocolAssignment: { name: 'ConsumerProtocolAssignment', minVersion: 0, maxVersion: 3, flexibleMinVersion: Number.POSITIVE_INFINITY, read: readConsumerProtocolAssignment, write: writeConsumerProtocolAssignment, create: defaultConsumerProtocolAssignment } as MessageCodec<ConsumerProtocolAssignment>,
  ConsumerProtocolSubscription: { name: 'ConsumerProtocolSubscription', minVersion: 0, maxVersion: 3, flexibleMinVersion: Number.POSITIVE_INFINITY, read: readConsumerProtocolSubscription, write: writeConsumerProtocolSubscription, create: defaultConsumerProtocolSubscription } as MessageCodec<ConsumerProtocolSubscription>,
  DefaultPrincipalData: { name: 'DefaultPrincipalData', minVersion: 0, maxVersion: 0, flexibleMinVersion: 0, read: readDefaultPrincipalData, write: writeDefaultPrincipalData, create: defaultDefaultPrincipalData } as MessageCodec<DefaultPrincipalData>,
  KRaftVersionRecord: { name: 'KRaftVersionRecord', minVersion: 0, maxVersion: 0, flexibleMinVersion: 0, read: readKRaftVersionRecord, write: writeKRaftVersionRecord, create: defaultKRaftVersionRecord } as MessageCodec<KRaftVersionRecord>,
  LeaderChangeMessage: { name: 'LeaderChangeMessage', minVersion: 0, maxVersion: 1, flexibleMinVersion: 0, read: readLeaderChangeMessage, write: writeLeaderChangeMessage, create: defaultLeaderChangeMessage } as MessageCodec<LeaderChangeMessage>,
  SnapshotFooterRecord: { name: 'SnapshotFooterRecord', minVersion: 0, maxVersion: 0, flexibleMinVersion: 0, read: readSnapshotFooterRecord, write: writeSnapshotFooterRecord, create: defaultSnapshotFooterRecord } as MessageCodec<SnapshotFooterRecord>,
  SnapshotHeaderRecord: { name: 'SnapshotHeaderRecord', minVersion: 0, maxVersion: 0, flexibleMinVersion: 0, read: readSnapshotHeaderRecord, write: writeSnapshotHeaderRecord, create: defaultSnapshotHeaderRecord } as MessageCodec<SnapshotHeaderRecord>,
  VotersRecord: { name: 'VotersRecord', minVersion: 0, maxVersion: 0, flexibleMinVersion: 0, read: readVotersRecord, write: writeVotersRecord, create: defaultVotersRecord } as MessageCodec<VotersRecord>,
  QuorumStateData: { name: 'QuorumStateData', minVersion: 0, maxVersion: 1, flexibleMinVersion: 0, read: readQuorumStateData, write: writeQuorumStateData, create: defaultQuorumStateData } as MessageCodec<QuorumStateData>,
  ConsumerGroupCurrentMemberAssignmentKey: { name: 'ConsumerGroupCurrentMemberAssignmentKey', minVersion: 8, maxVersion: 8, flexibleMinVersion: Number.POSITIVE_INFINITY, read: readConsumerGroupCurrentMemberAssignmentKey, write: writeConsumerGroupCurrentMemberAssignmentKey, create: defaultConsumerGroupCurrentMemberAssignmentKey } as MessageCodec<ConsumerGroupCurrentMemberAssignmentKey>,
  ConsumerGroupCurrentMemberAssignmentValue: { name: 'ConsumerGroupCurrentMemberAssignmentValue', minVersion: 0, maxVersion: 0, flexibleMinVersion: 0, read: readConsumerGroupCurrentMemberAssignmentValue, write: writeConsumerGroupCurrentMemberAssignmentValue, create: defaultConsumerGroupCurrentMemberAssignmentValue } as MessageCodec<ConsumerGroupCurrentMemberAssignmentValue>,
  ConsumerGroupMemberMetadataKey: { name: 'ConsumerGroupMemberMetadataKey', minVersion: 5, maxVersion: 5, flexibleMinVersion: Number.POSITIVE_INFINITY, read: readConsumerGroupMemberMetadataKey, write: writeConsumerGroupMemberMetadataKey, create: defaultConsumerGroupMemberMetadataKey } as MessageCodec<ConsumerGroupMemberMetadataKey>,
  ConsumerGroupMemberMetadataValue: { name: 'ConsumerGroupMemberMetadataValue', minVersion: 0, maxVersion: 0, flexibleMinVersion: 0, read: readConsumerGroupMemberMetadataValue, write: writeConsumerGroupMemberMetadataValue, create: defaultConsumerGroupMemberMetadataValue } as MessageCodec<ConsumerGroupMemberMetadataValue>,
  ConsumerGroupMetadataKey: { name: 'ConsumerGroupMetadataKey', minVersion: 3, maxVersion: 3, flexibleMinVersion: Number.POSITIVE_INFINITY, read: readConsumerGroupMetadataKey, write: writeConsumerGroupMetadataKey, create: defaultConsumerGroupMetadataKey } as MessageCodec<ConsumerGroupMetadataKey>,
  ConsumerGroupMetadataValue: { name: 'ConsumerGroupMetadataValue', minVersion: 0, maxVersion: 0, flexibleMinVersion: 0, read: readConsumerGroupMetadataValue, write: writeConsumerGroupMetadataValue, create: defaultConsumerGroupMetadataValue } as MessageCodec<ConsumerGroupMetadataValue>,
  ConsumerGroupPartitionMetadataKey: { name: 'ConsumerGroupPartitionMetadataKey', minVersion: 4, maxVersion: 4, flexibleMinVersion: Number.POSITIVE_INFINITY, read: readConsumerGroupPartitionMetadataKey, write: writeConsumerGroupPartitionMetadataKey, create: defaultConsumerGroupPartitionMetadataKey } as MessageCodec<ConsumerGroupPartitionMetadataKey>,
  ConsumerGroupPartitionMetadataValue: { name: 'ConsumerGroupPartitionMetadataValue', minVersion: 0, maxVersion: 0, flexibleMinVersion: 0, read: readConsumerGroupPartitionMetadataValue, write: writeConsumerGroupPartitionMetadataValue, create: defaultConsumerGroupPartitionMetadataValue } as MessageCodec<ConsumerGroupPartitionMetadataValue>,
  ConsumerGroupTargetAssignmentMemberKey: { name: 'ConsumerGroupTargetAssignmentMemberKey', minVersion: 7, maxVersion: 7, flexibleMinVersion: Number.POSITIVE_INFINITY, read: readConsumerGroupTargetAssignmentMemberKey, write: writeConsumerGroupTargetAssignmentMemberKey, create: defaultConsumerGroupTargetAssignmentMemberKey } as MessageCodec<ConsumerGroupTargetAssignmentMemberKey>,
  ConsumerGroupTargetAssignmentMemberValue: { name: 'ConsumerGroupTargetAssignmentMemberValue', minVersion: 0, maxVersion: 0, flexibleMinVersion: 0, read: readConsumerGroupTargetAssignmentMemberValue, write: writeConsumerGroupTargetAssignmentMemberValue, create: defaultConsumerGroupTargetAssignmentMemberValue } as MessageCodec<ConsumerGroupTargetAssignmentMemberValue>,
  ConsumerGroupTargetAssignmentMetadataKey: { name: 'ConsumerGroupTargetAssignmentMetadataKey', minVersion: 6, maxVersion: 6, flexibleMinVersion: Number.POSITIVE_INFINITY, read: readConsumerGroupTargetAssignmentMetadataKey, write: writeConsumerGroupTargetAssignmentMetadataKey, create: defaultConsumerGroupTargetAssignmentMetadataKey } as MessageCodec<ConsumerGroupTargetAssignmentMetadataKey>,
  ConsumerGroupTargetAssignmentMetadataValue: { name: 'ConsumerGroupTargetAssignmentMetadataValue', minVersion: 0, maxVersion: 0, flexibleMinVersion: 0, read: readConsumerGroupTargetAssignmentMetadataValue, write: writeConsumerGroupTargetAssignmentMetadataValue, create: defaultConsumerGroupTargetAssignmentMetadataValue } as MessageCodec<ConsumerGroupTargetAssignmentMetadataValue>,
  GroupMetadataKey: { name: 'GroupMetadataKey', minVersion: 2, maxVersion: 2, flexibleMinVersion: Number.POSITIVE_INFINITY, read: readGroupMetadataKey, write: writeGroupMetadataKey, create: defaultGroupMetadataKey } as MessageCodec<GroupMetadataKey>,
  GroupMetadataValue: { name: 'GroupMetadataValue', minVersion: 0, maxVersion: 4, flexibleMinVersion: 4, read: readGroupMetadataValue, write: writeGroupMetadataValue, create: defaultGroupMetadataValue } as MessageCodec<GroupMetadataValue>,
  OffsetCommitKey: { name: 'OffsetCommitKey', minVersion: 0, maxVersion: 1, flexibleMinVersion: Number.POSITIVE_INFINITY, read: readOffsetCommitKey, write: writeOffsetCommitKey, create: defaultOffsetCommitKey } as MessageCodec<OffsetCommitKey>,
  OffsetCommitValue: { name: 'OffsetCommitValue', minVersion: 0, maxVersion: 4, flexibleMinVersion: 4, read: readOffsetCommitValue, write: writeOffsetCommitValue, create: defaultOffsetCommitValue } as MessageCodec<OffsetCommitValue>,
  ShareGroupMemberMetadataKey: { name: 'ShareGroupMemberMetadataKey', minVersion: 10, maxVersion: 10, flexibleMinVersion: Number.POSITIVE_INFINITY, read: readShareGroupMemberMetadataKey, write: writeShareGroupMemberMetadataKey, create: defaultShareGroupMemberMetadataKey } as MessageCodec<ShareGroupMemberMetadataKey>,
  ShareGroupMemberMetadataValue: { name: 'ShareGroupMemberMetadataValue', minVersion: 0, maxVersion: 0, flexibleMinVersion: 0, read: readShareGroupMemberMetadataValue, write: writeShareGroupMemberMetadataValue, create: defaultShareGroupMemberMetadataValue } as MessageCodec<ShareGroupMemberMetadataValue>,
  ShareGroupMetadataKey: { name: 'ShareGroupMetadataKey', minVersion: 11, maxVersion: 11, flexibleMinVersion: Number.POSITIVE_INFINITY, read: readShareGroupMetadataKey, write: writeShareGroupMetadataKey, create: defaultShareGroupMetadataKey } as MessageCodec<ShareGroupMetadataKey>,
  ShareGroupMetadataValue: { name: 'ShareGroupMetadataValue', minVersion: 0, maxVersion: 0, flexibleMinVersion: 0, read: readShareGroupMetadataValue, write: writeShareGroupMetadataValue, create: defaultShareGroupMetadataValue } as MessageCodec<ShareGroupMetadataValue>,
  ShareGroupPartitionMetadataKey: { name: 'ShareGroupPartitionMetadataKey', minVersion: 9, maxVersion: 9, flexibleMinVersion: Number.POSITIVE_INFINITY, read: readShareGroupPartitionMetadataKey, write: writeShareGroupPartitionMetadataKey, create: defaultShareGroupPartitionMetadataKey } as MessageCodec<ShareGroupPartitionMetadataKey>,
  ShareGroupPartitionMetadataValue: { name: 'ShareGroupPartitionMetadataValue', minVersion: 0, maxVersion: 0, flexibleMinVersion: 0, read: readShareGroupPartitionMetadataValue, write: writeShareGroupPartitionMetadataValue, create: defaultShareGroupPartitionMetadataValue } as MessageCodec<ShareGroupPartitionMetadataValue>,
  TransactionLogKey: { name: 'TransactionLogKey', minVersion: 0, maxVersion: 0, flexibleMinVersion: Number.POSITIVE_INFINITY, read: readTransactionLogKey, write: writeTransactionLogKey, create: defaultTransactionLogKey } as MessageCodec<TransactionLogKey>,
  TransactionLogValue: { name: 'TransactionLogValue', minVersion: 0, maxVersion: 1, flexibleMinVersion: 1, read: readTransactionLogValue, write: writeTransactionLogValue, create: defaultTransactionLogValue } as MessageCodec<TransactionLogValue>,
} as const

/** Record types of the data files that carry one (coordinator record keys, raft control records). */
export const dataTypeApiKeys: Readonly<Record<string, number>> = {
}
