// Generated from spec/kafka/message/DescribeGroupsResponse.json by scripts/codegen. Do not edit.
// DescribeGroupsResponse: response, api key 15, versions 0-5, flexible 5+.
import { DecodeError, EncodeError } from '../../decode-error.js'
import type { Reader } from '../../reader.js'
import type { TaggedField } from '../../tagged-fields.js'
import type { Writer } from '../../writer.js'

/** Versions 0-5. */
export interface DescribeGroupsResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 1+; ignorable) */
  throttleTimeMs: number
  /** Each described group. (versions 0+) */
  groups: DescribedGroup[]
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

/** Versions 0-5. */
export interface DescribedGroup {
  /** The describe error, or 0 if there was no error. (versions 0+) */
  errorCode: number
  /** The group ID string. (versions 0+) */
  groupId: string
  /** The group state string, or the empty string. (versions 0+) */
  groupState: string
  /** The group protocol type, or the empty string. (versions 0+) */
  protocolType: string
  /** The group protocol data, or the empty string. (versions 0+) */
  protocolData: string
  /** The group members. (versions 0+) */
  members: DescribedGroupMember[]
  /** 32-bit bitfield to represent authorized operations for this group. (versions 3+) */
  authorizedOperations: number
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

/** Versions 0-5. */
export interface DescribedGroupMember {
  /** The member ID assigned by the group coordinator. (versions 0+) */
  memberId: string
  /** The unique identifier of the consumer instance provided by end user. (versions 4+; nullable 4+; ignorable) */
  groupInstanceId: string | null
  /** The client ID used in the member's latest join group request. (versions 0+) */
  clientId: string
  /** The client host. (versions 0+) */
  clientHost: string
  /** The metadata corresponding to the current group protocol in use. (versions 0+) */
  memberMetadata: Buffer
  /** The current assignment provided by the group leader. (versions 0+) */
  memberAssignment: Buffer
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

export function defaultDescribeGroupsResponse(): DescribeGroupsResponse {
  return {
    throttleTimeMs: 0,
    groups: [],
    unknownTaggedFields: undefined,
  }
}

export function readDescribeGroupsResponse(r: Reader, version: number): DescribeGroupsResponse {
  let $throttleTimeMs: number
  if (version >= 1) {
    $throttleTimeMs = r.readInt32()
  } else {
    $throttleTimeMs = 0
  }
  let $groups: DescribedGroup[]
  {
    const n = r.readArrayLength(version >= 5)
    if (n < 0) {
      throw new DecodeError('non-nullable field Groups was serialized as null')
    } else {
      const a: DescribedGroup[] = []
      for (let i = 0; i < n; i++) a.push(readDescribedGroup(r, version))
      $groups = a
    }
  }
  let unknownTaggedFields: TaggedField[] | undefined
  if (version >= 5) {
    const tagCount = r.readUnsignedVarint()
    for (let i = 0; i < tagCount; i++) {
      const tag = r.readUnsignedVarint()
      const size = r.readUnsignedVarint()
      if (unknownTaggedFields === undefined) unknownTaggedFields = []
      unknownTaggedFields.push({ tag, data: r.readSlice(size) })
    }
  }
  return { throttleTimeMs: $throttleTimeMs, groups: $groups, unknownTaggedFields }
}

export function writeDescribeGroupsResponse(w: Writer, m: DescribeGroupsResponse, version: number): void {
  if (version >= 1) {
    w.writeInt32(m.throttleTimeMs)
  }
  {
    const a = m.groups
    w.writeArrayLength(version >= 5, a.length)
    for (const e of a) writeDescribedGroup(w, e, version)
  }
  if (version >= 5) {
    w.writeTaggedFields([], m.unknownTaggedFields)
  }
}

export function defaultDescribedGroup(): DescribedGroup {
  return {
    errorCode: 0,
    groupId: "",
    groupState: "",
    protocolType: "",
    protocolData: "",
    members: [],
    authorizedOperations: -2147483648,
    unknownTaggedFields: undefined,
  }
}

export function readDescribedGroup(r: Reader, version: number): DescribedGroup {
  const $errorCode: number = r.readInt16()
  const $groupId: string = (version >= 5 ? r.readCompactString() : r.readString())
  const $groupState: string = (version >= 5 ? r.readCompactString() : r.readString())
  const $protocolType: string = (version >= 5 ? r.readCompactString() : r.readString())
  const $protocolData: string = (version >= 5 ? r.readCompactString() : r.readString())
  let $members: DescribedGroupMember[]
  {
    const n = r.readArrayLength(version >= 5)
    if (n < 0) {
      throw new DecodeError('non-nullable field Members was serialized as null')
    } else {
      const a: DescribedGroupMember[] = []
      for (let i = 0; i < n; i++) a.push(readDescribedGroupMember(r, version))
      $members = a
    }
  }
  let $authorizedOperations: number
  if (version >= 3) {
    $authorizedOperations = r.readInt32()
  } else {
    $authorizedOperations = -2147483648
  }
  let unknownTaggedFields: TaggedField[] | undefined
  if (version >= 5) {
    const tagCount = r.readUnsignedVarint()
    for (let i = 0; i < tagCount; i++) {
      const tag = r.readUnsignedVarint()
      const size = r.readUnsignedVarint()
      if (unknownTaggedFields === undefined) unknownTaggedFields = []
      unknownTaggedFields.push({ tag, data: r.readSlice(size) })
    }
  }
  return { errorCode: $errorCode, groupId: $groupId, groupState: $groupState, protocolType: $protocolType, protocolData: $protocolData, members: $members, authorizedOperations: $authorizedOperations, unknownTaggedFields }
}

export function writeDescribedGroup(w: Writer, m: DescribedGroup, version: number): void {
  w.writeInt16(m.errorCode)
  void (version >= 5 ? w.writeCompactString(m.groupId) : w.writeString(m.groupId))
  void (version >= 5 ? w.writeCompactString(m.groupState) : w.writeString(m.groupState))
  void (version >= 5 ? w.writeCompactString(m.protocolType) : w.writeString(m.protocolType))
  void (version >= 5 ? w.writeCompactString(m.protocolData) : w.writeString(m.protocolData))
  {
    const a = m.members
    w.writeArrayLength(version >= 5, a.length)
    for (const e of a) writeDescribedGroupMember(w, e, version)
  }
  if (version >= 3) {
    w.writeInt32(m.authorizedOperations)
  } else {
    if (m.authorizedOperations !== -2147483648) throw new EncodeError('field AuthorizedOperations cannot be written at version ' + version + ' of DescribeGroupsResponse')
  }
  if (version >= 5) {
    w.writeTaggedFields([], m.unknownTaggedFields)
  }
}

export function defaultDescribedGroupMember(): DescribedGroupMember {
  return {
    memberId: "",
    groupInstanceId: null,
    clientId: "",
    clientHost: "",
    memberMetadata: Buffer.alloc(0),
    memberAssignment: Buffer.alloc(0),
    unknownTaggedFields: undefined,
  }
}

export function readDescribedGroupMember(r: Reader, version: number): DescribedGroupMember {
  const $memberId: string = (version >= 5 ? r.readCompactString() : r.readString())
  let $groupInstanceId: string | null
  if (version >= 4) {
    $groupInstanceId = (version >= 5 ? r.readCompactNullableString() : r.readNullableString())
  } else {
    $groupInstanceId = null
  }
  const $clientId: string = (version >= 5 ? r.readCompactString() : r.readString())
  const $clientHost: string = (version >= 5 ? r.readCompactString() : r.readString())
  const $memberMetadata: Buffer = (version >= 5 ? r.readCompactBytes() : r.readBytes())
  const $memberAssignment: Buffer = (version >= 5 ? r.readCompactBytes() : r.readBytes())
  let unknownTaggedFields: TaggedField[] | undefined
  if (version >= 5) {
    const tagCount = r.readUnsignedVarint()
    for (let i = 0; i < tagCount; i++) {
      const tag = r.readUnsignedVarint()
      const size = r.readUnsignedVarint()
      if (unknownTaggedFields === undefined) unknownTaggedFields = []
      unknownTaggedFields.push({ tag, data: r.readSlice(size) })
    }
  }
  return { memberId: $memberId, groupInstanceId: $groupInstanceId, clientId: $clientId, clientHost: $clientHost, memberMetadata: $memberMetadata, memberAssignment: $memberAssignment, unknownTaggedFields }
}

export function writeDescribedGroupMember(w: Writer, m: DescribedGroupMember, version: number): void {
  void (version >= 5 ? w.writeCompactString(m.memberId) : w.writeString(m.memberId))
  if (version >= 4) {
    void (version >= 5 ? w.writeCompactNullableString(m.groupInstanceId) : w.writeNullableString(m.groupInstanceId))
  }
  void (version >= 5 ? w.writeCompactString(m.clientId) : w.writeString(m.clientId))
  void (version >= 5 ? w.writeCompactString(m.clientHost) : w.writeString(m.clientHost))
  void (version >= 5 ? w.writeCompactBytes(m.memberMetadata) : w.writeBytes(m.memberMetadata))
  void (version >= 5 ? w.writeCompactBytes(m.memberAssignment) : w.writeBytes(m.memberAssignment))
  if (version >= 5) {
    w.writeTaggedFields([], m.unknownTaggedFields)
  }
}
