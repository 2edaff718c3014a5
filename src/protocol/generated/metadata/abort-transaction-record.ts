// Generated from spec/kafka/metadata/AbortTransactionRecord.json by scripts/codegen. Do not edit.
// AbortTransactionRecord: metadata, api key 25, versions 0, flexible 0+.
import { DecodeError } from '../../decode-error.js'
import type { Reader } from '../../reader.js'
import type { TaggedField } from '../../tagged-fields.js'
import { Writer } from '../../writer.js'

/** Versions 0. */
export interface AbortTransactionRecord {
  /** An optional textual description of why the transaction was aborted. (versions 0+; tag 0 in 0+; nullable 0+) */
  reason: string | null
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

export function defaultAbortTransactionRecord(): AbortTransactionRecord {
  return {
    reason: null,
    unknownTaggedFields: undefined,
  }
}

export function readAbortTransactionRecord(r: Reader, version: number): AbortTransactionRecord {
  let $reason: string | null = null
  let unknownTaggedFields: TaggedField[] | undefined
  const tagCount = r.readUnsignedVarint()
  for (let i = 0; i < tagCount; i++) {
    const tag = r.readUnsignedVarint()
    const size = r.readUnsignedVarint()
    if (tag === 0) {
      const end = r.offset + size
      $reason = r.readCompactNullableString()
      if (r.offset > end) throw new DecodeError('tagged field Reason overran its size')
      r.offset = end
      continue
    }
    if (unknownTaggedFields === undefined) unknownTaggedFields = []
    unknownTaggedFields.push({ tag, data: r.readSlice(size) })
  }
  return { reason: $reason, unknownTaggedFields }
}

export function writeAbortTransactionRecord(w: Writer, m: AbortTransactionRecord, version: number): void {
  const tagged: TaggedField[] = []
  if (m.reason !== null) {
    const t = new Writer(64)
    t.writeCompactNullableString(m.reason)
    tagged.push({ tag: 0, data: t.toBuffer() })
  }
  w.writeTaggedFields(tagged, m.unknownTaggedFields)
}
