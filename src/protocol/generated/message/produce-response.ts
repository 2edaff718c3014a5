// Generated from spec/kafka/message/ProduceResponse.json by scripts/codegen. Do not edit.
// ProduceResponse: response, api key 0, versions 0-11, flexible 9+.
import { DecodeError, EncodeError } from '../../decode-error.js'
import type { Reader } from '../../reader.js'
import type { TaggedField } from '../../tagged-fields.js'
import { Writer } from '../../writer.js'

/** Versions 0-11. */
export interface ProduceResponse {
  /** Each produce response (versions 0+) */
  responses: TopicProduceResponse[]
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 1+; ignorable) */
  throttleTimeMs: number
  /** Endpoints for all current-leaders enumerated in PartitionProduceResponses, with errors NOT_LEADER_OR_FOLLOWER. (versions 10+; tag 0 in 10+) */
  nodeEndpoints: NodeEndpoint[]
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

/** Versions 0-11. */
export interface TopicProduceResponse {
  /** The topic name (versions 0+; map key) */
  name: string
  /** Each partition that we produced to within the topic. (versions 0+) */
  partitionResponses: PartitionProduceResponse[]
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

/** Versions 0-11. */
export interface PartitionProduceResponse {
  /** The partition index. (versions 0+) */
  index: number
  /** The error code, or 0 if there was no error. (versions 0+) */
  errorCode: number
  /** The base offset. (versions 0+) */
  baseOffset: bigint
  /** The timestamp returned by broker after appending the messages. If CreateTime is used for the topic, the timestamp will be -1.  If LogAppendTime is used for the topic, the timestamp will be the broker local time when the messages are appended. (versions 2+; ignorable) */
  logAppendTimeMs: bigint
  /** The log start offset. (versions 5+; ignorable) */
  logStartOffset: bigint
  /** The batch indices of records that caused the batch to be dropped (versions 8+; ignorable) */
  recordErrors: BatchIndexAndErrorMessage[]
  /** The global error message summarizing the common root cause of the records that caused the batch to be dropped (versions 8+; nullable 8+; ignorable) */
  errorMessage: string | null
  /** (versions 10+; tag 0 in 10+) */
  currentLeader: LeaderIdAndEpoch
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

/** Versions 8-11. */
export interface BatchIndexAndErrorMessage {
  /** The batch index of the record that cause the batch to be dropped (versions 8+) */
  batchIndex: number
  /** The error message of the record that caused the batch to be dropped (versions 8+; nullable 8+) */
  batchIndexErrorMessage: string | null
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

/** Versions 10-11. */
export interface LeaderIdAndEpoch {
  /** The ID of the current leader or -1 if the leader is unknown. (versions 10+) */
  leaderId: number
  /** The latest known leader epoch (versions 10+) */
  leaderEpoch: number
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

/** Versions 10-11. */
export interface NodeEndpoint {
  /** The ID of the associated node. (versions 10+; map key) */
  nodeId: number
  /** The node's hostname. (versions 10+) */
  host: string
  /** The node's port. (versions 10+) */
  port: number
  /** The rack of the node, or null if it has not been assigned to a rack. (versions 10+; nullable 10+) */
  rack: string | null
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

export function defaultProduceResponse(): ProduceResponse {
  return {
    responses: [],
    throttleTimeMs: 0,
    nodeEndpoints: [],
    unknownTaggedFields: undefined,
  }
}

export function readProduceResponse(r: Reader, version: number): ProduceResponse {
  let $responses: TopicProduceResponse[]
  {
    const n = r.readArrayLength(version >= 9)
    if (n < 0) {
      throw new DecodeError('non-nullable field Responses was serialized as null')
    } else {
      const a: TopicProduceResponse[] = []
      for (let i = 0; i < n; i++) a.push(readTopicProduceResponse(r, version))
      $responses = a
    }
  }
  let $throttleTimeMs: number
  if (version >= 1) {
    $throttleTimeMs = r.readInt32()
  } else {
    $throttleTimeMs = 0
  }
  let $nodeEndpoints: NodeEndpoint[] = []
  let unknownTaggedFields: TaggedField[] | undefined
  if (version >= 9) {
    const tagCount = r.readUnsignedVarint()
    for (let i = 0; i < tagCount; i++) {
      const tag = r.readUnsignedVarint()
      const size = r.readUnsignedVarint()
      if (tag === 0 && version >= 10) {
        const end = r.offset + size
        {
          const n = r.readArrayLength(true)
          if (n < 0) {
            throw new DecodeError('non-nullable field NodeEndpoints was serialized as null')
          } else {
            const a: NodeEndpoint[] = []
            for (let i = 0; i < n; i++) a.push(readNodeEndpoint(r, version))
            $nodeEndpoints = a
          }
        }
        if (r.offset > end) throw new DecodeError('tagged field NodeEndpoints overran its size')
        r.offset = end
        continue
      }
      if (unknownTaggedFields === undefined) unknownTaggedFields = []
      unknownTaggedFields.push({ tag, data: r.readSlice(size) })
    }
  }
  return { responses: $responses, throttleTimeMs: $throttleTimeMs, nodeEndpoints: $nodeEndpoints, unknownTaggedFields }
}

export function writeProduceResponse(w: Writer, m: ProduceResponse, version: number): void {
  {
    const a = m.responses
    w.writeArrayLength(version >= 9, a.length)
    for (const e of a) writeTopicProduceResponse(w, e, version)
  }
  if (version >= 1) {
    w.writeInt32(m.throttleTimeMs)
  }
  if (!(version >= 10)) {
    if (m.nodeEndpoints.length !== 0) throw new EncodeError('field NodeEndpoints cannot be written at version ' + version + ' of ProduceResponse')
  }
  if (version >= 9) {
    const tagged: TaggedField[] = []
    if (version >= 10 && m.nodeEndpoints.length !== 0) {
      const t = new Writer(64)
      {
        const a = m.nodeEndpoints
        t.writeArrayLength(true, a.length)
        for (const e of a) writeNodeEndpoint(t, e, version)
      }
      tagged.push({ tag: 0, data: t.toBuffer() })
    }
    w.writeTaggedFields(tagged, m.unknownTaggedFields)
  }
}

export function defaultTopicProduceResponse(): TopicProduceResponse {
  return {
    name: "",
    partitionResponses: [],
    unknownTaggedFields: undefined,
  }
}

export function readTopicProduceResponse(r: Reader, version: number): TopicProduceResponse {
  const $name: string = (version >= 9 ? r.readCompactString() : r.readString())
  let $partitionResponses: PartitionProduceResponse[]
  {
    const n = r.readArrayLength(version >= 9)
    if (n < 0) {
      throw new DecodeError('non-nullable field PartitionResponses was serialized as null')
    } else {
      const a: PartitionProduceResponse[] = []
      for (let i = 0; i < n; i++) a.push(readPartitionProduceResponse(r, version))
      $partitionResponses = a
    }
  }
  let unknownTaggedFields: TaggedField[] | undefined
  if (version >= 9) {
    const tagCount = r.readUnsignedVarint()
    for (let i = 0; i < tagCount; i++) {
      const tag = r.readUnsignedVarint()
      const size = r.readUnsignedVarint()
      if (unknownTaggedFields === undefined) unknownTaggedFields = []
      unknownTaggedFields.push({ tag, data: r.readSlice(size) })
    }
  }
  return { name: $name, partitionResponses: $partitionResponses, unknownTaggedFields }
}

export function writeTopicProduceResponse(w: Writer, m: TopicProduceResponse, version: number): void {
  void (version >= 9 ? w.writeCompactString(m.name) : w.writeString(m.name))
  {
    const a = m.partitionResponses
    w.writeArrayLength(version >= 9, a.length)
    for (const e of a) writePartitionProduceResponse(w, e, version)
  }
  if (version >= 9) {
    w.writeTaggedFields([], m.unknownTaggedFields)
  }
}

export function defaultPartitionProduceResponse(): PartitionProduceResponse {
  return {
    index: 0,
    errorCode: 0,
    baseOffset: 0n,
    logAppendTimeMs: -1n,
    logStartOffset: -1n,
    recordErrors: [],
    errorMessage: null,
    currentLeader: defaultLeaderIdAndEpoch(),
    unknownTaggedFields: undefined,
  }
}

export function readPartitionProduceResponse(r: Reader, version: number): PartitionProduceResponse {
  const $index: number = r.readInt32()
  const $errorCode: number = r.readInt16()
  const $baseOffset: bigint = r.readInt64()
  let $logAppendTimeMs: bigint
  if (version >= 2) {
    $logAppendTimeMs = r.readInt64()
  } else {
    $logAppendTimeMs = -1n
  }
  let $logStartOffset: bigint
  if (version >= 5) {
    $logStartOffset = r.readInt64()
  } else {
    $logStartOffset = -1n
  }
  let $recordErrors: BatchIndexAndErrorMessage[]
  if (version >= 8) {
    {
      const n = r.readArrayLength(version >= 9)
      if (n < 0) {
        throw new DecodeError('non-nullable field RecordErrors was serialized as null')
      } else {
        const a: BatchIndexAndErrorMessage[] = []
        for (let i = 0; i < n; i++) a.push(readBatchIndexAndErrorMessage(r, version))
        $recordErrors = a
      }
    }
  } else {
    $recordErrors = []
  }
  let $errorMessage: string | null
  if (version >= 8) {
    $errorMessage = (version >= 9 ? r.readCompactNullableString() : r.readNullableString())
  } else {
    $errorMessage = null
  }
  let $currentLeader: LeaderIdAndEpoch = defaultLeaderIdAndEpoch()
  let unknownTaggedFields: TaggedField[] | undefined
  if (version >= 9) {
    const tagCount = r.readUnsignedVarint()
    for (let i = 0; i < tagCount; i++) {
      const tag = r.readUnsignedVarint()
      const size = r.readUnsignedVarint()
      if (tag === 0 && version >= 10) {
        const end = r.offset + size
        $currentLeader = readLeaderIdAndEpoch(r, version)
        if (r.offset > end) throw new DecodeError('tagged field CurrentLeader overran its size')
        r.offset = end
        continue
      }
      if (unknownTaggedFields === undefined) unknownTaggedFields = []
      unknownTaggedFields.push({ tag, data: r.readSlice(size) })
    }
  }
  return { index: $index, errorCode: $errorCode, baseOffset: $baseOffset, logAppendTimeMs: $logAppendTimeMs, logStartOffset: $logStartOffset, recordErrors: $recordErrors, errorMessage: $errorMessage, currentLeader: $currentLeader, unknownTaggedFields }
}

export function writePartitionProduceResponse(w: Writer, m: PartitionProduceResponse, version: number): void {
  w.writeInt32(m.index)
  w.writeInt16(m.errorCode)
  w.writeInt64(m.baseOffset)
  if (version >= 2) {
    w.writeInt64(m.logAppendTimeMs)
  }
  if (version >= 5) {
    w.writeInt64(m.logStartOffset)
  }
  if (version >= 8) {
    {
      const a = m.recordErrors
      w.writeArrayLength(version >= 9, a.length)
      for (const e of a) writeBatchIndexAndErrorMessage(w, e, version)
    }
  }
  if (version >= 8) {
    void (version >= 9 ? w.writeCompactNullableString(m.errorMessage) : w.writeNullableString(m.errorMessage))
  }
  if (!(version >= 10)) {
    if (!isDefaultLeaderIdAndEpoch(m.currentLeader)) throw new EncodeError('field CurrentLeader cannot be written at version ' + version + ' of ProduceResponse')
  }
  if (version >= 9) {
    const tagged: TaggedField[] = []
    if (version >= 10 && !isDefaultLeaderIdAndEpoch(m.currentLeader)) {
      const t = new Writer(64)
      writeLeaderIdAndEpoch(t, m.currentLeader, version)
      tagged.push({ tag: 0, data: t.toBuffer() })
    }
    w.writeTaggedFields(tagged, m.unknownTaggedFields)
  }
}

export function defaultBatchIndexAndErrorMessage(): BatchIndexAndErrorMessage {
  return {
    batchIndex: 0,
    batchIndexErrorMessage: null,
    unknownTaggedFields: undefined,
  }
}

export function readBatchIndexAndErrorMessage(r: Reader, version: number): BatchIndexAndErrorMessage {
  const $batchIndex: number = r.readInt32()
  const $batchIndexErrorMessage: string | null = (version >= 9 ? r.readCompactNullableString() : r.readNullableString())
  let unknownTaggedFields: TaggedField[] | undefined
  if (version >= 9) {
    const tagCount = r.readUnsignedVarint()
    for (let i = 0; i < tagCount; i++) {
      const tag = r.readUnsignedVarint()
      const size = r.readUnsignedVarint()
      if (unknownTaggedFields === undefined) unknownTaggedFields = []
      unknownTaggedFields.push({ tag, data: r.readSlice(size) })
    }
  }
  return { batchIndex: $batchIndex, batchIndexErrorMessage: $batchIndexErrorMessage, unknownTaggedFields }
}

export function writeBatchIndexAndErrorMessage(w: Writer, m: BatchIndexAndErrorMessage, version: number): void {
  w.writeInt32(m.batchIndex)
  void (version >= 9 ? w.writeCompactNullableString(m.batchIndexErrorMessage) : w.writeNullableString(m.batchIndexErrorMessage))
  if (version >= 9) {
    w.writeTaggedFields([], m.unknownTaggedFields)
  }
}

export function defaultLeaderIdAndEpoch(): LeaderIdAndEpoch {
  return {
    leaderId: -1,
    leaderEpoch: -1,
    unknownTaggedFields: undefined,
  }
}

export function readLeaderIdAndEpoch(r: Reader, version: number): LeaderIdAndEpoch {
  const $leaderId: number = r.readInt32()
  const $leaderEpoch: number = r.readInt32()
  let unknownTaggedFields: TaggedField[] | undefined
  const tagCount = r.readUnsignedVarint()
  for (let i = 0; i < tagCount; i++) {
    const tag = r.readUnsignedVarint()
    const size = r.readUnsignedVarint()
    if (unknownTaggedFields === undefined) unknownTaggedFields = []
    unknownTaggedFields.push({ tag, data: r.readSlice(size) })
  }
  return { leaderId: $leaderId, leaderEpoch: $leaderEpoch, unknownTaggedFields }
}

export function writeLeaderIdAndEpoch(w: Writer, m: LeaderIdAndEpoch, version: number): void {
  w.writeInt32(m.leaderId)
  w.writeInt32(m.leaderEpoch)
  w.writeTaggedFields([], m.unknownTaggedFields)
}

export function defaultNodeEndpoint(): NodeEndpoint {
  return {
    nodeId: 0,
    host: "",
    port: 0,
    rack: null,
    unknownTaggedFields: undefined,
  }
}

export function readNodeEndpoint(r: Reader, version: number): NodeEndpoint {
  const $nodeId: number = r.readInt32()
  const $host: string = r.readCompactString()
  const $port: number = r.readInt32()
  const $rack: string | null = r.readCompactNullableString()
  let unknownTaggedFields: TaggedField[] | undefined
  const tagCount = r.readUnsignedVarint()
  for (let i = 0; i < tagCount; i++) {
    const tag = r.readUnsignedVarint()
    const size = r.readUnsignedVarint()
    if (unknownTaggedFields === undefined) unknownTaggedFields = []
    unknownTaggedFields.push({ tag, data: r.readSlice(size) })
  }
  return { nodeId: $nodeId, host: $host, port: $port, rack: $rack, unknownTaggedFields }
}

export function writeNodeEndpoint(w: Writer, m: NodeEndpoint, version: number): void {
  w.writeInt32(m.nodeId)
  w.writeCompactString(m.host)
  w.writeInt32(m.port)
  w.writeCompactNullableString(m.rack)
  w.writeTaggedFields([], m.unknownTaggedFields)
}

export function isDefaultLeaderIdAndEpoch(m: LeaderIdAndEpoch): boolean {
  return !(m.leaderId !== -1) &&
    !(m.leaderEpoch !== -1) &&
    (m.unknownTaggedFields === undefined || m.unknownTaggedFields.length === 0)
}
