// DescribeQuorum v0-2 (KIP-595; v1 last fetch and caught-up timestamps, KIP-836; v2 directory ids,
// error messages and the voters' Nodes with their listeners, KIP-853), on the controller listener
// and on the broker listener (admin clients, kafka-metadata-quorum.sh), answered from the local
// raft driver: the leader describes the quorum; any other node answers NOT_LEADER_OR_FOLLOWER for
// the partition, as Kafka's raft client does. A request about anything but `__cluster_metadata`
// partition 0 gets UNKNOWN_TOPIC_OR_PARTITION for each partition it names. A node without a raft
// driver answers BROKER_NOT_AVAILABLE at the top level.
//
// Differences from Kafka: a Kafka broker forwards DescribeQuorum to the active controller; ours
// answers from its own driver (a broker-only node, an observer, answers NOT_LEADER_OR_FOLLOWER).
// Directory ids are all zeros; Nodes list the voters of `controller.quorum.voters` on the first
// of `controller.listener.names`.

import { ErrorCode } from '../../protocol/errors.js'
import { describeQuorumApi } from '../../protocol/generated/apis/describe-quorum.js'
import {
  describeQuorumErrorResponse,
  describeQuorumPartitionError,
  isMetadataPartitionRequest,
  RAFT_ACCEPT_VERSIONS,
  toWireDescribeQuorumResponse,
  type VoterEndpoint,
} from '../../raft/wire.js'
import type { Broker } from '../broker.js'
import { parseQuorumVoters } from '../controller-channel.js'
import { defineHandler } from '../handler.js'

const NODES_VERSION = 2

export const describeQuorumHandler = defineHandler(describeQuorumApi, {
  minVersion: RAFT_ACCEPT_VERSIONS.describeQuorum.min,
  maxVersion: RAFT_ACCEPT_VERSIONS.describeQuorum.max,
  handle(request, context, broker) {
    if (!isMetadataPartitionRequest(request))
      return describeQuorumPartitionError(request, ErrorCode.UNKNOWN_TOPIC_OR_PARTITION)
    const raft = broker.raft
    if (raft === null) return describeQuorumErrorResponse(ErrorCode.BROKER_NOT_AVAILABLE)
    const voters = context.apiVersion >= NODES_VERSION ? voterEndpoints(broker) : []
    return toWireDescribeQuorumResponse(raft.describeQuorum(), voters)
  },
})

function voterEndpoints(broker: Broker): VoterEndpoint[] {
  const listenerName = broker.config.controllerListenerNames[0] ?? 'CONTROLLER'
  let voters: Map<number, { host: string; port: number }>
  try {
    voters = parseQuorumVoters(broker.config.properties.get('controller.quorum.voters') ?? '')
  } catch {
    // The node refuses a malformed value at startup; here it only means no Nodes to list.
    return []
  }
  return [...voters].sort(([a], [b]) => a - b).map(([nodeId, { host, port }]) => ({ nodeId, listenerName, host, port }))
}
