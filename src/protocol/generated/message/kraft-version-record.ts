// Generated from spec/kafka/message/KRaftVersionRecord.json by scripts/codegen. Do not edit.
// KRaftVersionRecord: data, versions 0, flexible 0+.
import type { Reader } from '../../reader.js'
import type { TaggedField } from '../../tagged-fields.js'
import type { Writer } from '../../writer.js'

/** Versions 0. */
export interface KRaftVersionRecord {
  /** The version of the kraft version record (versions 0+) */
  version: number
  /** The kraft protocol version (versions 0+) */
  kRaftVersion: number
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

export function defaultKRaftVersionRecord(): KRaftVersionRecord {
  return {
    version: 0,
    kRaftVersion: 0,
    unknownTaggedFields: undefined,
  }
}

export function readKRaftVersionRecord(r: Reader, version: number): KRaftVersionRecord {
  const $version: number = r.readInt16()
  const $kRaftVersion: number = r.readInt16()
  let unknownTaggedFields: TaggedField[] | undefined
  const tagCount = r.readUnsignedVarint()
  for (let i = 0; i < tagCount; i++) {
    const tag = r.readUnsignedVarint()
    const size = r.readUnsignedVarint()
    if (unknownTaggedFields === undefined) unknownTaggedFields = []
    unknownTaggedFields.push({ tag, data: r.readSlice(size) })
  }
  return { version: $version, kRaftVersion: $kRaftVersion, unknownTaggedFields }
}

export function writeKRaftVersionRecord(w: Writer, m: KRaftVersionRecord, version: number): void {
  w.writeInt16(m.version)
  w.writeInt16(m.kRaftVersion)
  w.writeTaggedFields([], m.unknownTaggedFields)
}
