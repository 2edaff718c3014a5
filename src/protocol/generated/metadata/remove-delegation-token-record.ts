// Generated from spec/kafka/metadata/RemoveDelegationTokenRecord.json by scripts/codegen. Do not edit.
// RemoveDelegationTokenRecord: metadata, api key 26, versions 0, flexible 0+.
import type { Reader } from '../../reader.js'
import type { TaggedField } from '../../tagged-fields.js'
import type { Writer } from '../../writer.js'

/** Versions 0. */
export interface RemoveDelegationTokenRecord {
  /** The tokenID to remove. (versions 0+) */
  tokenId: string
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

export function defaultRemoveDelegationTokenRecord(): RemoveDelegationTokenRecord {
  return {
    tokenId: "",
    unknownTaggedFields: undefined,
  }
}

export function readRemoveDelegationTokenRecord(r: Reader, version: number): RemoveDelegationTokenRecord {
  const $tokenId: string = r.readCompactString()
  let unknownTaggedFields: TaggedField[] | undefined
  const tagCount = r.readUnsignedVarint()
  for (let i = 0; i < tagCount; i++) {
    const tag = r.readUnsignedVarint()
    const size = r.readUnsignedVarint()
    if (unknownTaggedFields === undefined) unknownTaggedFields = []
    unknownTaggedFields.push({ tag, data: r.readSlice(size) })
  }
  return { tokenId: $tokenId, unknownTaggedFields }
}

export function writeRemoveDelegationTokenRecord(w: Writer, m: RemoveDelegationTokenRecord, version: number): void {
  w.writeCompactString(m.tokenId)
  w.writeTaggedFields([], m.unknownTaggedFields)
}
