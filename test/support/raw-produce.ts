// One raw Produce v9 request of one batch to partition 0 of a topic, acks=1, as the replication
// tests write to a partition's leader: they check the exact answer (error code, base offset) and
// then what the followers copied, so the batch is built here with fixed timestamps.
import type { RunningNode } from '../../src/node/start-node.js'
import { apis } from '../../src/protocol/generated/index.js'
import { encodeBatch } from '../../src/protocol/records/codec.js'
import { RawClient } from './raw-client.js'

/** Produces values (null keys) as one batch, idempotent when producer is given; the partition's answer. */
export async function produceToPartition0(
  leader: RunningNode,
  topic: string,
  values: string[],
  producer?: { producerId: bigint; producerEpoch: number; baseSequence: number },
) {
  const batch = await encodeBatch({
    records: values.map((v, i) => ({ timestamp: BigInt(1_700_000_000_000 + i), key: null, value: Buffer.from(v) })),
    ...(producer ?? {}),
  })
  const client = await RawClient.connect(leader.port)
  try {
    const response = await client.requestWith(apis.PRODUCE, 9, {
      acks: 1,
      timeoutMs: 5_000,
      topicData: [{ name: topic, partitionData: [{ index: 0, records: batch }] }],
    })
    return response.responses[0]!.partitionResponses[0]!
  } finally {
    client.close()
  }
}

/** `count` records `<tag>-0`, `<tag>-1`, ...: [error code, base offset]. */
export async function produceTagged(leader: RunningNode, topic: string, tag: string, count: number) {
  const answer = await produceToPartition0(
    leader,
    topic,
    Array.from({ length: count }, (_, i) => `${tag}-${i}`),
  )
  return [answer.errorCode, Number(answer.baseOffset)]
}
