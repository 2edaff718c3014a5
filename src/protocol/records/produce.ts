// What a Produce request's per-partition `records` must be before anything is appended, as
// Kafka checks it (ProduceRequest.validateRecords, then LogValidator): exactly one batch,
// magic 2, valid by header and CRC, dense offsets. Produce v0-v2 never reach here: the
// broker answers those UNSUPPORTED_VERSION before parsing (see LEGACY.md).
//
// Magic 0/1 ("legacy message format", KIP-724/KIP-896) gets kind 'legacyMagic' with
// errorName INVALID_RECORD, the code Kafka 4 answers for that partition. One deliberate
// difference: Kafka drops trailing bytes after the batch that do not form a complete batch
// (UnifiedLog trims invalid bytes); we refuse them as CORRUPT_MESSAGE, since a client never
// sends them on purpose.

import { type BatchProblem, type BatchValidation, nextBatch, validateBatch } from './batch.js'

export type ProduceRecordsProblem =
  | BatchProblem
  | { kind: 'noBatch'; errorName: 'INVALID_RECORD' }
  | { kind: 'moreThanOneBatch'; errorName: 'INVALID_RECORD' }
  | { kind: 'trailingBytes'; errorName: 'CORRUPT_MESSAGE'; byteCount: number }

export type ProduceRecordsValidation = Extract<BatchValidation, { ok: true }> | ({ ok: false } & ProduceRecordsProblem)

/** Validates one partition's records of a Produce request (v3 and later). Never throws. */
export function validateProduceRecords(records: Buffer): ProduceRecordsValidation {
  const first = nextBatch(records, 0)
  if (first.kind === 'end') return { ok: false, kind: 'noBatch', errorName: 'INVALID_RECORD' }
  // Partial or corrupt first batch, or a legacy magic: validateBatch says which.
  if (first.kind !== 'batch' || first.slice.magic !== 2) return validateBatch(records, 0, { mode: 'produce' })
  const size = first.slice.sizeInBytes
  const second = nextBatch(records, size)
  if (second.kind === 'batch') return { ok: false, kind: 'moreThanOneBatch', errorName: 'INVALID_RECORD' }
  if (second.kind !== 'end') {
    return { ok: false, kind: 'trailingBytes', errorName: 'CORRUPT_MESSAGE', byteCount: records.length - size }
  }
  return validateBatch(records, 0, { mode: 'produce' })
}

/** Kafka's wording for a magic 0/1 batch in a Produce request, for logs and error messages. */
export function legacyMagicMessage(produceVersion: number): string {
  return `Produce requests with version ${produceVersion} are only allowed to contain record batches with magic version 2`
}
