// Generated from spec/kafka/message/LeaveGroupRequest.json by scripts/codegen. Do not edit.
// LeaveGroupRequest: request, api key 13, versions 0-5, flexible 4+.
import { DecodeError, EncodeError } from '../../decode-error.js'
import type { Reader } from '../../reader.js'
import type { TaggedField } from '../../tagged-fields.js'
import type { Writer } from '../../writer.js'

/** Versions 0-5. */
export interface LeaveGroupRequest {
  /** The ID of the group to leave. (versions 0+) */
  groupId: string
  /** The member ID to remove from the group. (versions 0-2) */
  memberId: string
  /** List of leaving member identities. (versions 3+) */
  members: MemberIdentity[]
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

/** Versions 3-5. */
export interface MemberIdentity {
  /** The member ID to remove from the group. (versions 3+) */
  memberId: string
  /** The group instance ID to remove from the group. (versions 3+; nullable 3+) */
  groupInstanceId: string | null
  /** The reason why the member left the group. (versions 5+; nullable 5+; ignorable) */
  reason: string | null
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

export function defaultLeaveGroupRequest(): LeaveGroupRequest {
  return {
    groupId: "",
    memberId: "",
    members: [],
    unknownTaggedFields: undefined,
  }
}

export function readLeaveGroupRequest(r: Reader, version: number): LeaveGroupRequest {
  const $groupId: string = (version >= 4 ? r.readCompactString() : r.readString())
  let $memberId: string
  if (version <= 2) {
    $memberId = r.readString()
  } else {
    $memberId = ""
  }
  let $members: MemberIdentity[]
  if (version >= 3) {
    {
      const n = r.readArrayLength(version >= 4)
      if (n < 0) {
        throw new DecodeError('non-nullable field Members was serialized as null')
      } else {
        const a: MemberIdentity[] = []
        for (let i = 0; i < n; i++) a.push(readMemberIdentity(r, version))
        $members = a
      }
    }
  } else {
    $members = []
  }
  let unknownTaggedFields: TaggedField[] | undefined
  if (version >= 4) {
    const tagCount = r.readUnsignedVarint()
    for (let i = 0; i < tagCount; i++) {
      const tag = r.readUnsignedVarint()
      const size = r.readUnsignedVarint()
      if (unknownTaggedFields === undefined) unknownTaggedFields = []
      unknownTaggedFields.push({ tag, data: r.readSlice(size) })
    }
  }
  return { groupId: $groupId, memberId: $memberId, members: $members, unknownTaggedFields }
}

export function writeLeaveGroupRequest(w: Writer, m: LeaveGroupRequest, version: number): void {
  void (version >= 4 ? w.writeCompactString(m.groupId) : w.writeString(m.groupId))
  if (version <= 2) {
    w.writeString(m.memberId)
  } else {
    if (m.memberId !== "") throw new EncodeError('field MemberId cannot be written at version ' + version + ' of LeaveGroupRequest')
  }
  if (version >= 3) {
    {
      const a = m.members
      w.writeArrayLength(version >= 4, a.length)
      for (const e of a) writeMemberIdentity(w, e, version)
    }
  } else {
    if (m.members.length !== 0) throw new EncodeError('field Members cannot be written at version ' + version + ' of LeaveGroupRequest')
  }
  if (version >= 4) {
    w.writeTaggedFields([], m.unknownTaggedFields)
  }
}

export function defaultMemberIdentity(): MemberIdentity {
  return {
    memberId: "",
    groupInstanceId: null,
    reason: null,
    unknownTaggedFields: undefined,
  }
}

export function readMemberIdentity(r: Reader, version: number): MemberIdentity {
  const $memberId: string = (version >= 4 ? r.readCompactString() : r.readString())
  const $groupInstanceId: string | null = (version >= 4 ? r.readCompactNullableString() : r.readNullableString())
  let $reason: string | null
  if (version >= 5) {
    $reason = r.readCompactNullableString()
  } else {
    $reason = null
  }
  let unknownTaggedFields: TaggedField[] | undefined
  if (version >= 4) {
    const tagCount = r.readUnsignedVarint()
    for (let i = 0; i < tagCount; i++) {
      const tag = r.readUnsignedVarint()
      const size = r.readUnsignedVarint()
      if (unknownTaggedFields === undefined) unknownTaggedFields = []
      unknownTaggedFields.push({ tag, data: r.readSlice(size) })
    }
  }
  return { memberId: $memberId, groupInstanceId: $groupInstanceId, reason: $reason, unknownTaggedFields }
}

export function writeMemberIdentity(w: Writer, m: MemberIdentity, version: number): void {
  void (version >= 4 ? w.writeCompactString(m.memberId) : w.writeString(m.memberId))
  void (version >= 4 ? w.writeCompactNullableString(m.groupInstanceId) : w.writeNullableString(m.groupInstanceId))
  if (version >= 5) {
    w.writeCompactNullableString(m.reason)
  }
  if (version >= 4) {
    w.writeTaggedFields([], m.unknownTaggedFields)
  }
}
