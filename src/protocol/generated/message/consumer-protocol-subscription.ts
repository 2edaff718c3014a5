// Generated from spec/kafka/message/ConsumerProtocolSubscription.json by scripts/codegen. Do not edit.
// ConsumerProtocolSubscription: data, versions 0-3, flexible none.
import { DecodeError } from '../../decode-error.js'
import type { Reader } from '../../reader.js'
import type { TaggedField } from '../../tagged-fields.js'
import type { Writer } from '../../writer.js'

/** Versions 0-3. */
export interface ConsumerProtocolSubscription {
  /** (versions 0+) */
  topics: string[]
  /** (versions 0+; nullable 0+) */
  userData: Buffer | null
  /** (versions 1+; ignorable) */
  ownedPartitions: TopicPartition[]
  /** (versions 2+; ignorable) */
  generationId: number
  /** (versions 3+; nullable 3+; ignorable) */
  rackId: string | null
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

/** Versions 1-3. */
export interface TopicPartition {
  /** (versions 1+; map key) */
  topic: string
  /** (versions 1+) */
  partitions: number[]
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

export function defaultConsumerProtocolSubscription(): ConsumerProtocolSubscription {
  return {
    topics: [],
    userData: null,
    ownedPartitions: [],
    generationId: -1,
    rackId: null,
    unknownTaggedFields: undefined,
  }
}

export function readConsumerProtocolSubscription(r: Reader, version: number): ConsumerProtocolSubscription {
  let $topics: string[]
  {
    const n = r.readArrayLength(false)
    if (n < 0) {
      throw new DecodeError('non-nullable field Topics was serialized as null')
    } else {
      const a: string[] = []
      for (let i = 0; i < n; i++) a.push(r.readString())
      $topics = a
    }
  }
  const $userData: Buffer | null = r.readNullableBytes()
  let $ownedPartitions: TopicPartition[]
  if (version >= 1) {
    {
      const n = r.readArrayLength(false)
      if (n < 0) {
        throw new DecodeError('non-nullable field OwnedPartitions was serialized as null')
      } else {
        const a: TopicPartition[] = []
        for (let i = 0; i < n; i++) a.push(readTopicPartition(r, version))
        $ownedPartitions = a
      }
    }
  } else {
    $ownedPartitions = []
  }
  let $generationId: number
  if (version >= 2) {
    $generationId = r.readInt32()
  } else {
    $generationId = -1
  }
  let $rackId: string | null
  if (version >= 3) {
    $rackId = r.readNullableString()
  } else {
    $rackId = null
  }
  let unknownTaggedFields: TaggedField[] | undefined
  return { topics: $topics, userData: $userData, ownedPartitions: $ownedPartitions, generationId: $generationId, rackId: $rackId, unknownTaggedFields }
}

export function writeConsumerProtocolSubscription(w: Writer, m: ConsumerProtocolSubscription, version: number): void {
  {
    const a = m.topics
    w.writeArrayLength(false, a.length)
    for (const e of a) w.writeString(e)
  }
  w.writeNullableBytes(m.userData)
  if (version >= 1) {
    {
      const a = m.ownedPartitions
      w.writeArrayLength(false, a.length)
      for (const e of a) writeTopicPartition(w, e, version)
    }
  }
  if (version >= 2) {
    w.writeInt32(m.generationId)
  }
  if (version >= 3) {
    w.writeNullableString(m.rackId)
  }
}

export function defaultTopicPartition(): TopicPartition {
  return {
    topic: "",
    partitions: [],
    unknownTaggedFields: undefined,
  }
}

export function readTopicPartition(r: Reader, version: number): TopicPartition {
  const $topic: string = r.readString()
  let $partitions: number[]
  {
    const n = r.readArrayLength(false)
    if (n < 0) {
      throw new DecodeError('non-nullable field Partitions was serialized as null')
    } else {
      const a: number[] = []
      for (let i = 0; i < n; i++) a.push(r.readInt32())
      $partitions = a
    }
  }
  let unknownTaggedFields: TaggedField[] | undefined
  return { topic: $topic, partitions: $partitions, unknownTaggedFields }
}

export function writeTopicPartition(w: Writer, m: TopicPartition, version: number): void {
  w.writeString(m.topic)
  {
    const a = m.partitions
    w.writeArrayLength(false, a.length)
    for (const e of a) w.writeInt32(e)
  }
}
