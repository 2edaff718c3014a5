// Generated from spec/kafka/message/JoinGroupResponse.json by scripts/codegen. Do not edit.
// JoinGroupResponse: response, api key 11, versions 0-9, flexible 6+.
import { DecodeError, EncodeError } from '../../decode-error.js'
import type { Reader } from '../../reader.js'
import type { TaggedField } from '../../tagged-fields.js'
import type { Writer } from '../../writer.js'

/** Versions 0-9. */
export interface JoinGroupResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 2+; ignorable) */
  throttleTimeMs: number
  /** The error code, or 0 if there was no error. (versions 0+) */
  errorCode: number
  /** The generation ID of the group. (versions 0+) */
  generationId: number
  /** The group protocol name. (versions 7+; nullable 7+; ignorable) */
  protocolType: string | null
  /** The group protocol selected by the coordinator. (versions 0+; nullable 7+) */
  protocolName: string | null
  /** The leader of the group. (versions 0+) */
  leader: string
  /** True if the leader must skip running the assignment. (versions 9+) */
  skipAssignment: boolean
  /** The member ID assigned by the group coordinator. (versions 0+) */
  memberId: string
  /** (versions 0+) */
  members: JoinGroupResponseMember[]
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

/** Versions 0-9. */
export interface JoinGroupResponseMember {
  /** The group member ID. (versions 0+) */
  memberId: string
  /** The unique identifier of the consumer instance provided by end user. (versions 5+; nullable 5+; ignorable) */
  groupInstanceId: string | null
  /** The group member metadata. (versions 0+) */
  metadata: Buffer
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

export function defaultJoinGroupResponse(): JoinGroupResponse {
  return {
    throttleTimeMs: 0,
    errorCode: 0,
    generationId: -1,
    protocolType: null,
    protocolName: "",
    leader: "",
    skipAssignment: false,
    memberId: "",
    members: [],
    unknownTaggedFields: undefined,
  }
}

export function readJoinGroupResponse(r: Reader, version: number): JoinGroupResponse {
  let $throttleTimeMs: number
  if (version >= 2) {
    $throttleTimeMs = r.readInt32()
  } else {
    $throttleTimeMs = 0
  }
  const $errorCode: number = r.readInt16()
  const $generationId: number = r.readInt32()
  let $protocolType: string | null
  if (version >= 7) {
    $protocolType = r.readCompactNullableString()
  } else {
    $protocolType = null
  }
  const $protocolName: string | null = (version >= 6 ? (version >= 7 ? r.readCompactNullableString() : r.readCompactString()) : (version >= 7 ? r.readNullableString() : r.readString()))
  const $leader: string = (version >= 6 ? r.readCompactString() : r.readString())
  let $skipAssignment: boolean
  if (version >= 9) {
    $skipAssignment = r.readBool()
  } else {
    $skipAssignment = false
  }
  const $memberId: string = (version >= 6 ? r.readCompactString() : r.readString())
  let $members: JoinGroupResponseMember[]
  {
    const n = r.readArrayLength(version >= 6)
    if (n < 0) {
      throw new DecodeError('non-nullable field Members was serialized as null')
    } else {
      const a: JoinGroupResponseMember[] = []
      for (let i = 0; i < n; i++) a.push(readJoinGroupResponseMember(r, version))
      $members = a
    }
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
  return { throttleTimeMs: $throttleTimeMs, errorCode: $errorCode, generationId: $generationId, protocolType: $protocolType, protocolName: $protocolName, leader: $leader, skipAssignment: $skipAssignment, memberId: $memberId, members: $members, unknownTaggedFields }
}

export function writeJoinGroupResponse(w: Writer, m: JoinGroupResponse, version: number): void {
  if (version >= 2) {
    w.writeInt32(m.throttleTimeMs)
  }
  w.writeInt16(m.errorCode)
  w.writeInt32(m.generationId)
  if (version >= 7) {
    w.writeCompactNullableString(m.protocolType)
  }
  void (version >= 6 ? (version >= 7 ? w.writeCompactNullableString(m.protocolName) : w.writeCompactString(m.protocolName)) : (version >= 7 ? w.writeNullableString(m.protocolName) : w.writeString(m.protocolName)))
  void (version >= 6 ? w.writeCompactString(m.leader) : w.writeString(m.leader))
  if (version >= 9) {
    w.writeBool(m.skipAssignment)
  } else {
    if (m.skipAssignment !== false) throw new EncodeError('field SkipAssignment cannot be written at version ' + version + ' of JoinGroupResponse')
  }
  void (version >= 6 ? w.writeCompactString(m.memberId) : w.writeString(m.memberId))
  {
    const a = m.members
    w.writeArrayLength(version >= 6, a.length)
    for (const e of a) writeJoinGroupResponseMember(w, e, version)
  }
  if (version >= 6) {
    w.writeTaggedFields([], m.unknownTaggedFields)
  }
}

export function defaultJoinGroupResponseMember(): JoinGroupResponseMember {
  return {
    memberId: "",
    groupInstanceId: null,
    metadata: Buffer.alloc(0),
    unknownTaggedFields: undefined,
  }
}

export function readJoinGroupResponseMember(r: Reader, version: number): JoinGroupResponseMember {
  const $memberId: string = (version >= 6 ? r.readCompactString() : r.readString())
  let $groupInstanceId: string | null
  if (version >= 5) {
    $groupInstanceId = (version >= 6 ? r.readCompactNullableString() : r.readNullableString())
  } else {
    $groupInstanceId = null
  }
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
  return { memberId: $memberId, groupInstanceId: $groupInstanceId, metadata: $metadata, unknownTaggedFields }
}

export function writeJoinGroupResponseMember(w: Writer, m: JoinGroupResponseMember, version: number): void {
  void (version >= 6 ? w.writeCompactString(m.memberId) : w.writeString(m.memberId))
  if (version >= 5) {
    void (version >= 6 ? w.writeCompactNullableString(m.groupInstanceId) : w.writeNullableString(m.groupInstanceId))
  }
  void (version >= 6 ? w.writeCompactBytes(m.metadata) : w.writeBytes(m.metadata))
  if (version >= 6) {
    w.writeTaggedFields([], m.unknownTaggedFields)
  }
}
