// Generated from spec/kafka/transaction-coordinator/TransactionLogKey.json by scripts/codegen. Do not edit.
// TransactionLogKey: data, versions 0, flexible none.
import type { Reader } from '../../reader.js'
import type { TaggedField } from '../../tagged-fields.js'
import type { Writer } from '../../writer.js'

/** Versions 0. */
export interface TransactionLogKey {
  /** (versions 0) */
  transactionalId: string
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

export function defaultTransactionLogKey(): TransactionLogKey {
  return {
    transactionalId: "",
    unknownTaggedFields: undefined,
  }
}

export function readTransactionLogKey(r: Reader, version: number): TransactionLogKey {
  const $transactionalId: string = r.readString()
  let unknownTaggedFields: TaggedField[] | undefined
  return { transactionalId: $transactionalId, unknownTaggedFields }
}

export function writeTransactionLogKey(w: Writer, m: TransactionLogKey, version: number): void {
  w.writeString(m.transactionalId)
}
