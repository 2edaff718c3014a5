// Generated from spec/kafka/metadata/RemoveUserScramCredentialRecord.json by scripts/codegen. Do not edit.
// RemoveUserScramCredentialRecord: metadata, api key 22, versions 0, flexible 0+.
import type { Reader } from '../../reader.js'
import type { TaggedField } from '../../tagged-fields.js'
import type { Writer } from '../../writer.js'

/** Versions 0. */
export interface RemoveUserScramCredentialRecord {
  /** The user name. (versions 0+) */
  name: string
  /** The SCRAM mechanism. (versions 0+) */
  mechanism: number
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

export function defaultRemoveUserScramCredentialRecord(): RemoveUserScramCredentialRecord {
  return {
    name: "",
    mechanism: 0,
    unknownTaggedFields: undefined,
  }
}

export function readRemoveUserScramCredentialRecord(r: Reader, version: number): RemoveUserScramCredentialRecord {
  const $name: string = r.readCompactString()
  const $mechanism: number = r.readInt8()
  let unknownTaggedFields: TaggedField[] | undefined
  const tagCount = r.readUnsignedVarint()
  for (let i = 0; i < tagCount; i++) {
    const tag = r.readUnsignedVarint()
    const size = r.readUnsignedVarint()
    if (unknownTaggedFields === undefined) unknownTaggedFields = []
    unknownTaggedFields.push({ tag, data: r.readSlice(size) })
  }
  return { name: $name, mechanism: $mechanism, unknownTaggedFields }
}

export function writeRemoveUserScramCredentialRecord(w: Writer, m: RemoveUserScramCredentialRecord, version: number): void {
  w.writeCompactString(m.name)
  w.writeInt8(m.mechanism)
  w.writeTaggedFields([], m.unknownTaggedFields)
}
