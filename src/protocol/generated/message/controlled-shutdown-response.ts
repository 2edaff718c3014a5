// Generated from spec/kafka/message/ControlledShutdownResponse.json by scripts/codegen. Do not edit.
// ControlledShutdownResponse: response, api key 7, versions 0-3, flexible 3+.
import { DecodeError } from '../../decode-error.js'
import type { Reader } from '../../reader.js'
import type { TaggedField } from '../../tagged-fields.js'
import type { Writer } from '../../writer.js'

/** Versions 0-3. */
export interface ControlledShutdownResponse {
  /** The top-level error code. (versions 0+) */
  errorCode: number
  /** The partitions that the broker still leads. (versions 0+) */
  remainingPartitions: RemainingPartition[]
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

/** Versions 0-3. */
export interface RemainingPartition {
  /** The name of the topic. (versions 0+; map key) */
  topicName: string
  /** The index of the partition. (versions 0+; map key) */
  partitionIndex: number
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

export function defaultControlledShutdownResponse(): ControlledShutdownResponse {
  return {
    errorCode: 0,
    remainingPartitions: [],
    unknownTaggedFields: undefined,
  }
}

export function readControlledShutdownResponse(r: Reader, version: number): ControlledShutdownResponse {
  const $errorCode: number = r.readInt16()
  let $remainingPartitions: RemainingPartition[]
  {
    const n = r.readArrayLength(version >= 3)
    if (n < 0) {
      throw new DecodeError('non-nullable field RemainingPartitions was serialized as null')
    } else {
      const a: RemainingPartition[] = []
      for (let i = 0; i < n; i++) a.push(readRemainingPartition(r, version))
      $remainingPartitions = a
    }
  }
  let unknownTaggedFields: TaggedField[] | undefined
  if (version >= 3) {
    const tagCount = r.readUnsignedVarint()
    for (let i = 0; i < tagCount; i++) {
      const tag = r.readUnsignedVarint()
      const size = r.readUnsignedVarint()
      if (unknownTaggedFields === undefined) unknownTaggedFields = []
      unknownTaggedFields.push({ tag, data: r.readSlice(size) })
    }
  }
  return { errorCode: $errorCode, remainingPartitions: $remainingPartitions, unknownTaggedFields }
}

export function writeControlledShutdownResponse(w: Writer, m: ControlledShutdownResponse, version: number): void {
  w.writeInt16(m.errorCode)
  {
    const a = m.remainingPartitions
    w.writeArrayLength(version >= 3, a.length)
    for (const e of a) writeRemainingPartition(w, e, version)
  }
  if (version >= 3) {
    w.writeTaggedFields([], m.unknownTaggedFields)
  }
}

export function defaultRemainingPartition(): RemainingPartition {
  return {
    topicName: "",
    partitionIndex: 0,
    unknownTaggedFields: undefined,
  }
}

export function readRemainingPartition(r: Reader, version: number): RemainingPartition {
  const $topicName: string = (version >= 3 ? r.readCompactString() : r.readString())
  const $partitionIndex: number = r.readInt32()
  let unknownTaggedFields: TaggedField[] | undefined
  if (version >= 3) {
    const tagCount = r.readUnsignedVarint()
    for (let i = 0; i < tagCount; i++) {
      const tag = r.readUnsignedVarint()
      const size = r.readUnsignedVarint()
      if (unknownTaggedFields === undefined) unknownTaggedFields = []
      unknownTaggedFields.push({ tag, data: r.readSlice(size) })
    }
  }
  return { topicName: $topicName, partitionIndex: $partitionIndex, unknownTaggedFields }
}

export function writeRemainingPartition(w: Writer, m: RemainingPartition, version: number): void {
  void (version >= 3 ? w.writeCompactString(m.topicName) : w.writeString(m.topicName))
  w.writeInt32(m.partitionIndex)
  if (version >= 3) {
    w.writeTaggedFields([], m.unknownTaggedFields)
  }
}
