// What a node of an in-process cluster holds for one partition, as replication tests compare it:
// its metadata image's view of the partition (leader, epoch, ISR), its PartitionLog, and the log's
// bytes end to end. Each throws while the node does not know the partition yet, so a test can
// wait for it with eventually.
import type { PartitionLog } from '../../src/log/partition-log.js'
import type { PartitionImage } from '../../src/metadata/image.js'
import type { RunningNode } from '../../src/node/start-node.js'

export function partitionOn(n: RunningNode, topic: string, partition: number): PartitionImage {
  const p = n.broker.image.topicsByName.get(topic)?.partitions[partition]
  if (p === undefined) throw new Error(`${topic}-${partition} unknown on node ${n.nodeId}`)
  return p
}

export function logOn(n: RunningNode, topic: string, partition: number): PartitionLog {
  const log = n.broker.logs.getLog({ topic, partition })
  if (log === undefined) throw new Error(`no log for ${topic}-${partition} on node ${n.nodeId}`)
  return log
}

/** Every byte of the log from its start to its end (whole batches). */
export function allBytes(log: PartitionLog): Buffer {
  const read = log.read({
    fetchOffset: log.logStartOffset,
    maxBytes: 1 << 30,
    maxOffset: log.logEndOffset,
    minOneBatch: true,
  })
  if (!read.ok) throw new Error('read out of range')
  return read.records
}
