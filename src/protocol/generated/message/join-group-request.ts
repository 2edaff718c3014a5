// Generated from spec/kafka/message/JoinGroupRequest.json by scripts/codegen. Do not edit.
// JoinGroupRequest: request, api key 11, versions 0-9, flexible 6+.
import { DecodeError, EncodeError } from '../../decode-error.js'
import type { Reader } from '../../reader.js'
import type { TaggedField } from '../../tagged-fields.js'
import type { Writer } from '../../writer.js'

/** Versions 0-9. */
export interface JoinGroupRequest {
  /** The group identifier. (versions 0+) */
  groupId: string
  /** The coordinator considers the consumer dead if it receives no heartbeat after this timeout in milliseconds. (versions 0+) */
  sessionTimeoutMs: number
  /** The maximum time in milliseconds that the coordinator will wait for each member to rejoin when rebalancing the group. (versions 1+; ignorable) */
  rebalanceTimeoutMs: number
  /** The member id assigned by the group coordinator. (versions 0+) */
  memberId: string
  /** The unique identifier of the consumer instance provided by end user. (versions 5+; nullable 5+) */
  groupInstanceId: string | null
  /** The unique name the for class of protocols implemented by the group we want to join. (versions 0+) */
  protocolType: string
  /** The list of protocols that the member supports. (versions 0+) */
  protocols: JoinGroupRequestProtocol[]
  /** The reason why the member (re-)joins the group. (versions 8+; nullable 8+; ignorable) */
  reason: string | null
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

/** Versions 0-9. */
export interface JoinGroupRequestProtocol {
  /** The protocol name. (versions 0+; map key) */
  name: string
  /** The protocol metadata. (versions 0+) */
  metadata: Buffer
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

export function defaultJoinGroupRequest(): JoinGroupRequest {
  return {
    groupId: "",
    sessionTimeoutMs: 0,
    rebalanceTimeoutMs: -1,
    memberId: "",
    groupInstanceId: null,
    protocolType: "",
    protocols: [],
    reason: null,
    unknownTaggedFields: undefined,
  }
}

export function readJoinGroupRequest(r: Reader, version: number): JoinGroupRequest {
  const $groupId: string = (version >= 6 ? r.readCompactString() : r.readString())
  const $sessionTimeoutMs: number = r.readInt32()
  let $rebalanceTimeoutMs: number
  if (version >= 1) {
    $rebalanceTimeoutMs = r.readInt32()
  } else {
    $rebalanceTimeoutMs = -1
  }
  const $memberId: string = (version >= 6 ? r.readCompactString() : r.readString())
  let $groupInstanceId: string | null
  if (version >= 5) {
    $groupInstanceId = (version >= 6 ? r.readCompactNullableString() : r.readNullableString())
  } else {
    $groupInstanceId = null
  }
  const $protocolType: string = (version >= 6 ? r.readCompactString() : r.readString())
  let $protocols: JoinGroupRequestProtocol[]
  {
    const n = r.readArrayLength(version >= 6)
    if (n < 0) {
      throw new DecodeError('non-nullable field Protocols was serialized as null')
    } else {
      const a: JoinGroupRequestProtocol[] = []
      for (let i = 0; i < n; i++) a.push(readJoinGroupRequestProtocol(r, version))
      $protocols = a
    }
  }
  let $reason: string | null
  if (version >= 8) {
    $reason = r.readCompactNullableString()
  } else {
    $reason = null
  }
  let unknownTaggedFields: TaggedField[] | undefined
  if (version >= 6) {
    const tagCount = r.readUnsignedVarint()
    for (let i = 0; i < tagCount; i++) {
      const tag = r.readUnsignedVarint()
      const size = r.readUnsignedVarint()
      if (unknownTaggedFields === undefined) unknownTaggedFields = []
      unknownTaggedFields.push({ tag, data: r.readSlice(size) })
    }
  }
  return { groupId: $groupId, sessionTimeoutMs: $sessionTimeoutMs, rebalanceTimeoutMs: $rebalanceTimeoutMs, memberId: $memberId, groupInstanceId: $groupInstanceId, protocolType: $protocolType, protocols: $protocols, reason: $reason, unknownTaggedFields }
}

export function writeJoinGroupRequest(w: Writer, m: JoinGroupRequest, version: number): void {
  void (version >= 6 ? w.writeCompactString(m.groupId) : w.writeString(m.groupId))
  w.writeInt32(m.sessionTimeoutMs)
  if (version >= 1) {
    w.writeInt32(m.rebalanceTimeoutMs)
  }
  void (version >= 6 ? w.writeCompactString(m.memberId) : w.writeString(m.memberId))
  if (version >= 5) {
    void (version >= 6 ? w.writeCompactNullableString(m.groupInstanceId) : w.writeNullableString(m.groupInstanceId))
  } else {
    if (m.groupInstanceId !== null) throw new EncodeError('field GroupInstanceId cannot be written at version ' + version + ' of JoinGroupRequest')
  }
  void (version >= 6 ? w.writeCompactString(m.protocolType) : w.writeString(m.protocolType))
  {
    const a = m.protocols
    w.writeArrayLength(version >= 6, a.length)
    for (const e of a) writeJoinGroupRequestProtocol(w, e, version)
  }
  if (version >= 8) {
    w.writeCompactNullableString(m.reason)
  }
  if (version >= 6) {
    w.writeTaggedFields([], m.unknownTaggedFields)
  }
}

export function defaultJoinGroupRequestProtocol(): JoinGroupRequestProtocol {
  return {
    name: "",
    metadata: Buffer.alloc(0),
    unknownTaggedFields: undefined,
  }
}

export function readJoinGroupRequestProtocol(r: Reader, version: number): JoinGroupRequestProtocol {
  const $name: string = (version >= 6 ? r.readCompactString() : r.readString())
  const $metadata: Buffer = (version >= 6 ? r.readCompactBytes() : r.readBytes())
  let unknownTaggedFields: TaggedField[] | undefined
  if (version >= 6) {
    const tagCount = r.readUnsignedVarint()
    for (let i = 0; i < tagCount; i++) {
      const tag = r.readUnsignedVarint()
      const size = r.readUnsignedVarint()
      if (unknownTaggedFields === undefined) unknownTaggedFields = []
      unknownTaggedFields.push({ tag, data: r.readSlice(size) })
    }
  }
  return { name: $name, metadata: $metadata, unknownTaggedFields }
}

export function writeJoinGroupRequestProtocol(w: Writer, m: JoinGroupRequestProtocol, version: number): void {
  void (version >= 6 ? w.writeCompactString(m.name) : w.writeString(m.name))
  void (version >= 6 ? w.writeCompactBytes(m.metadata) : w.writeBytes(m.metadata))
  if (version >= 6) {
    w.writeTaggedFields([], m.unknownTaggedFields)
  }
}
