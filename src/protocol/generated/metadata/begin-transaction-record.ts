// Generated from spec/kafka/metadata/BeginTransactionRecord.json by scripts/codegen. Do not edit.
// BeginTransactionRecord: metadata, api key 23, versions 0, flexible 0+.
import { DecodeError } from '../../decode-error.js'
import type { Reader } from '../../reader.js'
import type { TaggedField } from '../../tagged-fields.js'
import { Writer } from '../../writer.js'

/** Versions 0. */
export interface BeginTransactionRecord {
  /** An optional textual description of this transaction. (versions 0+; tag 0 in 0+; nullable 0+) */
  name: string | null
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

export function defaultBeginTransactionRecord(): BeginTransactionRecord {
  return {
    name: null,
    unknownTaggedFields: undefined,
  }
}

export function readBeginTransactionRecord(r: Reader, version: number): BeginTransactionRecord {
  let $name: string | null = null
  let unknownTaggedFields: TaggedField[] | undefined
  const tagCount = r.readUnsignedVarint()
  for (let i = 0; i < tagCount; i++) {
    const tag = r.readUnsignedVarint()
    const size = r.readUnsignedVarint()
    if (tag === 0) {
      const end = r.offset + size
      $name = r.readCompactNullableString()
      if (r.offset > end) throw new DecodeError('tagged field Name overran its size')
      r.offset = end
      continue
    }
    if (unknownTaggedFields === undefined) unknownTaggedFields = []
    unknownTaggedFields.push({ tag, data: r.readSlice(size) })
  }
  return { name: $name, unknownTaggedFields }
}

export function writeBeginTransactionRecord(w: Writer, m: BeginTransactionRecord, version: number): void {
  const tagged: TaggedField[] = []
  if (m.name !== null) {
    const t = new Writer(64)
    t.writeCompactNullableString(m.name)
    tagged.push({ tag: 0, data: t.toBuffer() })
  }
  w.writeTaggedFields(tagged, m.unknownTaggedFields)
}
