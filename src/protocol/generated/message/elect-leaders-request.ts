// Generated from spec/kafka/message/ElectLeadersRequest.json by scripts/codegen. Do not edit.
// ElectLeadersRequest: request, api key 43, versions 0-2, flexible 2+.
import { DecodeError, EncodeError } from '../../decode-error.js'
import type { Reader } from '../../reader.js'
import type { TaggedField } from '../../tagged-fields.js'
import type { Writer } from '../../writer.js'

/** Versions 0-2. */
export interface ElectLeadersRequest {
  /** Type of elections to conduct for the partition. A value of '0' elects the preferred replica. A value of '1' elects the first live replica if there are no in-sync replica. (versions 1+) */
  electionType: number
  /** The topic partitions to elect leaders. (versions 0+; nullable 0+) */
  topicPartitions: TopicPartitions[] | null
  /** The time in ms to wait for the election to complete. (versions 0+) */
  timeoutMs: number
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

/** Versions 0-2. */
export interface TopicPartitions {
  /** The name of a topic. (versions 0+; map key) */
  topic: string
  /** The partitions of this topic whose leader should be elected. (versions 0+) */
  partitions: number[]
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

export function defaultElectLeadersRequest(): ElectLeadersRequest {
  return {
    electionType: 0,
    topicPartitions: [],
    timeoutMs: 60000,
    unknownTaggedFields: undefined,
  }
}

export function readElectLeadersRequest(r: Reader, version: number): ElectLeadersRequest {
  let $electionType: number
  if (version >= 1) {
    $electionType = r.readInt8()
  } else {
    $electionType = 0
  }
  let $topicPartitions: TopicPartitions[] | null
  {
    const n = r.readArrayLength(version >= 2)
    if (n < 0) {
      $topicPartitions = null
    } else {
      const a: TopicPartitions[] = []
      for (let i = 0; i < n; i++) a.push(readTopicPartitions(r, version))
      $topicPartitions = a
    }
  }
  const $timeoutMs: number = r.readInt32()
  let unknownTaggedFields: TaggedField[] | undefined
  if (version >= 2) {
    const tagCount = r.readUnsignedVarint()
    for (let i = 0; i < tagCount; i++) {
      const tag = r.readUnsignedVarint()
      const size = r.readUnsignedVarint()
      if (unknownTaggedFields === undefined) unknownTaggedFields = []
      unknownTaggedFields.push({ tag, data: r.readSlice(size) })
    }
  }
  return { electionType: $electionType, topicPartitions: $topicPartitions, timeoutMs: $timeoutMs, unknownTaggedFields }
}

export function writeElectLeadersRequest(w: Writer, m: ElectLeadersRequest, version: number): void {
  if (version >= 1) {
    w.writeInt8(m.electionType)
  } else {
    if (m.electionType !== 0) throw new EncodeError('field ElectionType cannot be written at version ' + version + ' of ElectLeadersRequest')
  }
  {
    const a = m.topicPartitions
    if (a === null) {
      w.writeArrayLength(version >= 2, null)
    } else {
      w.writeArrayLength(version >= 2, a.length)
      for (const e of a) writeTopicPartitions(w, e, version)
    }
  }
  w.writeInt32(m.timeoutMs)
  if (version >= 2) {
    w.writeTaggedFields([], m.unknownTaggedFields)
  }
}

export function defaultTopicPartitions(): TopicPartitions {
  return {
    topic: "",
    partitions: [],
    unknownTaggedFields: undefined,
  }
}

export function readTopicPartitions(r: Reader, version: number): TopicPartitions {
  const $topic: string = (version >= 2 ? r.readCompactString() : r.readString())
  let $partitions: number[]
  {
    const n = r.readArrayLength(version >= 2)
    if (n < 0) {
      throw new DecodeError('non-nullable field Partitions was serialized as null')
    } else {
      const a: number[] = []
      for (let i = 0; i < n; i++) a.push(r.readInt32())
      $partitions = a
    }
  }
  let unknownTaggedFields: TaggedField[] | undefined
  if (version >= 2) {
    const tagCount = r.readUnsignedVarint()
    for (let i = 0; i < tagCount; i++) {
      const tag = r.readUnsignedVarint()
      const size = r.readUnsignedVarint()
      if (unknownTaggedFields === undefined) unknownTaggedFields = []
      unknownTaggedFields.push({ tag, data: r.readSlice(size) })
    }
  }
  return { topic: $topic, partitions: $partitions, unknownTaggedFields }
}

export function writeTopicPartitions(w: Writer, m: TopicPartitions, version: number): void {
  void (version >= 2 ? w.writeCompactString(m.topic) : w.writeString(m.topic))
  {
    const a = m.partitions
    w.writeArrayLength(version >= 2, a.length)
    for (const e of a) w.writeInt32(e)
  }
  if (version >= 2) {
    w.writeTaggedFields([], m.unknownTaggedFields)
  }
}
