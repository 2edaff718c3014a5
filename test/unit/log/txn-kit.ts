// Transactional batches and transaction markers for log tests: what a transactional producer and
// the transaction coordinator's WriteTxnMarkers put into a partition.
import type { PartitionLog } from '../../../src/log/partition-log.js'
import { encodeBatch } from '../../../src/protocol/records/codec.js'
import { endTxnMarkerBatch } from '../../../src/protocol/records/control.js'

/** `count` transactional records of `producerId` starting at `sequence`, values `<tag>-<i>`. */
export function txnBatch(producerId: number, sequence: number, count = 1, tag = 'v'): Promise<Buffer> {
  return encodeBatch({
    records: Array.from({ length: count }, (_, i) => ({
      timestamp: 1_700_000_000_000n,
      key: null,
      value: Buffer.from(`${tag}-${i}`),
    })),
    isTransactional: true,
    producerId: BigInt(producerId),
    producerEpoch: 0,
    baseSequence: sequence,
  })
}

export function markerBatch(producerId: number, type: 'COMMIT' | 'ABORT'): Promise<Buffer> {
  return encodeBatch(
    endTxnMarkerBatch({
      marker: { type, coordinatorEpoch: 0 },
      producerId: BigInt(producerId),
      producerEpoch: 0,
      timestamp: 1_700_000_000_000n,
    }),
  )
}

/** A client append of a transactional batch; returns its first offset. */
export async function appendTxn(log: PartitionLog, producerId: number, sequence: number, count = 1): Promise<number> {
  const result = log.appendFromClient(await txnBatch(producerId, sequence, count), 0)
  if (result.kind !== 'appended') throw new Error(`append refused: ${result.kind}`)
  return result.firstOffset
}

/** The coordinator's marker append (WriteTxnMarkers); returns the marker's offset. */
export async function appendMarker(log: PartitionLog, producerId: number, type: 'COMMIT' | 'ABORT'): Promise<number> {
  return log.appendAsLeader(await markerBatch(producerId, type), 0).firstOffset
}
