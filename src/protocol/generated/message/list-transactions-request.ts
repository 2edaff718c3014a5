// Generated from spec/kafka/message/ListTransactionsRequest.json by scripts/codegen. Do not edit.
// ListTransactionsRequest: request, api key 66, versions 0-1, flexible 0+.
import { DecodeError, EncodeError } from '../../decode-error.js'
import type { Reader } from '../../reader.js'
import type { TaggedField } from '../../tagged-fields.js'
import type { Writer } from '../../writer.js'

/** Versions 0-1. */
export interface ListTransactionsRequest {
  /** The transaction states to filter by: if empty, all transactions are returned; if non-empty, then only transactions matching one of the filtered states will be returned (versions 0+) */
  stateFilters: string[]
  /** The producerIds to filter by: if empty, all transactions will be returned; if non-empty, only transactions which match one of the filtered producerIds will be returned (versions 0+) */
  producerIdFilters: bigint[]
  /** Duration (in millis) to filter by: if < 0, all transactions will be returned; otherwise, only transactions running longer than this duration will be returned (versions 1+) */
  durationFilter: bigint
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

export function defaultListTransactionsRequest(): ListTransactionsRequest {
  return {
    stateFilters: [],
    producerIdFilters: [],
    durationFilter: -1n,
    unknownTaggedFields: undefined,
  }
}

export function readListTransactionsRequest(r: Reader, version: number): ListTransactionsRequest {
  let $stateFilters: string[]
  {
    const n = r.readArrayLength(true)
    if (n < 0) {
      throw new DecodeError('non-nullable field StateFilters was serialized as null')
    } else {
      const a: string[] = []
      for (let i = 0; i < n; i++) a.push(r.readCompactString())
      $stateFilters = a
    }
  }
  let $producerIdFilters: bigint[]
  {
    const n = r.readArrayLength(true)
    if (n < 0) {
      throw new DecodeError('non-nullable field ProducerIdFilters was serialized as null')
    } else {
      const a: bigint[] = []
      for (let i = 0; i < n; i++) a.push(r.readInt64())
      $producerIdFilters = a
    }
  }
  let $durationFilter: bigint
  if (version >= 1) {
    $durationFilter = r.readInt64()
  } else {
    $durationFilter = -1n
  }
  let unknownTaggedFields: TaggedField[] | undefined
  const tagCount = r.readUnsignedVarint()
  for (let i = 0; i < tagCount; i++) {
    const tag = r.readUnsignedVarint()
    const size = r.readUnsignedVarint()
    if (unknownTaggedFields === undefined) unknownTaggedFields = []
    unknownTaggedFields.push({ tag, data: r.readSlice(size) })
  }
  return { stateFilters: $stateFilters, producerIdFilters: $producerIdFilters, durationFilter: $durationFilter, unknownTaggedFields }
}

export function writeListTransactionsRequest(w: Writer, m: ListTransactionsRequest, version: number): void {
  {
    const a = m.stateFilters
    w.writeArrayLength(true, a.length)
    for (const e of a) w.writeCompactString(e)
  }
  {
    const a = m.producerIdFilters
    w.writeArrayLength(true, a.length)
    for (const e of a) w.writeInt64(e)
  }
  if (version >= 1) {
    w.writeInt64(m.durationFilter)
  } else {
    if (m.durationFilter !== -1n) throw new EncodeError('field DurationFilter cannot be written at version ' + version + ' of ListTransactionsRequest')
  }
  w.writeTaggedFields([], m.unknownTaggedFields)
}
