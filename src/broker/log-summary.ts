// What ListOffsets MAX_TIMESTAMP and OffsetForLeaderEpoch need to know about
// a partition's whole log, derived from its batch headers: each leader epoch
// with its first offset (what Kafka keeps in LeaderEpochFileCache and the
// leader-epoch-checkpoint file), and the largest batch timestamp.
//
// The partition log does not keep these yet, so they are built here by
// reading the batch headers once (1 MiB reads, whole batches, synchronous),
// then extended incrementally from where the last scan stopped, whoever
// appended since. A log that shrank below the scan (truncation) or whose
// start moved past the max timestamp's batch (retention, DeleteRecords) is
// rescanned from its start. The first question about a large partition
// therefore reads it all once; moving these into PartitionLog (kept on
// append, checkpointed) is the lasting fix.
import type { PartitionLog } from '../log/partition-log.js'
import { nextBatch, readBatchHeader } from '../protocol/records/index.js'

export interface EpochEntry {
  readonly epoch: number
  readonly startOffset: number
}

interface Summary {
  scannedTo: number
  readonly epochs: EpochEntry[]
  maxTimestamp: number
  /** Base offset of the first batch with maxTimestamp (-1 when none). */
  maxTimestampBatchOffset: number
}

export const UNDEFINED_EPOCH = -1
export const UNDEFINED_EPOCH_OFFSET = -1
const SCAN_CHUNK_BYTES = 1024 * 1024

const summaries = new WeakMap<PartitionLog, Summary>()

function summarize(log: PartitionLog): Summary {
  let summary = summaries.get(log)
  const stale =
    summary === undefined ||
    log.logEndOffset < summary.scannedTo ||
    (summary.maxTimestampBatchOffset >= 0 && summary.maxTimestampBatchOffset < log.logStartOffset)
  if (summary === undefined || stale) {
    summary = { scannedTo: log.logStartOffset, epochs: [], maxTimestamp: -1, maxTimestampBatchOffset: -1 }
    summaries.set(log, summary)
  }
  if (summary.scannedTo < log.logStartOffset) summary.scannedTo = log.logStartOffset
  // Each read advances scannedTo by at least one batch; the bound only guards against a log that lies.
  for (let reads = 0; summary.scannedTo < log.logEndOffset && reads < 1_000_000; reads++) {
    const read = log.read({
      fetchOffset: summary.scannedTo,
      maxBytes: SCAN_CHUNK_BYTES,
      maxOffset: log.logEndOffset,
      minOneBatch: true,
    })
    if (!read.ok || read.records.length === 0) break
    for (let position = 0; ; ) {
      const step = nextBatch(read.records, position)
      if (step.kind !== 'batch') break
      const header = readBatchHeader(read.records, position)
      const baseOffset = Number(header.baseOffset)
      const epoch = header.partitionLeaderEpoch
      const last = summary.epochs.at(-1)
      if (epoch >= 0 && (last === undefined || epoch > last.epoch))
        summary.epochs.push({ epoch, startOffset: baseOffset })
      const maxTimestamp = Number(header.maxTimestamp)
      if (maxTimestamp > summary.maxTimestamp) {
        summary.maxTimestamp = maxTimestamp
        summary.maxTimestampBatchOffset = baseOffset
      }
      summary.scannedTo = Number(header.lastOffset) + 1
      position += step.slice.sizeInBytes
    }
  }
  return summary
}

/** The largest batch timestamp in the log, -1 when it holds no records. */
export function largestTimestamp(log: PartitionLog): number {
  return summarize(log).maxTimestamp
}

/**
 * The leader epochs of the log with their start offsets, as Kafka's cache
 * holds them for a leader: the current epoch is there from the log end at
 * which it began even before a batch carries it, and the entry covering the
 * log start is moved up to it (LeaderEpochFileCache.truncateFromStart).
 */
export function epochEntries(log: PartitionLog, currentLeaderEpoch: number): EpochEntry[] {
  const entries = [...summarize(log).epochs]
  const last = entries.at(-1)
  if (currentLeaderEpoch >= 0 && (last === undefined || currentLeaderEpoch > last.epoch)) {
    entries.push({ epoch: currentLeaderEpoch, startOffset: log.logEndOffset })
  }
  const start = log.logStartOffset
  while (entries.length > 1 && entries[1]!.startOffset <= start) entries.shift()
  const first = entries[0]
  if (first !== undefined && first.startOffset < start) entries[0] = { epoch: first.epoch, startOffset: start }
  return entries
}

/**
 * Kafka's LeaderEpochFileCache.endOffsetFor: the requested epoch's end, which
 * is the start of the next larger epoch, or the log end for the latest epoch.
 * An epoch older than all known answers the first known start; one newer
 * than the latest (or -1) is undefined.
 */
export function endOffsetForEpoch(
  entries: readonly EpochEntry[],
  requestedEpoch: number,
  logEndOffset: number,
): { epoch: number; endOffset: number } {
  const undefinedResult = { epoch: UNDEFINED_EPOCH, endOffset: UNDEFINED_EPOCH_OFFSET }
  if (requestedEpoch === UNDEFINED_EPOCH) return undefinedResult
  const latest = entries.at(-1)
  if (latest !== undefined && latest.epoch === requestedEpoch) return { epoch: requestedEpoch, endOffset: logEndOffset }
  const higher = entries.find((e) => e.epoch > requestedEpoch)
  if (higher === undefined) return undefinedResult
  const floor = entries.filter((e) => e.epoch <= requestedEpoch).at(-1)
  return floor === undefined
    ? { epoch: requestedEpoch, endOffset: higher.startOffset }
    : { epoch: floor.epoch, endOffset: higher.startOffset }
}

/** The epoch of the batch at the log start, read from its header; the current epoch when the log is empty. */
export function epochAtLogStart(log: PartitionLog, currentLeaderEpoch: number): number {
  const read = log.read({
    fetchOffset: log.logStartOffset,
    maxBytes: 0,
    maxOffset: log.logEndOffset,
    minOneBatch: true,
  })
  if (!read.ok || read.records.length === 0) return currentLeaderEpoch
  const epoch = readBatchHeader(read.records, 0).partitionLeaderEpoch
  return epoch >= 0 ? epoch : UNDEFINED_EPOCH
}
