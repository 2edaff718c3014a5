// Generated from spec/kafka/message/ListTransactionsResponse.json by scripts/codegen. Do not edit.
// ListTransactionsResponse: response, api key 66, versions 0-1, flexible 0+.
import { DecodeError } from '../../decode-error.js'
import type { Reader } from '../../reader.js'
import type { TaggedField } from '../../tagged-fields.js'
import type { Writer } from '../../writer.js'

/** Versions 0-1. */
export interface ListTransactionsResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 0+) */
  throttleTimeMs: number
  /** (versions 0+) */
  errorCode: number
  /** Set of state filters provided in the request which were unknown to the transaction coordinator (versions 0+) */
  unknownStateFilters: string[]
  /** (versions 0+) */
  transactionStates: TransactionState[]
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

/** Versions 0-1. */
export interface TransactionState {
  /** (versions 0+) */
  transactionalId: string
  /** (versions 0+) */
  producerId: bigint
  /** The current transaction state of the producer (versions 0+) */
  transactionState: string
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

export function defaultListTransactionsResponse(): ListTransactionsResponse {
  return {
    throttleTimeMs: 0,
    errorCode: 0,
    unknownStateFilters: [],
    transactionStates: [],
    unknownTaggedFields: undefined,
  }
}

export function readListTransactionsResponse(r: Reader, version: number): ListTransactionsResponse {
  const $throttleTimeMs: number = r.readInt32()
  const $errorCode: number = r.readInt16()
  let $unknownStateFilters: string[]
  {
    const n = r.readArrayLength(true)
    if (n < 0) {
      throw new DecodeError('non-nullable field UnknownStateFilters was serialized as null')
    } else {
      const a: string[] = []
      for (let i = 0; i < n; i++) a.push(r.readCompactString())
      $unknownStateFilters = a
    }
  }
  let $transactionStates: TransactionState[]
  {
    const n = r.readArrayLength(true)
    if (n < 0) {
      throw new DecodeError('non-nullable field TransactionStates was serialized as null')
    } else {
      const a: TransactionState[] = []
      for (let i = 0; i < n; i++) a.push(readTransactionState(r, version))
      $transactionStates = a
    }
  }
  let unknownTaggedFields: TaggedField[] | undefined
  const tagCount = r.readUnsignedVarint()
  for (let i = 0; i < tagCount; i++) {
    const tag = r.readUnsignedVarint()
    const size = r.readUnsignedVarint()
    if (unknownTaggedFields === undefined) unknownTaggedFields = []
    unknownTaggedFields.push({ tag, data: r.readSlice(size) })
  }
  return { throttleTimeMs: $throttleTimeMs, errorCode: $errorCode, unknownStateFilters: $unknownStateFilters, transactionStates: $transactionStates, unknownTaggedFields }
}

export function writeListTransactionsResponse(w: Writer, m: ListTransactionsResponse, version: number): void {
  w.writeInt32(m.throttleTimeMs)
  w.writeInt16(m.errorCode)
  {
    const a = m.unknownStateFilters
    w.writeArrayLength(true, a.length)
    for (const e of a) w.writeCompactString(e)
  }
  {
    const a = m.transactionStates
    w.writeArrayLength(true, a.length)
    for (const e of a) writeTransactionState(w, e, version)
  }
  w.writeTaggedFields([], m.unknownTaggedFields)
}

export function defaultTransactionState(): TransactionState {
  return {
    transactionalId: "",
    producerId: 0n,
    transactionState: "",
    unknownTaggedFields: undefined,
  }
}

export function readTransactionState(r: Reader, version: number): TransactionState {
  const $transactionalId: string = r.readCompactString()
  const $producerId: bigint = r.readInt64()
  const $transactionState: string = r.readCompactString()
  let unknownTaggedFields: TaggedField[] | undefined
  const tagCount = r.readUnsignedVarint()
  for (let i = 0; i < tagCount; i++) {
    const tag = r.readUnsignedVarint()
    const size = r.readUnsignedVarint()
    if (unknownTaggedFields === undefined) unknownTaggedFields = []
    unknownTaggedFields.push({ tag, data: r.readSlice(size) })
  }
  return { transactionalId: $transactionalId, producerId: $producerId, transactionState: $transactionState, unknownTaggedFields }
}

export function writeTransactionState(w: Writer, m: TransactionState, version: number): void {
  w.writeCompactString(m.transactionalId)
  w.writeInt64(m.producerId)
  w.writeCompactString(m.transactionState)
  w.writeTaggedFields([], m.unknownTaggedFields)
}
