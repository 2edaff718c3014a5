// The KRaft quorum APIs of the controller listener, as Kafka's ControllerApis serves them to the
// raft client: Vote, BeginQuorumEpoch, EndQuorumEpoch, Fetch (of `__cluster_metadata` only),
// FetchSnapshot and DescribeQuorum. The node registers them (with ApiVersions) on the listeners
// named by `controller.listener.names`; DescribeQuorum also belongs on the broker listener (admin
// clients, kafka-metadata-quorum.sh), where `describeQuorumHandler` is registered on its own.
import type { Handler } from '../handler.js'
import { voteHandler } from './52-vote.js'
import { beginQuorumEpochHandler } from './53-begin-quorum-epoch.js'
import { endQuorumEpochHandler } from './54-end-quorum-epoch.js'
import { describeQuorumHandler } from './55-describe-quorum.js'
import { fetchSnapshotHandler } from './59-fetch-snapshot.js'
import { raftFetchHandler } from './raft-fetch.js'

export const raftHandlers: Handler[] = [
  voteHandler as Handler,
  beginQuorumEpochHandler as Handler,
  endQuorumEpochHandler as Handler,
  describeQuorumHandler as Handler,
  fetchSnapshotHandler as Handler,
  raftFetchHandler as Handler,
]
