// OffsetForLeaderEpoch v0-4. v1 answers the epoch found (KIP-279); v2
// currentLeaderEpoch (KIP-320: FENCED_LEADER_EPOCH / UNKNOWN_LEADER_EPOCH)
// and throttle time; v3 replicaId (-1 for a consumer validating its
// position); v4 flexible.
//
// The answer is Kafka's LeaderEpochFileCache.endOffsetFor over this
// partition's leader-epoch cache (leader-epochs.ts, which the replica
// manager gave this leader's epoch at its log end on become-leader, and a
// follower's appends and truncations keep): the requested epoch's end offset is
// the start of the next larger epoch, or the log end offset when it is the
// current epoch; an epoch below every known one answers the first known
// start; an epoch above the current one, or -1, answers -1/-1
// (UNDEFINED_EPOCH, UNDEFINED_EPOCH_OFFSET) with no error.

import { offsetForLeaderEpochApi } from '../../protocol/generated/apis/offset-for-leader-epoch.js'
import type { OffsetForLeaderEpochResponse } from '../../protocol/generated/index.js'
import { defaultEpochEndOffset } from '../../protocol/generated/message/offset-for-leader-epoch-response.js'
import type { Broker } from '../broker.js'
import { defineHandler } from '../handler.js'
import { leaderEpochs } from '../leader-epochs.js'
import { leaderPartition } from '../leader-partition.js'
import { replicaManager } from '../replica-manager.js'

type EpochEndOffset = OffsetForLeaderEpochResponse['topics'][number]['partitions'][number]

export const offsetForLeaderEpochHandler = defineHandler(offsetForLeaderEpochApi, {
  handle(request, context, broker) {
    const response = offsetForLeaderEpochApi.response.create()
    response.topics = request.topics.map((t) => ({
      topic: t.topic,
      partitions: t.partitions.map((p) =>
        endOffset(broker, t.topic, p.partition, context.apiVersion >= 2 ? p.currentLeaderEpoch : -1, p.leaderEpoch),
      ),
    }))
    return response
  },
})

function endOffset(
  broker: Broker,
  topic: string,
  partitionIndex: number,
  currentLeaderEpoch: number,
  requestedEpoch: number,
): EpochEndOffset {
  const out = defaultEpochEndOffset()
  out.partition = partitionIndex
  const leader = leaderPartition(broker, broker.image.topicsByName.get(topic), partitionIndex, currentLeaderEpoch)
  if (!leader.ok) {
    out.errorCode = leader.errorCode
    return out
  }
  // Leading, per the replica manager too: its epoch is in the cache.
  replicaManager(broker).leader(topic, partitionIndex)
  const found = leaderEpochs(leader.log).endOffsetFor(requestedEpoch)
  out.leaderEpoch = found.epoch
  out.endOffset = BigInt(found.endOffset)
  return out
}
