// The cleaner's view of a buffer of whole batches: each batch validated (CRC included) before
// it is trusted, and its records decoded only when a decision needs them. Shared by the
// offset map build and the cleaning pass.

import { nextBatch, RECORDS_OFFSET, type RecordBatchHeader, validateBatch } from '../../protocol/records/batch.js'
import { decodeRecords, type KafkaRecord } from '../../protocol/records/codec.js'
import { DEFAULT_MAX_DECOMPRESSED_BYTES, decompress } from '../../protocol/records/compression/index.js'
import { DecodeError } from '../../protocol/records/decode-error.js'

export interface ValidatedBatch {
  readonly position: number
  readonly header: RecordBatchHeader
  readonly bytes: Buffer
}

/**
 * Every batch of `buf`, validated, in order. `buf` must hold whole batches: a partial or
 * corrupt batch throws DecodeError (a segment's tail was validated by recovery, so this is
 * corruption, and the clean must stop rather than drop data).
 */
export function* validatedBatches(buf: Buffer): Generator<ValidatedBatch, void, undefined> {
  let position = 0
  for (;;) {
    const step = nextBatch(buf, position)
    if (step.kind === 'end') return
    if (step.kind !== 'batch') throw new DecodeError(`not a whole batch at ${position}: ${step.kind}`)
    const v = validateBatch(buf, position, { mode: 'log' })
    if (!v.ok) throw new DecodeError(`invalid batch at ${position}: ${v.kind}`, v.errorName)
    yield { position, header: v.header, bytes: step.slice.bytes }
    position += v.header.sizeInBytes
  }
}

/** Decompresses and decodes the records of a batch already validated. */
export async function batchRecords(
  batch: ValidatedBatch,
  maxUncompressedBytes = DEFAULT_MAX_DECOMPRESSED_BYTES,
): Promise<KafkaRecord[]> {
  if (batch.header.recordCount === 0) return []
  const payload = batch.bytes.subarray(RECORDS_OFFSET)
  const data = await decompress(batch.header.compression, payload, maxUncompressedBytes)
  return decodeRecords(data, batch.header)
}
