// Generated from spec/kafka/group-coordinator/ConsumerGroupMemberMetadataValue.json by scripts/codegen. Do not edit.
// ConsumerGroupMemberMetadataValue: data, versions 0, flexible 0+.
import { DecodeError } from '../../decode-error.js'
import type { Reader } from '../../reader.js'
import type { TaggedField } from '../../tagged-fields.js'
import { Writer } from '../../writer.js'

/** Versions 0. */
export interface ConsumerGroupMemberMetadataValue {
  /** The (optional) instance id. (versions 0+; nullable 0+) */
  instanceId: string | null
  /** The (optional) rack id. (versions 0+; nullable 0+) */
  rackId: string | null
  /** The client id. (versions 0+) */
  clientId: string
  /** The client host. (versions 0+) */
  clientHost: string
  /** The list of subscribed topic names. (versions 0+) */
  subscribedTopicNames: string[]
  /** The subscribed topic regular expression. (versions 0+; nullable 0+) */
  subscribedTopicRegex: string | null
  /** The rebalance timeout (versions 0+) */
  rebalanceTimeoutMs: number
  /** The server assignor to use; or null if not used. (versions 0+; nullable 0+) */
  serverAssignor: string | null
  /** The classic member metadata which includes the supported protocols of the consumer if it uses the classic protocol. The metadata is null if the consumer uses the consumer protocol. (versions 0+; tag 0 in 0+; nullable 0+) */
  classicMemberMetadata: ClassicMemberMetadata | null
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

/** Versions 0. */
export interface ClassicMemberMetadata {
  /** The session timeout if the consumer uses the classic protocol. (versions 0+) */
  sessionTimeoutMs: number
  /** The list of protocols that the member supports if the consumer uses the classic protocol. (versions 0+) */
  supportedProtocols: ClassicProtocol[]
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

/** Versions 0. */
export interface ClassicProtocol {
  /** The protocol name. (versions 0+) */
  name: string
  /** The protocol metadata. (versions 0+) */
  metadata: Buffer
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

export function defaultConsumerGroupMemberMetadataValue(): ConsumerGroupMemberMetadataValue {
  return {
    instanceId: "",
    rackId: "",
    clientId: "",
    clientHost: "",
    subscribedTopicNames: [],
    subscribedTopicRegex: "",
    rebalanceTimeoutMs: -1,
    serverAssignor: "",
    classicMemberMetadata: null,
    unknownTaggedFields: undefined,
  }
}

export function readConsumerGroupMemberMetadataValue(r: Reader, version: number): ConsumerGroupMemberMetadataValue {
  const $instanceId: string | null = r.readCompactNullableString()
  const $rackId: string | null = r.readCompactNullableString()
  const $clientId: string = r.readCompactString()
  const $clientHost: string = r.readCompactString()
  let $subscribedTopicNames: string[]
  {
    const n = r.readArrayLength(true)
    if (n < 0) {
      throw new DecodeError('non-nullable field SubscribedTopicNames was serialized as null')
    } else {
      const a: string[] = []
      for (let i = 0; i < n; i++) a.push(r.readCompactString())
      $subscribedTopicNames = a
    }
  }
  const $subscribedTopicRegex: string | null = r.readCompactNullableString()
  const $rebalanceTimeoutMs: number = r.readInt32()
  const $serverAssignor: string | null = r.readCompactNullableString()
  let $classicMemberMetadata: ClassicMemberMetadata | null = null
  let unknownTaggedFields: TaggedField[] | undefined
  const tagCount = r.readUnsignedVarint()
  for (let i = 0; i < tagCount; i++) {
    const tag = r.readUnsignedVarint()
    const size = r.readUnsignedVarint()
    if (tag === 0) {
      const end = r.offset + size
      $classicMemberMetadata = r.readUnsignedVarint() <= 0 ? null : readClassicMemberMetadata(r, version)
      if (r.offset > end) throw new DecodeError('tagged field ClassicMemberMetadata overran its size')
      r.offset = end
      continue
    }
    if (unknownTaggedFields === undefined) unknownTaggedFields = []
    unknownTaggedFields.push({ tag, data: r.readSlice(size) })
  }
  return { instanceId: $instanceId, rackId: $rackId, clientId: $clientId, clientHost: $clientHost, subscribedTopicNames: $subscribedTopicNames, subscribedTopicRegex: $subscribedTopicRegex, rebalanceTimeoutMs: $rebalanceTimeoutMs, serverAssignor: $serverAssignor, classicMemberMetadata: $classicMemberMetadata, unknownTaggedFields }
}

export function writeConsumerGroupMemberMetadataValue(w: Writer, m: ConsumerGroupMemberMetadataValue, version: number): void {
  w.writeCompactNullableString(m.instanceId)
  w.writeCompactNullableString(m.rackId)
  w.writeCompactString(m.clientId)
  w.writeCompactString(m.clientHost)
  {
    const a = m.subscribedTopicNames
    w.writeArrayLength(true, a.length)
    for (const e of a) w.writeCompactString(e)
  }
  w.writeCompactNullableString(m.subscribedTopicRegex)
  w.writeInt32(m.rebalanceTimeoutMs)
  w.writeCompactNullableString(m.serverAssignor)
  const tagged: TaggedField[] = []
  if (m.classicMemberMetadata !== null) {
    const t = new Writer(64)
    if (m.classicMemberMetadata === null) {
      t.writeUnsignedVarint(0)
    } else {
      t.writeUnsignedVarint(1)
      writeClassicMemberMetadata(t, m.classicMemberMetadata, version)
    }
    tagged.push({ tag: 0, data: t.toBuffer() })
  }
  w.writeTaggedFields(tagged, m.unknownTaggedFields)
}

export function defaultClassicMemberMetadata(): ClassicMemberMetadata {
  return {
    sessionTimeoutMs: 0,
    supportedProtocols: [],
    unknownTaggedFields: undefined,
  }
}

export function readClassicMemberMetadata(r: Reader, version: number): ClassicMemberMetadata {
  const $sessionTimeoutMs: number = r.readInt32()
  let $supportedProtocols: ClassicProtocol[]
  {
    const n = r.readArrayLength(true)
    if (n < 0) {
      throw new DecodeError('non-nullable field SupportedProtocols was serialized as null')
    } else {
      const a: ClassicProtocol[] = []
      for (let i = 0; i < n; i++) a.push(readClassicProtocol(r, version))
      $supportedProtocols = a
    }
  }
  let unknownTaggedFields: TaggedField[] | undefined
  const tagCount = r.readUnsignedVarint()
  for (let i = 0; i < tagCount; i++) {
    const tag = r.readUnsignedVarint()
    const size = r.readUnsignedVarint()
    if (unknownTaggedFields === undefined) unknownTaggedFields = []
    unknownTaggedFields.push({ tag, data: r.readSlice(size) })
  }
  return { sessionTimeoutMs: $sessionTimeoutMs, supportedProtocols: $supportedProtocols, unknownTaggedFields }
}

export function writeClassicMemberMetadata(w: Writer, m: ClassicMemberMetadata, version: number): void {
  w.writeInt32(m.sessionTimeoutMs)
  {
    const a = m.supportedProtocols
    w.writeArrayLength(true, a.length)
    for (const e of a) writeClassicProtocol(w, e, version)
  }
  w.writeTaggedFields([], m.unknownTaggedFields)
}

export function defaultClassicProtocol(): ClassicProtocol {
  return {
    name: "",
    metadata: Buffer.alloc(0),
    unknownTaggedFields: undefined,
  }
}

export function readClassicProtocol(r: Reader, version: number): ClassicProtocol {
  const $name: string = r.readCompactString()
  const $metadata: Buffer = r.readCompactBytes()
  let unknownTaggedFields: TaggedField[] | undefined
  const tagCount = r.readUnsignedVarint()
  for (let i = 0; i < tagCount; i++) {
    const tag = r.readUnsignedVarint()
    const size = r.readUnsignedVarint()
    if (unknownTaggedFields === undefined) unknownTaggedFields = []
    unknownTaggedFields.push({ tag, data: r.readSlice(size) })
  }
  return { name: $name, metadata: $metadata, unknownTaggedFields }
}

export function writeClassicProtocol(w: Writer, m: ClassicProtocol, version: number): void {
  w.writeCompactString(m.name)
  w.writeCompactBytes(m.metadata)
  w.writeTaggedFields([], m.unknownTaggedFields)
}
