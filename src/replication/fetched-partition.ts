// Turns one partition of a decoded Fetch response into follower-state.ts's FetchedPartition: the
// offsets as numbers, the diverging epoch when the leader set one, and the header of every whole
// batch in the records (base offset, last offset, partition leader epoch). A partial batch at the
// end (the leader cut the answer at its size limit) is left out, bytes and header both, as Kafka's
// follower only appends whole batches. Batches are not CRC-checked here: appending as follower is
// where the driver validates them (Kafka's analyzeAndValidateRecords), and a corrupt batch goes
// to FollowerState.onAppendFailed('corrupt').
import type { PartitionData } from '../protocol/generated/message/fetch-response.js'
import {
  BASE_OFFSET_OFFSET,
  LAST_OFFSET_DELTA_OFFSET,
  nextBatch,
  PARTITION_LEADER_EPOCH_OFFSET,
  RECORD_BATCH_OVERHEAD,
} from '../protocol/records/batch.js'
import type { FetchedBatch, FetchedPartition } from './follower-state.js'

export function fetchedPartition(data: PartitionData): FetchedPartition {
  const { records, batches } = wholeBatches(data.records)
  const diverging = data.divergingEpoch
  return {
    errorCode: data.errorCode,
    highWatermark: Number(data.highWatermark),
    logStartOffset: Number(data.logStartOffset),
    ...(diverging.epoch >= 0
      ? { divergingEpoch: { epoch: diverging.epoch, endOffset: Number(diverging.endOffset) } }
      : {}),
    records,
    batches,
  }
}

/** The whole batches at the front of `records`, and their headers. */
export function wholeBatches(records: Buffer | null): { records: Buffer | null; batches: FetchedBatch[] } {
  if (records === null) return { records: null, batches: [] }
  const batches: FetchedBatch[] = []
  let position = 0
  for (;;) {
    const step = nextBatch(records, position)
    if (step.kind !== 'batch' || step.slice.sizeInBytes < RECORD_BATCH_OVERHEAD) break
    const baseOffset = Number(records.readBigInt64BE(position + BASE_OFFSET_OFFSET))
    batches.push({
      baseOffset,
      lastOffset: baseOffset + records.readInt32BE(position + LAST_OFFSET_DELTA_OFFSET),
      partitionLeaderEpoch: records.readInt32BE(position + PARTITION_LEADER_EPOCH_OFFSET),
    })
    position += step.slice.sizeInBytes
  }
  if (batches.length === 0) return { records: null, batches }
  return { records: position === records.length ? records : records.subarray(0, position), batches }
}
